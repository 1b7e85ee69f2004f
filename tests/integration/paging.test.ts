// Lists that grow with the graph are paged in the database: a page reads at most `first + 1`
// rows of its list (one more tells whether another page follows) and totalCount is counted there,
// never by reading the list. Checked by the rows each read returns (not by time) on a club with
// thousands of playing spells, written through the knowledge writer into a real database.
import { createGraphServer, type GraphServer } from '../../src/server';
import type { GraphContext } from '../../src/context';
import type { KnowledgeBundle } from '../../src/domain/types';
import { writeBundle } from '../../src/services/write/bundle';
import { openTestGraph, silentLog, type TestGraph } from '../support/graph';

jest.setTimeout(180_000);

const SOURCE = 'dataset:paging';
const CLUB = 'club:paging-big-club';
const SPELLS = 2_500;
/** A few spells with no date: listed after every dated one. */
const UNDATED = 7;

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

function bundle(): KnowledgeBundle {
  const cite = [{ source: SOURCE, detail: 'paging test row' }];
  const b = { sources: [], entities: [{ id: CLUB, type: 'CLUB', name: 'Paging Big Club', sources: cite }], facts: [] } as unknown as { entities: unknown[]; facts: unknown[] };
  for (let i = 0; i < SPELLS; i++) {
    const person = `person:paging-${String(i).padStart(5, '0')}`;
    const year = 1950 + (i % 70);
    b.entities.push({ id: person, type: 'PERSON', name: `Paging Player ${i}`, sources: cite });
    b.facts.push({ id: `fact:spell:paging-${i}`, kind: 'spell', type: 'SENIOR', ...(i < SPELLS - UNDATED ? { start: String(year), end: String(year + 2) } : {}), refs: { person, team: CLUB }, details: {}, sources: cite });
  }
  return b as unknown as KnowledgeBundle;
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
    await writeBundle(graph.engine, { sources: [{ id: SOURCE, kind: 'DATASET', name: 'Paging test rows', licence: 'CC0' }], entities: [], facts: [] } as never);
    await writeBundle(graph.engine, bundle(), { has: (id) => id === SOURCE });
    server = await createGraphServer({ config: { nodeEnv: 'test', sandbox: false, introspection: false, cache: { readBytes: 0, responseBytes: 0, linkIndex: true } }, engine: graph.engine, log: silentLog });
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

  it('refuses a cursor it did not give, with a code', async () => {
    const contextValue: GraphContext = server.createContext();
    const res = await server.apollo.executeOperation({ query: PLAYERS, variables: { id: CLUB, first: 5, after: 'bm90LWEtY3Vyc29y' } }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    expect(res.body.singleResult.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
