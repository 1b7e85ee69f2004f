// `npm run bench:import [-- <data dir>]`: imports the full transfer dataset (ten leagues, ~138k
// rows) and then everything (`all`) into fresh temporary embedded databases, each in its own
// process, and reports rows per second, wall time (with the derived rebuild shown apart) and peak
// resident memory. Results also go to bench/results/import-<time>.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { openEngine } from '../src/graph/open-engine';
import { IMPORT_CHECKPOINT_MB, runImport, type ImportSource } from '../src/services/import/runner';
import type { DerivedSummary } from '../src/services/derived/rebuild';

const ROOT = path.resolve(__dirname, '..');
const TARGET = { seconds: 60, rssBytes: 1.5 * 1024 ** 3 };

interface Result {
  scenario: string;
  rows: number;
  importMs: number;
  derivedMs: number;
  /** The rebuild's phases (read facts, plan, clear, write), in ms. */
  derivedPhases: DerivedSummary['phases'] | null;
  totalMs: number;
  rowsPerSecond: number;
  peakRssBytes: number;
  entitiesCreated: number;
  entitiesMerged: number;
  factsCreated: number;
  rejected: number;
}

/** Runs one scenario in this process (the child side). */
async function child(scenario: 'transfers' | 'all', dataDir: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-bench-import-'));
  const config = loadConfig({ DB_CHECKPOINT_MB: String(IMPORT_CHECKPOINT_MB), ...process.env, DB_PATH: path.join(dir, 'graph.lbug'), LOG_LEVEL: 'silent' });
  const engine = await openEngine(config.engine);
  const source: ImportSource = scenario;
  const target = scenario === 'transfers' ? path.join(dataDir, 'transfermarkt-transfers') : dataDir;
  const started = Date.now();
  try {
    const s = await runImport(engine, { source, path: target, reportDir: null });
    const totalMs = Date.now() - started;
    const derivedMs = s.derived?.ms ?? 0;
    const result: Result = {
      scenario,
      rows: s.totals.rowsRead,
      importMs: totalMs - derivedMs,
      derivedMs,
      // runImport types the summary narrowly; it is the rebuild's own, phases included.
      derivedPhases: (s.derived as DerivedSummary | null)?.phases ?? null,
      totalMs,
      rowsPerSecond: Math.round(s.totals.rowsRead / (totalMs / 1000)),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      entitiesCreated: s.totals.entitiesCreated,
      entitiesMerged: s.totals.entitiesMerged,
      factsCreated: s.totals.factsCreated,
      rejected: s.totals.rowsRejected,
    };
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  } finally {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const dataDir = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared', 'data'));
  if (!fs.existsSync(dataDir)) {
    process.stderr.write(`bench:import: ${dataDir} does not exist (pass the directory holding the three datasets)\n`);
    process.exit(2);
  }
  const results: Result[] = [];
  for (const scenario of ['transfers', 'all'] as const) {
    process.stderr.write(`bench:import: ${scenario} …\n`);
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', scenario, dataDir], { cwd: ROOT, env: process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (r.status !== 0 || !line) {
      process.stderr.write(`bench:import: ${scenario} failed (${r.status ?? r.signal})\n${r.stderr.slice(-2000)}\n`);
      process.exit(1);
    }
    results.push(JSON.parse(line.slice('RESULT '.length)) as Result);
  }
  const gb = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    `import benchmark on ${os.cpus().length} cores, node ${process.version}, buffer pool ${process.env.DB_BUFFER_POOL_MB ?? '256'} MB`,
    'scenario    rows      import   derived  total    rows/s  peak RSS  entities created/merged  facts',
    ...results.map((r) =>
      [r.scenario.padEnd(10), String(r.rows).padStart(7), s(r.importMs).padStart(8), s(r.derivedMs).padStart(8), s(r.totalMs).padStart(8), String(r.rowsPerSecond).padStart(7), gb(r.peakRssBytes).padStart(9), `${r.entitiesCreated}/${r.entitiesMerged}`.padStart(24), String(r.factsCreated).padStart(7)].join('  '),
    ),
  ];
  for (const r of results) {
    const p = r.derivedPhases;
    if (p) lines.push(`${r.scenario} derived rebuild: read ${s(p.read)}, plan ${s(p.plan)}, clear ${s(p.clear)}, write ${s(p.write)}`);
  }
  const all = results.find((r) => r.scenario === 'all')!;
  lines.push(`target (all of the data): under ${TARGET.seconds} s and ${gb(TARGET.rssBytes)}: ${all.totalMs / 1000 < TARGET.seconds ? 'time met' : 'time NOT met'}, ${all.peakRssBytes < TARGET.rssBytes ? 'memory met' : 'memory NOT met'}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  const out = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `import-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), `${JSON.stringify({ at: new Date().toISOString(), cores: os.cpus().length, node: process.version, results }, null, 2)}\n`);
}

if (process.argv[2] === '--child') {
  child(process.argv[3] as 'transfers' | 'all', process.argv[4]!).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
} else {
  main();
}
