// The graphs a benchmark runs on, and the ids its scenarios ask about.
// - seeded: a fresh database the service seeds at start-up (the curated knowledge);
// - imported: the open datasets, imported once into a cached file under the temp directory
//   (`npm run import -- all <data>`; `--rebuild` imports again);
// - synthetic:<people> (10k, 100k, 1m): bench/synthetic-graph.ts, generated once as CSV files and
//   bulk-loaded (bench/bulk/) into a cached file; no derived squads and links (page scenarios only);
// - --db <file>: an existing graph file.
// Ids are sampled deterministically (fixed seed) with a direct read-only connection, before the
// service opens the file (one process at a time may open it).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import { ROOT } from './harness';
import type { CsvManifest, SpotCheck } from './bulk/csv';
import { bulkLoadLadybug, ensureSyntheticCsv } from './bulk/load';
import { prng } from './synthetic-graph';

export interface Pools {
  /**
   * True when the lists are draws (with repeats) from the whole graph, Zipf-weighted by rank
   * (`--pool zipf`): requests then pick from them at random, as traffic would.
   */
  sampled?: boolean;
  people: string[];
  clubs: string[];
  /** Names people type into search: of the sampled people and clubs. */
  names: string[];
  /** Pairs for `connections`. */
  pairs: [string, string][];
}

export interface PreparedGraph {
  label: string;
  /** Database file for the service. */
  dbPath: string;
  /** Extra environment for the service on this graph. */
  env: Record<string, string>;
  pools: Pools;
  people: number | null;
  /** False when the graph has no derived squads and links (connections cannot run). */
  derived?: boolean;
  /** How the graph was made, when it was made by this run. */
  made?: Record<string, unknown>;
  /** Bulk-loaded graphs: person pages the service must answer exactly (bench/bulk/spot-check.ts). */
  spotCheck?: SpotCheck;
  cleanup(): void;
}

export const CACHE_DIR = path.join(os.tmpdir(), 'bfg-bench-graphs');

export const CURATED: Pools = {
  people: ['person:steven-defour', 'person:wouter-vrancken', 'person:besnik-hasi', 'person:vincent-kompany'],
  clubs: ['club:kv-mechelen', 'club:standard-liege', 'club:rsc-anderlecht', 'club:krc-genk'],
  names: ['Steven Defour', 'Wouter Vrancken', 'Besnik Hasi', 'Vincent Kompany', 'KV Mechelen', 'Standard Luik', 'Malinwa', 'Rode Duivels'],
  pairs: [
    ['person:steven-defour', 'person:vincent-kompany'],
    ['person:steven-defour', 'person:besnik-hasi'],
    ['person:steven-defour', 'person:wouter-vrancken'],
    ['person:jan-boden', 'person:besnik-hasi'],
    ['person:vincent-kompany', 'person:danny-buijs'],
    ['person:fred-vanderbiest', 'person:hein-vanhaezebrouck'],
  ],
};

export interface GraphChoice {
  /** seeded | imported | synthetic:<people> */
  graph: string;
  db?: string;
  /** Ids per pool on big graphs. */
  pool: number;
  rebuild: boolean;
  dataDir: string;
  log: (line: string) => void;
}

export async function prepareGraph(choice: GraphChoice): Promise<PreparedGraph> {
  if (choice.db) {
    const dbPath = path.resolve(choice.db);
    return { label: `file ${path.basename(dbPath)}`, dbPath, env: {}, pools: await samplePools(dbPath, choice.pool, false), people: null, cleanup: () => undefined };
  }
  if (choice.graph === 'seeded') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-bench-'));
    return { label: 'seeded', dbPath: path.join(dir, 'graph.lbug'), env: {}, pools: CURATED, people: null, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  if (choice.graph === 'imported') {
    const dbPath = path.join(CACHE_DIR, 'imported.lbug');
    let made: Record<string, unknown> | undefined;
    if (choice.rebuild) removeDb(dbPath);
    if (!fs.existsSync(dbPath)) made = await importInto(dbPath, choice.dataDir, choice.log);
    return { label: 'imported', dbPath, env: {}, pools: await samplePools(dbPath, choice.pool, false), people: await countPeople(dbPath), made, cleanup: () => undefined };
  }
  const people = syntheticPeople(choice.graph);
  if (people !== null) {
    const dbPath = path.join(CACHE_DIR, `synthetic-${people}.lbug`);
    const madeFile = `${dbPath}.bulk.json`;
    let made: Record<string, unknown> | undefined;
    if (choice.rebuild) removeDb(dbPath);
    if (!fs.existsSync(dbPath) || !fs.existsSync(madeFile)) {
      removeDb(dbPath);
      const partial = `${dbPath}.partial`;
      removeDb(partial);
      const csv = ensureSyntheticCsv(syntheticCsvDir(people), people, choice.log);
      const load = await bulkLoadLadybug({ dbPath: partial, csv, log: choice.log });
      fs.renameSync(partial, dbPath);
      for (const f of fs.readdirSync(CACHE_DIR)) if (f.startsWith(`${path.basename(partial)}.`)) fs.rmSync(path.join(CACHE_DIR, f));
      made = { csvGenerated: csv.generated, generateMs: csv.generated ? csv.manifest.generateMs : null, ...load };
      fs.writeFileSync(madeFile, `${JSON.stringify({ made, manifest: csv.manifest })}\n`);
      choice.log(`synthetic graph (bulk): ${JSON.stringify(made)}`);
    }
    const { manifest } = JSON.parse(fs.readFileSync(madeFile, 'utf8')) as { manifest: CsvManifest };
    // The curated seed is not part of a synthetic graph (seeding would rebuild derived data).
    return {
      label: `synthetic ${people}`,
      derived: false,
      dbPath,
      env: { SEED_ON_START: 'false', DB_MAX_SIZE_MB: String(256 * 1024) },
      pools: await samplePools(dbPath, choice.pool, true, people),
      people,
      made,
      spotCheck: manifest.spotCheck,
      cleanup: () => undefined,
    };
  }
  throw new Error(`Unknown graph ${choice.graph}: seeded, imported, synthetic:<people> (e.g. synthetic:100000 or synthetic:100k), or --db <file>`);
}

/** People of a `synthetic:<n>[k|m]` graph name (10k = 10000, 1m = 1000000), or null. */
export function syntheticPeople(graph: string): number | null {
  const m = graph.match(/^synthetic:(\d+)(k|m)?$/i);
  if (!m) return null;
  return Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1000 : m[2]?.toLowerCase() === 'm' ? 1_000_000 : 1);
}

/** The CSV files of a synthetic graph (bench/bulk/csv.ts), shared by both engines' loads. */
export function syntheticCsvDir(people: number): string {
  return path.join(CACHE_DIR, `synthetic-csv-${people}`);
}

function removeDb(dbPath: string): void {
  const dir = path.dirname(dbPath);
  if (!fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) if (f === path.basename(dbPath) || f.startsWith(`${path.basename(dbPath)}.wal`)) fs.rmSync(path.join(dir, f), { force: true });
}

/** Runs the importer as `npm run import` does, into `dbPath`. */
async function importInto(dbPath: string, dataDir: string, log: (line: string) => void): Promise<Record<string, unknown>> {
  const started = Date.now();
  log(`importing ${dataDir} into ${dbPath} (about two minutes) …`);
  const partial = `${dbPath}.partial`;
  removeDb(partial);
  await new Promise<void>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--max-old-space-size=1024', '-r', 'tsx/cjs', 'src/cli/import.ts', 'all', dataDir], {
      cwd: ROOT,
      env: { ...process.env, DB_PATH: partial, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    proc.stderr!.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
    proc.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`import failed (${code}):\n${err}`))));
  });
  fs.renameSync(partial, dbPath);
  return { importMs: Date.now() - started };
}

/** Runs one sampling query and returns its rows as plain objects. */
export type Query = (q: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export async function withConnection<T>(dbPath: string, work: (query: Query) => Promise<T>): Promise<T> {
  const db = new lbug.Database(dbPath, 512 * 2 ** 20, true, true, 256 * 2 ** 30, false);
  await db.init();
  const conn = new lbug.Connection(db);
  await conn.init();
  const query = async (q: string, params: Record<string, unknown> = {}) => {
    const ps = await conn.prepare(q);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    const res = await conn.execute(ps, params as never);
    const results = Array.isArray(res) ? res : [res];
    try {
      return (await results[results.length - 1]!.getAll()) as Record<string, unknown>[];
    } finally {
      for (const r of results) r.close();
    }
  };
  try {
    return await work(query);
  } finally {
    await conn.close();
    await db.close();
  }
}

/** A sampling query (bench/sampling/<name>.cypher): benchmarks keep their Cypher in files too. */
const SAMPLING = (name: string) => fs.readFileSync(path.join(__dirname, 'sampling', `${name}.cypher`), 'utf8');

async function countPeople(dbPath: string): Promise<number> {
  return withConnection(dbPath, async (q) => Number((await q(SAMPLING('count-entities'), { type: 'PERSON' }))[0]!.n));
}

/** Deterministic sample of `n` items (sorted input, fixed seed). */
function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const r = prng(seed);
  const copy = [...items];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}

/**
 * People with at least three spells, clubs with staff (else the clubs with most spells), their
 * names, and pairs of the people. On a synthetic graph ids are known without reading.
 */
async function samplePools(dbPath: string, n: number, synthetic: boolean, people = 0): Promise<Pools> {
  return withConnection(dbPath, (q) => samplePoolsWith(q, n, synthetic, people));
}

/** The pools, read through any engine's query function (the sampling Cypher is portable). */
export async function samplePoolsWith(q: Query, n: number, synthetic: boolean, people = 0): Promise<Pools> {
  if (n === 0) return zipfPools(q, synthetic, people);
  {
    let personIds: string[];
    let clubIds: string[];
    if (synthetic) {
      const r = prng(7);
      personIds = [...new Set(Array.from({ length: n }, () => `person:synthetic-${Math.floor(r() * people)}`))];
      const clubs = Number((await q(SAMPLING('count-entities'), { type: 'CLUB' }))[0]!.n);
      clubIds = [...new Set(Array.from({ length: n }, () => `club:synthetic-${Math.floor(r() * clubs)}`))];
    } else {
      const withSpells = await q(SAMPLING('people-with-spells'));
      personIds = sample(withSpells.map((r) => String(r.id)), n, 11);
      const withStaff = (await q(SAMPLING('clubs-with-staff'))).map((r) => String(r.id));
      clubIds = sample(withStaff, n, 13);
      if (clubIds.length < n) {
        const busiest = await q(SAMPLING('busiest-clubs'), { n: n * 2 });
        for (const id of sample(busiest.map((r) => String(r.id)), n, 17)) if (clubIds.length < n && !clubIds.includes(id)) clubIds.push(id);
      }
    }
    const names = (await q(SAMPLING('names'), { ids: [...personIds.slice(0, Math.ceil(n / 2)), ...clubIds.slice(0, Math.ceil(n / 4))] })).map((r) => String(r.name));
    const r = prng(23);
    const pairs: [string, string][] = [];
    while (pairs.length < Math.min(n, 100) && personIds.length > 1) {
      const a = personIds[Math.floor(r() * personIds.length)]!;
      const b = personIds[Math.floor(r() * personIds.length)]!;
      if (a !== b) pairs.push([a, b]);
    }
    return { people: personIds, clubs: clubIds, names, pairs };
  }
}

/** Draws per pool for `--pool zipf`: enough that the rarely asked tail is asked too. */
const ZIPF_DRAWS = 5000;
/** Zipf exponent: the k-th most popular item is asked ~1/k as often as the first. */
const ZIPF_S = 1;

/** Draws from `ranked` (most popular first) with probability ∝ 1/rank^s. */
export function zipfDraws<T>(ranked: readonly T[], draws: number, seed: number, s = ZIPF_S): T[] {
  if (ranked.length === 0) return [];
  const cdf = new Float64Array(ranked.length);
  let total = 0;
  for (let k = 0; k < ranked.length; k++) cdf[k] = total += 1 / (k + 1) ** s;
  const r = prng(seed);
  const out: T[] = [];
  for (let i = 0; i < draws; i++) {
    const x = r() * total;
    let lo = 0;
    let hi = ranked.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    out.push(ranked[lo]!);
  }
  return out;
}

/**
 * Pools over the whole graph: every person with a spell (ranked by spells) and every club
 * (ranked by spells), drawn Zipf-weighted, so the response cache sees realistic hit rates;
 * names for search from the drawn people and clubs; pairs of drawn people. On a synthetic graph
 * the rank is the id's number.
 */
async function zipfPools(q: Query, synthetic: boolean, people: number): Promise<Pools> {
  let rankedPeople: string[];
  let rankedClubs: string[];
  if (synthetic) {
    rankedPeople = Array.from({ length: people }, (_, i) => `person:synthetic-${i}`);
    const clubs = Number((await q(SAMPLING('count-entities'), { type: 'CLUB' }))[0]!.n);
    rankedClubs = Array.from({ length: clubs }, (_, i) => `club:synthetic-${i}`);
  } else {
    rankedPeople = (await q(SAMPLING('people-by-spells'))).map((r) => String(r.id));
    rankedClubs = (await q(SAMPLING('busiest-clubs'), { n: 1_000_000 })).map((r) => String(r.id));
  }
  const drawnPeople = zipfDraws(rankedPeople, ZIPF_DRAWS, 31);
  const drawnClubs = zipfDraws(rankedClubs, ZIPF_DRAWS, 37);
  const nameIds = [...new Set([...drawnPeople.slice(0, 150), ...drawnClubs.slice(0, 50)])];
  // The names of the first draws, once each: popular names are typed again through the draws.
  const names = (await q(SAMPLING('names'), { ids: nameIds })).map((r) => String(r.name));
  const ends = zipfDraws(rankedPeople, 4000, 41);
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < ends.length; i += 2) if (ends[i] !== ends[i + 1]) pairs.push([ends[i]!, ends[i + 1]!]);
  return { sampled: true, people: drawnPeople, clubs: drawnClubs, names, pairs };
}
