// Query limits over real HTTP on a real graph: each is refused with its own code and a message
// naming the limit and its value, before any database call (the per-request counter in
// extensions.dbCalls and the server-wide counter both stay put).
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { checkLimits, measureOperation } from '../../src/limits/analyse';
import { loadTypeDefs } from '../../src/schema';
import { openGraphWith, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';

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

const DEFOUR = '"person:steven-defour"';

/** Depth 11: person › spells › edges › node › team › players › edges › node › person › spells › totalCount. */
const DEEP = `{ person(id: ${DEFOUR}) { spells(first: 1) { edges { node { team { ... on Club { players(first: 1) { edges { node { person { spells(first: 1) { totalCount } } } } } } } } } } } }`;
/** The same shape one level shorter: depth 10, allowed. */
const AT_DEPTH_LIMIT = `{ person(id: ${DEFOUR}) { spells(first: 1) { edges { node { team { ... on Club { players(first: 1) { edges { node { person { name } } } } } } } } } } }`;
const ALIASES = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: person(id: ${DEFOUR}) { name }`).join(' ')} }`;
/** 100 players × 100 spells × (each spell's up to 20 sources): far over the estimate's limit. */
const COSTLY = `{ club(id: "club:kv-mechelen") { players(first: 100) { edges { node { person { spells(first: 100) { edges { node { team { name } team { id } sources { detail confidence } } } } } } } } } }`;
const TOKENS = `{ person(id: ${DEFOUR}) { ${Array.from({ length: 1100 }, () => 'name').join(' ')} } }`;

interface Rejection {
  name: string;
  send: () => ReturnType<HttpService['post']>;
  status: number;
  code: string;
  limit: string;
  value: string;
}

const rejections: Rejection[] = [
  { name: 'depth', send: () => api.gql(DEEP), status: 400, code: 'QUERY_TOO_DEEP', limit: 'MAX_QUERY_DEPTH', value: '10' },
  { name: 'aliases', send: () => api.gql(ALIASES), status: 400, code: 'TOO_MANY_ALIASES', limit: 'MAX_ALIASES', value: '15' },
  { name: 'estimated cost', send: () => api.gql(COSTLY), status: 400, code: 'QUERY_TOO_COSTLY', limit: 'MAX_QUERY_COST', value: '250000' },
  { name: 'tokens', send: () => api.gql(TOKENS), status: 400, code: 'TOO_MANY_TOKENS', limit: 'MAX_TOKENS', value: '1000' },
  {
    name: 'request body size',
    send: () => api.post({ query: `{ person(id: ${DEFOUR}) { name } } # ${'x'.repeat(110 * 1024)}` }),
    status: 413,
    code: 'REQUEST_TOO_LARGE',
    limit: 'MAX_BODY_KB',
    value: '100 kB',
  },
  { name: 'page size (literal)', send: () => api.gql(`{ person(id: ${DEFOUR}) { spells(first: 101) { totalCount } } }`), status: 400, code: 'BAD_USER_INPUT', limit: 'MAX_PAGE_SIZE', value: '100' },
  {
    name: 'page size (variable)',
    send: () => api.gql(`query($n: Int) { person(id: ${DEFOUR}) { spells(first: $n) { totalCount } } }`, { n: 5000 }),
    status: 400,
    code: 'BAD_USER_INPUT',
    limit: 'MAX_PAGE_SIZE',
    value: '100',
  },
  {
    name: 'batched operations',
    send: () => api.post([{ query: `{ person(id: ${DEFOUR}) { name } }` }, { query: `{ person(id: ${DEFOUR}) { name } }` }]),
    status: 400,
    code: 'BATCHING_DISABLED',
    limit: 'BATCHED_OPERATIONS',
    value: 'false',
  },
];

describe('query limits over HTTP', () => {
  it('lets a query at the limits through, and the counters see its database calls', async () => {
    const before = api.totals.calls;
    const r = await api.gql(AT_DEPTH_LIMIT);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.extensions?.dbCalls).toBeGreaterThan(0);
    expect(api.totals.calls - before).toBe(r.body.extensions?.dbCalls);
  });

  it.each(rejections.map((r) => [r.name, r] as const))('refuses %s before any database call', async (_name, rejection) => {
    const before = api.totals.calls;
    const r = await rejection.send();
    expect(r.status).toBe(rejection.status);
    expect(r.body.data ?? null).toBeNull();
    expect(r.body.errors).toHaveLength(1);
    const [error] = r.body.errors!;
    expect(error!.extensions?.code).toBe(rejection.code);
    expect(error!.extensions?.limit).toBe(rejection.limit);
    expect(error!.message).toContain(rejection.limit);
    expect(error!.message).toContain(rejection.value);
    expect(r.body.extensions?.dbCalls).toBe(0);
    expect(api.totals.calls).toBe(before);
  });

  it('refuses the page size before loading the person (it used to be checked after)', async () => {
    const r = await api.gql(`{ person(id: ${DEFOUR}) { spells(first: 101) { totalCount } } }`);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 100, actual: 101 });
    expect(r.body.extensions?.dbCalls).toBe(0);
  });

  it('counts a fragment spread many times once per use, without slowing the analysis', async () => {
    // f0 spreads f1 twice, f1 spreads f2 twice … : 2^20 uses of `name` if expanded naively.
    const frags = Array.from({ length: 20 }, (_, i) => `fragment f${i} on Person { ...f${i + 1} ...f${i + 1} }`).join(' ');
    const query = `{ person(id: ${DEFOUR}) { ...f0 } } ${frags} fragment f20 on Person { name }`;
    const before = api.totals.calls;
    const r = await api.gql(query);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(api.totals.calls).toBe(before);
  });
});

describe('configurable limits', () => {
  let strict: HttpService;

  beforeAll(async () => {
    strict = await startHttpService(graph.engine, {
      MAX_QUERY_DEPTH: '3',
      MAX_ALIASES: '1',
      MAX_QUERY_COST: '50',
      MAX_TOKENS: '40',
      MAX_BODY_KB: '2',
      MAX_PAGE_SIZE: '5',
    });
  });

  afterAll(async () => {
    await strict?.close();
  });

  it.each([
    ['depth', `{ person(id: ${DEFOUR}) { spells(first: 1) { edges { cursor } } } }`, 'QUERY_TOO_DEEP', 'MAX_QUERY_DEPTH', 3],
    ['aliases', `{ a: person(id: ${DEFOUR}) { name } b: person(id: ${DEFOUR}) { name } }`, 'TOO_MANY_ALIASES', 'MAX_ALIASES', 1],
    ['page size', `{ person(id: ${DEFOUR}) { spells(first: 6) { totalCount } } }`, 'BAD_USER_INPUT', 'MAX_PAGE_SIZE', 5],
    ['tokens', `{ person(id: ${DEFOUR}) { ${Array.from({ length: 40 }, () => 'name').join(' ')} } }`, 'TOO_MANY_TOKENS', 'MAX_TOKENS', 40],
  ])('applies the configured %s limit', async (_name, query, code, limit, value) => {
    const r = await strict.gql(query);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code, limit, max: value });
    expect(r.body.errors?.[0]?.message).toContain(String(value));
    expect(r.body.extensions?.dbCalls).toBe(0);
  });

  it('applies the configured cost and body size', async () => {
    // 25 ids × (id + __typename) + 1 = 51, in 37 tokens.
    const costly = await strict.gql(`{ nodes(ids: [${Array.from({ length: 25 }, () => DEFOUR).join(',')}]) { id __typename } }`);
    expect(costly.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', max: 50 });
    const large = await strict.post({ query: `{ person(id: ${DEFOUR}) { name } } # ${'x'.repeat(3000)}` });
    expect(large.status).toBe(413);
    expect(large.body.errors?.[0]?.message).toContain('2 kB');
  });
});

describe('maxHops', () => {
  // Checked generically on any field with a `maxHops` argument, so it holds for every path query.
  const schema = buildSchema(`
    "A person." type Person { "Name." name: String }
    "Root." type Query { "Paths." connections(from: ID!, to: ID!, maxHops: Int = 4): [Person!]! }
  `);
  const measure = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return checkLimits(measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode, variables), DEFAULT_LIMITS);
  };

  it('allows 6 hops and refuses 7, as a literal or a variable', () => {
    expect(measure('{ connections(from: "a", to: "b", maxHops: 6) { name } }')).toBeNull();
    expect(measure('{ connections(from: "a", to: "b") { name } }')).toBeNull();
    const literal = measure('{ connections(from: "a", to: "b", maxHops: 7) { name } }');
    expect(literal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'MAX_HOPS', max: 6, actual: 7 });
    expect(literal?.message).toMatch(/MAX_HOPS.*6|6.*MAX_HOPS/);
    const variable = measure('query($h: Int) { connections(from: "a", to: "b", maxHops: $h) { name } }', { h: 50 });
    expect(variable?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is enforced over HTTP on the service schema when it has a maxHops argument', async () => {
    const live = buildSchema(loadTypeDefs());
    const query = live.getQueryType()!;
    const field = Object.values(query.getFields()).find((f) => f.args.some((a) => a.name === 'maxHops'));
    if (!field) return; // the schema has no path query yet; the rule above covers it
    const required = field.args.filter((a) => a.name !== 'maxHops' && String(a.type).endsWith('!'));
    const args = [...required.map((a) => `${a.name}: "person:steven-defour"`), 'maxHops: 7'].join(', ');
    const before = api.totals.calls;
    const r = await api.gql(`{ ${field.name}(${args}) { __typename } }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(api.totals.calls).toBe(before);
  });
});
