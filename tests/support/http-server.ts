// An in-process service over real HTTP: the real Express + Apollo server on a real graph engine,
// listening on a free local port. Configured from environment variables like the service.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import { countingEngine, type CallStats } from '../../src/graph/counting-engine';
import type { GraphEngine } from '../../src/graph/engine';
import { openEngine } from '../../src/graph/open-engine';
import { TEST_CYPHER } from './test-cypher';
import { seedCurated } from '../../src/services/write/seed';
import { EditDesk } from '../../src/services/editing/desk';
import { createGraphServer, type GraphServer } from '../../src/server';
import { acquireDatabase, silentLog, testConfig, type TestDatabase } from './graph';

export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export interface HttpService {
  url: string;
  server: GraphServer;
  config: Config;
  /** Every database call the server made, across requests (the engine it was given, counted). */
  totals: CallStats;
  post<T = Record<string, unknown>>(payload: unknown, headers?: Record<string, string>): Promise<HttpResult<T>>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpResult<T>>;
  request(method: string, pathAndQuery: string, body?: string, headers?: Record<string, string>): Promise<HttpResult>;
  close(): Promise<void>;
}

/** One HTTP request on its own connection (no keep-alive), so a test controls every socket. */
export function httpRequest(url: string, method: string, body: string | Buffer | undefined, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false, headers: { connection: 'close', ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function parse(text: string): HttpResult['body'] {
  try {
    return JSON.parse(text) as HttpResult['body'];
  } catch {
    return {};
  }
}

export async function startHttpService(engine: GraphEngine, env: Record<string, string> = {}): Promise<HttpService> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  const totals: CallStats = { calls: 0, operations: [] };
  const counted = countingEngine(engine, totals);
  // The desk's own reads (the stale marker, checked in the background) are not a request's: it
  // gets the engine uncounted, so `totals` counts what requests do.
  const desk = new EditDesk(engine, silentLog, { checkMs: config.derivedCheckMs });
  const server = await createGraphServer({ config, engine: counted, log: silentLog, desk });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const request: HttpService['request'] = async (method, pathAndQuery, body, headers) => {
    const r = await httpRequest(new URL(pathAndQuery, url).toString(), method, body, headers);
    return { ...r, body: parse(r.text) };
  };
  const post: HttpService['post'] = async (payload, headers) => {
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    return (await request('POST', '/', body, { 'content-type': 'application/json', ...headers })) as never;
  };
  return {
    url,
    server,
    config,
    totals,
    post,
    request,
    gql: (query, variables, headers) => post({ query, variables }, headers),
    close: async () => {
      server.beginShutdown();
      await server.apollo.stop();
      await server.desk.drain();
    },
  };
}

export interface OwnGraph {
  engine: GraphEngine;
  /** Scratch directory of the test's own. */
  dir: string;
  /** The database, to reopen it or point a child process at it (`db.env`). */
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * A graph opened with extra environment (e.g. a short timeout): a fresh database of the run's
 * engine (released on close), or `db`, a database the test holds (left as it is on close).
 */
export async function openGraphWith(env: Record<string, string> = {}, seed = true, db?: TestDatabase): Promise<OwnGraph> {
  const own = db === undefined;
  const database = db ?? (await acquireDatabase());
  let engine: GraphEngine | undefined;
  try {
    engine = await openEngine(testConfig(database, env).engine, { extraCypher: TEST_CYPHER });
    if (seed) await seedCurated(engine);
  } catch (err) {
    await engine?.close().catch(() => undefined);
    if (own) await database.release();
    throw err;
  }
  return {
    engine,
    dir: database.dir,
    db: database,
    close: async () => {
      await engine.close();
      if (own) await database.release();
    },
  };
}

/** Node and relationship counts of the whole graph. */
export async function graphCounts(engine: GraphEngine): Promise<{ nodes: number; rels: number }> {
  const [[n], [r]] = await Promise.all([engine.read('backup/count-nodes'), engine.read('backup/count-rels')]);
  return { nodes: Number(n?.total ?? 0), rels: Number(r?.total ?? 0) };
}
