// `npm run import` as a user runs it: a child process on a real embedded database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import type { GraphEngine } from '../../src/graph/engine';
import { openEngine } from '../../src/graph/open-engine';
import { openTestGraph, tempDir } from '../support/graph';
import { sliceDir, writeClubsSlice, writeResultsSlice, writeTransferSlice, writeWorldCupSlice } from '../support/import-slices';

const ROOT = path.resolve(__dirname, '..', '..');

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'src', 'import', 'cli.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DB_BUFFER_POOL_MB: '128', DB_READERS: '1', LOG_LEVEL: 'silent', NEO4J_URI: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

async function dump(engine: GraphEngine): Promise<string[]> {
  const ops = ['test/import-dump-entities', 'test/import-dump-facts', 'test/import-dump-edges', 'test/import-dump-sources'] as const;
  return (await Promise.all(ops.map(async (op) => (await engine.read(op)).map((r) => `${op} ${JSON.stringify(r)}`)))).flat().sort();
}

async function dumpAt(dbPath: string): Promise<string[]> {
  const engine = await openEngine(loadConfig({ DB_PATH: dbPath, DB_BUFFER_POOL_MB: '128', DB_READERS: '1', LOG_LEVEL: 'silent' }).engine);
  try {
    return await dump(engine);
  } finally {
    await engine.close();
  }
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

  it('refuses, in one line and with a non-zero code, a database a running server holds', async () => {
    const held = await openTestGraph();
    try {
      const r = cli(['clubs', path.join(data, 'openfootball-clubs')], { DB_PATH: path.join(held.dir, 'graph.lbug') });
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

  it('imports, prints plain progress lines off a terminal and a summary at the end', () => {
    const db = path.join(tempDir(), 'graph.lbug');
    const r = cli(['all', data, '--report-dir', path.join(dir, 'cli-report')], { DB_PATH: db });
    expect(r.stderr).toMatch(/^transfers: reading: 2\/2 \(100%\) [\d.]+ s$/m);
    expect(r.stderr).not.toContain('\r');
    expect(r.stdout).toMatch(/^Import all finished in [\d.]+ s/);
    expect(r.stdout).toMatch(/transfers\s+[\d,]+ rows read from 2 files, 0 rejected, [\d,]+ entities created/);
    expect(r.stdout).toMatch(/total\s+rows read [\d,]+, rejected 0, entities created [\d,]+, merged [\d,]+, facts created [\d,]+/);
    expect(r.status).toBe(0);
    const summary = JSON.parse(fs.readFileSync(path.join(dir, 'cli-report', 'summary.json'), 'utf8')) as { totals: { rowsRead: number } };
    expect(summary.totals.rowsRead).toBeGreaterThan(500);
  }, 120_000);

  it('resumes after being killed mid-import and ends in the same graph as an uninterrupted import', async () => {
    const whole = path.join(tempDir(), 'graph.lbug');
    expect(cli(['transfers', path.join(data, 'transfermarkt-transfers'), '--batch-size', '100', '--quiet'], { DB_PATH: whole }).status).toBe(0);
    const killed = path.join(tempDir(), 'graph.lbug');
    const first = cli(['transfers', path.join(data, 'transfermarkt-transfers'), '--batch-size', '100', '--quiet'], { DB_PATH: killed, IMPORT_TEST_KILL_AFTER_BATCHES: '4' });
    expect(first.signal).toBe('SIGKILL');
    const partial = await dumpAt(killed);
    const complete = await dumpAt(whole);
    expect(partial.length).toBeLessThan(complete.length);
    expect(cli(['transfers', path.join(data, 'transfermarkt-transfers'), '--batch-size', '100', '--quiet'], { DB_PATH: killed }).status).toBe(0);
    const resumed = await dumpAt(killed);
    const onlyResumed = resumed.filter((x) => !complete.includes(x));
    const onlyComplete = complete.filter((x) => !resumed.includes(x));
    expect({ onlyResumed, onlyComplete }).toEqual({ onlyResumed: [], onlyComplete: [] });
  }, 180_000);
});
