// Entry point of `npm run import -- <source> <path>`: imports an open dataset into the graph set
// by the environment (DB_PATH, or NEO4J_URI), then prints a summary. Known failures (bad usage,
// missing input, a database held by a running server) end with one line and a non-zero code.
import { ConfigError, loadConfig } from '../config';
import { CypherLoadError } from '../graph/cypher-loader';
import { EngineError, type GraphEngine } from '../graph/engine';
import { openEngine } from '../graph/open-engine';
import { KnowledgeError } from '../knowledge/write';
import { ImportError } from './errors';
import { streamProgress } from './progress';
import { parseArgs } from './cli-args';
import { formatSummary, IMPORT_CHECKPOINT_MB, runImport } from './runner';

/** Statement time limit of an import unless DB_QUERY_TIMEOUT_MS is set. */
const IMPORT_QUERY_TIMEOUT_MS = 600_000;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let config;
  try {
    // The importer is the database's only user: a larger write-ahead log between checkpoints, and
    // no 10 s statement limit (re-importing into an imported graph clears ~490k derived links in
    // one statement: ~15 s on a busy machine, which the server's default timed out).
    config = loadConfig({ DB_CHECKPOINT_MB: String(IMPORT_CHECKPOINT_MB), DB_QUERY_TIMEOUT_MS: String(IMPORT_QUERY_TIMEOUT_MS), ...process.env });
  } catch (err) {
    throw err instanceof ConfigError ? new ImportError('USAGE', err.message) : err;
  }
  let engine: GraphEngine;
  try {
    engine = await openEngine(config.engine);
  } catch (err) {
    if (err instanceof EngineError && err.code === 'LOCKED') {
      throw new ImportError('DB_LOCKED', `${config.engine.kind === 'ladybug' ? config.engine.path : 'the database'} is in use by another process (a running server?): stop it and run the import again`);
    }
    if (err instanceof EngineError) throw new ImportError('DB_UNAVAILABLE', err.message.split('\n')[0]!);
    throw err;
  }
  try {
    const summary = await runImport(engine, {
      source: args.source,
      path: args.path,
      reportDir: args.reportDir,
      batchSize: args.batchSize,
      abortAfterBatches: args.abortAfterBatches,
      // Test hook for the kill-and-resume test: not a user option.
      killAfterBatches: process.env.IMPORT_TEST_KILL_AFTER_BATCHES ? Number(process.env.IMPORT_TEST_KILL_AFTER_BATCHES) : undefined,
      progress: args.quiet ? undefined : streamProgress(process.stderr),
    });
    process.stdout.write(`${formatSummary(summary)}\n`);
  } finally {
    await engine.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    if (err instanceof ImportError) {
      process.stderr.write(err.code === 'USAGE' ? `import: ${err.message}\n` : `import failed (${err.code}): ${err.message}\n`);
      process.exit(err.exitCode);
    }
    const known = err instanceof CypherLoadError || err instanceof EngineError || err instanceof KnowledgeError;
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`import failed (${known ? (err as { code?: string }).code ?? (err as Error).name : 'UNEXPECTED'}): ${message}\n`);
    process.exit(1);
  },
);
