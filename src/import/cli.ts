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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let config;
  try {
    // The importer is the database's only user: a larger write-ahead log between checkpoints. It
    // reads whole entity tables to resolve names, which a request's 10 s timeout would stop on
    // Neo4j: ten minutes per query unless DB_QUERY_TIMEOUT_MS says otherwise.
    config = loadConfig({ DB_CHECKPOINT_MB: String(IMPORT_CHECKPOINT_MB), DB_QUERY_TIMEOUT_MS: '600000', ...process.env });
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
