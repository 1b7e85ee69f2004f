// Test support: a real graph engine per test file — embedded LadybugDB in a temporary directory,
// or a Neo4j server of the test pool (tests/support/databases.ts), emptied when taken.
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import type { GraphContext } from '../../src/context';
import type { GraphEngine } from '../../src/graph/engine';
import { openEngine } from '../../src/graph/open-engine';
import { TEST_CYPHER } from './test-cypher';
import { seedCurated } from '../../src/services/write/seed';
import { createGraphServer, type GraphServer, type ServerOptions } from '../../src/server';
import { acquireDatabase, withoutEngineEnv, type TestDatabase } from './databases';

export { tempDir, TEST_ENGINE, acquireDatabase, dropNeo4jSchema, withoutEngineEnv, type TestDatabase } from './databases';

export const SHARED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared');
export const ARTICLES_DIR = path.join(SHARED_DIR, 'articles');
export const DATA_DIR = path.join(SHARED_DIR, 'data');

export interface TestGraph {
  engine: GraphEngine;
  /** Scratch directory of the test's own. */
  dir: string;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The config a test opens a database with: the test defaults, then `env`, then the database. */
export function testConfig(db: TestDatabase, env: Record<string, string> = {}) {
  return loadConfig({ ...withoutEngineEnv(process.env), DB_BUFFER_POOL_MB: '128', DB_READERS: '2', LOG_LEVEL: 'silent', ...env, ...db.env });
}

/** Opens a fresh, empty, migrated graph. */
export async function openTestGraph(env: Record<string, string> = {}): Promise<TestGraph> {
  const db = await acquireDatabase();
  let engine: GraphEngine;
  try {
    engine = await openEngine(testConfig(db, env).engine, { extraCypher: TEST_CYPHER });
  } catch (err) {
    await db.release();
    throw err;
  }
  return {
    engine,
    dir: db.dir,
    db,
    close: async () => {
      await engine.close();
      await db.release();
    },
  };
}

/** A fresh graph seeded with the curated knowledge. */
export async function openSeededGraph(): Promise<TestGraph> {
  const g = await openTestGraph();
  await seedCurated(g.engine);
  return g;
}

// Silent unless TEST_LOG names a level (e.g. TEST_LOG=error): then to stderr, to see what a
// masked INTERNAL_SERVER_ERROR hid.
export const silentLog = pino({ level: process.env.TEST_LOG || 'silent' }, pino.destination(2));

export interface TestApi {
  server: GraphServer;
  /** Runs an operation through Apollo's executeOperation with a fresh request context. */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[]; dbCalls: number }>;
  /** Like run, but fails the test on any error. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** `config`: server settings on top of the test defaults (e.g. `cache` to turn shared caches off). */
export async function createTestApi(engine: GraphEngine, config: Partial<ServerOptions['config']> = {}): Promise<TestApi> {
  const server = await createGraphServer({ config: { nodeEnv: 'test', sandbox: false, introspection: true, ...config }, engine, log: silentLog });
  const run: TestApi['run'] = async (query, variables) => {
    const contextValue: GraphContext = server.createContext();
    const res = await server.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    const r = res.body.singleResult as { data?: never; errors?: never };
    return { data: r.data ?? undefined, errors: r.errors ?? undefined, dbCalls: contextValue.stats.calls };
  };
  return {
    server,
    run,
    data: async (query, variables) => {
      const r = await run(query, variables);
      if (r.errors) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data as never;
    },
  };
}
