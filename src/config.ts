// Environment parsed and validated once at start-up; every variable is documented in .env.example.
import path from 'node:path';
import { z } from 'zod';

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
  DB_QUERY_TIMEOUT_MS: intFrom(10000, 100, 600000),
  SEED_ON_START: boolFrom(true),
  SANDBOX: boolFrom(true),
  INTROSPECTION: boolFrom(true),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: string;
  engine:
    | { kind: 'ladybug'; path: string; bufferPoolBytes: number; maxDbBytes: number; readers: number; queryTimeoutMs: number }
    | { kind: 'neo4j'; uri: string; username: string; password: string; database?: string; queryTimeoutMs: number };
  seedOnStart: boolean;
  sandbox: boolean;
  introspection: boolean;
};

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
    engine = { kind: 'neo4j', uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE, queryTimeoutMs: e.DB_QUERY_TIMEOUT_MS };
  } else {
    engine = {
      kind: 'ladybug',
      path: e.DB_PATH,
      bufferPoolBytes: e.DB_BUFFER_POOL_MB * MB,
      maxDbBytes: e.DB_MAX_SIZE_MB * MB,
      readers: e.DB_READERS,
      queryTimeoutMs: e.DB_QUERY_TIMEOUT_MS,
    };
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    engine,
    seedOnStart: e.SEED_ON_START,
    // Sandbox and introspection are on in development and off in production unless set explicitly.
    sandbox: env.SANDBOX === undefined || env.SANDBOX === '' ? !production : e.SANDBOX,
    introspection: env.INTROSPECTION === undefined || env.INTROSPECTION === '' ? !production : e.INTROSPECTION,
  };
}
