// Faults on a real Neo4j server: the test starts a server of its own, runs the real service on it,
// kills the server (SIGKILL) while reads and edits run, and starts it again. Requests answer
// SERVICE_UNAVAILABLE quickly, /health says unavailable, no edit is half-written, and the service
// recovers by itself. Also: wrong credentials stop start-up with one line. (A real long query
// stopped by the transaction timeout is tests/integration/timeouts, which runs on Neo4j too.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePorts, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j';
import { newToken } from '../../src/auth/tokens';
import { acquireDatabase } from '../support/databases';
import { httpRequest } from '../support/http-server';
import { runUntilExit, startServiceProcess, type ServiceProcess } from '../support/process';

// Starting a JVM twice and waiting for reconnection: minutes on a busy machine.
jest.setTimeout(900_000);

const PASSWORD = 'faults-password';
const editor = newToken('desk');
const ARTICLE = 'article:002_71773532a5f1564e';

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

async function post(service: ServiceProcess, query: string, variables?: Record<string, unknown>, auth = false) {
  const started = Date.now();
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${editor.token}` } : {}) };
  const r = await httpRequest(service.url, 'POST', JSON.stringify({ query, variables }), headers);
  return { ...r, ms: Date.now() - started, body: JSON.parse(r.text) as { data?: Record<string, never>; errors?: { message: string; extensions?: { code?: string } }[] } };
}

async function health(service: ServiceProcess): Promise<{ status: number; body: { status?: string } }> {
  const r = await httpRequest(new URL('/health', service.url).toString(), 'GET', undefined);
  return { status: r.status, body: JSON.parse(r.text) as { status?: string } };
}

describe('Neo4j killed while reads and edits run', () => {
  let dir: string;
  let port: number;
  let server: LocalNeo4j | undefined;
  let service: ServiceProcess;
  const start = () => startLocalNeo4j({ port, dataDir: path.join(dir, 'neo4j'), password: PASSWORD, heap: '384m', pageCache: '64m' });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfg-neo4j-faults-'));
    port = await freePorts(27687 + Number(process.env.JEST_WORKER_ID ?? 1) * 10, 1);
    server = await start();
    service = await startServiceProcess(
      { NEO4J_URI: server.uris[0]!, NEO4J_PASSWORD: PASSWORD, EDITOR_TOKENS_SHA256: editor.entry, DB_RETRY_INITIAL_MS: '200', DB_RETRY_MAX_MS: '1000', DB_QUERY_TIMEOUT_MS: '5000' },
      120_000,
    );
  });

  afterAll(async () => {
    await service?.stop();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE quickly, writes no half edit, and recovers without a restart', async () => {
    expect((await health(service)).body.status).toBe('ready');
    const acknowledged: string[] = [];
    const codes: Record<string, number> = {};
    const slowFailures: number[] = [];
    let stop = false;
    const count = (code: string) => (codes[code] = (codes[code] ?? 0) + 1);
    const reader = async () => {
      while (!stop) {
        const r = await post(service, '{ person(id: "person:steven-defour") { name spells(first: 20) { totalCount } } }');
        const code = r.body.errors?.[0]?.extensions?.code ?? (r.status === 200 ? 'OK' : `HTTP ${r.status}`);
        count(code);
        if (code === 'SERVICE_UNAVAILABLE') {
          expect(r.status).toBe(503);
          expect(r.headers['retry-after']).toBeDefined();
          // A request in flight when the server dies waits for the driver to notice (its 5 s
          // connection timeout at most); later ones fail at once.
          if (r.ms > 6_000) slowFailures.push(r.ms);
        }
        expect(JSON.stringify(r.body)).not.toMatch(/Neo4jError|ECONNREFUSED|bolt:|stack/i);
      }
    };
    const editorLoop = async () => {
      for (let i = 0; !stop; i++) {
        const r = await post(service, 'mutation($in: CreatePersonInput!) { createPerson(input: $in) { person { id } } }', { in: { name: `Fault Drill ${i}`, sources: [{ source: ARTICLE, detail: `drill ${i}` }] } }, true);
        const id = (r.body.data as { createPerson?: { person: { id: string } } } | undefined)?.createPerson?.person.id;
        if (id) acknowledged.push(id);
        else count(`edit:${r.body.errors?.[0]?.extensions?.code ?? r.status}`);
        await new Promise((res) => setTimeout(res, 50));
      }
    };
    const load = [reader(), reader(), editorLoop()];
    await new Promise((r) => setTimeout(r, 1_500));
    const beforeKill = acknowledged.length;
    await server!.kill();
    const downIn = await until(async () => (await health(service)).status === 503, '/health to say unavailable', 30_000);
    expect((await health(service)).body.status).toBe('unavailable');
    await new Promise((r) => setTimeout(r, 2_000));
    server = await start();
    const backIn = await until(async () => (await health(service)).body.status === 'ready', 'the service to recover', 180_000);
    const atRecovery = acknowledged.length;
    await new Promise((r) => setTimeout(r, 5_000));
    stop = true;
    await Promise.all(load);
    console.log(`fault drill: ${beforeKill} edits before the kill, ${acknowledged.length} acknowledged in all; /health unavailable ${downIn} ms after the kill; ready again ${backIn} ms after the restart; answers ${JSON.stringify(codes)}`);

    expect(codes.SERVICE_UNAVAILABLE ?? 0).toBeGreaterThan(0);
    expect(slowFailures).toEqual([]);
    // Edits go through again once the server is back, with no restart of the service.
    expect(acknowledged.length).toBeGreaterThan(atRecovery);
    // Every acknowledged edit is there, whole: the person, its citation and its audit entry.
    const people = await post(service, 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { id sources { source { id } } } } }', { ids: acknowledged.slice(-50) });
    expect(people.body.errors).toBeUndefined();
    for (const p of people.body.data!.nodes as unknown as ({ id: string; sources: { source: { id: string } }[] } | null)[]) {
      expect(p).not.toBeNull();
      expect(p!.sources.map((s) => s.source.id)).toEqual([ARTICLE]);
    }
    const trail = await post(service, '{ auditTrail(first: 100) { totalCount edges { node { subjectId } } } }', undefined, true);
    const subjects = new Set((trail.body.data as unknown as { auditTrail: { edges: { node: { subjectId: string } }[] } }).auditTrail.edges.map((e) => e.node.subjectId));
    for (const id of acknowledged.slice(-50)) expect(subjects).toContain(id);
    // Nothing half-written: every drill person in the graph has its audit entry, and vice versa.
    const drill = await post(service, '{ search(query: "Fault Drill", types: [PERSON], first: 100) { totalCount } }');
    expect(drill.body.errors).toBeUndefined();
    const total = (trail.body.data as unknown as { auditTrail: { totalCount: number } }).auditTrail.totalCount;
    expect(total).toBeGreaterThanOrEqual(acknowledged.length);
  });
});

describe('wrong Neo4j credentials', () => {
  it('stop start-up with one line', async () => {
    const db = await acquireDatabase();
    try {
      const r = await runUntilExit({ ...db.env, NEO4J_PASSWORD: 'certainly-wrong' });
      expect(r.code).not.toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/Neo4j/);
      expect(lines[0]).toMatch(/credentials|unauthori[sz]ed|authentication/i);
    } finally {
      await db.release();
    }
  });
});
