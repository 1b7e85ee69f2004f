// `npm run token` as an operator runs it: a child process; every failure is one line in the
// project's words.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function token(args: string[], shell?: string) {
  const cmd = `${JSON.stringify(process.execPath)} -r tsx/cjs ${JSON.stringify(path.join(ROOT, 'src', 'cli', 'token.ts'))} ${args.map((a) => JSON.stringify(a)).join(' ')}`;
  const r = spawnSync('/bin/sh', ['-c', shell ? `${cmd} ${shell}` : cmd], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('token command line', () => {
  it('prints a token and the line to configure', () => {
    const r = token(['alice']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/EDITOR_TOKENS_SHA256=alice:[0-9a-f]{64}\n$/);
  });

  it.each([[[]], [['bad name!']], [['alice', 'bob']]])('explains its usage in one line for %j', (args) => {
    const r = token(args);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Usage: npm run token -- <editor-name>/)]);
  });

  it('says in one line that its output cannot be written (it printed a Node stack trace)', () => {
    // /dev/full refuses every write (ENOSPC); a closed pipe (EPIPE) takes the same path.
    const r = token(['alice'], '2>&1 >/dev/full');
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^token failed \(FILE\): cannot write the output: /)]);
    expect(r.stdout).not.toMatch(/ENOSPC|EPIPE|node:events|at /);
  });
});
