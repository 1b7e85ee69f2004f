// A killed import, run again, ends in exactly the graph an uninterrupted import gives. The real
// CLI (`npm run import -- all <dir>`) is killed from outside with SIGKILL when its progress output
// reaches a writing phase (once in the transfers' facts, once in the World Cup's facts), then
// run to the end; the whole graph (entities, facts with details and confidence, citations with
// their details and confidences, ABOUT and LINK edges, sources and squads) is compared with that
// of an import that was never interrupted.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { GraphEngine } from '../../src/graph/engine';
import { openEngine } from '../../src/graph/open-engine';
import { acquireDatabase, testConfig, type TestDatabase } from '../support/graph';
import { sliceDir, writeClubsSlice, writeResultsSlice, writeTransferSlice, writeWorldCupSlice } from '../support/import-slices';
import { TEST_CYPHER, testOp } from '../support/test-cypher';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = [path.join(ROOT, 'src', 'cli', 'import.ts')];

function cliEnv(db: TestDatabase): NodeJS.ProcessEnv {
  // The parent's engine variables are dropped: only the test database chooses.
  const env: NodeJS.ProcessEnv = { ...process.env, DB_BUFFER_POOL_MB: '128', DB_READERS: '1', DB_QUERY_TIMEOUT_MS: '120000', LOG_LEVEL: 'silent', NEO4J_URI: '', DB_PATH: '' };
  return { ...env, ...db.env };
}

function runToEnd(db: TestDatabase, args: string[]) {
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', ...CLI, ...args, '--quiet'], { cwd: ROOT, env: cliEnv(db), encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`import exited ${r.status} ${r.signal ?? ''}: ${r.stderr}`);
  return r;
}

/** Runs the CLI and kills it (SIGKILL) as soon as a line of its progress output matches `at`. */
function runAndKill(db: TestDatabase, args: string[], at: RegExp): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', ...CLI, ...args], { cwd: ROOT, env: cliEnv(db), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let killed = false;
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (!killed && stderr.split('\n').some((line) => at.test(line))) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

async function dump(db: TestDatabase): Promise<string[]> {
  const engine: GraphEngine = await openEngine(testConfig(db, { DB_READERS: '1', DB_QUERY_TIMEOUT_MS: '120000' }).engine, { extraCypher: TEST_CYPHER });
  try {
    const ops = ['test/import-dump-entities', 'test/import-dump-facts', 'test/import-dump-edges', 'test/import-dump-sources'] as const;
    const out: string[] = [];
    for (const op of ops) for (const r of await engine.read(testOp(op))) out.push(`${op} ${JSON.stringify(r)}`);
    return out.sort();
  } finally {
    await engine.close();
  }
}

let data: string;
let whole: TestDatabase;
let killed: TestDatabase;

beforeAll(async () => {
  data = path.join(sliceDir(), 'data');
  writeClubsSlice(data);
  // The Belgian first division of 2006 and 2007 (hundreds of people, several hundred facts) and
  // Belgium's 2014 World Cup squad, whose players the transfers already know: the World Cup
  // import links to people the transfers import made.
  writeTransferSlice(data, [{ seasons: [2006, 2007], leagues: ['jupiler-pro-league'] }]);
  writeWorldCupSlice(data, ['WC-2014'], ['T-06']);
  writeResultsSlice(data, ['2006-07']);
  whole = await acquireDatabase('whole');
  killed = await acquireDatabase('killed');
});

afterAll(async () => {
  await whole?.release();
  await killed?.release();
});

it('ends a killed and resumed import in exactly the graph of an uninterrupted one', async () => {
  const args = ['all', data, '--batch-size', '100', '--report-dir', path.join(whole.dir, 'report')];
  runToEnd(whole, args);
  const complete = await dump(whole);

  const killedArgs = ['all', data, '--batch-size', '100', '--report-dir', path.join(killed.dir, 'report')];
  const first = await runAndKill(killed, killedArgs, /^transfers: writing: facts: /);
  expect(first.signal).toBe('SIGKILL');
  const partial = await dump(killed);
  expect(partial.length).toBeLessThan(complete.length);
  // Killed again, later: the transfers are done, the World Cup's people are written (some linked
  // to people the transfers made), its facts are being written.
  const second = await runAndKill(killed, killedArgs, /^worldcup: writing: facts: /);
  expect(second.signal).toBe('SIGKILL');
  expect(second.stderr).toMatch(/^transfers: writing: facts: /m);
  runToEnd(killed, killedArgs);
  const resumed = await dump(killed);

  const [inComplete, inResumed] = [new Set(complete), new Set(resumed)];
  const onlyResumed = resumed.filter((x) => !inComplete.has(x));
  const onlyComplete = complete.filter((x) => !inResumed.has(x));
  expect({ onlyResumed: onlyResumed.slice(0, 20), onlyComplete: onlyComplete.slice(0, 20), counts: [onlyResumed.length, onlyComplete.length] }).toEqual({ onlyResumed: [], onlyComplete: [], counts: [0, 0] });
  // Citations with their details and confidences are part of what was compared.
  expect(complete.some((x) => x.includes('"rel":"CITES"') && x.includes('"confidence":0.'))).toBe(true);
});
