// `npm run bench -- <scenario[,scenario…]|all> [options]`
//   scenarios: person-page, club-page, search, connections, mixed (all = every one)
//   --graph seeded|imported|synthetic:<people>[,…]   default seeded (a fresh database, seeded at
//                          start); synthetic:10k, synthetic:1m … are bulk-loaded (bench/bulk/). Several
//                          graphs run one after the other and end with a scaling summary (largest/smallest)
//   --db <file>            an existing graph file instead (embedded engine)
//   --engine ladybug|neo4j|ladybug,neo4j   the engine(s), one after the other against one baseline
//                          (neo4j: a local Neo4j Community server, neo4j/local-neo4j.ts)
//   --seconds 10 --connections 50 --repeat 1     each run drives the baseline, then the service
//   --warmup 30            seconds of the scenario's load before the measured runs, per scenario: a
//                          server in service has long been warm. Neo4j's JVM compiles its hot paths
//                          under the first half-minute of load (database CPU per cold person page
//                          8.5 → 3.9 → 2.3 → 2.0 ms over four 10 s runs after a fresh start), and with
//                          caches on the response cache fills with the pools' popular ids (LadybugDB
//                          `mixed`, realistic pools: 0.02× after 2 s, 0.04× after 30 s)
//   --cache on|reads|off   on: read and response caches (default); reads: no response cache; off: none
//   --pool zipf|warm|<n>   zipf (default): the whole graph, 5,000 Zipf-weighted draws per pool (every
//                          person and club), each request picking one at random: realistic cache hit
//                          rates; warm: the small pools of earlier figures (50 ids, cycled: mostly warm)
//   --env KEY=VALUE        extra environment for the service (repeatable), e.g. DB_READERS=8
//   --service-root <dir>   run the service from another checkout (before/after comparisons)
//   --label <text>         added to the result file names
//   --rebuild              import / load the cached graph again (a synthetic graph's CSV files are kept)
// `npm run bench:scale` = person-page on synthetic:10k,100k,1m, both engines, caches off.
// Starts the real service on the graph and a baseline Apollo server answering `{ hello }`, and for
// each scenario: one first pass over its operations (latency and database calls of each, caches
// cold), a warm-up, then the baseline and the service for the same time at the same concurrency.
// On a bulk-loaded graph the person pages the generator noted are then checked through the service.
// Writes bench/results/<name>.{json,md}; ratios to the baseline are what to compare across runs.
import path from 'node:path';
import { CURATED, prepareGraph, type PreparedGraph } from './graphs';
import { cpuMeter, drive, load, machine, median, memoryOf, percentile, probe, ROOT, startChild, writeResults, type Child, type CpuPerRequest, type LoadResult } from './harness';
import { spotCheckPersonPages } from './bulk/spot-check';
import { prepareNeo4jGraph } from './neo4j-graphs';
import { buildScenarios, type Scenario } from './scenarios';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

function args(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => a === `--${name}` && process.argv[i + 1] && out.push(process.argv[i + 1]!));
  return out;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

const CACHE_ENV: Record<string, Record<string, string>> = {
  on: {},
  reads: { RESPONSE_CACHE_MB: '0' },
  off: { RESPONSE_CACHE_MB: '0', READ_CACHE_MB: '0' },
};

interface ScenarioResult {
  engine: string;
  graph: string;
  people: number | null;
  scenario: string;
  description: string;
  depth: number;
  operations: number;
  /** Every distinct operation once, one at a time, caches cold: latency and database calls. */
  firstPass: { p50: number; p95: number; max: number; dbCallsMax: number; dbCallsMean: number; errors: number; firstError: string | null };
  /** Every operation once more after the load: database calls left with warm caches. */
  warmDbCallsMean: number;
  product: LoadResult;
  base: LoadResult;
  ratio: number;
  runs: { product: LoadResult; base: LoadResult; cpu: CpuPerRequest; baseCpu: CpuPerRequest }[];
  /** CPU per request under load (median of the runs), the service's and the baseline's. */
  cpu: CpuPerRequest;
  baseCpu: CpuPerRequest;
  rssMb: number;
  peakRssMb: number;
  loadAverage: number;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function medianCpu(runs: CpuPerRequest[]): CpuPerRequest {
  const m = (f: (r: CpuPerRequest) => number) => median(runs.map(f));
  return { server: m((r) => r.server), database: runs[0]?.database === null ? null : m((r) => r.database ?? 0), generator: m((r) => r.generator), ceiling: m((r) => r.ceiling) };
}

function medianLoad(runs: LoadResult[]): LoadResult {
  const m = (f: (r: LoadResult) => number) => median(runs.map(f));
  return { requestsPerSec: m((r) => r.requestsPerSec), p50: m((r) => r.p50), p95: m((r) => r.p95), p99: m((r) => r.p99), errors: runs.reduce((a, r) => a + r.errors, 0), non2xx: runs.reduce((a, r) => a + r.non2xx, 0), graphqlErrors: runs.reduce((a, r) => a + r.graphqlErrors, 0), requests: runs.reduce((a, r) => a + r.requests, 0) };
}

async function main() {
  const which = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'all';
  const seconds = Number(arg('seconds', '10'));
  const connections = Number(arg('connections', '50'));
  const repeat = Number(arg('repeat', '1'));
  const cache = arg('cache', 'on');
  if (!CACHE_ENV[cache]) throw new Error(`--cache must be on, reads or off (got ${cache})`);
  const engines = arg('engine', 'ladybug').split(',').map((e) => e.trim());
  for (const e of engines) if (e !== 'ladybug' && e !== 'neo4j') throw new Error(`--engine must be ladybug, neo4j or both comma-separated (got ${e})`);
  const poolArg = arg('pool', 'zipf');
  const pool = poolArg === 'zipf' ? 0 : poolArg === 'warm' ? 50 : Number(poolArg);
  if (!Number.isInteger(pool) || pool < 0) throw new Error(`--pool must be zipf, warm or a number of ids (got ${poolArg})`);
  const graphs = arg('graph', 'seeded').split(',').map((g) => g.trim()).filter(Boolean);
  const base = { db: arg('db', '') || undefined, pool, rebuild: process.argv.includes('--rebuild'), dataDir: path.resolve(ROOT, arg('data', '../shared/data')), log };
  const extraEnv = Object.fromEntries(args('env').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const serviceRoot = path.resolve(arg('service-root', ROOT));
  const label = arg('label', '');
  const warmup = Number(arg('warmup', '30'));
  if (!(warmup >= 0)) throw new Error(`--warmup must be a number of seconds (got ${arg('warmup', '')})`);

  // One baseline for every engine of the run: the ratios compare against the same server.
  const baseline = await startChild(path.join(ROOT, 'bench', 'baseline-server.ts'), {});
  const rows: ScenarioResult[] = [];
  const startups: { engine: string; spawnToReadyMs: number; serviceMs: unknown; restRss: number; graph: string; people: number | null; made?: Record<string, unknown>; serverStartMs?: number }[] = [];
  const graphLabels: string[] = [];
  try {
    for (const graphName of graphs) {
      const choice = { ...base, graph: graphName };
      for (const engine of engines) {
        const graph: PreparedGraph & { server?: { startedInMs: number; child: { pid?: number }; stop(): Promise<unknown> } } = engine === 'neo4j' ? await prepareNeo4jGraph(choice, CURATED) : await prepareGraph(choice);
        if (!graphLabels.includes(graph.label)) graphLabels.push(graph.label);
        const all = buildScenarios(graph.pools);
        const names = which === 'all' ? Object.keys(all).filter((n) => graph.derived !== false || (n !== 'connections' && n !== 'mixed')) : which.split(',');
        const chosen: Scenario[] = names.map((n) => {
          const s = all[n];
          if (!s) throw new Error(`Unknown scenario ${n}; choose from ${[...Object.keys(all), 'all'].join(', ')}`);
          if (s.operations.length === 0) throw new Error(`Scenario ${n} has no operations on this graph`);
          if (graph.derived === false && (n === 'connections' || n === 'mixed')) throw new Error(`Scenario ${n} needs derived links, which ${graph.label} does not have`);
          return s;
        });
        const engineEnv: Record<string, string> = engine === 'ladybug' ? { DB_PATH: graph.dbPath } : {};
        let service: Awaited<ReturnType<typeof startChild>> | undefined;
        try {
          service = await startChild('src/main.ts', { ...engineEnv, DB_QUERY_TIMEOUT_MS: '60000', ...graph.env, ...CACHE_ENV[cache], ...extraEnv }, { cwd: serviceRoot });
          const restRss = memoryOf(service.proc.pid!).rssMb;
          startups.push({ engine, spawnToReadyMs: service.spawnToReadyMs, serviceMs: service.ready.startupMs, restRss, graph: graph.label, people: graph.people, made: graph.made, serverStartMs: graph.server?.startedInMs });
          log(`${engine}: service ready in ${service.spawnToReadyMs} ms (its own start-up ${String(service.ready.startupMs)} ms), RSS ${restRss} MB; graph ${graph.label}`);
          for (const scenario of chosen) rows.push({ ...(await runScenario(engine, scenario, service, baseline, { seconds, connections, repeat, warmup, databasePid: graph.server?.child.pid })), graph: graph.label, people: graph.people });
          if (graph.spotCheck) {
            // A bulk-loaded graph: the service must show what was generated. After the scenarios,
            // so that it warms no cache they measure.
            const checked = await spotCheckPersonPages(service.url, graph.spotCheck);
            log(`${engine}: spot check of the bulk-loaded graph passed: ${JSON.stringify(checked)}`);
          }
        } catch (err) {
          if (service && service.exited() !== null) log(`the service exited (${service.exited()}); its last output:\n${service.tail().slice(-3000)}`);
          throw err;
        } finally {
          await service?.stop();
          await graph.server?.stop();
          graph.cleanup();
        }
      }
    }
    const graphLabel = graphLabels.join(', ');
    const when = new Date().toISOString().slice(0, 16);
    const md = [
      `Measured ${when}Z on ${machine()} (shared; 1-min load average ${load()} at the end); ${seconds} s × ${repeat} per run at ${connections} connections after a warm-up of ${warmup} s per scenario; graph: ${graphLabel}${graphs.length === 1 && startups[0]?.people ? ` (${startups[0].people} people)` : ''}; caches: ${cache}; pools: ${poolArg}${Object.keys(extraEnv).length ? `; env ${JSON.stringify(extraEnv)}` : ''}${serviceRoot !== ROOT ? `; service from ${serviceRoot}` : ''}.`,
      ...startups.map((s) => `${s.engine}, ${s.graph}: start-up to ready ${s.spawnToReadyMs} ms from spawn (the service's own start-up ${String(s.serviceMs)} ms${s.serverStartMs ? `; the Neo4j server itself ${s.serverStartMs} ms` : ''}); service RSS at rest ${s.restRss} MB.${s.made ? ` Made by this run: ${JSON.stringify(s.made)}.` : ''}`),
      '',
      '| engine | graph | scenario | req/s | baseline req/s | ratio | p50 ms | p95 ms | p99 ms | first pass p50 / p95 ms | db calls / req: first pass max (mean), warm mean; depth | CPU ms / req: service + database + load generator (baseline: server + generator) | CPU ceiling req/s (ratio) | errors | RSS MB (peak) | load avg |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.engine} | ${r.graph} | ${r.scenario} | ${r.product.requestsPerSec} | ${r.base.requestsPerSec} | ${r.ratio.toFixed(2)} | ${r.product.p50} | ${r.product.p95} | ${r.product.p99} | ${r.firstPass.p50} / ${r.firstPass.p95} | ${r.firstPass.dbCallsMax} (${r.firstPass.dbCallsMean}), ${r.warmDbCallsMean}; ${r.depth} | ${r.cpu.server}${r.cpu.database !== null ? ` + ${r.cpu.database}` : ''} + ${r.cpu.generator} (${r.baseCpu.server} + ${r.baseCpu.generator}) | ${r.cpu.ceiling} (${(r.cpu.ceiling / r.base.requestsPerSec).toFixed(2)}) | ${r.product.errors + r.product.non2xx + r.product.graphqlErrors}${r.firstPass.errors ? ` (first pass ${r.firstPass.errors}: ${r.firstPass.firstError})` : ''} | ${r.rssMb} (${r.peakRssMb}) | ${r.loadAverage} |`),
      '',
      'CPU per request is measured during the load run (`/proc`, every thread of each process). The ceiling is the rate the machine\'s cores could serve at that cost with nothing else running: cores × 1000 ÷ (service + database + load generator); its ratio is to the baseline\'s measured rate. A ratio target above it cannot be met at the measured cost per request.',
      '',
      ...scaling(rows),
    ].join('\n');
    const slug = graphLabel.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const name = [which.replace(/,/g, '+'), slug, engines.join('+'), cache === 'on' ? '' : `cache-${cache}`, label].filter(Boolean).join('-');
    const files = writeResults(name, { when, machine: machine(), seconds, connections, repeat, warmup, cache, pool: poolArg, engines, graph: graphLabel, env: extraEnv, serviceRoot, startups, rows }, md);
    process.stdout.write(`${md}\nwritten ${files.json} and ${files.md}\n`);
  } finally {
    await baseline.stop();
  }
}

/**
 * With several graphs: per engine and scenario, p50 unloaded (first pass) and under load at each
 * size, and the ratio of the largest graph's to the smallest's (flat scaling: close to 1).
 */
function scaling(rows: ScenarioResult[]): string[] {
  const out: string[] = [];
  for (const key of [...new Set(rows.map((r) => `${r.engine}|${r.scenario}`))]) {
    const rs = rows.filter((r) => `${r.engine}|${r.scenario}` === key && r.people !== null).sort((a, b) => a.people! - b.people!);
    if (rs.length < 2) continue;
    const [small, large] = [rs[0]!, rs[rs.length - 1]!];
    const x = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
    if (out.length === 0) out.push('Scaling (p50 ms; ratio of the largest graph to the smallest):', '', '| engine | scenario | ' + rs.map((r) => `${r.people} people: first pass / under load`).join(' | ') + ' | first pass ratio | under load ratio |', '|---|---|' + rs.map(() => '---|').join('') + '---|---|');
    out.push(`| ${small.engine} | ${small.scenario} | ${rs.map((r) => `${r.firstPass.p50} / ${r.product.p50}`).join(' | ')} | ${x(large.firstPass.p50, small.firstPass.p50)} | ${x(large.product.p50, small.product.p50)} |`);
  }
  return out.length > 0 ? [...out, ''] : [];
}

/** One scenario on one running service: first pass, warm-up, then baseline and service in turn. */
async function runScenario(engine: string, scenario: Scenario, service: Child, baseline: Child, o: { seconds: number; connections: number; repeat: number; warmup: number; databasePid?: number }): Promise<Omit<ScenarioResult, 'graph' | 'people'>> {
  // Each distinct operation once (the mixed scenario repeats the shorter scenarios' operations to
  // interleave them: probing every repeat, one at a time, took hours where some time out).
  // (Drawn pools: the first 100 distinct operations, a sample of the whole graph.)
  const distinct = [...new Map(scenario.operations.map((op) => [JSON.stringify(op), op])).values()].slice(0, scenario.sampled ? 100 : undefined);
  const first: { dbCalls: number; ms: number; error: string | null }[] = [];
  for (const op of distinct) first.push(await probe(service.url, op));
  const failed = first.filter((f) => f.error);
  if (failed.length > 0) {
    log(`${engine} ${scenario.name}: ${failed.length} of ${first.length} operations failed on the first pass (${failed[0]!.error}); the service's last error lines:`);
    log(service.tail().split('\n').filter((l) => /"level":(50|60)/.test(l)).slice(-3).join('\n').slice(-3000));
  }
  if (service.exited() !== null) throw new Error(`the service exited (${service.exited()})`);
  if (o.warmup > 0) await drive(service.url, scenario.operations, o.warmup, o.connections, scenario.sampled);
  const runs: ScenarioResult['runs'] = [];
  for (let r = 0; r < o.repeat; r++) {
    const baseMeter = cpuMeter(baseline.proc.pid!);
    const base = await drive(baseline.url, [{ query: '{ hello }' }], o.seconds, o.connections);
    const baseCpu = baseMeter(base.requests);
    const meter = cpuMeter(service.proc.pid!, o.databasePid);
    const product = await drive(service.url, scenario.operations, o.seconds, o.connections, scenario.sampled);
    const cpu = meter(product.requests);
    runs.push({ product, base, cpu, baseCpu });
    log(`${engine} ${scenario.name} run ${r + 1}: ${product.requestsPerSec} req/s vs baseline ${base.requestsPerSec} (p99 ${product.p99} ms); CPU ms a request: service ${cpu.server}${cpu.database !== null ? `, database ${cpu.database}` : ''}, load generator ${cpu.generator} (ceiling ${cpu.ceiling} req/s)`);
  }
  const warm: number[] = [];
  for (const op of scenario.operations.slice(0, 50)) {
    const r = await probe(service.url, op);
    if (!r.error) warm.push(r.dbCalls);
  }
  if (service.exited() !== null) throw new Error(`the service exited (${service.exited()})`);
  const product = medianLoad(runs.map((r) => r.product));
  const base = medianLoad(runs.map((r) => r.base));
  const mem = memoryOf(service.proc.pid!);
  const ms = first.map((f) => f.ms);
  return {
    engine,
    scenario: scenario.name,
    description: scenario.description,
    depth: scenario.depth,
    operations: scenario.operations.length,
    firstPass: { p50: round(percentile(ms, 0.5)), p95: round(percentile(ms, 0.95)), max: round(Math.max(...ms)), dbCallsMax: Math.max(...first.map((f) => f.dbCalls)), dbCallsMean: round(first.reduce((a, f) => a + f.dbCalls, 0) / first.length), errors: failed.length, firstError: failed[0]?.error ?? null },
    warmDbCallsMean: warm.length > 0 ? round(warm.reduce((a, b) => a + b, 0) / warm.length) : NaN,
    product,
    base,
    ratio: Math.round((median(runs.map((r) => r.product.requestsPerSec / r.base.requestsPerSec)) || 0) * 100) / 100,
    runs,
    cpu: medianCpu(runs.map((r) => r.cpu)),
    baseCpu: medianCpu(runs.map((r) => r.baseCpu)),
    rssMb: mem.rssMb,
    peakRssMb: mem.peakMb,
    loadAverage: load(),
  };
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
