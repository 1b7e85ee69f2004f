// `npm run import` as a user runs it: a child process on a real embedded database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { acquireDatabase, openTestGraph, TEST_ENGINE } from '../support/graph';
import { sliceDir, writeClubsSlice, writeResultsSlice, writeTransferSlice, writeWorldCupSlice } from '../support/import-slices';

const ROOT = path.resolve(__dirname, '..', '..');

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'import.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DB_BUFFER_POOL_MB: '128', DB_READERS: '1', LOG_LEVEL: 'silent', NEO4J_URI: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let data: string;

beforeAll(() => {
  dir = sliceDir();
  data = path.join(dir, 'data');
  writeClubsSlice(data);
  // Every Belgian league move of 2006 and 2007: enough rows for several batches.
  writeTransferSlice(data, [{ seasons: [2006, 2007], leagues: ['jupiler-pro-league'] }]);
  writeWorldCupSlice(data, ['WC-2014'], ['T-06']);
  writeResultsSlice(data, ['2022-23']);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('import command line', () => {
  it('explains its usage and exits with 2 on a bad command line', () => {
    const r = cli([], { DB_PATH: path.join(dir, 'usage', 'graph.lbug') });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^import: expected a source and a path\nusage: npm run import -- <source> <path>/);
    expect(cli(['players', data], { DB_PATH: path.join(dir, 'usage', 'graph.lbug') }).status).toBe(2);
  });

  it('refuses, in one line and with a non-zero code, a database it cannot use', async () => {
    if (TEST_ENGINE === 'neo4j') {
      // Neo4j serves several processes at once; what stops an import is a server that is not there.
      const r = cli(['clubs', path.join(data, 'openfootball-clubs')], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'whatever-it-is' });
      expect(r.status).toBe(4);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^import failed \(DB_UNAVAILABLE\): /);
      return;
    }
    const held = await openTestGraph();
    try {
      const r = cli(['clubs', path.join(data, 'openfootball-clubs')], held.db.env);
      expect(r.status).toBe(4);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^import failed \(DB_LOCKED\): .*graph\.lbug is in use by another process \(a running server\?\): stop it and run the import again$/)]);
    } finally {
      await held.close();
    }
  });

  it('says clearly when the input is missing', () => {
    const r = cli(['transfers', path.join(dir, 'missing')], { DB_PATH: path.join(dir, 'missing-db', 'graph.lbug') });
    expect(r.status).toBe(3);
    expect(r.stderr.trim()).toMatch(/^import failed \(INPUT_NOT_FOUND\): .*missing does not exist$/);
  });

  /** One line, `import failed (<CODE>): …`, with none of the engine's or Node's own words. */
  const oneProjectLine = (stderr: string, code: string) => {
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^import failed \\(${code}\\): `))]);
    expect(lines[0]).not.toMatch(/exception|Runtime|Binder|EEXIST|ENOTDIR|EACCES|errno|at .*\.ts:\d+/);
    return lines[0]!;
  };

  it('says in its own words that DB_PATH is not a database (it printed the engine\'s "Runtime exception")', () => {
    const file = path.join(dir, 'not-a-db.lbug');
    fs.writeFileSync(file, 'this is not a database\n'.repeat(100));
    const r = cli(['clubs', path.join(data, 'openfootball-clubs'), '--quiet'], { DB_PATH: file });
    expect(r.status).toBe(4);
    expect(oneProjectLine(r.stderr, 'DB_UNAVAILABLE')).toContain(`cannot open ${file}: the file is not a LadybugDB database`);
  });

  it('says in its own words that a directory it needs is a file (it printed "EEXIST: file already exists, mkdir")', () => {
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, '');
    const reports = cli(['clubs', path.join(data, 'openfootball-clubs'), '--report-dir', blocker, '--quiet'], { DB_PATH: path.join(dir, 'reports-db', 'graph.lbug') });
    expect(reports.status).toBe(1);
    expect(oneProjectLine(reports.stderr, 'FILE')).toContain(`cannot create the directory ${blocker}: a file is in the way`);
    // Checked before anything is written: the database was not even created.
    expect(fs.existsSync(path.join(dir, 'reports-db'))).toBe(false);
    const db = cli(['clubs', path.join(data, 'openfootball-clubs'), '--quiet', '--report-dir', path.join(dir, 'reports')], { DB_PATH: path.join(blocker, 'graph.lbug') });
    expect(db.status).not.toBe(0);
    expect(oneProjectLine(db.stderr, '[A-Z_]+')).toContain('a file is in the way');
  });

  it('imports, prints plain progress lines off a terminal and a summary at the end', async () => {
    const db = await acquireDatabase();
    const r = cli(['all', data, '--report-dir', path.join(dir, 'cli-report')], db.env);
    await db.release();
    expect(r.stderr).toMatch(/^transfers: reading: 2\/2 \(100%\) [\d.]+ s$/m);
    expect(r.stderr).not.toContain('\r');
    expect(r.stdout).toMatch(/^Import all finished in [\d.]+ s/);
    expect(r.stdout).toMatch(/transfers\s+[\d,]+ rows read from 2 files, 0 rejected, [\d,]+ entities created/);
    expect(r.stdout).toMatch(/total\s+rows read [\d,]+, rejected 0, entities created [\d,]+, merged [\d,]+, facts created [\d,]+/);
    expect(r.status).toBe(0);
    const summary = JSON.parse(fs.readFileSync(path.join(dir, 'cli-report', 'summary.json'), 'utf8')) as { totals: { rowsRead: number } };
    expect(summary.totals.rowsRead).toBeGreaterThan(500);
  }, 120_000);
});
