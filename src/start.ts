// Start-up: config → engine (with schema migration) → seed → HTTP server; and a clean shutdown
// that drains in-flight requests and closes the database.
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { loadConfig, type Config } from './config';
import type { GraphEngine } from './graph/engine';
import { openEngine } from './graph/open-engine';
import { seedCurated } from './knowledge/seed';
import { createLogger } from './logger';
import { createGraphServer, type GraphServer } from './server';

export const EXAMPLES_DIR = path.resolve(__dirname, '..', 'schema', 'examples');

export interface RunningService {
  config: Config;
  engine: GraphEngine;
  server: GraphServer;
  log: Logger;
  url: string;
  stop(): Promise<void>;
}

export async function startService(env: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  const started = Date.now();
  const config = loadConfig(env);
  const log = createLogger(config.logLevel);
  const engine = await openEngine(config.engine);
  try {
    if (config.seedOnStart) {
      const seed = await seedCurated(engine);
      log.info({ seeded: seed.seeded, hash: seed.hash }, seed.seeded ? 'seeded curated knowledge' : 'curated knowledge already present');
    }
    const initialDocument = fs.readFileSync(path.join(EXAMPLES_DIR, 'defour-career.graphql'), 'utf8');
    const server = await createGraphServer({ config, engine, log, initialDocument });
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.httpServer.listen(config.port, config.host, () => resolve());
    });
    const address = server.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}/`;
    log.info({ url, port, engine: engine.kind, startupMs: Date.now() - started }, 'ready');
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        log.info('shutting down: draining requests');
        await server.apollo.stop();
        await engine.close();
        log.info('stopped');
      })());
    return { config, engine, server, log, url, stop };
  } catch (err) {
    await engine.close().catch(() => undefined);
    throw err;
  }
}
