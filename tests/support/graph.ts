// Test support: a real graph engine per test file — embedded LadybugDB in a temporary directory,
// or Neo4j when NEO4J_URI is set (then the database is emptied first: use a throwaway one).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import type { GraphContext } from '../../src/context';
import type { GraphEngine } from '../../src/graph/engine';
import { openEngine } from '../../src/graph/open-engine';
import { seedCurated } from '../../src/knowledge/seed';
import { createGraphServer, type GraphServer, type ServerOptions } from '../../src/server';

export const SHARED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared');
export const ARTICLES_DIR = path.join(SHARED_DIR, 'articles');
export const DATA_DIR = path.join(SHARED_DIR, 'data');

export interface TestGraph {
  engine: GraphEngine;
  dir: string;
  close(): Promise<void>;
}

export function tempDir(prefix = 'bfg-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Opens a fresh, empty, migrated graph. */
export async function openTestGraph(): Promise<TestGraph> {
  const dir = tempDir();
  const config = loadConfig({ ...process.env, DB_PATH: path.join(dir, 'graph.lbug'), DB_BUFFER_POOL_MB: '128', DB_READERS: '2', LOG_LEVEL: 'silent' });
  const engine = await openEngine(config.engine);
  if (engine.kind === 'neo4j') await engine.write('test/clear-all');
  return {
    engine,
    dir,
    close: async () => {
      await engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh graph seeded with the curated knowledge. */
export async function openSeededGraph(): Promise<TestGraph> {
  const g = await openTestGraph();
  await seedCurated(g.engine);
  return g;
}

export const silentLog = pino({ level: 'silent' });

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
