// `npm run bench:backup -- --db <file> [--neo4j]`: export → restore → export of a graph (the
// fully imported one: `DB_PATH=/tmp/bfg-full/graph.lbug npm run import -- all ../shared/data`),
// each step the real CLI in its own process at default settings, with its wall time and peak
// resident memory (GNU time), and whether the two exports are the same file apart from the
// header. The restore goes into a new embedded database in a temporary directory. With
// `--neo4j`, the first export is also restored into the (empty) Neo4j that NEO4J_URI points at,
// exported from there, and that export restored into a new embedded database and exported once
// more: the graph moved to Neo4j and back. Results also go to bench/results/backup-<time>.json.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const ROOT = path.resolve(__dirname, '..');

interface Step {
  step: string;
  engine: 'ladybug' | 'neo4j';
  seconds: number;
  peakRssMb: number;
  output: string;
}

/** Environment with every engine variable removed, then `engine` (defaults for everything else). */
function envFor(engine: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(NEO4J_|DB_)/.test(k)) out[k] = v;
  return { ...out, ...engine };
}

function runCli(step: string, command: 'export' | 'restore', file: string, engine: Record<string, string>): Step {
  process.stderr.write(`bench:backup: ${step} …\n`);
  const r = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', process.execPath, '-r', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'backup.ts'), command, file], {
    cwd: ROOT,
    env: envFor(engine),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const measured = /BENCH ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !measured) {
    process.stderr.write(`bench:backup: ${step} failed (exit ${r.status ?? r.signal}):\n${r.stderr.slice(-2000)}\n`);
    process.exit(1);
  }
  return { step, engine: engine.NEO4J_URI ? 'neo4j' : 'ladybug', seconds: Number(measured[1]), peakRssMb: Math.round(Number(measured[2]) / 1024), output: r.stdout.trim() };
}

/** SHA-256 of a backup's lines after the header (streamed: the files are hundreds of MB). */
async function bodyHash(file: string): Promise<string> {
  const hash = createHash('sha256');
  let first = true;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (first) {
      first = false;
      continue;
    }
    hash.update(line).update('\n');
  }
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const db = args[args.indexOf('--db') + 1];
  if (!args.includes('--db') || !db || !fs.existsSync(db)) {
    process.stderr.write('usage: npm run bench:backup -- --db <embedded database file> [--neo4j]   (with --neo4j, NEO4J_URI names an empty Neo4j)\n');
    process.exit(2);
  }
  const neo4j = args.includes('--neo4j');
  if (neo4j && !process.env.NEO4J_URI) {
    process.stderr.write('bench:backup: --neo4j needs NEO4J_URI (and NEO4J_PASSWORD) of an empty Neo4j\n');
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-bench-backup-'));
  const embedded = (name: string) => ({ DB_PATH: path.join(dir, `${name}.lbug`) });
  const neo4jEnv: Record<string, string> = {};
  for (const k of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) if (process.env[k]) neo4jEnv[k] = process.env[k]!;
  const steps: Step[] = [];
  const files: Record<string, string> = {};
  const file = (name: string) => (files[name] = path.join(dir, `${name}.jsonl`));
  try {
    steps.push(runCli('export the graph', 'export', file('first'), { DB_PATH: path.resolve(db) }));
    steps.push(runCli('restore into a new database', 'restore', files.first!, embedded('restored')));
    steps.push(runCli('export the restored graph', 'export', file('second'), embedded('restored')));
    if (neo4j) {
      steps.push(runCli('restore into Neo4j', 'restore', files.first!, neo4jEnv));
      steps.push(runCli('export from Neo4j', 'export', file('neo4j'), neo4jEnv));
      steps.push(runCli('restore the Neo4j export into a new embedded database', 'restore', files.neo4j!, embedded('back')));
      steps.push(runCli('export it again', 'export', file('back'), embedded('back')));
    }
    const hashes = Object.fromEntries(await Promise.all(Object.entries(files).map(async ([k, f]) => [k, await bodyHash(f)] as const)));
    const identical = Object.values(hashes).every((h) => h === hashes.first);
    const size = fs.statSync(files.first!).size;
    const lines = [
      `backup benchmark on ${os.cpus().length} cores, node ${process.version}, default settings (embedded buffer pool 256 MB); file ${(size / 1024 ** 2).toFixed(0)} MB`,
      `${'step'.padEnd(56)} engine   time     peak RSS`,
      ...steps.map((s) => `${s.step.padEnd(56)} ${s.engine.padEnd(8)} ${`${s.seconds.toFixed(1)} s`.padStart(7)}  ${`${s.peakRssMb} MB`.padStart(8)}`),
      `exports identical apart from their header: ${identical ? 'yes' : `NO (${JSON.stringify(hashes)})`}`,
      steps[0]!.output,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const out = path.join(ROOT, 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), `${JSON.stringify({ at: new Date().toISOString(), cores: os.cpus().length, node: process.version, bytes: size, steps, identical }, null, 2)}\n`);
    if (!identical) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:backup: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
