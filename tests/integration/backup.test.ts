// Backup and restore on real embedded databases: `npm run export` / `npm run restore` as the
// operator runs them, a round trip that yields the same graph, and the refusals.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { newToken } from '../../src/auth/tokens';
import { BackupError, exportGraph, parseBackup, restoreGraph } from '../../src/backup/backup';
import { EditDesk } from '../../src/editing/desk';
import { EditingService } from '../../src/editing/editing-service';
import { loadCypherCatalog } from '../../src/graph/cypher-loader';
import { tempDir } from '../support/graph';
import { graphCounts, openGraphWith, type OwnGraph } from '../support/http-server';
import { ROOT, runUntilExit } from '../support/process';

jest.setTimeout(120_000);

const run = promisify(execFile);
const ARTICLE = 'article:002_71773532a5f1564e';

/** Runs `npm run <script> -- <file>` the way an operator would (without npm's own output). */
async function cli(script: 'export' | 'restore', file: string, dbPath: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['-r', 'tsx/cjs', path.join(ROOT, 'src', 'backup', 'cli.ts'), script, file];
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DB_PATH: dbPath, DB_BUFFER_POOL_MB: '128' };
  try {
    const r = await run(process.execPath, args, { cwd: ROOT, env });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const body = (file: string) => fs.readFileSync(file, 'utf8').split('\n').slice(1).join('\n');

let dir: string;
let sourceDb: string;
let before: { nodes: number; rels: number };

beforeAll(async () => {
  dir = tempDir('bfg-backup-');
  // A seeded graph with edits (so the audit trail, a retraction and a correction are in it).
  const graph = await openGraphWith();
  const editing = new EditingService(graph.engine, new EditDesk(graph.engine, pino({ level: 'silent' })), { name: newToken('alice').entry.split(':')[0]! });
  const person = await editing.createPerson({ name: 'Backup Person', birthDate: '1990', aliases: ['B. P.'], sources: [{ source: ARTICLE, detail: 'named' }] });
  const spell = await editing.addSpell({ person: person.id, team: 'club:kv-mechelen', level: 'SENIOR', start: '2010/11', sources: [{ source: ARTICLE, confidence: 0.75 }] });
  await editing.correctSpell({ id: spell.id, end: '2012-05' });
  await editing.addSpell({ person: person.id, team: 'club:krc-genk', level: 'YOUTH', sources: [{ source: ARTICLE, teaser: true }] });
  await editing.retractFact({ id: spell.id, reason: 'wrong club' });
  before = await graphCounts(graph.engine);
  sourceDb = graph.db.dbPath!.replace(graph.dir, dir);
  await graph.engine.close();
  for (const f of fs.readdirSync(graph.dir)) fs.renameSync(path.join(graph.dir, f), path.join(dir, f));
  fs.rmSync(graph.dir, { recursive: true, force: true });
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run export / npm run restore', () => {
  it('round-trips the whole graph into an empty database: same records, same counts', async () => {
    const first = path.join(dir, 'first.jsonl');
    const exported = await cli('export', first, sourceDb);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/exported .* to .*first\.jsonl: \d+ source, \d+ entity, \d+ fact/);

    const lines = fs.readFileSync(first, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { record: string; data?: Record<string, unknown>; counts?: Record<string, number> });
    expect(lines[0]).toMatchObject({ record: 'header', format: 'belgian-football-graph', version: 1, engine: 'ladybug' });
    const records = new Set(lines.map((l) => l.record));
    for (const r of ['source', 'entity', 'fact', 'about-entity', 'about-fact', 'cites-fact', 'cites-entity', 'audit', 'meta', 'end']) expect(records).toContain(r);
    expect(lines.filter((l) => l.record === 'audit')).toHaveLength(5);
    expect(lines.some((l) => l.record === 'fact' && l.data?.status === 'RETRACTED')).toBe(true);

    const restoredDb = path.join(dir, 'restored.lbug');
    const restored = await cli('restore', first, restoredDb);
    expect(restored).toMatchObject({ code: 0, stderr: '' });

    const second = path.join(dir, 'second.jsonl');
    expect((await cli('export', second, restoredDb)).code).toBe(0);
    expect(body(second)).toBe(body(first));

    // Derived squads and links are rebuilt, not copied: the counts match too.
    const again = await openGraphWith({ DB_PATH: restoredDb }, false);
    try {
      expect(await graphCounts(again.engine)).toEqual(before);
    } finally {
      await again.engine.close();
    }
  });

  it('refuses to restore into a database that is not empty, and changes nothing', async () => {
    const file = path.join(dir, 'refuse.jsonl');
    expect((await cli('export', file, sourceDb)).code).toBe(0);
    const r = await cli('restore', file, sourceDb);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not empty \(\d+ nodes\)/);
    const g = await openGraphWith({ DB_PATH: sourceDb }, false);
    try {
      expect(await graphCounts(g.engine)).toEqual(before);
    } finally {
      await g.engine.close();
    }
  });

  it('refuses a truncated or foreign file before touching the database', async () => {
    const file = path.join(dir, 'full.jsonl');
    expect((await cli('export', file, sourceDb)).code).toBe(0);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const truncated = path.join(dir, 'truncated.jsonl');
    fs.writeFileSync(truncated, lines.slice(0, -3).join('\n'));
    const target = path.join(dir, 'never.lbug');
    const r = await cli('restore', truncated, target);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/truncated/);
    expect(fs.existsSync(target)).toBe(false);
    const foreign = path.join(dir, 'foreign.jsonl');
    fs.writeFileSync(foreign, '{"hello":"world"}\n');
    expect((await cli('restore', foreign, target)).stderr).toMatch(/Not a backup/);
  });

  it('does not touch an embedded database that a service holds open', async () => {
    const g = await openGraphWith({ DB_PATH: path.join(dir, 'busy.lbug') }, true);
    try {
      const r = await cli('export', path.join(dir, 'busy.jsonl'), path.join(dir, 'busy.lbug'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/already in use/);
      expect(fs.existsSync(path.join(dir, 'busy.jsonl'))).toBe(false);
    } finally {
      await g.engine.close();
    }
  });
});

describe('an interrupted restore', () => {
  it('keeps the service from starting on the half-restored database', async () => {
    const g = await openGraphWith({ DB_PATH: path.join(dir, 'half.lbug') }, false);
    await g.engine.write('write/set-meta', { rows: [{ key: 'backup:restoring', value: '2025-01-01T00:00:00.000Z' }] });
    await g.engine.close();
    const r = await runUntilExit({ DB_PATH: path.join(dir, 'half.lbug') });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/incomplete restore/);
  });
});

describe('restoreGraph', () => {
  it('refuses a backup whose counts do not match its records', () => {
    const lines = [
      JSON.stringify({ record: 'header', format: 'belgian-football-graph', version: 1, engine: 'ladybug', exportedAt: '2025-01-01T00:00:00.000Z' }),
      JSON.stringify({ record: 'meta', data: { key: 'k', value: 'v' } }),
      JSON.stringify({ record: 'end', counts: { source: 0, entity: 0, fact: 0, 'about-entity': 0, 'about-fact': 0, 'cites-fact': 0, 'cites-entity': 0, audit: 0, meta: 2 } }),
    ];
    expect(() => parseBackup(lines)).toThrow(BackupError);
    expect(() => parseBackup(lines)).toThrow(/inconsistent/);
  });

  it('refuses a property it could not write back, before writing anything', async () => {
    const g = await openGraphWith({}, false);
    try {
      const lines: string[] = [];
      await exportGraph(g.engine, (l) => {
        lines.push(l);
      });
      const header = lines[0]!;
      const withExtra = [header, JSON.stringify({ record: 'meta', data: { key: 'k', value: 'v', colour: 'red' } }), lines[lines.length - 1]!.replace('"meta":0', '"meta":1')];
      const parsed = parseBackup(withExtra);
      // A new database holds only its schema state (one Meta key): nothing else may appear.
      const empty = await graphCounts(g.engine);
      expect(empty).toEqual({ nodes: 1, rels: 0 });
      await expect(restoreGraph(g.engine, loadCypherCatalog(g.engine.kind), parsed)).rejects.toThrow(/property "colour"/);
      expect(await graphCounts(g.engine)).toEqual(empty);
    } finally {
      await g.close();
    }
  });
});
