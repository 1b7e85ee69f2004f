// Environment parsed and validated once at start-up; every variable is documented in .env.example.
import path from 'node:path';
import { z } from 'zod';

/** The largest page any connection serves (MAX_PAGE_SIZE may set a smaller one). */
export const PAGE_SIZE_CEILING = 100;
/** The longest path asked for, in hops: one Cypher file per bound (cypher/paths/shortest-<n>); MAX_HOPS may set a shorter one. */
export const PATH_HOPS_CEILING = 6;

const MB = 1024 * 1024;

const intFrom = (def: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be an integer between ${min} and ${max}` });
        return z.NEVER;
      }
      return n;
    });

const boolFrom = (def: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      if (/^(1|true|yes|on)$/i.test(v)) return true;
      if (/^(0|false|no|off)$/i.test(v)) return false;
      ctx.addIssue({ code: 'custom', message: 'must be true or false' });
      return z.NEVER;
    });

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: intFrom(4000, 0, 65535),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalString.pipe(z.string().regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a neo4j:// or bolt:// URI').optional()),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  DB_PATH: z.string().default(path.join('data', 'graph.lbug')),
  DB_BUFFER_POOL_MB: intFrom(256, 16, 16384),
  DB_MAX_SIZE_MB: intFrom(8192, 64, 1048576),
  DB_READERS: intFrom(4, 1, 32),
  DB_QUERY_THREADS: intFrom(0, 0, 256),
  DB_QUERY_TIMEOUT_MS: intFrom(10000, 100, 600000),
  DB_CHECKPOINT_MB: intFrom(16, 1, 4096),
  // Shared caches of what was read, emptied by every write (embedded engine only): models by key,
  // and whole public query responses. 0 turns one off.
  READ_CACHE_MB: intFrom(64, 0, 16384),
  RESPONSE_CACHE_MB: intFrom(32, 0, 16384),
  // Path queries walk an in-process index of the derived links (false: Cypher does it).
  LINK_INDEX: boolFrom(true),
  SEED_ON_START: boolFrom(true),
  SANDBOX: boolFrom(true),
  // GraphiQL at /graphiql, served by the service itself (works offline); independent of SANDBOX.
  GRAPHIQL: boolFrom(true),
  INTROSPECTION: boolFrom(true),
  // Query limits, all checked before any database call.
  MAX_QUERY_DEPTH: intFrom(10, 1, 100),
  MAX_QUERY_COST: intFrom(250_000, 1, 10_000_000),
  MAX_ALIASES: intFrom(15, 0, 1000),
  MAX_TOKENS: intFrom(1000, 10, 100_000),
  MAX_BODY_KB: intFrom(100, 1, 10_240),
  MAX_PAGE_SIZE: intFrom(PAGE_SIZE_CEILING, 1, PAGE_SIZE_CEILING),
  MAX_HOPS: intFrom(PATH_HOPS_CEILING, 1, PATH_HOPS_CEILING),
  BATCHED_OPERATIONS: boolFrom(false),
  // Nesting of the request's variables and extensions (JSON objects and arrays), checked first.
  MAX_VARIABLES_DEPTH: intFrom(32, 2, 1000),
  // Budget of one request while it runs: fields resolved, and wall time.
  MAX_RESULT_FIELDS: intFrom(100_000, 100, 100_000_000),
  MAX_EXECUTION_MS: intFrom(15_000, 100, 600_000),
  // Automatic persisted queries: an LRU cache bounded in size; 0 turns APQ off.
  APQ_CACHE_MB: intFrom(8, 0, 1024),
  APQ_TTL_SECONDS: intFrom(3600, 1, 604_800),
  // Editors: comma-separated name:sha256hex pairs (`npm run token -- <name>` prints one).
  EDITOR_TOKENS_SHA256: optionalString,
  // Neo4j reconnection backoff and the drain window on SIGTERM.
  DB_RETRY_INITIAL_MS: intFrom(500, 10, 60_000),
  DB_RETRY_MAX_MS: intFrom(30_000, 100, 600_000),
  SHUTDOWN_GRACE_MS: intFrom(10_000, 0, 600_000),
  DERIVED_CHECK_MS: intFrom(30_000, 100, 3_600_000),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: string;
  engine:
    | { kind: 'ladybug'; path: string; bufferPoolBytes: number; maxDbBytes: number; readers: number; queryTimeoutMs: number; checkpointWalBytes: number; queryThreads?: number }
    | { kind: 'neo4j'; uri: string; username: string; password: string; database?: string; queryTimeoutMs: number; retryInitialMs: number; retryMaxMs: number };
  seedOnStart: boolean;
  sandbox: boolean;
  /** The offline IDE at /graphiql. */
  graphiql: boolean;
  introspection: boolean;
  limits: QueryLimits;
  /** Automatic persisted queries: null when off. */
  apq: { cacheBytes: number; ttlSeconds: number } | null;
  /** Editors allowed to write, by name, with the SHA-256 of their token. */
  editors: EditorCredential[];
  shutdownGraceMs: number;
  /** How often the editing desk looks for derived data left stale (by any process) and rebuilds it. */
  derivedCheckMs: number;
  /** Shared read caches (src/cache), in estimated bytes (0 = off), and the in-process link index. */
  cache: { readBytes: number; responseBytes: number; linkIndex: boolean };
};

export interface QueryLimits {
  depth: number;
  cost: number;
  aliases: number;
  tokens: number;
  bodyBytes: number;
  pageSize: number;
  maxHops: number;
  batching: boolean;
  /** Deepest nesting of objects and arrays in `variables` / `extensions`. */
  variablesDepth: number;
  /** Fields one request may resolve (every field of every list item counts one). */
  resultFields: number;
  /** Wall time one request may spend executing. */
  executionMs: number;
}

export interface EditorCredential {
  name: string;
  /** SHA-256 of the token, 32 bytes. */
  sha256: Buffer;
}

export const DEFAULT_LIMITS: QueryLimits = { depth: 10, cost: 250_000, aliases: 15, tokens: 1000, bodyBytes: 100 * 1024, pageSize: PAGE_SIZE_CEILING, maxHops: PATH_HOPS_CEILING, batching: false, variablesDepth: 32, resultFields: 100_000, executionMs: 15_000 };

/** A configuration problem that stops start-up; its message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = issue.path.join('.');
    const shown = typeof env[variable] === 'string' ? ` (got ${JSON.stringify(env[variable])})` : '';
    throw new ConfigError(`Invalid environment variable ${variable}${shown}: ${issue.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  let engine: Config['engine'];
  if (e.NEO4J_URI) {
    if (!e.NEO4J_PASSWORD) throw new ConfigError('Invalid environment variable NEO4J_PASSWORD: required when NEO4J_URI is set');
    engine = {
      kind: 'neo4j',
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.DB_QUERY_TIMEOUT_MS,
      retryInitialMs: e.DB_RETRY_INITIAL_MS,
      retryMaxMs: Math.max(e.DB_RETRY_MAX_MS, e.DB_RETRY_INITIAL_MS),
    };
  } else {
    engine = {
      kind: 'ladybug',
      path: e.DB_PATH,
      bufferPoolBytes: e.DB_BUFFER_POOL_MB * MB,
      maxDbBytes: e.DB_MAX_SIZE_MB * MB,
      readers: e.DB_READERS,
      queryTimeoutMs: e.DB_QUERY_TIMEOUT_MS,
      checkpointWalBytes: e.DB_CHECKPOINT_MB * MB,
      queryThreads: e.DB_QUERY_THREADS || undefined,
    };
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    engine,
    seedOnStart: e.SEED_ON_START,
    // Sandbox, GraphiQL and introspection are on in development and off in production unless set explicitly.
    sandbox: env.SANDBOX === undefined || env.SANDBOX === '' ? !production : e.SANDBOX,
    graphiql: env.GRAPHIQL === undefined || env.GRAPHIQL === '' ? !production : e.GRAPHIQL,
    introspection: env.INTROSPECTION === undefined || env.INTROSPECTION === '' ? !production : e.INTROSPECTION,
    limits: {
      depth: e.MAX_QUERY_DEPTH,
      cost: e.MAX_QUERY_COST,
      aliases: e.MAX_ALIASES,
      tokens: e.MAX_TOKENS,
      bodyBytes: e.MAX_BODY_KB * 1024,
      pageSize: e.MAX_PAGE_SIZE,
      maxHops: e.MAX_HOPS,
      batching: e.BATCHED_OPERATIONS,
      variablesDepth: e.MAX_VARIABLES_DEPTH,
      resultFields: e.MAX_RESULT_FIELDS,
      executionMs: e.MAX_EXECUTION_MS,
    },
    apq: e.APQ_CACHE_MB === 0 ? null : { cacheBytes: e.APQ_CACHE_MB * MB, ttlSeconds: e.APQ_TTL_SECONDS },
    editors: parseEditorTokens(e.EDITOR_TOKENS_SHA256),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    derivedCheckMs: e.DERIVED_CHECK_MS,
    cache: { readBytes: e.READ_CACHE_MB * MB, responseBytes: e.RESPONSE_CACHE_MB * MB, linkIndex: e.LINK_INDEX },
  };
}

/** `alice:<64 hex>,bob:<64 hex>` → credentials; a malformed entry stops start-up. */
export function parseEditorTokens(value: string | undefined): EditorCredential[] {
  if (!value) return [];
  const out: EditorCredential[] = [];
  for (const entry of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = entry.match(/^([A-Za-z0-9_.@-]{1,64}):([0-9a-fA-F]{64})$/);
    if (!m) throw new ConfigError('Invalid environment variable EDITOR_TOKENS_SHA256: each entry must be name:sha256hex (64 hex digits); run `npm run token -- <name>` to make one');
    if (out.some((c) => c.name === m[1])) throw new ConfigError(`Invalid environment variable EDITOR_TOKENS_SHA256: editor ${m[1]} is listed twice`);
    out.push({ name: m[1]!, sha256: Buffer.from(m[2]!.toLowerCase(), 'hex') });
  }
  return out;
}
