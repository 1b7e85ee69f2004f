// The benchmark graphs on Neo4j: a local Neo4j Community server (neo4j/local-neo4j.ts) per graph,
// its data directory cached under the temp directory like the embedded graph files.
// - seeded: an empty server; the service seeds it at start-up;
// - imported: `npm run import -- all <data>` into the server, once (a stamp file marks it done);
// - synthetic:<people> (10k, 100k, 1m): the CSV files of bench/bulk/csv.ts (shared with the
//   embedded engine) imported with neo4j-admin before the server first starts, once.
// Pools are sampled with the same bench/sampling/*.cypher as on the embedded engine, so the same
// graph gives the same ids on both engines.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { freePorts, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j';
import type { CsvManifest } from './bulk/csv';
import { bulkFinishNeo4j, ensureSyntheticCsv, neo4jAdminImport, type BulkCsv } from './bulk/load';
import { CACHE_DIR, samplePoolsWith, syntheticCsvDir, syntheticPeople, type GraphChoice, type PreparedGraph, type Query } from './graphs';
import { ROOT } from './harness';

const PASSWORD = 'bench-neo4j-password';

export interface Neo4jGraph extends PreparedGraph {
  server: LocalNeo4j;
}

function neo4jQuery(uri: string): { query: Query; close: () => Promise<void> } {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', PASSWORD), { disableLosslessIntegers: true });
  const query: Query = async (q, params = {}) => {
    const toInt = (v: unknown): unknown => (typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : Array.isArray(v) ? v.map(toInt) : v);
    const res = await driver.executeQuery(q, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toInt(v)])), { routing: 'READ' });
    return res.records.map((r) => r.toObject());
  };
  return { query, close: () => driver.close() };
}

async function startServer(dataDir: string, log: (line: string) => void): Promise<LocalNeo4j> {
  const port = await freePorts(37687, 1);
  log(`starting Neo4j with data in ${dataDir} …`);
  const server = await startLocalNeo4j({ port, dataDir, password: PASSWORD, heap: process.env.BENCH_NEO4J_HEAP ?? '2g', pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '1g', txMax: '1g', timeoutMs: 600_000 });
  log(`Neo4j ready in ${server.startedInMs} ms at ${server.uris[0]}`);
  return server;
}

const serviceEnv = (server: LocalNeo4j) => ({ NEO4J_URI: server.uris[0]!, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: PASSWORD });

export async function prepareNeo4jGraph(choice: GraphChoice, curated: PreparedGraph['pools']): Promise<Neo4jGraph> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  if (choice.db) throw new Error('--db names an embedded graph file; on Neo4j choose --graph seeded|imported|synthetic:<people>');
  if (choice.graph === 'seeded') {
    const dir = fs.mkdtempSync(path.join(CACHE_DIR, 'neo4j-seeded-'));
    const server = await startServer(dir, choice.log);
    return {
      label: 'seeded',
      dbPath: '',
      env: serviceEnv(server),
      pools: curated,
      people: null,
      server,
      cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (choice.graph === 'imported') {
    const dir = path.join(CACHE_DIR, 'neo4j-imported');
    const stamp = path.join(dir, 'imported.done');
    if (choice.rebuild || !fs.existsSync(stamp)) fs.rmSync(dir, { recursive: true, force: true });
    const server = await startServer(dir, choice.log);
    let made: Record<string, unknown> | undefined;
    if (!fs.existsSync(stamp)) {
      made = await importInto(server, choice.dataDir, choice.log);
      fs.writeFileSync(stamp, JSON.stringify(made));
    }
    const { query, close } = neo4jQuery(server.uris[0]!);
    try {
      const pools = await samplePoolsWith(query, choice.pool, false);
      const people = Number((await query(fs.readFileSync(path.join(__dirname, 'sampling', 'count-entities.cypher'), 'utf8'), { type: 'PERSON' }))[0]!.n);
      return { label: 'imported', dbPath: '', env: serviceEnv(server), pools, people, made, server, cleanup: () => undefined };
    } finally {
      await close();
    }
  }
  const people = syntheticPeople(choice.graph);
  if (people !== null) {
    const dir = path.join(CACHE_DIR, `neo4j-synthetic-${people}`);
    const stamp = path.join(dir, 'synthetic.done');
    if (choice.rebuild || !fs.existsSync(stamp)) fs.rmSync(dir, { recursive: true, force: true });
    let made: Record<string, unknown> | undefined;
    let csv: BulkCsv | undefined;
    let imported: { ms: number } | undefined;
    // The CSV files are shared with the embedded engine's load; neo4j-admin imports them before
    // the server starts.
    if (!fs.existsSync(stamp)) {
      csv = ensureSyntheticCsv(syntheticCsvDir(people), people, choice.log);
      imported = await neo4jAdminImport({ dataDir: dir, csv, log: choice.log });
    }
    const server = await startServer(dir, choice.log);
    try {
      if (csv) {
        const load = await bulkFinishNeo4j({ uri: server.uris[0]!, username: 'neo4j', password: PASSWORD, csv, log: choice.log, importMs: imported!.ms });
        made = { csvGenerated: csv.generated, generateMs: csv.generated ? csv.manifest.generateMs : null, ...load };
        fs.writeFileSync(stamp, JSON.stringify({ made, manifest: csv.manifest }));
        choice.log(`synthetic graph (bulk, Neo4j): ${JSON.stringify(made)}`);
      }
      const { manifest } = JSON.parse(fs.readFileSync(stamp, 'utf8')) as { manifest: CsvManifest };
      const { query, close } = neo4jQuery(server.uris[0]!);
      try {
        const pools = await samplePoolsWith(query, choice.pool, true, people);
        return { label: `synthetic ${people}`, derived: false, dbPath: '', env: { ...serviceEnv(server), SEED_ON_START: 'false' }, pools, people, made, spotCheck: manifest.spotCheck, server, cleanup: () => undefined };
      } finally {
        await close();
      }
    } catch (err) {
      await server.stop();
      throw err;
    }
  }
  throw new Error(`Unknown graph ${choice.graph}: seeded, imported, synthetic:<people>`);
}

/** `npm run import -- all <data>` against the server, as a user runs it. */
async function importInto(server: LocalNeo4j, dataDir: string, log: (line: string) => void): Promise<Record<string, unknown>> {
  const started = Date.now();
  log(`importing ${dataDir} into Neo4j (several minutes the first time) …`);
  await new Promise<void>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--max-old-space-size=1024', '-r', 'tsx/cjs', 'src/cli/import.ts', 'all', dataDir, '--quiet'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...serviceEnv(server), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    proc.stderr!.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
    proc.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`import into Neo4j failed (${code}):\n${err}`))));
  });
  return { importMs: Date.now() - started };
}
