// Entry point of `npm start`: starts the service, stops cleanly on SIGTERM/SIGINT, and turns
// start-up failures into one clear line instead of a stack trace.
import { ConfigError } from './config';
import { CypherLoadError } from './graph/cypher-loader';
import { EngineError } from './graph/engine';
import { KnowledgeError } from './knowledge/write';
import { startService } from './start';

async function main(): Promise<void> {
  const service = await startService();
  const shutdown = (signal: string) => {
    service.log.info({ signal }, 'signal received');
    service.stop().then(
      () => process.exit(0),
      (err) => {
        service.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof CypherLoadError || err instanceof EngineError || err instanceof KnowledgeError;
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  process.stderr.write(`Start-up failed: ${known ? message : `unexpected error: ${message}`}\n`);
  process.exit(1);
});
