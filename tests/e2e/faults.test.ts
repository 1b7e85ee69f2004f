// Faults, on the real service process: Neo4j unreachable at start-up (no Neo4j server can run
// here, so "unreachable" is a closed port or a listener that hangs up on every connection).
// The service starts anyway, says it is not ready, answers SERVICE_UNAVAILABLE without engine
// words, keeps trying to reconnect with backoff, and stops cleanly.
import net from 'node:net';
import { postGraphQL, startServiceProcess, type ServiceProcess } from '../support/process';

jest.setTimeout(60_000);

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A listener that accepts and immediately drops every connection, counting them. */
async function hangUpListener(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server = net.createServer((socket) => {
    count++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const neo4jEnv = (port: number) => ({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'not-used', DB_RETRY_INITIAL_MS: '100', DB_RETRY_MAX_MS: '400' });

describe('Neo4j unreachable at start-up', () => {
  let service: ServiceProcess;

  beforeAll(async () => {
    service = await startServiceProcess(neo4jEnv(await closedPort()));
  });

  afterAll(async () => {
    if (service && service.child.exitCode === null) await service.stop();
  });

  it('starts anyway and says at /health that it is not ready', async () => {
    expect(service.output()).toMatch(/"database":"unavailable"/);
    const res = await fetch(new URL('/health', service.url));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', engine: 'neo4j' });
  });

  it('answers queries with SERVICE_UNAVAILABLE (503), no engine words, and keeps running', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await postGraphQL(service.url, '{ person(id: "person:steven-defour") { name } }');
      expect(r.status).toBe(503);
      expect(r.body.errors?.[0]).toMatchObject({ message: 'The graph database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(JSON.stringify(r.body)).not.toMatch(/ECONNREFUSED|bolt|127\.0\.0\.1|Neo4jError|stack/i);
    }
    expect(service.child.exitCode).toBeNull();
  });

  it('stops cleanly on SIGTERM while the database is away', async () => {
    expect(await service.stop('SIGTERM')).toBe(0);
    expect(service.output()).toMatch(/"msg":"stopped"/);
  });
});

describe('Neo4j that drops every connection', () => {
  it('keeps retrying with backoff instead of giving up or crashing', async () => {
    const listener = await hangUpListener();
    const service = await startServiceProcess(neo4jEnv(listener.port));
    try {
      const seen = listener.connections();
      await until(() => listener.connections() >= seen + 3, 'three more reconnection attempts');
      const health = await fetch(new URL('/health', service.url));
      expect(health.status).toBe(503);
      const r = await postGraphQL(service.url, '{ club(id: "club:kv-mechelen") { name } }');
      expect(r.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(service.output()).toMatch(/graph database unavailable; retrying with backoff/);
      expect(service.child.exitCode).toBeNull();
      expect(await service.stop('SIGTERM')).toBe(0);
    } finally {
      if (service.child.exitCode === null) service.child.kill('SIGKILL');
      await listener.close();
    }
  });
});
