// `npm run bench:query-times -- [--graph synthetic:10k,synthetic:100k,synthetic:1m,imported] [--engine ladybug,neo4j] [--pages 40] [--scenario person-page|club-page|connections]`
// Where the time of a cold page goes: the page's GraphQL operation executed in-process (no HTTP,
// caches off; the link index on for connections, as `--cache off` leaves it), one at a time, on
// each graph and engine, with every database read timed. Prints per read operation the calls
// per page and the median / p95 ms of one call, so a page that grows with the graph shows which
// query grows. The graphs are the bench's own (bench/graphs.ts,
// bench/neo4j-graphs.ts: cached, bulk-loaded or imported once). Then every read of those pages is
// replayed, 8 at a time, 10 s to warm up and 3 s measured: the CPU of one call in this process
// (the driver, or the whole embedded engine) and in the database server (Neo4j's JVM), the cost
// that bounds how many pages the machine can serve. A benchmark, not a test.
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config';
import type { GraphEngine } from '../src/graph/engine';
import { openEngine } from '../src/graph/open-engine';
import type { OperationName } from '../src/graph/operations';
import { createGraphServer } from '../src/server';
import { CURATED, prepareGraph, type PreparedGraph } from './graphs';
import { cpuMsOf, load, machine, percentile, ROOT, writeResults, type Operation } from './harness';
import { prepareNeo4jGraph } from './neo4j-graphs';
import { CLUB_PAGE, CONNECTIONS, PERSON_PAGE } from './scenarios';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (x: number) => Math.round(x * 10) / 10;

/** The engine with every read timed into `times` (op → ms of each call) and kept in `calls`. */
function timed(engine: GraphEngine, times: Map<string, number[]>, calls: Map<string, Record<string, unknown>[]>): GraphEngine {
  return new Proxy(engine, {
    get(target, prop, receiver) {
      if (prop !== 'read') return Reflect.get(target, prop, receiver);
      return async (op: OperationName, params?: Record<string, unknown>) => {
        const list = calls.get(op) ?? [];
        list.push(params ?? {});
        calls.set(op, list);
        const t = performance.now();
        try {
          return await target.read(op, params);
        } finally {
          const list = times.get(op) ?? [];
          list.push(performance.now() - t);
          times.set(op, list);
        }
      };
    },
  });
}

interface Row { engine: string; graph: string; people: number | null; op: string; callsPerPage: number; p50: number; p95: number; pageP50: number; loadAverage: number; cpu?: { here: number; server: number | null } }

/**
 * The recorded calls of each operation again, 8 at a time, cycling through them: first for 10 s (or
 * 10,000 calls) to warm up (a fresh JVM compiles its hot paths as it goes), then measured for 3 s
 * (or 1,000 calls, and at least every call once). CPU ms per call in this process (all its
 * threads) and in the database server's process when there is one.
 */
async function replayCpu(engine: GraphEngine, calls: Map<string, Record<string, unknown>[]>, serverPid: number | undefined): Promise<Map<string, { here: number; server: number | null }>> {
  const out = new Map<string, { here: number; server: number | null }>();
  const cycle = async (op: string, list: Record<string, unknown>[], ms: number, most: number) => {
    const end = Date.now() + ms;
    let next = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < list.length || (Date.now() < end && next < most)) await engine.read(op as OperationName, list[next++ % list.length]);
    }));
    return next;
  };
  for (const [op, list] of calls) {
    await cycle(op, list, 10_000, 10_000);
    const server = serverPid ? cpuMsOf(serverPid) : 0;
    const here = process.cpuUsage();
    const n = await cycle(op, list, 3000, 1000);
    const used = process.cpuUsage(here);
    out.set(op, { here: round2((used.user + used.system) / 1000 / n), server: serverPid ? round2((cpuMsOf(serverPid) - server) / n) : null });
  }
  return out;
}
const round2 = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const graphs = arg('graph', 'synthetic:10k,synthetic:100k,synthetic:1m').split(',');
  const engines = arg('engine', 'ladybug,neo4j').split(',');
  const pages = Number(arg('pages', '40'));
  const scenario = arg('scenario', 'person-page');
  const rows: Row[] = [];
  for (const graphName of graphs) {
    for (const engineKind of engines) {
      const choice = { graph: graphName, pool: pages, rebuild: false, dataDir: path.resolve(ROOT, '../shared/data'), log };
      const graph: PreparedGraph & { server?: { child: { pid?: number }; stop(): Promise<unknown> } } = engineKind === 'neo4j' ? await prepareNeo4jGraph(choice, CURATED) : await prepareGraph(choice);
      const env = engineKind === 'ladybug' ? { DB_PATH: graph.dbPath, ...graph.env } : graph.env;
      const config = loadConfig({ ...env, LOG_LEVEL: 'silent', SEED_ON_START: 'false', RESPONSE_CACHE_MB: '0', READ_CACHE_MB: '0' });
      const engine = await openEngine(config.engine);
      const times = new Map<string, number[]>();
      const calls = new Map<string, Record<string, unknown>[]>();
      try {
        const server = await createGraphServer({ config: { nodeEnv: 'test', sandbox: false, introspection: false, cache: { readBytes: 0, responseBytes: 0, linkIndex: scenario === 'connections' } }, engine: timed(engine, times, calls), log: pino({ level: 'silent' }) });
        const operations: Operation[] =
          scenario === 'connections'
            ? graph.pools.pairs.map(([from, to]) => ({ query: CONNECTIONS, variables: { from, to } }))
            : (scenario === 'club-page' ? graph.pools.clubs : graph.pools.people).map((id) => ({ query: scenario === 'club-page' ? CLUB_PAGE : PERSON_PAGE, variables: { id } }));
        const totals: number[] = [];
        for (const op of operations.slice(0, pages)) {
          const t = performance.now();
          const res = await server.apollo.executeOperation(op, { contextValue: server.createContext() });
          totals.push(performance.now() - t);
          if (res.body.kind === 'single' && res.body.singleResult.errors) throw new Error(`${JSON.stringify(op.variables)}: ${res.body.singleResult.errors[0]!.message}`);
        }
        await server.apollo.stop();
        const n = Math.min(pages, operations.length);
        const cpu = await replayCpu(engine, calls, graph.server?.child.pid);
        for (const [op, ms] of [...times.entries()].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0))) {
          rows.push({ engine: engineKind, graph: graph.label, people: graph.people, op, callsPerPage: round(ms.length / n), p50: round(percentile(ms, 0.5)), p95: round(percentile(ms, 0.95)), pageP50: round(percentile(totals, 0.5)), loadAverage: load(), cpu: cpu.get(op) });
        }
        log(`${engineKind} ${graph.label}: ${scenario} p50 ${round(percentile(totals, 0.5))} ms over ${n} pages`);
      } finally {
        await engine.close();
        await graph.server?.stop();
        graph.cleanup();
      }
    }
  }
  const md = [
    `Cold ${scenario} (in-process, caches off, one at a time), every read timed; ${new Date().toISOString().slice(0, 16)}Z on ${machine()}.`,
    '',
    '| engine | graph | page p50 ms | read operation | calls / page | one call p50 ms | p95 ms | CPU ms / call: service process (+ database server), 8 at a time, warm | load avg |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.engine} | ${r.graph} | ${r.pageP50} | ${r.op} | ${r.callsPerPage} | ${r.p50} | ${r.p95} | ${r.cpu ? `${r.cpu.here}${r.cpu.server !== null ? ` + ${r.cpu.server}` : ''}` : '–'} | ${r.loadAverage} |`),
    '',
  ].join('\n');
  const files = writeResults(`query-times-${scenario}-${graphs.join('+').replace(/[^a-z0-9+]+/gi, '-')}-${engines.join('+')}`, { machine: machine(), rows }, md);
  process.stdout.write(`${md}\nwritten ${files.json} and ${files.md}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench:query-times failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
