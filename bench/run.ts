// `npm run bench -- <scenario|all> [--seconds 10] [--connections 50] [--db <existing db file>]`
// Starts the real service on the chosen graph (a fresh seeded database by default) and a
// baseline Apollo server, drives both, and writes bench/results/<scenario>.{json,md}.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dbCallsOf, drive, machine, rssMb, startChild, writeResults, type LoadResult } from './harness';
import { mixed, SCENARIOS, type Scenario } from './scenarios';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main() {
  const which = process.argv[2] ?? 'all';
  const seconds = Number(arg('seconds', '10'));
  const connections = Number(arg('connections', '50'));
  const dbArg = arg('db', '');
  const all = Object.values(SCENARIOS);
  const chosen: Scenario[] = which === 'all' ? [...all, mixed(all)] : which === 'mixed' ? [mixed(all)] : [SCENARIOS[which]!];
  if (chosen.some((s) => !s)) throw new Error(`Unknown scenario ${which}; choose one of ${[...Object.keys(SCENARIOS), 'mixed', 'all'].join(', ')}`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-bench-'));
  const dbPath = dbArg || path.join(dir, 'graph.lbug');
  const started = Date.now();
  const service = await startChild('src/main.ts', { DB_PATH: dbPath });
  const startupMs = Date.now() - started;
  const baseline = await startChild('bench/baseline-server.ts', {});
  const rows: { scenario: Scenario; product: LoadResult; base: LoadResult; dbCalls: number; rss: number }[] = [];
  try {
    const restRss = rssMb(service.proc.pid!);
    for (const scenario of chosen) {
      const calls = await Promise.all(scenario.operations.map((op) => dbCallsOf(service.url, op)));
      await drive(service.url, scenario.operations, 2, connections); // warm-up
      const base = await drive(baseline.url, [{ query: '{ hello }' }], seconds, connections);
      const product = await drive(service.url, scenario.operations, seconds, connections);
      rows.push({ scenario, product, base, dbCalls: Math.max(...calls), rss: rssMb(service.proc.pid!) });
    }
    const md = [
      `Measured ${new Date().toISOString().slice(0, 16)}Z on ${machine()}; ${seconds} s per run at ${connections} connections; graph: ${dbArg || 'fresh seeded'}; start-up to ready ${startupMs} ms; RSS at rest ${restRss} MB.`,
      '',
      '| scenario | req/s | baseline req/s | ratio | p50 ms | p95 ms | p99 ms | db calls / req (depth) | errors | RSS MB |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.scenario.name} | ${r.product.requestsPerSec} | ${r.base.requestsPerSec} | ${(r.product.requestsPerSec / r.base.requestsPerSec).toFixed(2)} | ${r.product.p50} | ${r.product.p95} | ${r.product.p99} | ${r.dbCalls} (${r.scenario.depth}) | ${r.product.errors + r.product.non2xx} | ${r.rss} |`),
      '',
    ].join('\n');
    const files = writeResults(which, { machine: machine(), seconds, connections, startupMs, restRss, rows }, md);
    process.stdout.write(`${md}\nwritten ${files.json} and ${files.md}\n`);
  } finally {
    await service.stop();
    await baseline.stop();
    if (!dbArg) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
