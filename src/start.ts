// Start-up: config → engine (with schema migration) → seed → HTTP server; and a clean shutdown
// that refuses new requests, drains in-flight ones and edits, then closes the database.
// On Neo4j the service also starts while the database is unreachable: /health says so, requests
// get SERVICE_UNAVAILABLE, and migration and seeding run when the engine reconnects.
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { restoreIncomplete } from './services/backup/backup';
import { loadConfig, type Config } from './config';
import { rebuildIfStale } from './services/editing/desk';
import { EngineError, type GraphEngine } from './graph/engine';
import { openEngine } from './graph/open-engine';
import { seedCurated } from './services/write/seed';
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

/** What runs once the database is reachable: refuse a half-restored graph, seed, finish derived data. */
async function prepare(engine: GraphEngine, config: Config, log: Logger): Promise<void> {
  if (await restoreIncomplete(engine)) {
    throw new EngineError('The database holds an incomplete restore (a restore was interrupted): restore again into a new, empty database', 'ENGINE_FAILURE');
  }
  if (config.seedOnStart) {
    const seed = await seedCurated(engine);
    log.info({ seeded: seed.seeded, hash: seed.hash }, seed.seeded ? 'seeded curated knowledge' : 'curated knowledge already present');
  }
  // An edit whose derived rebuild never finished (the process was killed) is completed now.
  if (await rebuildIfStale(engine, log)) log.warn('rebuilt derived squads and links left stale by an interrupted edit');
}

export async function startService(env: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  const started = Date.now();
  const config = loadConfig(env);
  const log = createLogger(config.logLevel);
  const engine = await openEngine(config.engine, {
    resilient: true,
    onReady: (e) => prepare(e, config, log),
    onStateChange: (state, detail) => (state === 'unavailable' ? log.warn({ state, detail }, 'graph database unavailable; retrying with backoff') : log.info({ state }, 'graph database state')),
  });
  try {
    const initialDocument = fs.readFileSync(path.join(EXAMPLES_DIR, 'defour-career.graphql'), 'utf8');
    const server = await createGraphServer({ config, engine, log, initialDocument });
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.httpServer.listen(config.port, config.host, () => resolve());
    });
    const address = server.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}/`;
    const health = await engine.health();
    // The pages a person opens, besides the API itself: the explorer always, GraphiQL when on.
    const explorer = `${url}explore`;
    const graphiql = config.graphiql ? `${url}graphiql` : undefined;
    log.info({ url, explorer, graphiql, port, engine: engine.kind, database: health.ready ? 'ready' : 'unavailable', startupMs: Date.now() - started }, 'ready');
    log.info(`explorer at ${explorer}${graphiql ? `, GraphiQL (offline IDE) at ${graphiql}` : ''}${config.sandbox ? `, Apollo Sandbox (needs internet) at ${url}` : ''}`);
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        log.info('shutting down: refusing new requests, draining in-flight ones');
        server.beginShutdown();
        await server.apollo.stop();
        await server.desk.drain();
        await engine.close();
        log.info('stopped');
      })());
    return { config, engine, server, log, url, stop };
  } catch (err) {
    await engine.close().catch(() => undefined);
    throw err;
  }
}
