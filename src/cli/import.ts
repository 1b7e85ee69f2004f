// Entry point of `npm run import -- <source> <path>`: imports an open dataset into the graph set
// by the environment (DB_PATH, or NEO4J_URI), then prints a summary. Every failure (bad usage,
// missing input, a database held by a running server, an engine or file-system error) ends with
// one line in the project's words (src/services/failure.ts) and a non-zero code.
import fs from 'node:fs';
import { describeFailure, printFailure } from '../services/failure';
import { ConfigError, loadConfig, type Config } from '../config';
import { EngineError, type GraphEngine } from '../graph/engine';
import { openEngine } from '../graph/open-engine';
import { ImportError } from '../services/import/errors';
import { streamProgress } from '../services/import/progress';
import { parseArgs } from './import-args';
import { formatSummary, IMPORT_CHECKPOINT_MB, runImport } from '../services/import/runner';

/** Set once the configuration is read, for the failure line. */
let config: Config | undefined;

/** Statements of a full import run longer than a request's: 10 minutes unless set. */
const IMPORT_QUERY_TIMEOUT_MS = 600_000;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  try {
    // The importer is the database's only user: a larger write-ahead log between checkpoints. It
    // reads whole entity tables to resolve names, which a request's 10 s timeout would stop on
    // Neo4j (a busy machine made it time out even at 2 minutes): 10 minutes unless set.
    config = loadConfig({ DB_CHECKPOINT_MB: String(IMPORT_CHECKPOINT_MB), DB_QUERY_TIMEOUT_MS: String(IMPORT_QUERY_TIMEOUT_MS), ...process.env });
  } catch (err) {
    throw err instanceof ConfigError ? new ImportError('USAGE', err.message) : err;
  }
  // The report directory is made before anything is written, so it cannot fail after the import.
  fs.mkdirSync(args.reportDir, { recursive: true });
  let engine: GraphEngine;
  try {
    engine = await openEngine(config.engine);
  } catch (err) {
    if (err instanceof EngineError && err.code === 'LOCKED') {
      throw new ImportError('DB_LOCKED', `${config.engine.kind === 'ladybug' ? config.engine.path : 'the database'} is in use by another process (a running server?): stop it and run the import again`);
    }
    if (err instanceof EngineError && err.code === 'UNAVAILABLE') throw new ImportError('DB_UNAVAILABLE', describeFailure(err, where()).message);
    throw err;
  }
  try {
    const summary = await runImport(engine, {
      source: args.source,
      path: args.path,
      reportDir: args.reportDir,
      batchSize: args.batchSize,
      abortAfterBatches: args.abortAfterBatches,
      progress: args.quiet ? undefined : streamProgress(process.stderr),
    });
    process.stdout.write(`${formatSummary(summary)}\n`);
  } finally {
    await engine.close();
  }
}

function where(): { database?: string; timeoutMs?: number } {
  if (!config) return {};
  const e = config.engine;
  return { database: e.kind === 'ladybug' ? e.path : `Neo4j at ${e.uri}`, timeoutMs: e.queryTimeoutMs };
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    if (err instanceof ImportError) {
      process.stderr.write(err.code === 'USAGE' ? `import: ${err.message}\n` : `import failed (${err.code}): ${err.message}\n`);
      process.exit(err.exitCode);
    }
    printFailure('import', describeFailure(err, where()), err);
    process.exit(1);
  },
);
