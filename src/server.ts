// Builds the HTTP server: Apollo GraphQL (with the Sandbox landing page outside production),
// GET /health, per-request repositories over a call-counting engine, masked errors.
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { GraphContext } from './context';
import { countingEngine, type CallStats } from './graph/counting-engine';
import { EngineError, type GraphEngine } from './graph/engine';
import { createRepositories } from './repositories';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface ServerOptions {
  config: Pick<Config, 'nodeEnv' | 'sandbox' | 'introspection'>;
  engine: GraphEngine;
  log: Logger;
  /** Operation shown when Apollo Sandbox opens. */
  initialDocument?: string;
}

export interface GraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GraphContext>;
  /** A context like a request gets, for executeOperation in tests. */
  createContext(): GraphContext;
}

const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'SERVICE_UNAVAILABLE', 'TIMEOUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_COMPLEX']);

/** Engine failures become coded errors; anything unexpected is logged and masked. */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof EngineError) {
      log.error({ err: original, code: original.code }, 'engine error');
      if (original.code === 'TIMEOUT') return { message: 'The query took too long and was stopped', path: formatted.path, extensions: { code: 'TIMEOUT' } };
      if (original.code === 'UNAVAILABLE') return { message: 'The graph database is unavailable; try again shortly', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original }, 'unexpected resolver error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Adds the number of database calls a request made to its response extensions. */
const callCountPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, dbCalls: contextValue.stats.calls };
        }
      },
    };
  },
};

export async function createGraphServer(options: ServerOptions): Promise<GraphServer> {
  const { config, engine, log } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const landing = config.sandbox
    ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false, document: options.initialDocument })
    : ApolloServerPluginLandingPageProductionDefault({ footer: false });

  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT: it drains, closes the database, then exits 0.
    stopOnTerminationSignals: false,
    formatError: formatError(log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), landing, callCountPlugin],
  });
  await apollo.start();

  const createContext = (): GraphContext => {
    const stats: CallStats = { calls: 0, operations: [] };
    const counted = countingEngine(engine, stats);
    return { repos: createRepositories(counted), stats, log };
  };

  app.get('/health', async (_req, res) => {
    const health = await engine.health();
    res.status(health.ready ? 200 : 503).json({ status: health.ready ? 'ready' : 'unavailable', engine: health.engine, ...(health.detail ? { detail: health.detail } : {}) });
  });

  const graphql = expressMiddleware(apollo, { context: async () => createContext() });
  const json = express.json({ limit: '100kb' });
  app.use(['/', '/graphql'], json, graphql);

  // Body parser errors (too large, malformed JSON) answer with a code, never a stack trace.
  app.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status ?? 500;
    const code = err.type === 'entity.too.large' ? 'REQUEST_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) log.error({ err }, 'http error');
    res.status(status).json({ errors: [{ message: status === 413 ? 'Request body larger than 100 kB' : status < 500 ? 'Malformed request' : 'Internal server error', extensions: { code } }] });
  });

  return { app, httpServer, apollo, createContext };
}
