// Builds the HTTP server: Apollo GraphQL (with the Sandbox landing page outside production, under
// a bar linking to GraphiQL and the explorer), GraphiQL at /graphiql, the explorer at /explore,
// GET /health, per-request repositories over a call-counting engine, editor authentication,
// query limits enforced before any database call, masked errors, and a refusing mode for
// shutdown.
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { authenticate } from './auth/tokens';
import { DEFAULT_LIMITS, type Config, type QueryLimits } from './config';
import type { GraphContext } from './context';
import { EditDesk } from './services/editing/desk';
import { EditingService } from './services/editing/editing-service';
import { checkIdempotencyKey } from './services/editing/idempotency';
import { responseCachePlugin } from './cache/response-cache';
import { createSharedCaches } from './cache/shared-caches';
import { CLIENT_CODES } from './errors';
import { countingEngine, type CallStats } from './graph/counting-engine';
import { EngineError, type GraphEngine } from './graph/engine';
import { executionBudgetPlugin } from './limits/budget';
import { batchGuard, bodyErrorHandler, queryLimitsPlugin, tokenLimitError, variablesDepthGuard } from './limits/plugin';
import { createExplorerRouter } from './explorer/router';
import { createGraphiqlRouter, graphiqlOff } from './graphiql/router';
import { createRepositories } from './repositories';
import { createServices } from './services';
import { resolvers } from './resolvers/__generated__';
import { loadTypeDefs } from './schema';
import { withLinks } from './web/landing';

type ServerConfig = Pick<Config, 'nodeEnv' | 'sandbox' | 'introspection'> & Partial<Pick<Config, 'graphiql' | 'limits' | 'apq' | 'editors' | 'shutdownGraceMs' | 'cache' | 'derivedCheckMs'>>;

export interface ServerOptions {
  config: ServerConfig;
  engine: GraphEngine;
  log: Logger;
  /** Operation shown when Apollo Sandbox opens. */
  initialDocument?: string;
  /** The editing desk (one per server); made here unless given. */
  desk?: EditDesk;
}

export interface GraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GraphContext>;
  desk: EditDesk;
  /** A context like a request gets, for executeOperation in tests; the headers' values as sent. */
  createContext(authorization?: string, idempotencyKey?: string | string[]): GraphContext;
  /** From now on /health says `stopping` and new requests get SERVICE_UNAVAILABLE. */
  beginShutdown(): void;
}

const UNAVAILABLE = 'The graph database is unavailable; try again shortly';

/** Engine failures become coded errors; anything unexpected is logged and masked. */
export function formatError(log: Logger, limits: QueryLimits = DEFAULT_LIMITS) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof EngineError) {
      // An unreachable database is an operational state (health says so), not a bug per request.
      if (original.code === 'UNAVAILABLE') log.warn({ code: original.code, reason: original.message }, 'graph database unavailable');
      else log.error({ err: original, code: original.code }, 'engine error');
      if (original.code === 'TIMEOUT') return { message: 'The query took too long and was stopped', path: formatted.path, extensions: { code: 'TIMEOUT' } };
      if (original.code === 'UNAVAILABLE') return { message: UNAVAILABLE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const tokens = tokenLimitError(formatted, limits);
    if (tokens) return tokens;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Apollo's own request errors (an unsupported persisted-query version, a hash that does not
    // match) carry an HTTP 4xx status but no code: they describe the request, not the server.
    const status = (error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined) ?? 0;
    if (status >= 400 && status < 500 && error instanceof GraphQLError && !error.originalError) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    log.error({ err: original }, 'unexpected resolver error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * Brings the engine's write generation up to date with other processes' writes before the
 * request reads anything (Neo4j: one keyed read of the data stamp), so that the response cache,
 * the read cache and the link index answer as of the request's start. Not counted as a request's
 * database call.
 */
function syncPlugin(engine: GraphEngine): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      await engine.sync?.();
    },
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

/**
 * While derived squads and links lag behind a committed edit (a rebuild running, or failed and
 * being retried), every answer says so in `extensions.derived`: paths and connections read then
 * may miss that edit. No database call per answer: the desk knows (see derivedSnapshot).
 */
function derivedStatePlugin(desk: EditDesk): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== 'single') return;
          const state = operation?.operation === 'mutation' ? desk.editSnapshot() : desk.derivedSnapshot();
          if (state.stale) response.body.singleResult.extensions = { ...response.body.singleResult.extensions, derived: state };
        },
      };
    },
  };
}

/** A response that failed because the database is away answers 503, so clients and balancers retry. */
const unavailableStatusPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (response.body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        }
      },
    };
  },
};

export async function createGraphServer(options: ServerOptions): Promise<GraphServer> {
  const { config, engine, log } = options;
  const limits = config.limits ?? DEFAULT_LIMITS;
  const editors = config.editors ?? [];
  const production = config.nodeEnv === 'production';
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const desk = options.desk ?? new EditDesk(engine, log, { checkMs: config.derivedCheckMs });
  let stopping = false;

  // GraphiQL follows its own switch (GRAPHIQL), by default on exactly where Sandbox is.
  const graphiql = config.graphiql ?? !production;
  const landing = withLinks(
    config.sandbox
      ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false, document: options.initialDocument })
      : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    { sandbox: config.sandbox, graphiql },
  );

  const apq = config.apq === undefined ? { cacheBytes: 8 * 1024 * 1024, ttlSeconds: 3600 } : config.apq;
  // Shared by every request, emptied by every write through the engine (src/cache).
  const caches = createSharedCaches(engine, config.cache, log, config.nodeEnv === 'test');

  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // Without introspection, "Did you mean …" suggestions would leak the schema.
    hideSchemaDetailsFromClientErrors: production || !config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.batching,
    // graphql-js stops lexing past this many tokens; formatError names the limit.
    parseOptions: { maxTokens: limits.tokens },
    // Automatic persisted queries live in a size-bounded LRU cache, or are off.
    persistedQueries: apq ? { cache: new InMemoryLRUCache<string>({ maxSize: apq.cacheBytes, sizeCalculation: (q) => q.length * 2 + 64 }), ttl: apq.ttlSeconds } : false,
    // main.ts owns SIGTERM/SIGINT: it drains, closes the database, then exits 0.
    stopOnTerminationSignals: false,
    formatError: formatError(log, limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs ?? 10_000 }),
      landing,
      callCountPlugin,
      unavailableStatusPlugin,
      derivedStatePlugin(desk),
      queryLimitsPlugin(limits),
      executionBudgetPlugin(limits),
      syncPlugin(engine),
      responseCachePlugin(caches.responses),
    ],
  });
  await apollo.start();

  const createContext = (authorization?: string, idempotencyKey?: string | string[]): GraphContext => {
    const stats: CallStats = { calls: 0, operations: [], rows: [] };
    const counted = countingEngine(engine, stats);
    const editor = authenticate(authorization, editors);
    // A malformed key is refused by the first mutation that would use it (a query ignores it).
    let key: string | null = null;
    let keyError: unknown = null;
    try {
      key = checkIdempotencyKey(idempotencyKey);
    } catch (err) {
      keyError = err;
    }
    const scope = () => {
      const repos = createRepositories(counted, caches.reads);
      return { repos, services: createServices(counted, repos, caches) };
    };
    const ctx: GraphContext = {
      ...scope(),
      stats,
      log,
      editor,
      // After a write, later fields of the same request read through fresh loaders.
      editing: new EditingService(counted, desk, editor, () => Object.assign(ctx, scope()), key, keyError),
    };
    return ctx;
  };

  app.get('/health', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'stopping', engine: engine.kind });
      return;
    }
    const health = await engine.health();
    // Derived squads and links behind the facts do not make the service unready: it says so.
    const derived = health.ready ? await desk.derivedState().catch(() => null) : null;
    res.status(health.ready ? 200 : 503).json({
      status: health.ready ? 'ready' : 'unavailable',
      engine: health.engine,
      ...(health.detail ? { detail: health.detail } : {}),
      ...(derived ? { derived: derived.stale ? (derived.retrying ? 'stale: rebuild failed, retrying' : 'stale: rebuilding') : 'current' } : {}),
    });
  });

  // While shutting down, connections that are still open get a clear refusal, not a new request.
  app.use((_req, res, next) => {
    if (!stopping) return next();
    res.setHeader('connection', 'close');
    res.status(503).json({ errors: [{ message: 'The service is shutting down; retry shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  });

  // The career-link explorer page: mounted before GraphQL, whose middleware also answers GET on every path.
  app.use('/explore', await createExplorerRouter());
  app.use('/graphiql', graphiql ? createGraphiqlRouter({ log }) : graphiqlOff());
  const graphql = expressMiddleware(apollo, { context: async ({ req }) => createContext(req.headers.authorization, req.headers['idempotency-key']) });
  const json = express.json({ limit: limits.bodyBytes });
  app.use(['/', '/graphql'], json, variablesDepthGuard(limits), batchGuard(limits), graphql);
  app.use(bodyErrorHandler(limits, (err) => log.error({ err }, 'http error')));

  return {
    app,
    httpServer,
    apollo,
    desk,
    createContext,
    beginShutdown: () => {
      stopping = true;
    },
  };
}
