// `npm run test:neo4j`: the integration and end-to-end suites on real Neo4j servers started
// here (one JVM, two servers per jest worker, so tests that need a second database get one),
// then stopped. Extra arguments go to jest (e.g. a test path).
import { spawn } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { freePorts, LocalNeo4jError, startLocalNeo4j } from './local-neo4j';

async function main(): Promise<number> {
  const workers = Math.max(1, Number(process.env.NEO4J_TEST_WORKERS ?? 2));
  const instances = workers * 2;
  // A random start, so that two passes started at once rarely race for the same ports.
  const port = await freePorts(Number(process.env.NEO4J_TEST_PORT ?? 17687 + Math.floor(Math.random() * 400) * 10), instances);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-neo4j-pass-'));
  const password = 'test-pass-password';
  const t0 = Date.now();
  const server = await startLocalNeo4j({ port, dataDir, password, instances, heap: process.env.NEO4J_HEAP ?? '2g', pageCache: '96m', txMax: '384m', timeoutMs: 600_000 });
  console.log(`neo4j test pass: ${instances} Neo4j servers on ports ${port}–${port + instances - 1}, ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const args = process.argv.slice(2);
  // Seeding and first queries over Bolt are slower than in process, and a test may wait for a free server.
  const jestArgs = [require.resolve('jest/bin/jest'), '--selectProjects', 'integration', 'e2e', 'neo4j', `--maxWorkers=${workers}`, '--testTimeout=120000', ...args];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, jestArgs, {
      stdio: 'inherit',
      env: { ...process.env, TZ: 'UTC', NEO4J_TEST_URIS: server.uris.join(','), NEO4J_TEST_USERNAME: 'neo4j', NEO4J_TEST_PASSWORD: password },
    });
    child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof LocalNeo4jError ? `neo4j test pass: ${err.message}` : `neo4j test pass: ${(err as Error).stack}`);
    process.exit(1);
  },
);
