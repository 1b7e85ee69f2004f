// A page costs one database call per level of nesting, however many clubs, coaches or staff it
// lists: the repositories batch each level into one call (DataLoader). Measured through
// extensions.dbCalls on a real embedded graph, with people written through the knowledge writer:
// a person with 3 clubs and one with 30, clubs with 3 and 30 staff. The shared caches are off
// for the exact counts (they only ever remove calls), then on, where a repeated page makes none.
import { createGraphServer, type GraphServer } from '../../src/server';
import type { GraphContext } from '../../src/context';
import type { KnowledgeBundle } from '../../src/domain/types';
import { writeBundle } from '../../src/services/write/bundle';
import { rebuildDerived } from '../../src/services/derived/rebuild';
import { openEngine } from '../../src/graph/open-engine';
import { withDatabaseLock } from '../../src/graph/locks';
import { openTestGraph, silentLog, testConfig, type TestGraph } from '../support/graph';

const SOURCE = 'dataset:n-plus-one';

/** person → spells → team → head coaches → their person. */
const PERSON_PAGE = `query PersonPage($id: ID!) {
  person(id: $id) {
    id name
    spells(first: 50) { edges { node { start { text } end { text }
      team { id name ... on Club { headCoaches { person { id name } start { text } } } } } } }
  }
}`;
const PERSON_DEPTH = 5;

/** club → staff history → person. */
const CLUB_PAGE = `query ClubPage($id: ID!) {
  club(id: $id) { id name staffHistory(first: 50) { totalCount edges { node { role start { text } person { id name } } } } }
}`;
const CLUB_DEPTH = 3;

/** The index → the hits' people and clubs (once the index is built). */
const SEARCH = `query Search($q: String!) { search(query: $q, first: 20) { totalCount edges { node { ... on Person { id name } ... on Club { id name } } } } }`;
const SEARCH_DEPTH = 2;

/** ends → paths → hop facts → their entities and citations → the sources cited. */
const CONNECTIONS = `query Connect($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 4, first: 5) { totalCount edges { node { hops { relation explanation sources { source { id } } } } } }
}`;
const CONNECTIONS_DEPTH = 5;

const cite = [{ source: SOURCE, detail: 'test row' }];

/**
 * A career of `clubs` seasons at `clubs` clubs (prefix `tag`), each club with a head coach for
 * that season and `staff` more staff tenures.
 */
function career(tag: string, clubs: number, staff = 0): KnowledgeBundle {
  const bundle: KnowledgeBundle = { sources: [], entities: [], facts: [] };
  const person = `person:${tag}-player`;
  bundle.entities.push({ id: person, type: 'PERSON', name: `${tag} player`, sources: cite } as never);
  for (let i = 0; i < clubs; i++) {
    const club = `club:${tag}-club-${i}`;
    const coach = `person:${tag}-coach-${i}`;
    const year = 1990 + i;
    bundle.entities.push({ id: club, type: 'CLUB', name: `${tag} club ${i}`, sources: cite } as never);
    bundle.entities.push({ id: coach, type: 'PERSON', name: `${tag} coach ${i}`, sources: cite } as never);
    bundle.facts.push({ id: `fact:spell:${tag}-player:${i}`, kind: 'spell', type: 'SENIOR', start: String(year), end: String(year + 1), refs: { person, team: club }, details: { order: i + 1 }, sources: cite } as never);
    bundle.facts.push({ id: `fact:tenure:${tag}-coach-${i}`, kind: 'tenure', type: 'HEAD_COACH', start: `${year}-07`, end: `${year + 1}-06`, refs: { person: coach, team: club }, details: {}, sources: cite } as never);
    for (let s = 0; s < staff; s++) {
      const member = `person:${tag}-staff-${i}-${s}`;
      bundle.entities.push({ id: member, type: 'PERSON', name: `${tag} staff ${i}.${s}`, sources: cite } as never);
      bundle.facts.push({ id: `fact:tenure:${tag}-staff-${i}-${s}`, kind: 'tenure', type: 'ASSISTANT_COACH', start: `${year - s - 1}-07`, end: `${year - s}-06`, refs: { person: member, team: club }, details: {}, sources: cite } as never);
    }
  }
  return bundle;
}

describe('database calls per request stay within the nesting depth, whatever the size of the page', () => {
  let graph: TestGraph;
  let cold: GraphServer;
  let cached: GraphServer;

  /** Runs an operation; returns the data and the request's database calls. */
  async function run(server: GraphServer, query: string, variables: Record<string, unknown>) {
    const contextValue: GraphContext = server.createContext();
    const res = await server.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    expect(res.body.singleResult.errors).toBeUndefined();
    return { data: res.body.singleResult.data as Record<string, unknown>, calls: contextValue.stats.calls, operations: contextValue.stats.operations };
  }

  beforeAll(async () => {
    graph = await openTestGraph();
    await writeBundle(graph.engine, { sources: [{ id: SOURCE, kind: 'DATASET', name: 'N+1 test rows', licence: 'CC0' }], entities: [], facts: [] } as never);
    for (const [tag, clubs, staff] of [['small', 3, 3], ['large', 30, 30]] as const) await writeBundle(graph.engine, career(tag, clubs, staff), { has: (id) => id === SOURCE });
    await rebuildDerived(graph.engine);
    const base = { nodeEnv: 'test' as const, sandbox: false, introspection: false };
    cold = await createGraphServer({ config: { ...base, cache: { readBytes: 0, responseBytes: 0, linkIndex: true } }, engine: graph.engine, log: silentLog });
    cached = await createGraphServer({ config: base, engine: graph.engine, log: silentLog });
  }, 60_000);

  afterAll(async () => {
    await cold.apollo.stop();
    await cached.apollo.stop();
    await graph.close();
  });

  it('person page: one call per level for 3 clubs and for 30', async () => {
    const small = await run(cold, PERSON_PAGE, { id: 'person:small-player' });
    const large = await run(cold, PERSON_PAGE, { id: 'person:large-player' });
    const spells = (r: typeof small) => (r.data.person as { spells: { edges: { node: { team: { headCoaches: unknown[] } } }[] } }).spells.edges;
    expect(spells(small)).toHaveLength(3);
    expect(spells(large)).toHaveLength(30);
    expect(spells(large).every((e) => e.node.team.headCoaches.length === 1)).toBe(true);
    expect(small.calls).toBeLessThanOrEqual(PERSON_DEPTH);
    expect(large.calls).toBe(small.calls);
    expect(large.operations).toEqual(small.operations);
  });

  it('club page: one call per level for 3 staff and for 30', async () => {
    const small = await run(cold, CLUB_PAGE, { id: 'club:small-club-0' });
    const large = await run(cold, CLUB_PAGE, { id: 'club:large-club-29' });
    const staff = (r: typeof small) => (r.data.club as { staffHistory: { totalCount: number } }).staffHistory.totalCount;
    expect(staff(small)).toBe(4);
    expect(staff(large)).toBe(31);
    expect(small.calls).toBeLessThanOrEqual(CLUB_DEPTH);
    expect(large.calls).toBe(small.calls);
  });

  it('search: the index, then one call for the hits, however many', async () => {
    await run(cold, SEARCH, { q: 'warm up' }); // builds the in-process index (a one-off read of all names)
    const few = await run(cold, SEARCH, { q: 'small club' });
    const many = await run(cold, SEARCH, { q: 'large staff' });
    expect((few.data.search as { totalCount: number }).totalCount).toBeGreaterThanOrEqual(3);
    expect((many.data.search as { totalCount: number }).totalCount).toBeGreaterThan((few.data.search as { totalCount: number }).totalCount);
    expect(few.calls).toBeLessThanOrEqual(SEARCH_DEPTH);
    expect(many.calls).toBe(few.calls);
  });

  it('connections: within the depth, the in-process link index included', async () => {
    const first = await run(cold, CONNECTIONS, { from: 'person:large-player', to: 'person:large-coach-7' });
    const again = await run(cold, CONNECTIONS, { from: 'person:large-coach-7', to: 'person:large-coach-8' });
    expect((again.data.connections as { totalCount: number }).totalCount).toBeGreaterThan(0);
    // The first one also reads the derived-data stamp and, into the index, the links (three
    // reads, once per rebuild of the derived data); the search itself is then no call at all.
    expect(first.operations.filter((op) => op === 'meta/read' || op.startsWith('paths/link-index'))).toHaveLength(3);
    expect(first.operations.some((op) => op.startsWith('paths/shortest-'))).toBe(false);
    expect(first.calls).toBeLessThanOrEqual(CONNECTIONS_DEPTH + 3);
    // Later ones reuse the index: no write happened since (the embedded engine knows; on Neo4j
    // the request's start read the data stamp every write renews, outside the request's calls).
    expect(again.operations.some((op) => op.startsWith('paths/link-index'))).toBe(false);
    expect(again.operations.filter((op) => op === 'meta/read')).toHaveLength(0);
    expect(again.calls).toBeLessThanOrEqual(CONNECTIONS_DEPTH);
  });

  it('with the shared caches, a page seen before makes no call and another one no more than its depth', async () => {
    const first = await run(cached, PERSON_PAGE, { id: 'person:large-player' });
    const again = await run(cached, PERSON_PAGE, { id: 'person:large-player' });
    const other = await run(cached, PERSON_PAGE, { id: 'person:small-player' });
    expect(first.calls).toBeLessThanOrEqual(PERSON_DEPTH);
    expect(again.calls).toBe(0);
    expect(again.data).toEqual(first.data);
    expect(other.calls).toBeLessThanOrEqual(PERSON_DEPTH);
  });

  it('a write empties the caches: the next answer reads the graph again and shows the change', async () => {
    const before = await run(cached, PERSON_PAGE, { id: 'person:small-player' });
    await writeBundle(graph.engine, { sources: [], entities: [], facts: [{ id: 'fact:spell:small-player:late', kind: 'spell', type: 'SENIOR', start: '2020', end: '2021', refs: { person: 'person:small-player', team: 'club:large-club-0' }, details: {}, sources: cite }] } as never, { has: () => true });
    const after = await run(cached, PERSON_PAGE, { id: 'person:small-player' });
    const count = (r: typeof before) => (r.data.person as { spells: { edges: unknown[] } }).spells.edges.length;
    expect(after.calls).toBeGreaterThan(0);
    expect(count(after)).toBe(count(before) + 1);
  });

  it('on Neo4j, a write by another process empties the caches before the next request reads', async () => {
    if (graph.engine.kind !== 'neo4j') return; // one process owns an embedded database
    const before = await run(cached, PERSON_PAGE, { id: 'person:small-player' });
    expect((await run(cached, PERSON_PAGE, { id: 'person:small-player' })).calls).toBe(0);
    // Another engine on the same database, as another API process or the importer would have.
    const other = await openEngine(testConfig(graph.db).engine);
    try {
      await writeBundle(other, { sources: [], entities: [], facts: [{ id: 'fact:spell:small-player:other-process', kind: 'spell', type: 'SENIOR', start: '2022', end: '2023', refs: { person: 'person:small-player', team: 'club:large-club-1' }, details: {}, sources: cite }] } as never, { has: () => true });
    } finally {
      await other.close();
    }
    const after = await run(cached, PERSON_PAGE, { id: 'person:small-player' });
    const count = (r: typeof before) => (r.data.person as { spells: { edges: unknown[] } }).spells.edges.length;
    expect(after.calls).toBeGreaterThan(0);
    expect(count(after)).toBe(count(before) + 1);
    // A lock taken and given back changes no data: the caches keep what they hold.
    await withDatabaseLock(graph.engine, 'n-plus-one', async () => undefined);
    expect((await run(cached, PERSON_PAGE, { id: 'person:small-player' })).calls).toBe(0);
  });
});
