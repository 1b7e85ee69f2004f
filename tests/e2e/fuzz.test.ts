// Fuzzing the real service over real HTTP with a seeded PRNG (reproducible: FUZZ_SEED): random
// documents built from the schema with wrong types, huge numbers, unicode and Cypher/JSON
// injection strings, broken syntax, and hostile request bodies. Nothing may answer 5xx, crash
// the process, leak an engine message or an internal error, or change the graph.
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { newToken } from '../../src/auth/tokens';
import { loadTypeDefs } from '../../src/schema';
import { acquireDatabase, type TestDatabase } from '../support/graph';
import { graphCounts, httpRequest, openGraphWith } from '../support/http-server';
import { startServiceProcess, type ServiceProcess } from '../support/process';

// 1,500 requests against a real database: minutes on a busy machine or over Bolt.
jest.setTimeout(600_000);

const SEED = Number(process.env.FUZZ_SEED ?? 20240511);
const CASES = 1200;
const EDIT_CASES = 300;

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof prng>;

const HOSTILE_STRINGS = [
  '"}) DETACH DELETE n //',
  '\\"}) DETACH DELETE n //',
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  'person:steven-defour"}) DETACH DELETE n //',
  "club:kv-mechelen' RETURN 1 //",
  '{"$gt": ""}',
  '{"__proto__": {"admin": true}}',
  '__proto__',
  'constructor',
  '${jndi:ldap://example.invalid/a}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'MATCH (n) RETURN n',
  'CALL db.labels()',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  '\u200B\u200C\u200D',
  'Zoë Ç şğ ß ø Łódź 北京 Ελλάδα עברית',
  '🏟️⚽'.repeat(50),
  'x'.repeat(5000),
  '',
  ' ',
  '\n\t\r',
  'person:steven-defour',
  'person:',
  `person:${'x'.repeat(400)}`,
  'person:steven defour',
  'fact:spell:steven-defour:krc-genk',
  'article:002_71773532a5f1564e',
  'audit:x',
  '2021-02-30',
  '9999-99-99',
  '2021/22',
  '1987-05-12..1988-05-11',
  'May 2021',
  'NaN',
  '-0',
  '1e308',
  'null',
  'true',
  'b3A6MTAw',
  'o:-1',
  Buffer.from('o:999999999').toString('base64url'),
];
const HOSTILE_NUMBERS = [0, -1, 1, 7, 100, 101, 2147483647, 2147483648, -2147483649, 9007199254740993, 1e308, -1e308, 1.5, -0.000001, 5e-324];
const ENGINE_WORDS = /Binder exception|Parser exception|Runtime exception|Catalog exception|Conversion exception|Copy exception|Interrupted|ladybug|lbug|kuzu|Neo4jError|Neo\.ClientError|node_modules|stacktrace|\bat [^\s]+\.(ts|js):\d+/i;

function literal(rng: Rng, type: GraphQLInputType, wrongRate: number, depth = 0): string {
  // Wrong on purpose some of the time: a hostile string, a huge number, null, an object.
  if (rng.chance(wrongRate) || depth > 4) {
    return rng.pick([
      () => JSON.stringify(rng.pick(HOSTILE_STRINGS)),
      () => String(rng.pick(HOSTILE_NUMBERS)),
      () => 'null',
      () => rng.pick(['true', 'false']),
      () => '{ a: 1 }',
      () => '[1, "two", null]',
      () => rng.pick(['SENIOR', 'HEAD_COACH', 'NOPE', 'MENTOR']),
    ])();
  }
  if (isNonNullType(type)) return literal(rng, type.ofType, wrongRate, depth);
  if (isListType(type)) return `[${Array.from({ length: rng.int(4) }, () => literal(rng, type.ofType, wrongRate, depth + 1)).join(', ')}]`;
  if (isEnumType(type)) return rng.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || rng.chance(0.5));
    return `{ ${fields.map((f) => `${f.name}: ${literal(rng, f.type, wrongRate, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return String(rng.pick([0, 1, 3, 6, 7, 20, 100, 101, -5, 2147483647, -2147483648]));
    if (type.name === 'Float') return String(rng.pick([0, 0.5, 1, 1.5, -1, 1e10]));
    if (type.name === 'Boolean') return rng.pick(['true', 'false']);
    return JSON.stringify(rng.pick(HOSTILE_STRINGS));
  }
  return 'null';
}

function jsonValue(rng: Rng, depth = 0): unknown {
  return rng.pick([
    () => rng.pick(HOSTILE_STRINGS),
    () => rng.pick(HOSTILE_NUMBERS),
    () => null,
    () => rng.chance(0.5),
    () => (depth < 3 ? Array.from({ length: rng.int(4) }, () => jsonValue(rng, depth + 1)) : []),
    () => (depth < 3 ? { source: rng.pick(HOSTILE_STRINGS), person: 'person:steven-defour', name: rng.pick(HOSTILE_STRINGS), [rng.pick(['__proto__', 'constructor', 'x'])]: jsonValue(rng, depth + 1) } : {}),
    () => ({ toString: 'x', valueOf: 1 }),
  ])();
}

function fieldsOf(type: GraphQLNamedType): GraphQLField<unknown, unknown>[] {
  return isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
}

/**
 * A random document from the schema: random fields, arguments, aliases, fragments, variables.
 * With `wrongRate` 0 it is well-typed (hostile only in its string and number values), so it
 * gets past validation and reaches the resolvers and the database.
 */
function randomDocument(rng: Rng, schema: GraphQLSchema, wrongRate: number): { query: string; variables: Record<string, unknown> } {
  const sloppy = wrongRate > 0;
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const maxDepth = 1 + rng.int(13);
  const args = (field: GraphQLField<unknown, unknown>) => {
    const chosen = field.args.filter((a) => isNonNullType(a.type) || rng.chance(0.4));
    if (sloppy && rng.chance(0.05)) chosen.push({ name: 'bogus', type: schema.getType('String') } as never);
    if (chosen.length === 0) return '';
    return `(${chosen
      .map((a) => {
        if (rng.chance(0.3)) {
          const name = `v${defs.length}`;
          const declared = !sloppy || rng.chance(0.8) ? String(a.type) : rng.pick(['Int', 'String!', '[ID!]!', 'Boolean', 'Float']);
          defs.push(`$${name}: ${declared}`);
          variables[name] = rng.chance(0.3) ? rng.pick([20, 'person:steven-defour', ['person:steven-defour'], 'SENIOR']) : jsonValue(rng);
          return `${a.name}: $${name}`;
        }
        return `${a.name}: ${literal(rng, a.type, wrongRate)}`;
      })
      .join(', ')})`;
  };
  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (isUnionType(type)) return `{ __typename ${type.getTypes().filter(() => rng.chance(0.5)).map((t) => `... on ${t.name} ${selection(t, depth)}`).join(' ')} }`;
    const fields = fieldsOf(type);
    if (fields.length === 0 || depth >= maxDepth) return '{ __typename }';
    const parts: string[] = [];
    const used = new Set<string>();
    const n = 1 + rng.int(3);
    for (let i = 0; i < n; i++) {
      if (sloppy && rng.chance(0.03)) {
        parts.push(rng.pick(['unknownField', '__schema { types { name } }', '__type(name: "Person") { name fields { name } }']));
        continue;
      }
      const f = rng.pick(fields);
      const named = getNamedType(f.type);
      // A repeated field needs an alias or the document is invalid (when it should be valid).
      const alias = rng.chance(0.1) || (!sloppy && used.has(f.name)) ? `a${depth}_${i}: ` : '';
      used.add(f.name);
      const directive = rng.chance(0.05) ? ` @include(if: ${rng.pick(sloppy ? ['true', 'false', '"yes"'] : ['true', 'false'])})` : '';
      const sub = isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ` ${selection(named, depth + 1)}` : '';
      parts.push(`${alias}${f.name}${args(f)}${directive}${sub}`);
    }
    if (isInterfaceType(type) && rng.chance(0.3)) {
      const impl = rng.pick(schema.getPossibleTypes(type));
      parts.push(`... on ${impl.name} ${selection(impl, depth + 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  };
  const mutation = rng.chance(0.2) && schema.getMutationType();
  const root = (mutation ? schema.getMutationType() : schema.getQueryType()) as GraphQLObjectType;
  const body = selection(root, 0);
  const query = `${mutation ? 'mutation' : 'query'} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} ${body}`;
  return { query, variables };
}

interface Case {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers: Record<string, string>;
}

function randomCase(rng: Rng, schema: GraphQLSchema, token?: string): Case {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  else if (rng.chance(0.15)) headers.authorization = rng.pick(['Bearer ', 'Bearer x', `Bearer ${'a'.repeat(600)}`, 'Basic YWxpY2U6cHc=', 'Bearer "}) DETACH DELETE n //', 'Bearer bfg_\u00e9\u00e9']);
  const { query, variables } = randomDocument(rng, schema, rng.chance(0.5) ? 0 : 0.3);
  const kind = rng.next();
  if (kind < 0.6) return { method: 'POST', path: '/', body: JSON.stringify({ query, variables, ...(rng.chance(0.1) ? { operationName: rng.pick(['Fuzz', 'Other', 42]) } : {}) }), headers };
  if (kind < 0.7) {
    // Broken syntax: a random cut, or random characters in the middle.
    const cut = rng.int(query.length);
    const broken = rng.chance(0.5) ? query.slice(0, cut) : `${query.slice(0, cut)}${rng.pick(['{{', '}}}', '(', '"', '\\u', '#', '$', '@', '...', '\u0000', '🏟️'])}${query.slice(cut)}`;
    return { method: 'POST', path: '/', body: JSON.stringify({ query: broken, variables }), headers };
  }
  if (kind < 0.8) {
    // Hostile JSON bodies.
    const body = rng.pick([
      () => '',
      () => 'null',
      () => '42',
      () => '"query"',
      () => '[]',
      () => `[${JSON.stringify({ query })}]`,
      () => JSON.stringify({ query: 42 }),
      () => JSON.stringify({ query: { query } }),
      () => JSON.stringify({ query, variables: 'not an object' }),
      () => JSON.stringify({ query, variables: [1, 2] }),
      () => JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: rng.pick(HOSTILE_STRINGS) } } }),
      () => JSON.stringify({ extensions: { persistedQuery: { version: rng.pick([1, 2, 'x']), sha256Hash: 'a'.repeat(64) } } }),
      () => `{"query": ${JSON.stringify(query)}, "__proto__": {"polluted": true}}`,
      () => `{"query": "{ __typename }", "variables": ${'['.repeat(2000)}${']'.repeat(2000)}}`,
      () => `{"query": ${JSON.stringify(query)}`,
      () => JSON.stringify({ query, variables }).replace(/"/, "'"),
    ])();
    return { method: 'POST', path: '/', body, headers: rng.chance(0.2) ? { ...headers, 'content-type': rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) } : headers };
  }
  if (kind < 0.9) {
    // GET: query string, with and without the CSRF preflight header.
    const qs = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    if (rng.chance(0.2)) qs.set('extensions', rng.pick(['{', '{"persistedQuery":1}', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } })]));
    const get: Record<string, string> = rng.chance(0.7) ? { 'apollo-require-preflight': 'true' } : {};
    if (headers.authorization) get.authorization = headers.authorization;
    return { method: 'GET', path: `/?${qs.toString().slice(0, 6000)}`, headers: get };
  }
  // Well-formed documents with hostile argument values on the id lookups.
  const field = rng.pick(['person', 'club', 'node', 'fact', 'source', 'nationalTeam', 'stadium']);
  const q = `query($id: ID!) { ${field}(id: $id) { __typename ... on Node { id } } }`;
  return { method: 'POST', path: '/', body: JSON.stringify({ query: q, variables: { id: rng.chance(0.8) ? rng.pick(HOSTILE_STRINGS) : jsonValue(rng) } }), headers };
}

interface Finding {
  case: Case;
  status: number;
  text: string;
  why: string;
}

async function fuzz(url: string, cases: Case[], concurrency = 4): Promise<{ findings: Finding[]; statuses: Record<string, number>; codes: Record<string, number> }> {
  const findings: Finding[] = [];
  const statuses: Record<string, number> = {};
  const codes: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      let r: { status: number; text: string };
      try {
        r = await httpRequest(new URL(c.path, url).toString(), c.method, c.body, c.headers);
      } catch (err) {
        findings.push({ case: c, status: 0, text: String(err), why: 'no HTTP answer' });
        continue;
      }
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      for (const m of r.text.matchAll(/"code":"([A-Z_]+)"/g)) codes[m[1]!] = (codes[m[1]!] ?? 0) + 1;
      if (r.status >= 500) findings.push({ case: c, ...r, why: `HTTP ${r.status}` });
      else if (ENGINE_WORDS.test(r.text)) findings.push({ case: c, ...r, why: 'engine or internal words in the answer' });
      else if (/INTERNAL_SERVER_ERROR/.test(r.text)) findings.push({ case: c, ...r, why: 'an internal error' });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { findings, statuses, codes };
}

const report = (label: string, r: Awaited<ReturnType<typeof fuzz>>, n: number) =>
  console.log(`${label}: ${n} requests (seed ${SEED}); HTTP ${JSON.stringify(r.statuses)}; codes ${JSON.stringify(r.codes)}; findings ${r.findings.length}`);

describe(`fuzzing the running service (seed ${SEED})`, () => {
  const schema = buildSchema(loadTypeDefs());
  const editor = newToken('fuzzer');
  let db: TestDatabase;
  let service: ServiceProcess;

  beforeAll(async () => {
    db = await acquireDatabase();
  });

  afterAll(async () => {
    if (service && service.child.exitCode === null) await service.stop();
    await db?.release();
  });

  const countsNow = async () => {
    const g = await openGraphWith({}, false, db);
    try {
      return await graphCounts(g.engine);
    } finally {
      await g.engine.close();
    }
  };

  it(`survives ${CASES} hostile requests from the public: no 5xx, no leaks, no crash, graph unchanged`, async () => {
    // Seed once, then count with the service stopped.
    const first = await startServiceProcess({ ...db.env, EDITOR_TOKENS_SHA256: editor.entry });
    expect(await first.stop()).toBe(0);
    const before = await countsNow();
    expect(before.nodes).toBeGreaterThan(50);

    service = await startServiceProcess({ ...db.env, EDITOR_TOKENS_SHA256: editor.entry });
    const rng = prng(SEED);
    const cases = Array.from({ length: CASES }, () => randomCase(rng, schema));
    const result = await fuzz(service.url, cases);
    report('fuzz (public)', result, cases.length);
    expect(result.findings.map((f) => ({ why: f.why, status: f.status, answer: f.text.slice(0, 300), request: (f.case.body ?? f.case.path).slice(0, 300) }))).toEqual([]);
    expect(Object.values(result.statuses).reduce((a, b) => a + b, 0)).toBe(CASES);
    expect(service.child.exitCode).toBeNull();
    const health = await fetch(new URL('/health', service.url));
    expect(health.status).toBe(200);
    const alive = await httpRequest(service.url, 'POST', JSON.stringify({ query: '{ person(id: "person:steven-defour") { name } }' }), { 'content-type': 'application/json' });
    expect(JSON.parse(alive.text)).toMatchObject({ data: { person: { name: 'Steven Defour' } } });
    expect(await service.stop()).toBe(0);
    expect(await countsNow()).toEqual(before);
  });

  it(`survives ${EDIT_CASES} hostile edits from an authenticated editor: no 5xx, no leaks, no crash`, async () => {
    service = await startServiceProcess({ ...db.env, EDITOR_TOKENS_SHA256: editor.entry });
    const rng = prng(SEED + 1);
    const mutationOnly = buildSchema(loadTypeDefs());
    const cases: Case[] = [];
    while (cases.length < EDIT_CASES) {
      const c = randomCase(rng, mutationOnly, editor.token);
      if (c.method === 'POST' && c.body && /mutation/.test(c.body)) cases.push(c);
    }
    const result = await fuzz(service.url, cases, 2);
    report('fuzz (editor)', result, cases.length);
    expect(result.findings.map((f) => ({ why: f.why, status: f.status, answer: f.text.slice(0, 300), request: (f.case.body ?? f.case.path).slice(0, 300) }))).toEqual([]);
    expect(service.child.exitCode).toBeNull();
    expect((await fetch(new URL('/health', service.url))).status).toBe(200);
    expect(await service.stop()).toBe(0);
  });
});
