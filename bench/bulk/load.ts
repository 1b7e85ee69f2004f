// Bulk loads of the synthetic benchmark graph (benchmarks only; the service never runs these):
// the CSV files of bench/bulk/csv.ts, generated once per size into a cache directory, then
// - LadybugDB: the service's migration on a fresh database (schema, the fact-refs stamp), the
//   source node, then `COPY <table> FROM '<file>'` per file, node tables before relationship tables
//   (bench/bulk/copy-*.ladybug.cypher);
// - Neo4j: the service's migration (constraints and indexes first, so the relationship loads look
//   up keys in an index), the source node, then `LOAD CSV … CALL { … } IN TRANSACTIONS OF 10000
//   ROWS` per file (bench/bulk/load-*.neo4j.cypher) from the server's import directory.
// Then, through the service's engine: the derived-data stamp (`derived:version`, as a rebuild
// writes it; the derived squads and links themselves are not built, see `markNoDerived`), the
// counts of every table against the files' rows, and on LadybugDB every fact and entity found
// by its key (the engine once lost a key-index entry after bulk creates).
import fs from 'node:fs';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import type { GraphEngine } from '../../src/graph/engine';
import { openEngine } from '../../src/graph/open-engine';
import { DERIVED_VERSION_KEY } from '../../src/knowledge/derived';
import { writeBundle } from '../../src/knowledge/write';
import { SYNTHETIC_SOURCE_SEED } from '../synthetic-graph';
import { CSV_TABLES, readManifest, writeSyntheticCsv, type CsvManifest } from './csv';

const BULK_DIR = __dirname;
/** Meta key saying how a benchmark graph was made (and that it has no derived squads and links). */
export const BULK_META_KEY = 'bench:bulk-load';

/** A bench/bulk Cypher file, comment lines dropped; `{csv}` (COPY's file, never a parameter there) replaced by a checked path. */
export function bulkCypher(name: string, csv?: string): string {
  const text = fs.readFileSync(path.join(BULK_DIR, `${name}.cypher`), 'utf8').replace(/^\s*\/\/.*$/gm, '').trim();
  if (csv === undefined) return text;
  // Only paths the bench makes: no quote can end the string literal early.
  if (!/^[A-Za-z0-9_./+-]+$/.test(csv)) throw new Error(`refusing CSV path ${csv}`);
  return text.replaceAll('{csv}', csv);
}

export interface BulkCsv {
  dir: string;
  manifest: CsvManifest;
  /** True when this call generated the files (else they were there from an earlier run). */
  generated: boolean;
}

/** The CSV files of the synthetic graph of `people`, generated into `dir` unless complete there already. */
export function ensureSyntheticCsv(dir: string, people: number, log: (line: string) => void, rebuild = false): BulkCsv {
  const known = rebuild ? null : readManifest(dir, { people });
  if (known) return { dir, manifest: known, generated: false };
  log(`bulk: generating the CSV files of ${people} people into ${dir} …`);
  const manifest = writeSyntheticCsv(dir, { people, log });
  log(`bulk: CSV files written in ${Math.round(manifest.generateMs / 1000)} s: ${JSON.stringify(manifest.rows)}`);
  return { dir, manifest, generated: true };
}

export interface BulkLoadSummary {
  engine: 'ladybug' | 'neo4j';
  people: number;
  rows: Record<string, number>;
  /** Milliseconds per step: migrate, each file's load, stamps, checks. */
  phases: Record<string, number>;
  loadMs: number;
  derived: false;
}

async function timed<T>(phases: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await work();
  } finally {
    phases[name] = Date.now() - t;
  }
}

/**
 * Marks the graph as one without derived squads and links, as the service understands it: the
 * `derived:version` stamp a rebuild writes (caches of derived data key on it) is set, and the
 * edit marker (`derived:stale`, the only thing that makes the service rebuild at start-up) is
 * left unset, so the service never starts a rebuild over millions of facts. `connections` then
 * finds nothing; the bench refuses it on these graphs.
 */
async function markNoDerived(engine: GraphEngine, csv: BulkCsv): Promise<void> {
  await engine.write('write/set-meta', {
    rows: [
      { key: DERIVED_VERSION_KEY, value: `${csv.manifest.now}:bulk-load-without-derived` },
      { key: BULK_META_KEY, value: JSON.stringify({ people: csv.manifest.people, seed: csv.manifest.seed, derived: false }) },
    ],
  });
}

/** Table counts against the files' rows; on LadybugDB every fact and entity found by its key. */
async function check(engine: GraphEngine, count: () => Promise<Record<string, unknown>>, csv: BulkCsv, keyChecks: (() => Promise<Record<string, unknown>>)[]): Promise<void> {
  const rows = csv.manifest.rows;
  const want = { entities: rows['entities.csv'], facts: rows['facts.csv'], about: rows['about.csv'], entityCites: rows['entity-cites.csv'], factCites: rows['fact-cites.csv'] };
  const got = await count();
  for (const [k, v] of Object.entries(want)) if (Number(got[k]) !== v) throw new Error(`bulk load: ${k}: the graph holds ${String(got[k])}, the CSV ${v}`);
  const [facts] = await engine.read('import/fact-key-check');
  if (Number(facts?.total) !== want.facts || Number(facts?.keyed) !== want.facts) throw new Error(`bulk load: ${want.facts} facts written, ${String(facts?.total)} in the graph, ${String(facts?.keyed)} found by key`);
  for (const k of keyChecks) {
    const r = await k();
    if (Number(r.total) !== Number(r.keyed)) throw new Error(`bulk load: ${String(r.total)} entities, ${String(r.keyed)} found by key`);
  }
}

export interface LadybugBulkOptions {
  dbPath: string;
  csv: BulkCsv;
  log: (line: string) => void;
  /** Buffer pool of the loading process (MB). */
  bufferPoolMb?: number;
  maxDbMb?: number;
}

/** Loads the CSV files into a new LadybugDB file at `dbPath` (which must not exist). */
export async function bulkLoadLadybug(o: LadybugBulkOptions): Promise<BulkLoadSummary> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  const maxDbMb = o.maxDbMb ?? 256 * 1024;
  const config = () => loadConfig({ DB_PATH: o.dbPath, DB_BUFFER_POOL_MB: '1024', DB_MAX_SIZE_MB: String(maxDbMb), LOG_LEVEL: 'silent', DB_QUERY_TIMEOUT_MS: '600000' }).engine;
  // The service's migration (and its fact-refs stamp, on an empty graph) and the source node.
  await timed(phases, 'migrate', async () => {
    const engine = await openEngine(config());
    try {
      await writeBundle(engine, { sources: [SYNTHETIC_SOURCE_SEED], entities: [], facts: [] });
    } finally {
      await engine.close();
    }
  });
  // COPY through a connection of its own (one Database per file per process: the engine is closed).
  const db = new lbug.Database(o.dbPath, (o.bufferPoolMb ?? 4096) * 2 ** 20, true, false, maxDbMb * 2 ** 20, false);
  await db.init();
  const conn = new lbug.Connection(db);
  await conn.init();
  const run = async (text: string) => {
    const res = await conn.query(text);
    const results = Array.isArray(res) ? res : [res];
    try {
      return (await results[results.length - 1]!.getAll()) as Record<string, unknown>[];
    } finally {
      for (const r of results) r.close();
    }
  };
  try {
    for (const t of CSV_TABLES) {
      const name = t.file.replace(/\.csv$/, '');
      const [row] = await timed(phases, name, () => run(bulkCypher(`copy-${name}.ladybug`, path.join(o.csv.dir, t.file))));
      o.log(`bulk ladybug: ${name}: ${String(row?.result ?? '')} (${Math.round(phases[name]! / 1000)} s)`);
    }
    await timed(phases, 'checkpoint', () => run('CHECKPOINT'));
  } finally {
    await conn.close();
    await db.close();
  }
  const engine = await openEngine(config(), { extraCypher: BULK_CHECKS });
  try {
    await timed(phases, 'stamp', () => markNoDerived(engine, o.csv));
    await timed(phases, 'check', () =>
      check(engine, async () => (await engine.read('bulk/counts' as never))[0] ?? {}, o.csv, [async () => (await engine.read('bulk/entity-key-check' as never))[0] ?? {}]),
    );
  } finally {
    await engine.close();
  }
  return { engine: 'ladybug', people: o.csv.manifest.people, rows: o.csv.manifest.rows, phases, loadMs: Date.now() - started, derived: false };
}

/** The checks above as extra operations of the service's engine (bench/bulk/checks/). */
const BULK_CHECKS = { dir: path.join(BULK_DIR, 'checks'), operations: ['bulk/counts', 'bulk/entity-key-check'] };

export interface Neo4jBulkOptions {
  uri: string;
  username: string;
  password: string;
  /** The server's import directory (LOAD CSV reads `file:///<name>` from it): the CSV directory. */
  csv: BulkCsv;
  log: (line: string) => void;
}

/** Loads the CSV files into an empty Neo4j database whose import directory is the CSV directory. */
export async function bulkLoadNeo4j(o: Neo4jBulkOptions): Promise<BulkLoadSummary> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  const env = { NEO4J_URI: o.uri, NEO4J_USERNAME: o.username, NEO4J_PASSWORD: o.password, LOG_LEVEL: 'silent', DB_QUERY_TIMEOUT_MS: '600000' };
  await timed(phases, 'migrate', async () => {
    const engine = await openEngine(loadConfig(env).engine);
    try {
      await writeBundle(engine, { sources: [SYNTHETIC_SOURCE_SEED], entities: [], facts: [] });
    } finally {
      await engine.close();
    }
  });
  // `CALL { … } IN TRANSACTIONS` runs only in an auto-commit transaction: session.run.
  const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password));
  try {
    for (const t of CSV_TABLES) {
      const name = t.file.replace(/\.csv$/, '');
      const session = driver.session();
      try {
        const summary = await timed(phases, name, async () => (await session.run(bulkCypher(`load-${name}.neo4j`), { url: `file:///${t.file}` })).summary);
        const c = summary.counters.updates();
        o.log(`bulk neo4j: ${name}: ${c.nodesCreated} nodes, ${c.relationshipsCreated} relationships (${Math.round(phases[name]! / 1000)} s)`);
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
  const engine = await openEngine(loadConfig(env).engine, { extraCypher: BULK_CHECKS });
  try {
    await timed(phases, 'stamp', () => markNoDerived(engine, o.csv));
    // Neo4j maintains a uniqueness constraint's index in the writing transaction: counts only.
    await timed(phases, 'check', () => check(engine, async () => (await engine.read('bulk/counts' as never))[0] ?? {}, o.csv, []));
  } finally {
    await engine.close();
  }
  return { engine: 'neo4j', people: o.csv.manifest.people, rows: o.csv.manifest.rows, phases, loadMs: Date.now() - started, derived: false };
}
