// Backup and restore on real databases of the run's engine: `npm run export` / `npm run restore`
// as the operator runs them, a round trip that yields the same file, an imported slice that
// crosses several pages with sparse optional fields, every refusal (nothing written), and, in
// the Neo4j pass, a migration embedded → Neo4j → embedded.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { newToken } from '../../src/auth/tokens';
import { BackupError, checkBackup, exportGraph, restoreGraph, RECORD_NAMES } from '../../src/services/backup/backup';
import { loadConfig } from '../../src/config';
import { EditDesk } from '../../src/services/editing/desk';
import { EditingService } from '../../src/services/editing/editing-service';
import type { GraphEngine } from '../../src/graph/engine';
import { openEngine } from '../../src/graph/open-engine';
import { seedCurated } from '../../src/services/write/seed';
import { acquireDatabase, DATA_DIR, TEST_ENGINE, tempDir, testConfig, withoutEngineEnv, type TestDatabase } from '../support/graph';
import { graphCounts, openGraphWith } from '../support/http-server';
import { ROOT, runUntilExit } from '../support/process';

jest.setTimeout(300_000);

const run = promisify(execFile);
const ARTICLE = 'article:002_71773532a5f1564e';

type Cli = { code: number; stdout: string; stderr: string };

/** Whole-graph writes and reads on a busy shared machine: the default 10 s per operation is too tight. */
const PATIENT = { DB_QUERY_TIMEOUT_MS: '120000' };

/** Runs `npm run <script> -- <file>` the way an operator would (without npm's own output). */
async function cli(script: 'export' | 'restore', file: string, db: { env: Record<string, string> }): Promise<Cli> {
  const args = ['-r', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'backup.ts'), script, file];
  const env = { ...withoutEngineEnv(process.env), DB_BUFFER_POOL_MB: '128', LOG_LEVEL: 'silent', ...PATIENT, ...db.env };
  try {
    const r = await run(process.execPath, args, { cwd: ROOT, env, maxBuffer: 16 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A file's lines after the header (the header holds the engine and the time of export). */
const body = (file: string) => fs.readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
const linesOf = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n');

type Line = { record: string; data?: Record<string, unknown>; counts?: Record<string, number>; sha256?: string };

/** Rewrites a backup's closing line so that its counts and checksum match its lines again. */
function reseal(lines: string[]): string[] {
  const inner = lines.slice(1, -1);
  const counts = Object.fromEntries(RECORD_NAMES.map((r) => [r, 0]));
  const hash = createHash('sha256');
  for (const l of inner) {
    counts[(JSON.parse(l) as Line).record]!++;
    hash.update(l).update('\n');
  }
  return [lines[0]!, ...inner, JSON.stringify({ record: 'end', counts, sha256: hash.digest('hex') })];
}

/** Only the counts of the closing line fixed (the checksum left as the export wrote it). */
function fixCounts(lines: string[]): string[] {
  const end = JSON.parse(lines[lines.length - 1]!) as Line;
  const resealed = JSON.parse(reseal(lines)[lines.length - 1]!) as Line;
  return [...lines.slice(0, -1), JSON.stringify({ ...end, counts: resealed.counts })];
}

/** Nodes in the database, read without opening it through the service (which would write). */
async function nodesIn(db: TestDatabase): Promise<number | 'no database'> {
  if (db.kind === 'ladybug') {
    if (!fs.existsSync(db.dbPath!)) return 'no database';
    const g = await openGraphWith(PATIENT, false, db);
    try {
      return (await graphCounts(g.engine)).nodes;
    } finally {
      await g.engine.close();
    }
  }
  const driver = neo4j.driver(db.uri!, neo4j.auth.basic(db.env.NEO4J_USERNAME!, db.env.NEO4J_PASSWORD!));
  try {
    const r = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    return Number(r.records[0]!.get('n'));
  } finally {
    await driver.close();
  }
}

async function exportLines(engine: GraphEngine, pageSize?: number): Promise<string[]> {
  const lines: string[] = [];
  await exportGraph(engine, (l) => {
    lines.push(l);
  }, { pageSize });
  return lines;
}

let source: TestDatabase;
let first: string;
let before: { nodes: number; rels: number };

beforeAll(async () => {
  // A seeded graph with edits (so the audit trail, a retraction and a correction are in it).
  source = await acquireDatabase('source');
  const graph = await openGraphWith(PATIENT, true, source);
  try {
    const editing = new EditingService(graph.engine, new EditDesk(graph.engine, pino({ level: 'silent' })), { name: newToken('alice').entry.split(':')[0]! });
    const person = await editing.createPerson({ name: 'Backup Person', birthDate: '1990', aliases: ['B. P.'], sources: [{ source: ARTICLE, detail: 'named' }] });
    const spell = await editing.addSpell({ person: person.id, team: 'club:kv-mechelen', level: 'SENIOR', start: '2010/11', sources: [{ source: ARTICLE, confidence: 0.75 }] });
    await editing.correctSpell({ id: spell.id, end: '2012-05' });
    await editing.addSpell({ person: person.id, team: 'club:krc-genk', level: 'YOUTH', sources: [{ source: ARTICLE, teaser: true }] });
    await editing.retractFact({ id: spell.id, reason: 'wrong club' });
    before = await graphCounts(graph.engine);
  } finally {
    await graph.engine.close();
  }
  first = path.join(source.dir, 'first.jsonl');
  const exported = await cli('export', first, source);
  expect(exported).toMatchObject({ code: 0, stderr: '' });
});

afterAll(async () => {
  await source?.release();
});

describe('npm run export / npm run restore', () => {
  it('round-trips the whole graph into an empty database: the same file, the same counts', async () => {
    const lines = linesOf(first).map((l) => JSON.parse(l) as Line);
    expect(lines[0]).toMatchObject({ record: 'header', format: 'belgian-football-graph', version: 2, engine: TEST_ENGINE });
    const records = new Set(lines.map((l) => l.record));
    for (const r of ['source', 'entity', 'fact', 'about-entity', 'about-fact', 'cites-fact', 'cites-entity', 'audit', 'meta', 'end']) expect(records).toContain(r);
    expect(lines.filter((l) => l.record === 'audit')).toHaveLength(5);
    expect(lines.some((l) => l.record === 'fact' && l.data?.status === 'RETRACTED')).toBe(true);
    // Every property is written, null ones too.
    const entity = lines.find((l) => l.record === 'entity')!.data!;
    expect(Object.keys(entity)).toContain('nameFr');
    expect(lines[lines.length - 1]!.sha256).toMatch(/^[0-9a-f]{64}$/);

    const target = await acquireDatabase('restored');
    try {
      const restored = await cli('restore', first, target);
      expect(restored).toMatchObject({ code: 0, stderr: '' });
      expect(restored.stdout).toMatch(/restored .*first\.jsonl into .*: \d+ source, \d+ entity, \d+ fact/);
      const second = path.join(target.dir, 'second.jsonl');
      expect(await cli('export', second, target)).toMatchObject({ code: 0, stderr: '' });
      expect(body(second)).toBe(body(first));
      // Derived squads and links are rebuilt, not copied: the counts match too.
      const again = await openGraphWith(PATIENT, false, target);
      try {
        expect(await graphCounts(again.engine)).toEqual(before);
      } finally {
        await again.engine.close();
      }
    } finally {
      await target.release();
    }
  });

  it('refuses to restore into a database that is not empty, and changes nothing', async () => {
    const r = await cli('restore', first, source);
    expect(r.code).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^restore refused \(NOT_EMPTY\): .*not empty \(\d+ nodes\)/);
    const g = await openGraphWith(PATIENT, false, source);
    try {
      expect(await graphCounts(g.engine)).toEqual(before);
    } finally {
      await g.engine.close();
    }
  });
});

describe('a backup file that is not exactly what export wrote', () => {
  let target: TestDatabase;
  beforeAll(async () => {
    target = await acquireDatabase('never');
  });
  afterAll(async () => {
    await target?.release();
  });

  const lines = () => linesOf(first);
  const indexOf = (ls: string[], record: string, where: (d: Record<string, unknown>) => boolean = () => true) =>
    ls.findIndex((l) => {
      const p = JSON.parse(l) as Line;
      return p.record === record && where(p.data!);
    });
  const edit = (ls: string[], i: number, change: (d: Record<string, unknown>) => void) => {
    const p = JSON.parse(ls[i]!) as Line;
    change(p.data!);
    const out = [...ls];
    out[i] = JSON.stringify(p);
    return out;
  };

  const cases: [string, () => string[], RegExp][] = [
    // Counts and checksum made right again: only the check of types can refuse it.
    ['a wrongly typed value', () => reseal(edit(lines(), indexOf(lines(), 'entity'), (d) => (d.nicknames = 'Rode Duivels'))), /Line \d+: the entity \S+ "nicknames" must be a list of strings or null/],
    ['a number where a string belongs', () => reseal(edit(lines(), indexOf(lines(), 'fact'), (d) => (d.startText = 2010))), /"startText" must be a string or null/],
    ['an edge to an entity the file does not hold', () => reseal(edit(lines(), indexOf(lines(), 'about-entity'), (d) => (d.target = 'person:nobody'))), /refers to entity person:nobody, which the file does not hold/],
    ['a deleted entity that edges still refer to', () => reseal(lines().filter((_, i) => i !== indexOf(lines(), 'entity', (d) => d.id === 'person:backup-person'))), /refers to entity person:backup-person/],
    ['a deleted line with its counts fixed', () => fixCounts(lines().filter((_, i) => i !== indexOf(lines(), 'cites-fact'))), /does not match the checksum/],
    ['a changed value (bad checksum)', () => edit(lines(), indexOf(lines(), 'entity'), (d) => (d.name = `${String(d.name)}!`)), /does not match the checksum/],
    ['a missing property', () => reseal(edit(lines(), indexOf(lines(), 'source'), (d) => delete d.url)), /lacks the property "url"/],
    ['an unknown property', () => reseal(edit(lines(), indexOf(lines(), 'meta'), (d) => (d.colour = 'red'))), /property "colour" this version does not know/],
    ['a duplicate id', () => reseal([...lines().slice(0, 2), lines()[1]!, ...lines().slice(2)]), /appears twice/],
    ['records out of order', () => reseal([lines()[0]!, lines()[indexOf(lines(), 'entity')]!, ...lines().slice(1).filter((_, i) => i + 1 !== indexOf(lines(), 'entity'))]), /out of order/],
    ['a truncated file', () => lines().slice(0, -3), /truncated/],
    ['a file cut inside a line', () => [...lines().slice(0, -1), lines()[lines().length - 1]!.slice(0, 20)], /Line \d+ is not valid JSON/],
    ['an older format', () => [lines()[0]!.replace('"version":2', '"version":1'), ...lines().slice(1)], /format version 1 is not supported/],
    ['a foreign file', () => ['{"hello":"world"}'], /Not a backup/],
    ['an empty file', () => [], /empty/],
  ];

  it.each(cases)('refuses %s before touching the database (exit 3, one line)', async (_name, make, message) => {
    const file = path.join(target.dir, 'bad.jsonl');
    fs.writeFileSync(file, make().join('\n'));
    const r = await cli('restore', file, target);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^restore refused \(INVALID_BACKUP\): /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(3);
    expect(await nodesIn(target)).toBe(TEST_ENGINE === 'ladybug' ? 'no database' : 0);
  });

  it('refuses a wrongly typed value through the API too, with nothing written to an open database', async () => {
    const g = await openGraphWith(PATIENT, false, target);
    try {
      const empty = await graphCounts(g.engine);
      const bad = reseal(edit(lines(), indexOf(lines(), 'cites-fact'), (d) => (d.teaser = 'yes')));
      await expect(restoreGraph(g.engine, () => bad)).rejects.toThrow(BackupError);
      await expect(checkBackup(bad)).rejects.toThrow(/"teaser" must be true or false or null/);
      expect(await graphCounts(g.engine)).toEqual(empty);
    } finally {
      await g.engine.close();
    }
    if (target.kind === 'ladybug') for (const f of fs.readdirSync(target.dir)) if (f.startsWith(path.basename(target.dbPath!))) fs.rmSync(path.join(target.dir, f), { force: true });
    else await target.release().then(async () => (target = await acquireDatabase('never')));
  });

  it('refuses a missing file and a directory in one line', async () => {
    const missing = await cli('restore', path.join(target.dir, 'nope.jsonl'), target);
    expect(missing).toMatchObject({ code: 3 });
    expect(missing.stderr.trim()).toMatch(/^restore refused \(INVALID_BACKUP\): cannot read .*nope\.jsonl: it does not exist$/);
    const dir = await cli('restore', target.dir, target);
    expect(dir.stderr.trim()).toMatch(/is not a file$/);
    const exportToDir = await cli('export', path.join(target.dir, 'no-such-dir', 'x.jsonl'), source);
    expect(exportToDir.code).toBe(1);
    expect(exportToDir.stderr.trim()).toMatch(/^export failed \(FILE\): .*: it does not exist$/);
  });
});

describe('an interrupted restore', () => {
  it('keeps the service from starting and export from backing it up', async () => {
    const db = await acquireDatabase('half');
    try {
      const g = await openGraphWith(PATIENT, false, db);
      await g.engine.write('meta/set', { rows: [{ key: 'backup:restoring', value: '2025-01-01T00:00:00.000Z' }] });
      await g.engine.close();
      const r = await runUntilExit({ ...db.env, ...PATIENT, DB_BUFFER_POOL_MB: '128' });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/incomplete restore/);
      const file = path.join(db.dir, 'half.jsonl');
      const e = await cli('export', file, db);
      expect(e.code).toBe(4);
      expect(e.stderr.trim()).toMatch(/^export refused \(INCOMPLETE_RESTORE\): .*incomplete restore/);
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      await db.release();
    }
  });
});

// The embedded engine locks its file; Neo4j is a server that many clients share, so there is no
// such refusal to test there.
(TEST_ENGINE === 'ladybug' ? describe : describe.skip)('an embedded database held open by a service', () => {
  it('is not touched by export', async () => {
    const g = await openGraphWith(PATIENT, true);
    try {
      const file = path.join(g.dir, 'busy.jsonl');
      const r = await cli('export', file, g.db);
      expect(r.code).toBe(4);
      expect(r.stderr.trim()).toMatch(/^export refused \(LOCKED\): .*already in use/);
      expect(fs.readdirSync(g.dir).filter((f) => f.endsWith('.jsonl') || f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await g.close();
    }
  });
});

/** Imports the Belgian league transfers of two seasons (real rows of ../shared/data) into `db`. */
function importSlice(db: { env: Record<string, string> }, dir: string): void {
  for (const season of [2010, 2011]) {
    const target = path.join(dir, 'transfers', 'data', String(season));
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(path.join(DATA_DIR, 'transfermarkt-transfers', 'data', String(season), 'jupiler-pro-league.csv'), path.join(target, 'jupiler-pro-league.csv'));
  }
  execFileSync(process.execPath, ['-r', 'tsx/cjs', 'src/cli/import.ts', 'transfers', path.join(dir, 'transfers'), '--report-dir', path.join(dir, 'report'), '--quiet'], {
    cwd: ROOT,
    env: { ...withoutEngineEnv(process.env), DB_BUFFER_POOL_MB: '256', DB_QUERY_TIMEOUT_MS: '120000', LOG_LEVEL: 'silent', ...db.env },
    stdio: 'pipe',
  });
}

const PAGE = 100;

describe('an imported slice, exported and restored in pages of 100 records', () => {
  it('restores exactly, nulls and empty lists included, across pages where an optional field is null in every row', async () => {
    const db = await acquireDatabase('slice');
    let exported: string[];
    try {
      importSlice(db, db.dir);
      const engine = await openEngine(testConfig(db, PATIENT).engine);
      try {
        exported = await exportLines(engine, PAGE);
      } finally {
        await engine.close();
      }
    } finally {
      await db.release();
    }
    const parsed = exported.map((l) => JSON.parse(l) as Line);
    const entities = parsed.filter((l) => l.record === 'entity').map((l) => l.data!);
    const facts = parsed.filter((l) => l.record === 'fact').length;
    expect(entities.length).toBeGreaterThan(4 * PAGE);
    expect(facts).toBeGreaterThan(4 * PAGE);
    // Sparse optional fields: curated entities have nicknames ([] or a list), imported ones none
    // (null), and whole pages of entities hold no nicknames at all: the batch that failed before.
    expect(entities.some((e) => Array.isArray(e.nicknames) && e.nicknames.length > 0)).toBe(true);
    expect(entities.some((e) => Array.isArray(e.nicknames) && e.nicknames.length === 0)).toBe(true);
    const pages = Array.from({ length: Math.ceil(entities.length / PAGE) }, (_, i) => entities.slice(i * PAGE, (i + 1) * PAGE));
    expect(pages.filter((p) => p.every((e) => e.nicknames === null)).length).toBeGreaterThan(0);
    expect(entities.some((e) => e.fullName === null)).toBe(true);

    const target = await acquireDatabase('slice-restored');
    try {
      const engine = await openEngine(testConfig(target, PATIENT).engine);
      try {
        const counts = await restoreGraph(engine, () => exported, { pageSize: PAGE });
        expect(counts.entity).toBe(entities.length);
        const again = await exportLines(engine, PAGE + 37);
        expect(again.slice(1)).toEqual(exported.slice(1));
      } finally {
        await engine.close();
      }
    } finally {
      await target.release();
    }
  });
});

(TEST_ENGINE === 'neo4j' ? describe : describe.skip)('moving a graph between engines', () => {
  it('embedded → Neo4j → embedded gives the same file at every step', async () => {
    const dir = tempDir('bfg-migrate-');
    const embedded = (name: string) => ({ env: { DB_PATH: path.join(dir, `${name}.lbug`) } });
    const openEmbedded = (name: string) => openEngine(loadConfig({ ...withoutEngineEnv(process.env), DB_BUFFER_POOL_MB: '256', LOG_LEVEL: 'silent', ...PATIENT, ...embedded(name).env }).engine);
    try {
      // The embedded graph: curated knowledge and an imported slice.
      const start = await openEmbedded('start');
      await seedCurated(start);
      await start.close();
      importSlice(embedded('start'), dir);
      const fromEmbedded = path.join(dir, 'from-embedded.jsonl');
      expect(await cli('export', fromEmbedded, embedded('start'))).toMatchObject({ code: 0, stderr: '' });

      const server = await acquireDatabase('migrated');
      const fromNeo4j = path.join(dir, 'from-neo4j.jsonl');
      try {
        expect(await cli('restore', fromEmbedded, server)).toMatchObject({ code: 0, stderr: '' });
        expect(await cli('export', fromNeo4j, server)).toMatchObject({ code: 0, stderr: '' });
      } finally {
        await server.release();
      }
      expect(JSON.parse(linesOf(fromNeo4j)[0]!)).toMatchObject({ engine: 'neo4j' });
      expect(body(fromNeo4j)).toBe(body(fromEmbedded));

      expect(await cli('restore', fromNeo4j, embedded('back'))).toMatchObject({ code: 0, stderr: '' });
      const back = path.join(dir, 'back.jsonl');
      expect(await cli('export', back, embedded('back'))).toMatchObject({ code: 0, stderr: '' });
      expect(body(back)).toBe(body(fromEmbedded));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
