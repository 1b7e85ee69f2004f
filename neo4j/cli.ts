// `npm run neo4j`: a local Neo4j Community server in the foreground, Bolt only, on
// 127.0.0.1:${NEO4J_BOLT_PORT:-7687} with its data under ${NEO4J_DATA_DIR:-data/neo4j}. Prints the
// NEO4J_* line for the service once Bolt accepts connections; SIGTERM/SIGINT stop it cleanly.
import path from 'node:path';
import { ensureJars, LocalNeo4jError, NEO4J_VERSION, startLocalNeo4j } from './local-neo4j';

const DEFAULT_PASSWORD = 'local-neo4j';

async function main(): Promise<number> {
  const env = process.env;
  if (process.argv.includes('--install')) {
    // CI and fresh machines: fetch the jars now, so the first test does not wait for Maven.
    const started = Date.now();
    const r = await ensureJars((line) => console.log(line));
    console.log(`Neo4j ${NEO4J_VERSION} jars ${r.downloaded ? 'resolved' : 'already present'} in neo4j/lib: ${(r.bytes / 2 ** 20).toFixed(0)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  }
  const port = Number(env.NEO4J_BOLT_PORT ?? 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new LocalNeo4jError(`NEO4J_BOLT_PORT must be a port number (got ${JSON.stringify(env.NEO4J_BOLT_PORT)})`);
  const dataDir = path.resolve(env.NEO4J_DATA_DIR ?? path.join('data', 'neo4j'));
  const password = env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
  const verbose = /^(1|true|yes)$/i.test(env.NEO4J_VERBOSE ?? '');
  console.log(`starting Neo4j Community ${NEO4J_VERSION} (heap ${env.NEO4J_HEAP ?? '512m'}, page cache ${env.NEO4J_PAGECACHE ?? '256m'}) with data in ${dataDir}…`);
  const server = await startLocalNeo4j({
    port,
    dataDir,
    password,
    heap: env.NEO4J_HEAP,
    pageCache: env.NEO4J_PAGECACHE,
    onLog: (line) => {
      if (verbose || /resolving|ERROR|WARN/.test(line)) console.log(line);
    },
  });
  console.log(`Neo4j accepts Bolt connections (${(server.startedInMs / 1000).toFixed(1)} s). Use it with:`);
  console.log(`NEO4J_URI=${server.uris[0]} NEO4J_USERNAME=neo4j NEO4J_PASSWORD=${password}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Neo4j…`);
    void server.stop().then((code) => {
      console.log('Neo4j stopped.');
      process.exit(code === 0 || code === 143 || code === 130 ? 0 : 1);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const code = await new Promise<number | null>((resolve) => server.child.once('exit', resolve));
  if (!stopping) {
    console.error(`Neo4j exited unexpectedly (code ${code}).`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    if (code) process.exit(code);
  },
  (err: unknown) => {
    console.error(err instanceof LocalNeo4jError ? `neo4j: ${err.message}` : `neo4j: unexpected failure: ${(err as Error).message}`);
    process.exit(1);
  },
);
