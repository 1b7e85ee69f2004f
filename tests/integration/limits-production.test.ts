// Production mode over real HTTP: introspection and Sandbox off by default, CSRF prevention,
// masked errors (no stack traces, no engine words), and a size-bounded persisted-query cache.
import { createHash } from 'node:crypto';
import type { GraphEngine, Params, Row } from '../../src/graph/engine';
import type { OperationName } from '../../src/graph/operations';
import { openGraphWith, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';
import { TEST_CYPHER, testOp } from '../support/test-cypher';

jest.setTimeout(60_000);

let graph: OwnGraph;
let api: HttpService;

/** The real engine; two reserved ids make it run a real failing query or read a broken fact. */
function withFaults(engine: GraphEngine): GraphEngine {
  return {
    ...engine,
    kind: engine.kind,
    read(op: OperationName, params?: Params): Promise<Row[]> {
      const ids = params?.ids;
      // A real engine error (a string where range() wants a number): its message must not leak.
      if (op === 'entities/by-ids' && Array.isArray(ids) && ids.includes('person:engine-failure')) return engine.read(testOp('test/slow'), { n: 'not a number' });
      return engine.read(op, params);
    },
    write: (op, params) => engine.write(op, params),
    writeAll: (steps) => engine.writeAll(steps),
    migrate: () => engine.migrate(),
    health: () => engine.health(),
    close: () => engine.close(),
  };
}

const sha = (q: string) => createHash('sha256').update(q).digest('hex');

beforeAll(async () => {
  graph = await openGraphWith();
  // A spell whose person reference is missing: reading its person fails inside a resolver.
  await graph.engine.writeAll([
    { op: 'facts/upsert', params: { rows: [{ id: 'fact:spell:broken', kind: 'spell', type: 'SENIOR', startText: null, startPrecision: null, startLo: null, endText: null, endPrecision: null, endHi: null, details: null, status: 'ACTIVE', confidence: 1, updatedAt: 'x' }] } },
    { op: 'facts/link-about-entity', params: { rows: [{ fact: 'fact:spell:broken', target: 'club:kv-mechelen', role: 'team' }] } },
  ]);
  api = await startHttpService(withFaults(graph.engine), { NODE_ENV: 'production', APQ_CACHE_MB: '1' });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('production mode (NODE_ENV=production)', () => {
  it('turns introspection off', async () => {
    const r = await api.gql('{ __schema { types { name } } }');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.text).toMatch(/introspection is not allowed/i);
  });

  it('serves no Sandbox (the development page embeds it; this one does not)', async () => {
    const r = await api.request('GET', '/', undefined, { accept: 'text/html' });
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/<html/);
    expect(r.text).not.toMatch(/EmbeddedSandbox/);
    const dev = await startHttpService(graph.engine, { NODE_ENV: 'development' });
    try {
      expect((await dev.request('GET', '/', undefined, { accept: 'text/html' })).text).toMatch(/EmbeddedSandbox/);
    } finally {
      await dev.close();
    }
  });

  it('serves no GraphiQL unless GRAPHIQL=true, and the landing page does not link to it', async () => {
    const off = await api.request('GET', '/graphiql', undefined, { accept: 'text/html' });
    expect(off.status).toBe(404);
    expect(off.text).toMatch(/GRAPHIQL=true/);
    const landing = await api.request('GET', '/', undefined, { accept: 'text/html' });
    expect(landing.text).toMatch(/href="\/explore"/);
    expect(landing.text).not.toMatch(/href="\/graphiql"/);
    const on = await startHttpService(graph.engine, { NODE_ENV: 'production', GRAPHIQL: 'true' });
    try {
      const page = await on.request('GET', '/graphiql', undefined, { accept: 'text/html' });
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/<script type="application\/json" id="examples">\[\{"name":"defour-career"/);
      expect((await on.request('GET', '/', undefined, { accept: 'text/html' })).text).toMatch(/href="\/graphiql"/);
    } finally {
      await on.close();
    }
  });

  it('does not suggest field names from the hidden schema', async () => {
    const r = await api.gql('{ persn(id: "person:steven-defour") { name } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.text).not.toMatch(/Did you mean/);
  });

  it('blocks requests a browser could send cross-site (CSRF prevention)', async () => {
    const simpleGet = await api.request('GET', `/?query=${encodeURIComponent('{ person(id: "person:steven-defour") { name } }')}`);
    expect(simpleGet.status).toBe(400);
    expect(simpleGet.text).toMatch(/CSRF/);
    const textPlain = await api.request('POST', '/', JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(textPlain.status).toBe(400);
    const preflighted = await api.request('GET', `/?query=${encodeURIComponent('{ person(id: "person:steven-defour") { name } }')}`, undefined, { 'apollo-require-preflight': 'true' });
    expect(preflighted.body.data).toEqual({ person: { name: 'Steven Defour' } });
  });

  it('masks an unexpected resolver error: no message, no stack trace', async () => {
    const r = await api.gql('{ fact(id: "fact:spell:broken") { ... on Spell { person { name } } } }');
    expect(r.body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(r.text).not.toMatch(/broken|has no person|stacktrace|\.ts:\d+/);
  });

  it('masks an engine error: no engine words reach the client', async () => {
    const r = await api.gql('{ person(id: "person:engine-failure") { name } }');
    expect(r.body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(r.text).not.toMatch(/exception|binder|range|test\/slow|cypher/i);
  });

  it('bounds the persisted-query cache (APQ_CACHE_MB): old entries are evicted', async () => {
    const register = async (query: string) => {
      const r = await api.post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha(query) } } });
      expect(r.body.errors).toBeUndefined();
    };
    const byHash = (query: string) => api.request('GET', `/?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha(query) } }))}`, undefined, { 'apollo-require-preflight': 'true' });

    const first = '{ person(id: "person:steven-defour") { name } }';
    await register(first);
    expect((await byHash(first)).body.data).toEqual({ person: { name: 'Steven Defour' } });
    // 60 queries of ~30 kB each (padding in a comment: no tokens) overflow a 1 MB cache.
    let last = '';
    for (let i = 0; i < 60; i++) {
      last = `{ __typename } # ${i} ${'x'.repeat(30_000)}`;
      await register(last);
    }
    const evicted = await byHash(first);
    expect(evicted.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await byHash(last)).body.data).toEqual({ __typename: 'Query' });
  });
});
