// `npm run export -- <file>` and `npm run restore -- <file>`: back up the graph the environment
// points at (DB_PATH or NEO4J_URI) as JSON lines, or load such a file into an empty database.
// The embedded database must not be open in a running service at the same time.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { loadCypherCatalog, CypherLoadError } from '../graph/cypher-loader';
import { EngineError } from '../graph/engine';
import { openEngine } from '../graph/open-engine';
import { BackupError, exportGraph, parseBackup, restoreGraph } from './backup';

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'export' && command !== 'restore') || !file) {
    throw new BackupError('Usage: npm run export -- <file.jsonl>   |   npm run restore -- <file.jsonl>');
  }
  const config = loadConfig();
  const where = config.engine.kind === 'neo4j' ? config.engine.uri : config.engine.path;
  if (command === 'restore') {
    if (!fs.existsSync(file)) throw new BackupError(`No such file: ${file}`);
    // Check the whole file before touching the database.
    const backup = parseBackup(fs.readFileSync(file, 'utf8').split('\n'));
    const engine = await openEngine(config.engine);
    try {
      const counts = await restoreGraph(engine, loadCypherCatalog(engine.kind), backup);
      process.stdout.write(`restored ${file} into ${where}: ${summary(counts)}\n`);
    } finally {
      await engine.close();
    }
    return;
  }
  const engine = await openEngine(config.engine);
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    const counts = await exportGraph(engine, (line) => {
      fs.writeSync(fd, `${line}\n`);
    });
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    // Only a complete export replaces the target file.
    fs.renameSync(tmp, file);
    process.stdout.write(`exported ${where} to ${file}: ${summary(counts)}\n`);
  } catch (err) {
    try {
      fs.closeSync(fd);
    } catch {
      /* already closed */
    }
    fs.rmSync(tmp, { force: true });
    throw err;
  } finally {
    await engine.close();
  }
}

function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
}

main().catch((err: unknown) => {
  const known = err instanceof BackupError || err instanceof ConfigError || err instanceof EngineError || err instanceof CypherLoadError;
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  process.stderr.write(`${known ? message : `unexpected error: ${message}`}\n`);
  process.exit(1);
});
