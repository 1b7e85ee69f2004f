// Lists that grow with the graph are paged in the database: a page reads at most `first + 1`
// rows of its list (one more tells whether another page follows) and totalCount is counted there,
// never by reading the list. Checked by the rows each read returns (not by time) on a club with
// thousands of playing spells, a person with hundreds of facts of every kind and an article cited
// by thousands of facts and people, written through the knowledge writer into a real database.
// Every connection field of the schema has a check below (a new one without a check fails).
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { newToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { rebuildDerived } from '../../src/services/derived/rebuild';
import { createGraphServer, type GraphServer } from '../../src/server';
import type { GraphContext } from '../../src/context';
import type { KnowledgeBundle } from '../../src/domain/types';
import { writeBundle } from '../../src/services/write/bundle';
import { openTestGraph, silentLog, type TestGraph } from '../support/graph';

jest.setTimeout(180_000);

const SOURCE = 'dataset:paging';
const ARTICLE = 'article:paging-digest';
const CLUB = 'club:paging-big-club';
const OTHER = 'club:paging-other-club';
const NT = 'nt:paging';
const STAR = 'person:paging-star';
const SPELLS = 2_500;
/** A few spells with no date: listed after every dated one. */
const UNDATED = 7;
/** Facts of each kind about the star (hundreds of facts in all), and players with a spell at both clubs. */
const EACH = 120;
const SHARED = 150;
const editor = newToken('paging-editor');

const PLAYERS = `query($id: ID!, $first: Int, $after: String) {
  club(id: $id) {
    players(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id start { earliest } person { id name } } }
    }
  }
}`;

type Page = { club: { players: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; start: { earliest: string } | null; person: { id: string } } }[] } } };

const player = (i: number) => `person:paging-${String(i).padStart(5, '0')}`;
const pad = (i: number) => String(i).padStart(3, '0');

function bundle(): KnowledgeBundle {
  const cite = [{ source: SOURCE, detail: 'paging test row' }];
  const both = [...cite, { source: ARTICLE, detail: 'named in the digest' }];
  const b = {
    sources: [],
    entities: [
      { id: CLUB, type: 'CLUB', name: 'Paging Big Club', sources: cite },
      { id: OTHER, type: 'CLUB', name: 'Paging Other Club', sources: cite },
      { id: NT, type: 'NATIONAL_TEAM', name: 'Paging National Team', sources: cite },
      { id: STAR, type: 'PERSON', name: 'Paging Star', sources: cite },
    ],
    facts: [],
  } as unknown as { entities: unknown[]; facts: unknown[] };
  for (let i = 0; i < SPELLS; i++) {
    const person = player(i);
    const year = 1950 + (i % 70);
    // Every player and every spell at the big club is named in the digest too.
    b.entities.push({ id: person, type: 'PERSON', name: `Paging Player ${i}`, sources: both });
    b.facts.push({ id: `fact:spell:paging-${i}`, kind: 'spell', type: 'SENIOR', ...(i < SPELLS - UNDATED ? { start: String(year), end: String(year + 2) } : {}), refs: { person, team: CLUB }, details: {}, sources: both });
    if (i < SHARED) b.facts.push({ id: `fact:spell:paging-other-${i}`, kind: 'spell', type: 'SENIOR', start: String(year + 3), end: String(year + 4), refs: { person, team: OTHER }, details: {}, sources: cite });
  }
  // The star: hundreds of facts, EACH of every kind a person's connections list.
  for (let i = 0; i < EACH; i++) {
    const year = 1900 + i;
    const f = (id: string, kind: string, type: string, dates: Record<string, string>, refs: Record<string, string>, details: Record<string, unknown> = {}) =>
      b.facts.push({ id: `fact:${kind}:paging-star-${id}-${pad(i)}`, kind, type, ...dates, refs, details, sources: cite });
    f('spell', 'spell', i % 2 ? 'YOUTH' : 'SENIOR', i % 10 === 9 ? {} : { start: String(year), end: String(year + 1) }, { person: STAR, team: OTHER });
    f('transfer', 'transfer', 'PERMANENT', { start: `${year}-07-01` }, { person: STAR, from: OTHER, to: CLUB });
    // Some tenures known only by their end: at a team they sort by that end.
    f('tenure', 'tenure', 'ASSISTANT_COACH', i % 10 === 3 ? { end: String(year) } : { start: `${year}-07`, end: `${year + 1}-06` }, { person: STAR, team: OTHER });
    f('nt-tenure', 'tenure', i % 3 ? 'MANAGER' : 'HEAD_COACH', { start: `${year}-08`, end: `${year}-09` }, { person: STAR, team: NT });
    f('relation', 'relation', i % 4 ? 'MENTORSHIP' : 'CONTACT', { start: String(year) }, i % 4 ? { mentor: STAR, mentee: player(i) } : ({ parties: [STAR, player(i)] } as never));
    f('honour', 'honour', 'CUP', { start: String(year) }, { person: STAR, team: OTHER }, { title: `Paging Cup ${year}` });
    f('event', 'event', i % 2 ? 'INTERVIEW' : 'OTHER', { start: `${year}-03-0${1 + (i % 9)}` }, { person: STAR, team: OTHER }, { note: 'paging event' });
    f('match', 'match', 'LEAGUE', { start: `${year}-10-01` }, { home: CLUB, away: OTHER }, { homeGoals: i % 4, awayGoals: 1 });
  }
  return b as unknown as KnowledgeBundle;
}

/** How a connection is paged, and how a check reads it. */
interface Check {
  /** The selection down to the connection's parent, with `FIELD` where the connection goes. */
  path: string;
  /** Arguments besides first and after. */
  args?: string;
  /** What each edge selects (the node's id, or what stands for it). */
  node: string;
  /** Items in the whole list on the test graph. */
  total: number;
  /**
   * `database`: each page is read in the database, so no read of the request returns more than
   * first + 1 rows. `computed`: the list is not stored rows (paths, search hits, trees, a timeline
   * merged from facts, articles and relatives' events): `bound` says what the reads are bounded by.
   */
  paged: 'database' | 'computed';
  bound?: { why: string; rows: (first: number) => number };
  /** Sort key of an edge, non-decreasing along the list (null: order not checked here). */
  order?: (edge: Record<string, unknown>) => string;
  /** The id of an edge's item, unique across the list. */
  id: (edge: Record<string, unknown>) => string;
  auth?: boolean;
}

const get = (o: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((x, k) => (x as Record<string, unknown> | null)?.[k], o);
const nodeId = (e: Record<string, unknown>) => String(get(e, 'node', 'id'));
/** Facts: by start, undated last (the end breaks ties in the database; not checked here). */
const byStart = (e: Record<string, unknown>) => String(get(e, 'node', 'start', 'earliest') ?? '9999-12-31');
/** A fact's id and start, on a list of one type (`start` or `date` by type). */
const STARTS = 'id start { earliest }';
const DATES = 'id start: date { earliest }';
const FACT = 'id ... on Spell { start { earliest } } ... on Transfer { start: date { earliest } } ... on Tenure { start { earliest } } ... on Relationship { start { earliest } } ... on Honour { start: date { earliest } } ... on Event { start: date { earliest } } ... on Match { start: date { earliest } }';

const CHECKS: Record<string, Check> = {
  'Person.spells': { path: `person(id: "${STAR}") { FIELD }`, node: STARTS, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Person.transfers': { path: `person(id: "${STAR}") { FIELD }`, node: DATES, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Person.staffRoles': { path: `person(id: "${STAR}") { FIELD }`, node: STARTS, total: 2 * EACH, paged: 'database', order: byStart, id: nodeId },
  'Person.relationships': { path: `person(id: "${STAR}") { FIELD }`, node: STARTS, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Person.honours': { path: `person(id: "${STAR}") { FIELD }`, node: DATES, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Person.events': { path: `person(id: "${STAR}") { FIELD }`, node: DATES, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Club.players': { path: `club(id: "${CLUB}") { FIELD }`, node: STARTS, total: SPELLS, paged: 'database', order: byStart, id: nodeId },
  // By start, or by the end for a tenure known only by its end: the order is checked in its own test.
  'Club.staffHistory': { path: `club(id: "${OTHER}") { FIELD }`, node: STARTS, total: EACH, paged: 'database', id: nodeId },
  'Club.honours': { path: `club(id: "${OTHER}") { FIELD }`, node: DATES, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Club.matches': { path: `club(id: "${CLUB}") { FIELD }`, node: DATES, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Club.transfers': { path: `club(id: "${CLUB}") { FIELD }`, args: 'direction: IN', node: DATES, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Club.sharedPlayers': { path: `club(id: "${CLUB}") { FIELD }`, args: `with: "${OTHER}"`, node: 'person { id name }', total: SHARED, paged: 'database', order: (e) => String(get(e, 'node', 'person', 'name')), id: (e) => String(get(e, 'node', 'person', 'id')) },
  'NationalTeam.staffHistory': { path: `nationalTeam(id: "${NT}") { FIELD }`, node: STARTS, total: EACH, paged: 'database', order: byStart, id: nodeId },
  'Article.facts': { path: `source(id: "${ARTICLE}") { ... on Article { FIELD } }`, node: FACT, total: SPELLS, paged: 'database', order: byStart, id: nodeId },
  'Article.entities': { path: `source(id: "${ARTICLE}") { ... on Article { FIELD } }`, node: 'node { id } citations { detail }', total: SPELLS, paged: 'database', order: (e) => String(get(e, 'node', 'id')), id: nodeId },
  'Query.auditTrail': { path: 'FIELD', node: 'id at', total: 300, paged: 'database', order: (e) => String.fromCharCode(...[...String(get(e, 'node', 'at'))].map((c) => 0xffff - c.charCodeAt(0))), id: nodeId, auth: true },
  'Query.search': {
    path: 'FIELD',
    args: 'query: "Paging Player"',
    node: 'node { ... on Person { id } }',
    total: SPELLS,
    paged: 'computed',
    bound: { why: 'hits come from the in-process name index (built once, before this check); only the page’s hits are read, by id', rows: (first) => first },
    id: (e) => String(get(e, 'node', 'id')),
  },
  'Query.connections': {
    path: 'FIELD',
    args: `from: "${STAR}", to: "${player(1)}", maxHops: 2`,
    node: 'node { length hops { relation sources { source { id } } } }',
    total: -1,
    paged: 'computed',
    bound: { why: 'paths come from the in-process link index; only the page’s paths are explained and sourced (a few rows per hop)', rows: (first) => 4 * 2 * Math.max(first, 1) },
    id: (e) => JSON.stringify(get(e, 'node', 'hops')),
  },
  'Query.disagreements': {
    path: 'FIELD',
    node: 'node { summary }',
    total: 0,
    paged: 'database',
    id: (e) => String(get(e, 'node', 'summary')),
  },
  'Person.timeline': {
    path: `person(id: "${STAR}") { FIELD }`,
    node: 'kind summary date { earliest } fact { id }',
    total: 7 * EACH,
    paged: 'database',
    id: (e) => String(get(e, 'node', 'fact', 'id')),
  },
  'Person.mentorTree': {
    path: `person(id: "${player(1)}") { FIELD }`,
    node: 'person { id } depth',
    total: 1,
    paged: 'database',
    order: (e) => String(get(e, 'node', 'depth')),
    id: (e) => String(get(e, 'node', 'person', 'id')),
  },
  'Person.menteeTree': {
    path: `person(id: "${STAR}") { FIELD }`,
    args: 'depth: 1',
    node: 'person { id name } depth',
    total: EACH - EACH / 4,
    paged: 'database',
    order: (e) => `${String(get(e, 'node', 'depth'))}|${String(get(e, 'node', 'person', 'name'))}`,
    id: (e) => String(get(e, 'node', 'person', 'id')),
  },
  'Person.teammates': {
    path: `person(id: "${player(100)}") { FIELD }`,
    node: 'person { id name } team { id name } period { from }',
    // At the big club: the players of the seasons 1979–1981 (36 + 35 + 36); at the other club:
    // player 30 and the star.
    total: 109,
    paged: 'database',
    order: (e) => `${String(get(e, 'node', 'period', 'from') ?? '9999')}|${String(get(e, 'node', 'team', 'name'))}|${String(get(e, 'node', 'person', 'name'))}`,
    id: (e) => `${String(get(e, 'node', 'person', 'id'))}|${String(get(e, 'node', 'team', 'id'))}`,
  },
};

/** Every field of an object type in the schema whose type is a connection. */
function connectionFields(): string[] {
  const dir = path.resolve(__dirname, '../../schema');
  const sdl = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name.endsWith('Connection')) out.push(`${type.name}.${field.name}`);
  }
  return out.sort();
}

describe('a club with thousands of playing spells, paged in the database', () => {
  let graph: TestGraph;
  let server: GraphServer;

  async function run(variables: Record<string, unknown>) {
    const contextValue: GraphContext = server.createContext();
    const res = await server.apollo.executeOperation({ query: PLAYERS, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    expect(res.body.singleResult.errors).toBeUndefined();
    const { operations, rows } = contextValue.stats;
    return { data: res.body.singleResult.data as Page, reads: operations.map((op, i) => ({ op, rows: rows![i] ?? 0 })) };
  }

  beforeAll(async () => {
    graph = await openTestGraph();
    const sources = [
      { id: SOURCE, kind: 'DATASET', name: 'Paging test rows', licence: 'CC0' },
      { id: ARTICLE, kind: 'ARTICLE', name: 'A digest naming thousands of players', language: 'en', published: '2020-01-01' },
    ];
    await writeBundle(graph.engine, { sources, entities: [], facts: [] } as never);
    await writeBundle(graph.engine, bundle(), { has: (id) => id === SOURCE || id === ARTICLE });
    await rebuildDerived(graph.engine);
    const audit = Array.from({ length: 300 }, (_, i) => ({ id: `audit:paging-${pad(i)}`, at: `2026-01-01T00:${pad(i).slice(1)}:00.000Z`, editor: 'paging-editor', action: 'CORRECT_PERSON', subjectId: STAR, reason: 'paging', before: '{}', after: '{}' }));
    await graph.engine.write('audit/record', { rows: audit });
    server = await createGraphServer({
      config: { nodeEnv: 'test', sandbox: false, introspection: false, cache: { readBytes: 0, responseBytes: 0, linkIndex: true }, editors: loadConfig({ EDITOR_TOKENS_SHA256: editor.entry }).editors },
      engine: graph.engine,
      log: silentLog,
    });
  });

  afterAll(async () => {
    await server?.apollo.stop();
    await graph?.close();
  });

  it.each([1, 10, 100])('a page of %i reads at most first + 1 rows of any list, and counts the rest in the database', async (first) => {
    const { data, reads } = await run({ id: CLUB, first });
    expect(data.club.players.totalCount).toBe(SPELLS);
    expect(data.club.players.edges).toHaveLength(first);
    expect(data.club.players.pageInfo.hasNextPage).toBe(true);
    // The page, its count (one row) and the page's people: no read returns more than the page.
    expect(reads.find((r) => r.op === 'clubs/players-page')).toEqual({ op: 'clubs/players-page', rows: first + 1 });
    expect(reads.find((r) => r.op === 'clubs/players-count')).toEqual({ op: 'clubs/players-count', rows: 1 });
    for (const r of reads) expect(r.rows).toBeLessThanOrEqual(first + 1);
    // The old way read every spell of the club: the list of facts about it is not read at all.
    expect(reads.some((r) => r.op.startsWith('facts/about'))).toBe(false);
  });

  it('walks every spell once, in date order with the undated last, page after page', async () => {
    const seen: { id: string; start: string | null }[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 30; pages++) {
      const { data, reads }: { data: Page; reads: { op: string; rows: number }[] } = await run({ id: CLUB, first: 100, after });
      for (const r of reads) expect(r.rows).toBeLessThanOrEqual(101);
      seen.push(...data.club.players.edges.map((e) => ({ id: e.node.id, start: e.node.start?.earliest ?? null })));
      if (!data.club.players.pageInfo.hasNextPage) break;
      after = data.club.players.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(SPELLS);
    expect(new Set(seen.map((s) => s.id)).size).toBe(SPELLS);
    const dated = seen.slice(0, SPELLS - UNDATED);
    expect(dated.every((s) => s.start !== null)).toBe(true);
    expect(dated.map((s) => s.start)).toEqual([...dated.map((s) => s.start)].sort());
    expect(seen.slice(SPELLS - UNDATED).every((s) => s.start === null)).toBe(true);
  });

  /** One page of a connection: its data and what each read of the request returned. */
  async function page(name: string, first: number, after: string | null) {
    const check = CHECKS[name]!;
    const field = name.split('.')[1]!;
    const args = [check.args, `first: ${first}`, after ? `after: ${JSON.stringify(after)}` : ''].filter(Boolean).join(', ');
    const query = `{ ${check.path.replace('FIELD', `${field}(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor ${check.node.startsWith('node ') ? check.node : `node { ${check.node} }`} } }`)} }`;
    const contextValue: GraphContext = server.createContext(check.auth ? `Bearer ${editor.token}` : undefined);
    const res = await server.apollo.executeOperation({ query }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    expect(res.body.singleResult.errors).toBeUndefined();
    const data = res.body.singleResult.data as Record<string, unknown>;
    const { operations, rows } = contextValue.stats;
    const root = Object.values(data)[0] as Record<string, unknown>;
    const conn = (name.startsWith('Query.') ? root : root[field]) as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Record<string, unknown>[] };
    return { conn, reads: operations.map((op, i) => ({ op, rows: rows![i] ?? 0 })) };
  }

  it('every connection field of the schema has a check here', () => {
    expect(connectionFields()).toEqual(Object.keys(CHECKS).sort());
  });

  describe.each(Object.keys(CHECKS).sort())('%s', (name) => {
    const check = CHECKS[name]!;
    const warm = async () => {
      // The in-process indexes are built once per data version, outside any page: built here first.
      if (check.paged === 'computed') await page(name, 1, null);
    };

    it.each([1, 10])(`a page of %i: ${check.paged === 'database' ? 'no read returns more than first + 1 rows' : 'reads stay within the stated bound'}`, async (first) => {
      await warm();
      const { conn, reads } = await page(name, first, null);
      if (check.total >= 0) expect(conn.totalCount).toBe(check.total);
      expect(conn.edges.length).toBe(Math.min(first, conn.totalCount));
      const limit = check.paged === 'database' ? first + 1 : check.bound!.rows(first);
      for (const r of reads) expect({ ...r, within: r.rows <= limit }).toEqual({ ...r, within: true });
      if (check.paged === 'database') expect(reads.some((r) => r.op.endsWith('-page') || r.op === 'audit/page')).toBe(true);
    });

    it('walks the whole list once, in order, page after page', async () => {
      await warm();
      const seen: Record<string, unknown>[] = [];
      let after: string | null = null;
      let total = -1;
      for (let pages = 0; pages < 40; pages++) {
        const { conn }: Awaited<ReturnType<typeof page>> = await page(name, 100, after);
        total = conn.totalCount;
        seen.push(...conn.edges);
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen.map(check.id)).size).toBe(total);
      if (check.order) {
        const keys = seen.map(check.order);
        expect(keys).toEqual([...keys].sort());
      }
    });
  });

  it('lists staff by start, or by the end for a tenure known only by its end', async () => {
    const seen: { start: string | null; end: string | null }[] = [];
    let after: string | null = null;
    type Staff = { club: { staffHistory: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { start: { earliest: string } | null; end: { earliest: string } | null } }[] } } };
    for (let pages = 0; pages < 5; pages++) {
      const query = `query($after: String) { club(id: "${OTHER}") { staffHistory(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { start { earliest } end { earliest } } } } } }`;
      const res = await server.apollo.executeOperation<Staff>({ query, variables: { after } }, { contextValue: server.createContext() });
      if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
      expect(res.body.singleResult.errors).toBeUndefined();
      const conn: Staff['club']['staffHistory'] = res.body.singleResult.data!.club.staffHistory;
      seen.push(...conn.edges.map((e) => ({ start: e.node.start?.earliest ?? null, end: e.node.end?.earliest ?? null })));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(EACH);
    expect(seen.some((t) => t.start === null)).toBe(true);
    const keys = seen.map((t) => t.start ?? t.end!);
    expect(keys).toEqual([...keys].sort());
  });

  it('filters in the database: a level, a role, types', async () => {
    const count = async (q: string) => {
      const res = await server.apollo.executeOperation({ query: `{ person(id: "${STAR}") { ${q} { totalCount edges { node { id } } } } }` }, { contextValue: server.createContext() });
      if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
      expect(res.body.singleResult.errors).toBeUndefined();
      return (Object.values((res.body.singleResult.data as { person: Record<string, { totalCount: number }> }).person)[0]!).totalCount;
    };
    expect(await count('spells(first: 5, level: YOUTH)')).toBe(EACH / 2);
    expect(await count('staffRoles(first: 5, role: HEAD_COACH)')).toBe(EACH / 3);
    expect(await count('relationships(first: 5, types: [CONTACT])')).toBe(EACH / 4);
    expect(await count('events(first: 5, types: [INTERVIEW, OTHER])')).toBe(EACH);
  });

  it('refuses a cursor it did not give, with a code', async () => {
    const contextValue: GraphContext = server.createContext();
    const res = await server.apollo.executeOperation({ query: PLAYERS, variables: { id: CLUB, first: 5, after: 'bm90LWEtY3Vyc29y' } }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    expect(res.body.singleResult.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
