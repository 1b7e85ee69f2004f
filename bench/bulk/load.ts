// Bulk loads of the synthetic benchmark graph (benchmarks only; the service never runs these):
// the CSV files of bench/bulk/csv.ts, generated once per size into a cache directory, then
// - LadybugDB: the service's migration on a fresh database (schema, the fact-refs stamp), the
//   source node, then `COPY <table> FROM '<file>'` per file, node tables before relationship tables
//   (bench/bulk/copy-*.ladybug.cypher);
// - Neo4j: `neo4j-admin database import full` into the server's directory before it starts, then on
//   the running server the service's migration (its uniqueness constraints index the imported
//   nodes in one pass), the entities' lists split, the source node's fields.
// Then, through the service's engine: the derived-data stamp (`derived:version`, as a rebuild
// writes it; the derived squads and links themselves are not built, see `markNoDerived`), the
// counts of every table against the files' rows, and on LadybugDB every fact and entity found
// by its key (the engine once lost a key-index entry after bulk creates).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import lbug from '@ladybugdb/core';
import neo4j from 'neo4j-driver';
import { ensureJars, NEO4J_DIR } from '../../neo4j/local-neo4j';
import { loadConfig } from '../../src/config';
import type { GraphEngine } from '../../src/graph/engine';
import { FACT_REFS_KEY } from '../../src/graph/fact-refs';
import { CYPHER_DIR, splitStatements } from '../../src/graph/cypher-loader';
import { openEngine } from '../../src/graph/open-engine';
import { DERIVED_VERSION_KEY } from '../../src/domain/squads';
import { writeBundle } from '../../src/services/write/bundle';
import { SYNTHETIC_SOURCE_SEED } from '../synthetic-graph';
import { CSV_TABLES, readManifest, writeSyntheticCsv, type CsvManifest, type CsvTable } from './csv';

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
  await engine.write('meta/set', {
    rows: [
      { key: DERIVED_VERSION_KEY, value: `${csv.manifest.now}:bulk-load-without-derived` },
      { key: BULK_META_KEY, value: JSON.stringify({ people: csv.manifest.people, seed: csv.manifest.seed, derived: false }) },
    ],
  });
}

/** Rows per key-check part, and per COPY (one COPY of 33M relationships filled a 4 GB buffer pool). */
const PART_ROWS = 4_000_000;

/** Table counts against the files' rows; with `keys`, every fact and entity found by its key, part by part. */
async function check(engine: GraphEngine, csv: BulkCsv, keys: boolean, partRows = PART_ROWS): Promise<Record<string, number>> {
  const rows = csv.manifest.rows;
  const want: Record<string, number> = { entities: rows['entities.csv']!, facts: rows['facts.csv']!, about: rows['about.csv']!, entityCites: rows['entity-cites.csv']!, factCites: rows['fact-cites.csv']! };
  const [got = {}] = await engine.read('bulk/counts' as never);
  for (const [k, v] of Object.entries(want)) if (Number(got[k]) !== v) throw new Error(`bulk load: ${k}: the graph holds ${String(got[k])}, the CSV ${v}`);
  if (!keys) return {};
  const keyed: Record<string, number> = {};
  for (const [what, op, total] of [['facts', 'bulk/fact-key-check-part', want.facts], ['entities', 'bulk/entity-key-check-part', want.entities]] as const) {
    let found = 0;
    for (let skip = 0; skip < total!; skip += partRows) found += Number((await engine.read(op as never, { skip, limit: partRows }))[0]?.keyed ?? 0);
    if (found !== total) throw new Error(`bulk load: ${total} ${what} in the graph, ${found} found by key`);
    keyed[what] = found;
  }
  return keyed;
}

/**
 * The file in parts of at most PART_ROWS rows, each with the header line (LadybugDB's COPY appends
 * to a table that holds rows); the file itself when it is small enough. `done` removes the parts.
 */
async function partsOf(file: string, rows: number, partRows = PART_ROWS): Promise<{ parts: string[]; done: () => void }> {
  if (rows <= partRows) return { parts: [file], done: () => undefined };
  const parts: string[] = [];
  let header: string | null = null;
  let fd = -1;
  let n = 0;
  let buf: string[] = [];
  const flush = () => {
    if (buf.length > 0) fs.writeSync(fd, buf.join(''));
    buf = [];
  };
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (header === null) {
      header = line;
      continue;
    }
    if (n % partRows === 0) {
      if (fd >= 0) {
        flush();
        fs.closeSync(fd);
      }
      const part = `${file}.part-${parts.length}.csv`;
      parts.push(part);
      fd = fs.openSync(part, 'w');
      buf.push(`${header}\n`);
    }
    buf.push(`${line}\n`);
    if (buf.length >= 50_000) flush();
    n++;
  }
  flush();
  fs.closeSync(fd);
  return { parts, done: () => parts.forEach((p) => fs.rmSync(p, { force: true })) };
}

export interface LadybugBulkOptions {
  dbPath: string;
  csv: BulkCsv;
  log: (line: string) => void;
  /** Buffer pool of the loading process (MB). */
  bufferPoolMb?: number;
  maxDbMb?: number;
  /** Rows per COPY and per key-check part (default 4M; tests make it small). */
  partRows?: number;
}

/** Loads the CSV files into a new LadybugDB file at `dbPath` (which must not exist). */
export async function bulkLoadLadybug(o: LadybugBulkOptions): Promise<BulkLoadSummary> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  const maxDbMb = o.maxDbMb ?? 256 * 1024;
  const config = () => loadConfig({ DB_PATH: o.dbPath, DB_BUFFER_POOL_MB: String(o.bufferPoolMb ?? 4096), DB_MAX_SIZE_MB: String(maxDbMb), LOG_LEVEL: 'silent', DB_QUERY_TIMEOUT_MS: '600000' }).engine;
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
    for (const t of CSV_TABLES.filter((x) => !x.neo4jOnly)) {
      const name = t.file.replace(/\.csv$/, '');
      await timed(phases, name, async () => {
        const { parts, done } = await partsOf(path.join(o.csv.dir, t.file), o.csv.manifest.rows[t.file]!, o.partRows);
        try {
          for (const part of parts) {
            const [row] = await run(bulkCypher(`copy-${name}.ladybug`, part));
            o.log(`bulk ladybug: ${path.basename(part)}: ${String(row?.result ?? '')}`);
          }
        } finally {
          done();
        }
      });
    }
    await timed(phases, 'checkpoint', () => run('CHECKPOINT'));
  } finally {
    await conn.close();
    await db.close();
  }
  const engine = await openEngine(config(), { extraCypher: BULK_CHECKS });
  try {
    await timed(phases, 'stamp', () => markNoDerived(engine, o.csv));
    await timed(phases, 'check', () => check(engine, o.csv, true, o.partRows));
  } finally {
    await engine.close();
  }
  return { engine: 'ladybug', people: o.csv.manifest.people, rows: o.csv.manifest.rows, phases, loadMs: Date.now() - started, derived: false };
}

/** The checks above as extra operations of the service's engine (bench/bulk/checks/). */
const BULK_CHECKS = { dir: path.join(BULK_DIR, 'checks'), operations: ['bulk/counts', 'bulk/fact-key-check-part', 'bulk/entity-key-check-part'] };

export interface Neo4jBulkOptions {
  /** The server's directory (neo4j/local-neo4j.ts `dataDir`): empty, the server not running. */
  dataDir: string;
  csv: BulkCsv;
  log: (line: string) => void;
}

/** JVM flags Neo4j 5 needs on Java 17 (as neo4j/local-neo4j.ts starts it). */
const JVM_FLAGS = ['--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--add-opens=java.base/java.lang=ALL-UNNAMED', '-Dio.netty.tryReflectionSetAccessible=true'];

/**
 * Step 1 on Neo4j, before its server starts: `neo4j-admin database import full` (the import tool
 * ships in the jars neo4j/ resolves) writes the store files of database `neo4j` under the
 * server's directory from the CSV files, every node and relationship at once. LOAD CSV with
 * `CALL { … } IN TRANSACTIONS OF 10000 ROWS` created ~9k facts/s here (13 properties each; 37k/s
 * with 3): over an hour for the 1M-people graph's 13.6M facts and 48M relationships.
 */
export async function neo4jAdminImport(o: Neo4jBulkOptions): Promise<{ ms: number }> {
  const started = Date.now();
  await ensureJars(o.log);
  fs.mkdirSync(path.join(o.dataDir, 'conf'), { recursive: true });
  fs.writeFileSync(path.join(o.dataDir, 'conf', 'neo4j.conf'), 'dbms.usage_report.enabled=false\n');
  const file = (t: CsvTable) => path.join(o.csv.dir, t.file);
  const args = [
    '-Xmx1g', ...JVM_FLAGS, '-cp', `${path.join(NEO4J_DIR, 'lib')}/*`, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full',
    ...CSV_TABLES.filter((t) => !t.from).map((t) => `--nodes=${t.table}=${file(t)}`),
    ...CSV_TABLES.filter((t) => t.from).map((t) => `--relationships=${t.table}=${file(t)}`),
    '--threads=2', '--max-off-heap-memory=2g', '--high-parallel-io=on', '--overwrite-destination=true', 'neo4j',
  ];
  await new Promise<void>((resolve, reject) => {
    const proc = spawn('java', args, { cwd: o.dataDir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', JAVA_HOME: process.env.JAVA_HOME ?? '', NEO4J_HOME: o.dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (c: Buffer) => {
      out = (out + c.toString()).slice(-6000);
      for (const line of c.toString().split('\n')) if (/^(IMPORT DONE|Imported:|\s+\d+ (nodes|relationships|properties))/.test(line)) o.log(`bulk neo4j: ${line.trim()}`);
    };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    proc.once('error', reject);
    proc.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`neo4j-admin import failed (${code}):\n${out.slice(-3000)}`))));
  });
  return { ms: Date.now() - started };
}

/**
 * Step 2, on the running server: the service's migration (its statements run here first, without
 * the service's transaction timeout: each constraint indexes millions of imported nodes), the
 * lists made lists, the source node's fields (the service's own write), the stamps, the checks.
 */
export async function bulkFinishNeo4j(o: { uri: string; username: string; password: string; csv: BulkCsv; log: (line: string) => void; importMs: number }): Promise<BulkLoadSummary> {
  const started = Date.now();
  const phases: Record<string, number> = { import: o.importMs };
  const env = { NEO4J_URI: o.uri, NEO4J_USERNAME: o.username, NEO4J_PASSWORD: o.password, LOG_LEVEL: 'silent', DB_QUERY_TIMEOUT_MS: '600000' };
  // `CALL { … } IN TRANSACTIONS` runs only in an auto-commit transaction: session.run.
  const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password));
  const run = async (text: string, params: Record<string, unknown> = {}) => {
    const session = driver.session();
    try {
      return (await session.run(text, params)).summary;
    } finally {
      await session.close();
    }
  };
  try {
    await timed(phases, 'constraints', async () => {
      for (const statement of splitStatements(fs.readFileSync(path.join(CYPHER_DIR, 'schema', 'migrate.neo4j.cypher'), 'utf8'))) await run(statement);
      await run('CALL db.awaitIndexes(3600)');
    });
    await timed(phases, 'lists', () => run(bulkCypher('split-lists.neo4j')));
    await run(bulkCypher('fact-refs-stamp.neo4j'), { key: FACT_REFS_KEY, value: o.csv.manifest.now });
  } finally {
    await driver.close();
  }
  const engine = await openEngine(loadConfig(env).engine, { extraCypher: BULK_CHECKS });
  try {
    await timed(phases, 'stamp', async () => {
      await writeBundle(engine, { sources: [SYNTHETIC_SOURCE_SEED], entities: [], facts: [] });
      await markNoDerived(engine, o.csv);
    });
    // Neo4j maintains a uniqueness constraint's index with the node: counts only.
    await timed(phases, 'check', () => check(engine, o.csv, false));
  } finally {
    await engine.close();
  }
  const loadMs = o.importMs + Date.now() - started;
  o.log(`bulk neo4j: ${JSON.stringify(phases)}`);
  return { engine: 'neo4j', people: o.csv.manifest.people, rows: o.csv.manifest.rows, phases, loadMs, derived: false };
}
