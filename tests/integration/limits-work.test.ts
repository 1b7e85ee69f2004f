// Limits that bound work, not only syntax (issue 14), over real HTTP on a real graph: list fields
// cost by the most items they can return, so the nested-squads attack and its aliased form are
// refused before any database call; a query that still resolves too much is stopped by its
// budget with one coded error; variables nested thousands of levels deep answer 400 first of all;
// and /health answers while a heavy accepted request is in flight.
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { measureOperation } from '../../src/limits/analyse';
import { loadTypeDefs } from '../../src/schema';
import { httpRequest, openGraphWith, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';

jest.setTimeout(60_000);

let graph: OwnGraph;
let api: HttpService;

beforeAll(async () => {
  graph = await openGraphWith();
  api = await startHttpService(graph.engine);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** Depth 10 and 175 bytes: on the imported graph it took 16–23 s and returned 16.8 MB. */
const ATTACK_SELECTION = `squads { players { person { squadMemberships { team { ... on NationalTeam { squads { players { person { id } } } } } } } } }`;
const ATTACK = `{ nationalTeam(id: "nt:brazil") { ${ATTACK_SELECTION} } }`;
/** The same under three aliases killed the process (JavaScript heap out of memory). */
const ALIASED = `{ ${['a', 'b', 'c'].map((a) => `${a}: nationalTeam(id: "nt:brazil") { ${ATTACK_SELECTION} }`).join(' ')} }`;

describe('list fields cost by the items they can return', () => {
  it.each([
    ['the nested-squads attack', ATTACK],
    ['the nested-squads attack under three aliases', ALIASED],
  ])('refuses %s before any database call', async (_name, query) => {
    const before = api.totals.calls;
    const r = await api.gql(query);
    expect(r.status).toBe(400);
    expect(r.body.data ?? null).toBeNull();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 'MAX_QUERY_COST', max: 250_000 });
    expect(r.body.errors![0]!.extensions!.actual as number).toBeGreaterThan(1_000_000);
    expect(r.body.extensions?.dbCalls).toBe(0);
    expect(api.totals.calls).toBe(before);
  });

  it('multiplies nested lists by their bounds, and counts a list without a selection once', () => {
    const schema = buildSchema(loadTypeDefs());
    const cost = (query: string) => {
      const document = parse(query);
      return measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode).cost;
    };
    const squads = cost('{ nationalTeam(id: "nt:belgium") { squads { id } } }');
    const players = cost('{ nationalTeam(id: "nt:belgium") { squads { players { id } } } }');
    // nationalTeam 1 + squads 1 + B(squads) × id 1; then B(squads) × (players 1 + B(players) × id 1).
    expect(squads).toBeGreaterThan(10);
    expect(players).toBeGreaterThan(squads * 10);
    expect(cost('{ person(id: "person:x") { aliases } }')).toBe(2);
  });

  it('still lets an ordinary nested read through', async () => {
    const r = await api.gql(`{ nationalTeam(id: "nt:belgium") { name squads { tournament players { person { name } } } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });
});

describe('the budget of a running query', () => {
  let tight: HttpService;

  beforeAll(async () => {
    // Bounds let this through (it is cheap by the estimate); the budget is what stops it.
    tight = await startHttpService(graph.engine, { MAX_RESULT_FIELDS: '100', RESPONSE_CACHE_MB: '0' });
  });

  afterAll(async () => {
    await tight?.close();
  });

  it('stops a query that resolves more fields than MAX_RESULT_FIELDS with one coded error and no data', async () => {
    // 100 × (id, __typename, name) = 300 fields; estimated cost 201.
    const r = await tight.gql(`{ nodes(ids: [${Array.from({ length: 100 }, () => '"person:steven-defour"').join(',')}]) { id __typename ... on Person { name } } }`);
    expect(r.status).toBe(400);
    expect(r.body.data ?? null).toBeNull();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'RESULT_TOO_LARGE', limit: 'MAX_RESULT_FIELDS', max: 100 });
    expect(r.body.errors![0]!.message).toContain('MAX_RESULT_FIELDS');
  });

  it('leaves a document whose operation cannot be resolved to Apollo (it was a 500 from the budget)', async () => {
    const r = await tight.post({ query: 'query A { __typename } query B { __typename }' });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('answers a query within the budget', async () => {
    const r = await tight.gql(`{ person(id: "person:steven-defour") { name } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ person: { name: expect.any(String) } });
  });
});

describe('variables nested deeper than any input', () => {
  const nested = (levels: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = { a: v };
    return v;
  };

  it('answers 400 VARIABLES_TOO_DEEP for variables nested 10,000 levels (it was a 500 from 4,500 on), before any database call', async () => {
    const before = api.totals.calls;
    // Written out by hand: JSON.stringify itself overflows the stack past ~5,000 levels.
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const r = await api.post(`{"query":"{ person(id: \\"person:steven-defour\\") { name } }","variables":{"deep":${deep}}}`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'VARIABLES_TOO_DEEP', limit: 'MAX_VARIABLES_DEPTH', max: 32 });
    expect(r.body.extensions?.dbCalls).toBe(0);
    expect(api.totals.calls).toBe(before);
  });

  it('does the same for a GET request and for extensions', async () => {
    // (A URL has room for only so much: 100 levels is already too deep.)
    const deep = encodeURIComponent(JSON.stringify(nested(100)));
    const get = await api.request('GET', `/?query=${encodeURIComponent('{ __typename }')}&variables=${deep}`, undefined, { 'apollo-require-preflight': 'true' });
    expect(get.status).toBe(400);
    expect(get.body.errors?.[0]?.extensions?.code).toBe('VARIABLES_TOO_DEEP');
    const ext = await api.post({ query: '{ __typename }', extensions: nested(100) });
    expect(ext.status).toBe(400);
    expect(ext.body.errors?.[0]?.extensions?.code).toBe('VARIABLES_TOO_DEEP');
  });

  it('lets ordinary nesting through', async () => {
    const r = await api.gql(`{ person(id: "person:steven-defour") { name } }`, { x: null, other: nested(20) });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });
});

describe('/health during a heavy accepted request', () => {
  let uncached: HttpService;

  beforeAll(async () => {
    uncached = await startHttpService(graph.engine, { RESPONSE_CACHE_MB: '0', READ_CACHE_MB: '0' });
  });

  afterAll(async () => {
    await uncached?.close();
  });

  it('answers /health before the heavy requests have finished', async () => {
    // The heaviest shape the bounds accept on this graph: every source with what it backs. One
    // such request can be quick on a fast engine, so several are sent at once: /health must not
    // wait for the last of them.
    const heavy = `{ a: nationalTeam(id: "nt:belgium") { squads { players { person { name spells(first: 10) { edges { node { team { name } } } } } } } }
      sources { id name ... on Article { entities(first: 20) { edges { node { __typename } } } } } }`;
    const HEAVY = 8;
    let pending = HEAVY;
    const start = uncached.totals.calls;
    const all = Promise.all(
      Array.from({ length: HEAVY }, () =>
        uncached.gql(heavy).then((r) => {
          pending -= 1;
          return r;
        }),
      ),
    );
    // Sent once the heavy requests are being executed (the first database call has happened).
    for (let i = 0; i < 1000 && uncached.totals.calls === start && pending === HEAVY; i++) await new Promise((r) => setTimeout(r, 2));
    if (pending === 0) throw new Error('every heavy request ended before /health was sent');
    expect(uncached.totals.calls).toBeGreaterThan(start);
    const health = await httpRequest(new URL('/health', uncached.url).toString(), 'GET', undefined);
    const pendingAtHealth = pending;
    expect(health.status).toBe(200);
    for (const r of await all) expect(r.body.errors).toBeUndefined();
    expect(pendingAtHealth).toBeGreaterThan(0);
  });
});
