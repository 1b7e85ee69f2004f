// `npm run bench:paths -- [--db <graph file>] [--synthetic <people>] [--label <name>] [--pairs 40] [--runs 5]`
// Median and p95 of a 4-hop `connections` query (GraphQL execution in-process, explanation and
// sources included) on a freshly seeded graph, and on a bigger graph when one is given: an
// imported database (`DB_PATH=<file> npm run import -- all ../shared/data`, then `--db <file>`)
// or a synthetic one (`--synthetic 100000`, written to `--db` when that file does not exist yet,
// so it can be reused). Writes bench/results/paths.{json,md}. A benchmark, not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config';
import type { GraphEngine } from '../src/graph/engine';
import { openEngine } from '../src/graph/open-engine';
import { curatedKnowledge } from '../src/knowledge';
import { seedCurated } from '../src/services/write/seed';
import { createGraphServer, type GraphServer } from '../src/server';
import { machine, writeResults } from './harness';
import { writeSyntheticGraph } from './synthetic-graph';

const QUERY = `query Connect($from: ID!, $to: ID!, $relationTypes: [Relation!], $window: PeriodInput) {
  connections(from: $from, to: $to, maxHops: 4, first: 5, relationTypes: $relationTypes, window: $window) {
    totalCount shortestLength method
    edges { node { length summary hops { relation explanation period { text } sources { source { id } detail } } } }
  }
}`;

/** Pairs on the curated graph, from one hop apart to not linked at all. */
const CURATED_PAIRS: [string, string][] = [
  ['person:steven-defour', 'person:vincent-kompany'],
  ['person:steven-defour', 'person:besnik-hasi'],
  ['person:steven-defour', 'person:wouter-vrancken'],
  ['person:jan-boden', 'person:besnik-hasi'],
  ['person:isabel-stams', 'club:bayern-munchen'],
  ['person:father-of-steven-defour', 'person:franky-kv-mechelen'],
  ['person:vincent-kompany', 'person:danny-buijs'],
  ['person:fred-vanderbiest', 'person:hein-vanhaezebrouck'],
];

/** The query without filters, with the people-only relation types, and with a five-season window. */
const VARIANTS: [string, Filters][] = [
  ['no filter', {}],
  ['relationTypes: teammates and coaches', { relationTypes: ['PLAYED_TOGETHER', 'COACHED', 'SAME_STAFF'] }],
  ['window 2010/11–2014/15', { window: { from: '2010-07-01', to: '2015-06-30' } }],
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};

/** mulberry32, for reproducible pairs. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row { graph: string; people: number; variant: string; calls: number; found: number; lengths: string; methods: string; errors: number; medianMs: number; p95Ms: number; maxMs: number }

interface Filters { relationTypes?: string[]; window?: { from: string; to: string } }

async function open(dbPath: string): Promise<GraphEngine> {
  const config = loadConfig({ ...process.env, DB_PATH: dbPath, DB_BUFFER_POOL_MB: process.env.DB_BUFFER_POOL_MB ?? '1024', LOG_LEVEL: 'silent', DB_QUERY_TIMEOUT_MS: '60000' });
  return openEngine(config.engine);
}

async function measure(server: GraphServer, label: string, people: number, variant: string, pairs: [string, string][], runs: number, filters: Filters = {}): Promise<Row> {
  const times: number[] = [];
  const lengths = new Map<string, number>();
  const methods = new Map<string, number>();
  let found = 0;
  let errors = 0;
  const once = async (from: string, to: string) => {
    const started = performance.now();
    const res = await server.apollo.executeOperation({ query: QUERY, variables: { from, to, ...filters } }, { contextValue: server.createContext() });
    const ms = performance.now() - started;
    const body = res.body.kind === 'single' ? res.body.singleResult : null;
    const code = body?.errors?.[0]?.extensions?.code;
    // A filtered search that grows too broad is refused with a code: counted, not fatal.
    if (code === 'QUERY_TOO_COMPLEX') return { ms, length: null, method: 'refused (too broad)' };
    if (!body || body.errors) throw new Error(`${from} → ${to}: ${JSON.stringify(body?.errors ?? 'incremental')}`);
    const c = (body.data as { connections: { shortestLength: number | null; method: string } }).connections;
    return { ms, length: c.shortestLength, method: c.method };
  };
  for (const [from, to] of pairs) await once(from, to); // warm-up: prepared statements, search-free caches
  for (let r = 0; r < runs; r++) {
    for (const [from, to] of pairs) {
      const { ms, length, method } = await once(from, to);
      times.push(ms);
      if (r === 0) {
        if (length !== null) found++;
        if (method.startsWith('refused')) errors++;
        lengths.set(String(length ?? 'none'), (lengths.get(String(length ?? 'none')) ?? 0) + 1);
        methods.set(method, (methods.get(method) ?? 0) + 1);
      }
    }
  }
  const row: Row = {
    graph: label,
    people,
    variant,
    calls: times.length,
    found,
    lengths: [...lengths.entries()].sort().map(([k, v]) => `${k}:${v}`).join(' '),
    methods: [...methods.entries()].sort().map(([k, v]) => `${k}:${v}`).join(' '),
    errors,
    medianMs: Math.round(pct(times, 0.5) * 10) / 10,
    p95Ms: Math.round(pct(times, 0.95) * 10) / 10,
    maxMs: Math.round(Math.max(...times) * 10) / 10,
  };
  process.stderr.write(`${JSON.stringify(row)}\n`);
  return row;
}

async function serverFor(engine: GraphEngine): Promise<GraphServer> {
  return createGraphServer({ config: { nodeEnv: 'test', sandbox: false, introspection: false }, engine, log: pino({ level: 'silent' }) });
}

async function main() {
  const runs = Number(arg('runs') ?? '5');
  const pairCount = Number(arg('pairs') ?? '40');
  const rows: Row[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-bench-paths-'));
  try {
    // 1. The seeded (curated) graph.
    const seeded = await open(path.join(tmp, 'seeded.lbug'));
    await seedCurated(seeded);
    const s1 = await serverFor(seeded);
    const curatedPeople = curatedKnowledge.entities.filter((e) => e.type === 'PERSON').length;
    for (const [variant, filters] of VARIANTS) rows.push(await measure(s1, 'seeded', curatedPeople, variant, CURATED_PAIRS, runs * 5, filters));
    await s1.apollo.stop();
    await seeded.close();

    // 2. A bigger graph: imported or synthetic.
    let dbPath = arg('db');
    const synthetic = arg('synthetic');
    let label = arg('label') ?? 'given database';
    if (synthetic) {
      label = `synthetic ${synthetic}`;
      dbPath ??= path.join(tmp, 'synthetic.lbug');
      if (!fs.existsSync(dbPath)) {
        const engine = await open(dbPath);
        const summary = await writeSyntheticGraph(engine, { people: Number(synthetic), clubs: Math.max(50, Math.round(Number(synthetic) / 250)) });
        process.stderr.write(`synthetic graph written: ${JSON.stringify(summary)}\n`);
        await engine.close();
      }
    }
    if (dbPath) {
      const engine = await open(dbPath);
      const people = (await engine.read('search/entity-names')).filter((r) => r.type === 'PERSON').map((r) => String(r.id)).sort();
      const random = prng(20240511);
      const pairs: [string, string][] = [];
      while (pairs.length < pairCount && people.length > 1) {
        const a = people[Math.floor(random() * people.length)]!;
        const b = people[Math.floor(random() * people.length)]!;
        if (a !== b) pairs.push([a, b]);
      }
      const server = await serverFor(engine);
      for (const [variant, filters] of VARIANTS) rows.push(await measure(server, `${label} (${path.basename(dbPath)})`, people.length, variant, pairs, variant === 'no filter' ? runs : 1, filters));
      await server.apollo.stop();
      await engine.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const md = [
    `4-hop \`connections\` (first: 5, explanations and sources), measured ${new Date().toISOString().slice(0, 16)}Z on ${machine()}, in-process GraphQL execution (no HTTP).`,
    '',
    '| graph | people | filters | calls | pairs linked | shortest lengths (hops:pairs) | how found (pairs) | median ms | p95 ms | max ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.graph} | ${r.people} | ${r.variant} | ${r.calls} | ${r.found} | ${r.lengths} | ${r.methods} | ${r.medianMs} | ${r.p95Ms} | ${r.maxMs} |`),
    '',
  ].join('\n');
  const files = writeResults('paths', { machine: machine(), rows }, md);
  process.stdout.write(`${md}\nwritten ${files.json} and ${files.md}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench:paths failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
