// The real service over real HTTP, started the way `npm start` starts it.
import fs from 'node:fs';
import path from 'node:path';
import { acquireDatabase, TEST_ENGINE, tempDir, type TestDatabase } from '../support/graph';
import { postGraphQL, ROOT, runUntilExit, startServiceProcess, type ServiceProcess } from '../support/process';

jest.setTimeout(60_000);

let db: TestDatabase;
let service: ServiceProcess;

beforeAll(async () => {
  db = await acquireDatabase();
  service = await startServiceProcess(db.env);
});

afterAll(async () => {
  await service?.stop();
  await db?.release();
});

describe('the running service', () => {
  it('answers a POST of { person(id: "person:steven-defour") { name } }', async () => {
    const res = await postGraphQL<{ person: { name: string } }>(service.url, '{ person(id: "person:steven-defour") { name } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.person.name).toBe('Steven Defour');
  });

  it('reports readiness including the database at GET /health', async () => {
    const res = await fetch(new URL('/health', service.url));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', engine: TEST_ENGINE, derived: 'current' });
  });

  it('names the explorer and GraphiQL addresses in its start-up log', () => {
    const ready = service
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg?: string; url?: string; explorer?: string; graphiql?: string })
      .find((e) => e.msg === 'ready');
    expect(ready?.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(ready?.explorer).toBe(`${ready!.url}explore`);
    expect(ready?.graphiql).toBe(`${ready!.url}graphiql`);
  });

  it('serves the Apollo Sandbox landing page to a browser', async () => {
    const res = await fetch(service.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/embeddable-sandbox|sandbox/i);
  });

  it('answers a malformed JSON body with a coded error, not a stack trace', async () => {
    const res = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('embedded: refuses a second process on the same database with one clear line; Neo4j: serves it from both', async () => {
    if (TEST_ENGINE === 'ladybug') {
      const second = await runUntilExit(db.env);
      expect(second.code).toBe(1);
      const lines = second.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/already in use/);
      return;
    }
    const second = await startServiceProcess(db.env);
    try {
      expect(second.output()).toMatch(/curated knowledge already present/);
      const res = await postGraphQL<{ person: { name: string } }>(second.url, '{ person(id: "person:steven-defour") { name } }');
      expect(res.body.data?.person.name).toBe('Steven Defour');
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});

describe('start-up failures', () => {
  it('stops on a bad environment value with a message naming the variable', async () => {
    const r = await runUntilExit({ ...db.env, PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/PORT/);
  });

  it('stops when a Cypher file is missing, naming the operation', async () => {
    // A copy of the service with one Cypher file removed.
    const copy = tempDir('bfg-copy-');
    for (const part of ['src', 'schema', 'cypher']) fs.cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
    fs.rmSync(path.join(copy, 'cypher', 'entities', 'by-ids.cypher'));
    const r = await runUntilExit(TEST_ENGINE === 'ladybug' ? { DB_PATH: path.join(copy, 'g.lbug') } : db.env, copy);
    fs.rmSync(copy, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/entities\/by-ids/);
  });
});

describe('restart', () => {
  it('drains on SIGTERM, exits 0, and a second start seeds nothing new', async () => {
    const fresh = await acquireDatabase();
    const first = await startServiceProcess(fresh.env);
    const before = await postGraphQL<{ person: { spells: { totalCount: number } } }>(first.url, '{ person(id: "person:steven-defour") { spells { totalCount } } }');
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);
    const second = await startServiceProcess(fresh.env);
    expect(second.output()).toMatch(/curated knowledge already present/);
    const after = await postGraphQL<{ person: { spells: { totalCount: number } } }>(second.url, '{ person(id: "person:steven-defour") { spells { totalCount } } }');
    expect(after.body.data).toEqual(before.body.data);
    expect(await second.stop('SIGINT')).toBe(0);
    await fresh.release();
  });
});
