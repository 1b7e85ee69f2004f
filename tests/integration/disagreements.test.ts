// Query.disagreements is found, ordered and paged in the database (cypher/disagreements); the
// per-person lists (Person.disagreements) compare the same facts in the process (services
// compare). On a graph with every branch of the comparison, both must agree pair for pair, in
// order, and no read of a page may return more than first + 1 rows.
import { writeBundle } from '../../src/services/write/bundle';
import type { KnowledgeBundle } from '../../src/domain/types';
import type { GraphContext } from '../../src/context';
import { createTestApi, openTestGraph, type TestApi, type TestGraph } from '../support/graph';

let graph: TestGraph;
let api: TestApi;

const ARTICLE = 'article:disagreements-test';
const EDITORS = 'editor:disagreements-test';
const DATASET = 'dataset:disagreements-test';
const A = 'club:dis-a';
const B = 'club:dis-b';
const C = 'club:dis-c';
const D = 'club:dis-d';
// Ids that sort differently by code point and by length: 1 < 10 < 2.
const P1 = 'person:dis-1';
const P10 = 'person:dis-10';
const P2 = 'person:dis-2';
const P3 = 'person:dis-3';
const PEOPLE = [P1, P10, P2, P3];

type Cite = 'curated' | 'editors' | 'dataset' | 'both';
const sources = (c: Cite) =>
  ({
    curated: [{ source: ARTICLE, detail: 'the article' }],
    editors: [{ source: EDITORS, detail: 'editors' }],
    dataset: [{ source: DATASET, detail: 'row' }],
    both: [{ source: ARTICLE, detail: 'the article' }, { source: DATASET, detail: 'row' }],
  })[c];

let n = 0;
const move = (person: string, cite: Cite, from: string, to: string, start: string | null, details: Record<string, unknown> = {}) => ({
  id: `fact:transfer:dis-${++n}`,
  kind: 'transfer',
  type: 'PERMANENT',
  ...(start ? { start } : {}),
  refs: { person, from, to },
  details,
  sources: sources(cite),
});
const spell = (person: string, cite: Cite, team: string, start: string | null, end: string | null, details: Record<string, unknown> = {}, type = 'SENIOR') => ({
  id: `fact:spell:dis-${++n}`,
  kind: 'spell',
  type,
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
  refs: { person, team },
  details,
  sources: sources(cite),
});

function bundle(): KnowledgeBundle {
  const facts = [
    // Moves: a date outside the summer window, a fee apart, agreeing fees, the winter window
    // (inside and outside), a dated day with no window, and facts that are not curated-only or
    // not dataset-only (confirmed by both), which never take part.
    move(P1, 'curated', A, B, '2005'),
    move(P1, 'dataset', A, B, '2006/07', { window: 'summer', fromName: 'Dis A', toName: 'Dis B' }),
    move(P1, 'curated', A, C, '2006', { fee: 9000000 }),
    move(P1, 'dataset', A, C, '2006/07', { window: 'summer', fee: 10500000 }),
    move(P1, 'curated', B, C, '2008', { fee: 5000000 }),
    move(P1, 'dataset', B, C, '2008/09', { window: 'summer', fee: 5000000 }),
    move(P1, 'dataset', B, A, '2010/11', { window: 'winter' }),
    move(P1, 'curated', B, A, '2011-01'),
    move(P1, 'editors', B, A, '2010'),
    move(P1, 'dataset', C, A, '2012-07-15'),
    move(P1, 'curated', C, A, '2012-08', { fee: 1200000.5 }),
    move(P1, 'dataset', C, A, '2012-08-20', { fee: 1200000 }),
    move(P1, 'both', A, B, '2003'),
    move(P1, 'curated', A, D, '2004'),
    move(P1, 'both', A, D, '2005/06', { window: 'summer' }),
    move(P1, 'dataset', A, D, '2007/08', { window: 'summer' }),
    move(P1, 'curated', D, A, null, { fee: 100 }),
    move(P1, 'dataset', D, A, '2009/10', { fee: 200 }),
    // Spells: the same seasons, overlapping but different seasons, no overlap, a youth spell, an
    // open end, month precision, undated ones, 60-season caps, and the `order` detail ordering
    // two curated spells that start the same year.
    spell(P2, 'curated', A, '2004', '2006', { order: 2 }),
    spell(P2, 'curated', B, '2004', '2007', { order: 1 }),
    spell(P2, 'dataset', A, '2004/05', '2005/06'),
    spell(P2, 'dataset', A, '2005/06', '2007/08'),
    spell(P2, 'dataset', A, '2010/11', '2011/12'),
    spell(P2, 'dataset', B, '2006/07', '2008/09'),
    spell(P2, 'curated', C, '2001', null, {}, 'YOUTH'),
    spell(P2, 'dataset', C, '2000/01', '2002/03'),
    spell(P2, 'curated', D, '2010', null),
    spell(P2, 'dataset', D, '2010/11', '2012/13'),
    spell(P2, 'curated', C, '2015-08', '2017-05'),
    spell(P2, 'dataset', C, '2015/16', '2016/17'),
    spell(P2, 'curated', D, null, null),
    spell(P2, 'dataset', D, null, '2005'),
    spell(P10, 'curated', A, '1950', '2030'),
    spell(P10, 'dataset', A, '1950/51', '2009/10'),
    spell(P10, 'dataset', A, '1950/51', '2010/11'),
    spell(P10, 'dataset', A, '1951/52', '2010/11'),
    spell(P10, 'curated', B, '1990-03-01..1990-05-31', '1995'),
    spell(P10, 'dataset', B, '1989/90', '1993/94'),
    // A curated move and a dataset spell of the same person: different kinds never compare.
    move(P3, 'curated', A, B, '1999'),
    spell(P3, 'dataset', A, '1990/91', '2000/01'),
  ];
  const entity = (id: string, type: string) => ({ id, type, name: id.replace(/^[a-z]+:/, 'Name '), sources: sources('dataset') });
  return {
    sources: [],
    entities: [...[A, B, C, D].map((id) => entity(id, 'CLUB')), ...PEOPLE.map((id) => entity(id, 'PERSON'))],
    facts,
  } as unknown as KnowledgeBundle;
}

beforeAll(async () => {
  graph = await openTestGraph();
  await writeBundle(graph.engine, {
    sources: [
      { id: ARTICLE, kind: 'ARTICLE', name: 'Disagreements test article', language: 'en', published: '2020-01-01' },
      { id: EDITORS, kind: 'EDITOR', name: 'Disagreements test editors' },
      { id: DATASET, kind: 'DATASET', name: 'Disagreements test rows', licence: 'CC0' },
    ],
    entities: [],
    facts: [],
  } as never);
  await writeBundle(graph.engine, bundle(), { has: (id) => [ARTICLE, EDITORS, DATASET].includes(id) });
  api = await createTestApi(graph.engine);
}, 180_000);

afterAll(async () => {
  await api?.server.apollo.stop();
  await graph?.close();
});

type Node = { aspect: string; summary: string; curated: { id: string }; dataset: { id: string } };
const NODE = 'aspect summary curated { id } dataset { id }';

/** One page of Query.disagreements and the rows each read of the request returned. */
async function page(first: number, after: string | null) {
  const query = `query($first: Int, $after: String) { disagreements(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`;
  const contextValue: GraphContext = api.server.createContext();
  const res = await api.server.apollo.executeOperation({ query, variables: { first, after } }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
  expect(res.body.singleResult.errors).toBeUndefined();
  const conn = (res.body.singleResult.data as { disagreements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } }).disagreements;
  const { operations, rows } = contextValue.stats;
  return { conn, reads: operations.map((op, i) => ({ op, rows: rows![i] ?? 0 })) };
}

/** The per-person lists, compared in the process, person by person in id order. */
async function perPerson(): Promise<Node[]> {
  const out: Node[] = [];
  for (const id of [...PEOPLE].sort()) {
    const data = await api.data<{ person: { disagreements: Node[] } }>(`{ person(id: "${id}") { disagreements { ${NODE} } } }`);
    out.push(...data.person.disagreements);
  }
  return out;
}

describe('Query.disagreements, paged in the database', () => {
  it('finds every pair the per-person comparison finds, in the same order, page after page', async () => {
    const expected = await perPerson();
    // Not vacuous: both aspects, both kinds, several people.
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(new Set(expected.map((d) => d.aspect))).toEqual(new Set(['DATE', 'FEE']));
    expect(expected.some((d) => d.curated.id.startsWith('fact:spell:'))).toBe(true);
    for (const first of [1, 2, 100]) {
      const seen: Node[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const { conn, reads }: Awaited<ReturnType<typeof page>> = await page(first, after);
        expect(conn.totalCount).toBe(expected.length);
        for (const r of reads) expect({ ...r, within: r.rows <= first + 1 }).toEqual({ ...r, within: true });
        expect(reads.some((r) => r.op === 'disagreements/pairs-page')).toBe(true);
        seen.push(...conn.edges.map((e) => e.node));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    }
  });

  it('words them as before: the window, the fee, the seasons', async () => {
    const { conn } = await page(100, null);
    const summaries = conn.edges.map((e) => e.node.summary);
    expect(summaries).toContain('Dis A → Dis B: the curated sources say 2005, the dataset 2006/07 (summer window)');
    expect(summaries).toContain(`${A} → ${C}: the curated sources give a fee of €9,000,000, the dataset €10,500,000`);
    expect(summaries).toContain(`spell at ${A}: the curated sources say 2004–2006, the dataset 2005/06–2007/08`);
    // Person by person, in id order (dis-1, dis-10, dis-2).
    const people = conn.edges.map((e) => e.node.curated.id);
    expect(people.length).toBe(conn.totalCount);
  });

  it('refuses a cursor it did not give', async () => {
    const r = await api.run('{ disagreements(first: 2, after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
