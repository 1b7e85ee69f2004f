// Entry point of `npm start`: starts the service, stops cleanly on SIGTERM/SIGINT (refuse new
// requests, drain in-flight ones and edits, close the database, exit 0), and turns start-up
// failures into one clear line instead of a stack trace.
import { ConfigError } from './config';
import { CypherLoadError } from './graph/cypher-loader';
import { EngineError } from './graph/engine';
import { KnowledgeError } from './domain/validation';
import { startService } from './start';

// Signal handlers go in before start-up: a SIGTERM that arrives while the service is still
// starting (or just after it logged `ready`) is kept and honoured once it is up.
let pending: string | undefined;
let onSignal: (signal: string) => void = (signal) => {
  pending ??= signal;
};
process.once('SIGTERM', () => onSignal('SIGTERM'));
process.once('SIGINT', () => onSignal('SIGINT'));

async function main(): Promise<void> {
  const service = await startService();
  const { log } = service;
  // A stray rejection is a bug to fix, not a reason to drop every in-flight request.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled promise rejection'));
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception; exiting');
    process.exit(1);
  });
  const shutdown = (signal: string) => {
    log.info({ signal }, 'signal received');
    // Past the drain window and a margin, give up rather than hang.
    setTimeout(() => {
      log.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, service.config.shutdownGraceMs + 15_000).unref();
    service.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  onSignal = shutdown;
  if (pending) shutdown(pending);
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof CypherLoadError || err instanceof EngineError || err instanceof KnowledgeError;
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  process.stderr.write(`Start-up failed: ${known ? message : `unexpected error: ${message}`}\n`);
  process.exit(1);
});
