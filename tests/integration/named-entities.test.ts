// On Neo4j a page of facts (facts/about-page) and a team's sparse facts (facts/about) return the
// other entities each fact is about (`named`, in the columns of entities/by-ids), and the
// repositories keep them for the request instead of reading them again. The embedded engine reads
// entities by key (reading an entity's columns after a hop scans its table there) and returns no
// `named`. Either way a page must show the same entities as reads by id, with fewer reads on Neo4j.
import type { GraphEngine } from '../../src/graph/engine';
import { toEntity } from '../../src/repositories/rows';
import { createTestApi, openSeededGraph, type TestApi, type TestGraph } from '../support/graph';

let graph: TestGraph;
let api: TestApi;

beforeAll(async () => {
  graph = await openSeededGraph();
  api = await createTestApi(graph.engine, { cache: { readBytes: 0, responseBytes: 0, linkIndex: false } });
});
afterAll(async () => {
  await graph?.close();
});

const SPARSE = ['caps', 'event', 'home-ground', 'honour', 'qualification', 'relation', 'succession', 'support', 'tenure'];

/** Every named entity of the rows, checked against its read by id; returns how many there were. */
async function expectNamedAsById(engine: GraphEngine, rows: Record<string, unknown>[]): Promise<number> {
  let named = 0;
  for (const row of rows) {
    if (row.named === undefined) continue;
    const refs = (JSON.parse(String(row.refs)) as [string, string][]).map(([, id]) => id);
    for (const entity of row.named as Record<string, unknown>[]) {
      named++;
      expect(refs).toContain(entity.id);
      expect(entity.id).not.toBe(row.key);
      const [byId] = await engine.read('entities/by-ids', { ids: [String(entity.id)] });
      expect(toEntity(entity)).toEqual(toEntity(byId));
    }
  }
  return named;
}

describe('entities named by the facts read', () => {
  it('are the entities read by id, returned by Neo4j and not by the embedded engine', async () => {
    const engine = graph.engine;
    const spells = await engine.read('facts/about-page', { ids: ['person:steven-defour'], kinds: ['spell'], roles: ['person'], types: ['*'], sortBy: 'start', afterKey: '', afterId: '', limit: 51 });
    const staff = await engine.read('facts/about-page', { ids: ['club:kv-mechelen'], kinds: ['tenure'], roles: ['team'], types: ['*'], sortBy: 'known', afterKey: '', afterId: '', limit: 51 });
    const coaches = await engine.read('facts/about', { ids: ['club:kv-mechelen', 'club:standard-liege'], kinds: SPARSE });
    const everything = await engine.read('facts/about', { ids: ['club:kv-mechelen'], kinds: ['*'] });
    expect(spells.length).toBeGreaterThan(5);
    expect(staff.length).toBeGreaterThan(3);
    expect(coaches.length).toBeGreaterThan(3);
    const named = (await expectNamedAsById(engine, spells)) + (await expectNamedAsById(engine, staff)) + (await expectNamedAsById(engine, coaches));
    if (engine.kind === 'neo4j') {
      expect(named).toBeGreaterThanOrEqual(spells.length + staff.length);
      // Not for the bulk kinds: a big club's thousands of spells would carry thousands of people.
      expect(everything.every((r) => Array.isArray(r.named) && r.named.length === 0)).toBe(true);
    } else {
      expect(named).toBe(0);
      expect([...spells, ...staff, ...coaches, ...everything].some((r) => 'named' in r)).toBe(false);
    }
  });

  it('spare the reads of the people and clubs they name on Neo4j, with the same page', async () => {
    const query = `{ person(id: "person:steven-defour") { spells(first: 50) { edges { node { team { id name ... on Club { headCoaches { person { id name } } } } } } } }
      club(id: "club:kv-mechelen") { staffHistory(first: 50) { edges { node { role person { id name birthDate { text } } } } } } }`;
    const context = api.server.createContext();
    const res = await api.server.apollo.executeOperation({ query }, { contextValue: context });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    expect(res.body.singleResult.errors).toBeUndefined();
    const data = res.body.singleResult.data as { person: { spells: { edges: { node: { team: { id: string; name: string; headCoaches?: { person: { id: string; name: string } }[] } } }[] } }; club: { staffHistory: { edges: { node: { person: { id: string; name: string } } }[] } } };
    const teams = data.person.spells.edges.map((e) => e.node.team);
    expect(teams.map((t) => t.id)).toContain('club:kv-mechelen');
    expect(teams.every((t) => t.name.length > 0)).toBe(true);
    const coaches = teams.flatMap((t) => t.headCoaches ?? []).map((c) => c.person);
    expect(coaches.map((p) => p.id)).toContain('person:besnik-hasi');
    expect(coaches.every((p) => p.name.length > 0)).toBe(true);
    expect(data.club.staffHistory.edges.map((e) => e.node.person.id)).toContain('person:steven-defour');
    // The person and the club, by id; their pages; the clubs' head coaches. The embedded engine
    // also reads the pages' clubs and people, then the coaches, by id.
    const byId = context.stats.operations.filter((op) => op === 'entities/by-ids').length;
    expect(byId).toBe(graph.engine.kind === 'neo4j' ? 1 : 3);
    expect(context.stats.operations.filter((op) => op.startsWith('facts/')).sort()).toEqual(['facts/about', 'facts/about-page', 'facts/about-page']);
  });
});
