// Coaching trees and teammates paged in the database, on a small graph written through the
// knowledge writer: who is in a tree and at which depth, which way reaches them, the order
// (depth, then folded name), pages joined by their cursors, totalCount, and the rows each read
// returns. tests/integration/paging checks the same fields on a large graph.
import { rebuildDerived } from '../../src/services/derived/rebuild';
import type { KnowledgeBundle } from '../../src/domain/types';
import { writeBundle } from '../../src/services/write/bundle';
import { createGraphServer, type GraphServer } from '../../src/server';
import type { GraphContext } from '../../src/context';
import { openTestGraph, silentLog, type TestGraph } from '../support/graph';

jest.setTimeout(120_000);

const SOURCE = 'dataset:tree-test';
const cite = [{ source: SOURCE, detail: 'tree test row' }];
const CLUB = 'club:tree-fc';
const OTHER = 'club:tree-other';

const people: Record<string, string> = {
  root: 'Root Rider',
  a: 'Élodie Able',
  b: 'Bert Beta',
  c: 'Carl Core',
  d: 'Dora Deep',
  e: 'Eden Young',
  f: 'Fred Former',
  g: 'Gina Contact',
  hub: 'Hub Head',
  omar: 'Omar Able',
  omer: 'Ömer Zed',
  zack: 'zack lower',
};
for (let i = 1; i <= 7; i++) people[`p${i}`] = `Pupil ${i}`;
for (let i = 1; i <= 3; i++) people[`q${i}`] = `Grand Pupil ${i}`;
const id = (slug: string) => `person:tree-${slug}`;

const mentorship = (mentor: string, mentee: string, start = '2010') => ({
  id: `fact:relation:tree-${mentor}-${mentee}`,
  kind: 'relation',
  type: 'MENTORSHIP',
  start,
  refs: { mentor: id(mentor), mentee: id(mentee) },
  details: {},
  sources: cite,
});
const assistant = (person: string, under: string) => ({
  id: `fact:tenure:tree-${person}-under-${under}`,
  kind: 'tenure',
  type: 'ASSISTANT_COACH',
  start: '2012-07',
  end: '2013-06',
  refs: { person: id(person), team: OTHER, under: id(under) },
  details: {},
  sources: cite,
});
const spell = (slug: string, start: string, end: string) => ({ id: `fact:spell:tree-${slug}`, kind: 'spell', type: 'SENIOR', start, end, refs: { person: id(slug), team: CLUB }, details: {}, sources: cite });

function bundle(): KnowledgeBundle {
  return {
    sources: [],
    entities: [
      { id: CLUB, type: 'CLUB', name: 'Tree FC', sources: cite },
      { id: OTHER, type: 'CLUB', name: 'Tree Other', sources: cite },
      ...Object.entries(people).map(([slug, name]) => ({ id: id(slug), type: 'PERSON', name, sources: cite })),
    ],
    facts: [
      // Up from the root: A mentored it (and it assisted A), it assisted B, E mentored it.
      mentorship('a', 'root'),
      assistant('root', 'a'),
      assistant('root', 'b'),
      mentorship('e', 'root'),
      // C above both A (mentorship) and B (assistant): two ways at depth 2.
      mentorship('c', 'a'),
      assistant('b', 'c'),
      // D above C; E above C too, but E is at depth 1 already; the root above D closes a cycle.
      mentorship('d', 'c'),
      mentorship('e', 'c', '2011'),
      mentorship('root', 'd'),
      // Not in the tree: a mentorship retracted below, and a contact between two of them.
      mentorship('f', 'root'),
      { id: 'fact:relation:tree-g-root', kind: 'relation', type: 'CONTACT', start: '2010', refs: { parties: [id('g'), id('root')] }, details: {}, sources: cite },
      // A hub with seven mentees, two of them with mentees of their own.
      ...[1, 2, 3, 4, 5, 6, 7].map((i) => mentorship('hub', `p${i}`)),
      mentorship('p1', 'q1'),
      mentorship('p1', 'q2'),
      mentorship('p2', 'q3'),
      // Teammates of the root at Tree FC, one season: names that sort by their folded form.
      spell('root', '2010', '2011'),
      spell('omar', '2010', '2011'),
      spell('omer', '2010', '2011'),
      spell('zack', '2010', '2011'),
    ],
  } as unknown as KnowledgeBundle;
}

const TREE = `query($id: ID!, $depth: Int, $first: Int, $after: String, $up: Boolean!) { person(id: $id) {
  tree: mentorTree(depth: $depth, first: $first, after: $after) @include(if: $up) { ...page }
  down: menteeTree(depth: $depth, first: $first, after: $after) @skip(if: $up) { ...page } } }
fragment page on CoachingTreeEntryConnection { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { depth link person { id name } parent { id } fact { id } sources { source { id } } } } }`;

type Entry = { depth: number; link: string; person: { id: string; name: string }; parent: { id: string }; fact: { id: string }; sources: { source: { id: string } }[] };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Entry }[] };

describe('coaching trees and teammates paged in the database', () => {
  let graph: TestGraph;
  let server: GraphServer;

  async function run(query: string, variables: Record<string, unknown>) {
    const contextValue: GraphContext = server.createContext();
    const res = await server.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    expect(res.body.singleResult.errors).toBeUndefined();
    const { operations, rows } = contextValue.stats;
    return { data: res.body.singleResult.data as Record<string, Record<string, Page>>, reads: operations.map((op, i) => ({ op, rows: rows![i] ?? 0 })) };
  }

  async function tree(slug: string, up: boolean, depth: number, first = 50, after: string | null = null) {
    const { data, reads } = await run(TREE, { id: id(slug), depth, first, after, up });
    return { page: data.person![up ? 'tree' : 'down']!, reads };
  }

  /** Every page of a tree, `first` at a time. */
  async function walk(slug: string, up: boolean, depth: number, first: number) {
    const seen: Entry[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 50; i++) {
      const { page, reads } = await tree(slug, up, depth, first, after);
      // The page, and the sources of its facts (one citation each here): within first + 1 rows.
      for (const r of reads) expect({ ...r, within: r.rows <= first + 1 }).toEqual({ ...r, within: true });
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { seen, total };
  }

  beforeAll(async () => {
    graph = await openTestGraph();
    await writeBundle(graph.engine, { sources: [{ id: SOURCE, kind: 'DATASET', name: 'Tree test rows', licence: 'CC0' }], entities: [], facts: [] } as never);
    await writeBundle(graph.engine, bundle(), { has: (x) => x === SOURCE });
    await graph.engine.write('facts/set-status', { rows: [{ id: 'fact:relation:tree-f-root', status: 'RETRACTED', updatedAt: '2026-01-01T00:00:00.000Z' }] });
    await rebuildDerived(graph.engine);
    server = await createGraphServer({ config: { nodeEnv: 'test', sandbox: false, introspection: false, cache: { readBytes: 0, responseBytes: 0, linkIndex: true } }, engine: graph.engine, log: silentLog });
  });

  afterAll(async () => {
    await server?.apollo.stop();
    await graph?.close();
  });

  const row = (e: Entry) => [e.depth, e.person.id, e.parent.id, e.link, e.fact.id];

  it('goes up breadth first: each person once, at their least depth, by depth then folded name; not the root, not retracted facts, not contacts', async () => {
    const { page } = await tree('root', true, 5);
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((e) => row(e.node))).toEqual([
      // Depth 1 by folded name: bert beta, eden young, elodie able (Élodie with the E's). A both
      // mentored the root and had it as assistant: the mentorship is the way kept.
      [1, id('b'), id('root'), 'ASSISTANT', 'fact:tenure:tree-root-under-b'],
      [1, id('e'), id('root'), 'MENTORSHIP', 'fact:relation:tree-e-root'],
      [1, id('a'), id('root'), 'MENTORSHIP', 'fact:relation:tree-a-root'],
      // C is above A and B: the way through the first of them in the list (Bert Beta) is kept.
      [2, id('c'), id('b'), 'ASSISTANT', 'fact:tenure:tree-b-under-c'],
      // E mentored C too but is at depth 1; the root mentored D, but the root is not in its tree.
      [3, id('d'), id('c'), 'MENTORSHIP', 'fact:relation:tree-d-c'],
    ]);
    for (const e of page.edges) expect(e.node.sources.map((s) => s.source.id)).toEqual([SOURCE]);
  });

  it('goes down the same links the other way, to the depth asked', async () => {
    const { page } = await tree('c', false, 5);
    expect(page.edges.map((e) => row(e.node))).toEqual([
      [1, id('b'), id('c'), 'ASSISTANT', 'fact:tenure:tree-b-under-c'],
      [1, id('a'), id('c'), 'MENTORSHIP', 'fact:relation:tree-c-a'],
      [2, id('root'), id('b'), 'ASSISTANT', 'fact:tenure:tree-root-under-b'],
      [3, id('d'), id('root'), 'MENTORSHIP', 'fact:relation:tree-root-d'],
    ]);
    expect(page.totalCount).toBe(4);
    const two = (await tree('c', false, 2)).page;
    expect(two.edges.map((e) => e.node.person.id)).toEqual([id('b'), id('a'), id('root')]);
    expect(two.totalCount).toBe(3);
    expect((await tree('root', true, 1)).page.totalCount).toBe(3);
  });

  it.each([1, 2, 3])('walks a tree %i at a time: the same entries as one page, in order, each read within first + 1 rows', async (first) => {
    const whole = (await tree('hub', false, 2, 50)).page;
    expect(whole.totalCount).toBe(10);
    expect(whole.edges.map((e) => [e.node.depth, e.node.person.name])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((i) => [1, `Pupil ${i}`]),
      ...[1, 2, 3].map((i) => [2, `Grand Pupil ${i}`]),
    ]);
    const { seen, total } = await walk('hub', false, 2, first);
    expect(total).toBe(10);
    expect(seen.map(row)).toEqual(whole.edges.map((e) => row(e.node)));
  });

  it('counts the tree on a page after its end, and refuses a cursor of another list', async () => {
    const { page } = await tree('hub', false, 1, 7);
    expect(page.pageInfo.hasNextPage).toBe(false);
    const after = (await tree('hub', false, 1, 5, page.pageInfo.endCursor)).page;
    expect(after).toMatchObject({ totalCount: 7, edges: [], pageInfo: { hasNextPage: false } });
    const contextValue: GraphContext = server.createContext();
    const res = await server.apollo.executeOperation({ query: TREE, variables: { id: id('hub'), depth: 1, first: 2, after: 'bm90LWEtY3Vyc29y', up: false } }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental responses are not expected');
    expect(res.body.singleResult.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  const MATES = `query($id: ID!, $first: Int, $after: String, $from: Date, $to: Date) { person(id: $id) {
    teammates(first: $first, after: $after, from: $from, to: $to) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { person { name } team { id } seasons period { text } facts { id } } } } } }`;
  type Mates = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { person: { name: string }; team: { id: string }; seasons: string[]; period: { text: string }; facts: { id: string }[] } }[] };

  it('pages teammates by the folded name, one at a time, with the count on every page', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { data, reads } = await run(MATES, { id: id('root'), first: 1, after });
      const mates = data.person!.teammates as unknown as Mates;
      for (const r of reads) expect(r.rows).toBeLessThanOrEqual(2);
      expect(mates.totalCount).toBe(3);
      for (const { node } of mates.edges) {
        expect(node).toMatchObject({ team: { id: CLUB }, seasons: ['2010/11'], period: { text: '2010/11' } });
        // The asked person's spell first, then the teammate's.
        expect(node.facts.map((f) => f.id)).toEqual(['fact:spell:tree-root', `fact:spell:tree-${node.person.name === 'zack lower' ? 'zack' : node.person.name === 'Omar Able' ? 'omar' : 'omer'}`]);
      }
      names.push(...mates.edges.map((e) => e.node.person.name));
      if (!mates.pageInfo.hasNextPage) break;
      after = mates.pageInfo.endCursor;
    }
    // omar able, omer zed, zack lower: Ömer with the O's, the lower-case name among the others.
    expect(names).toEqual(['Omar Able', 'Ömer Zed', 'zack lower']);
    const outside = (await run(MATES, { id: id('root'), first: 5, from: '2015-01-01', to: '2015-12-31' })).data.person!.teammates as unknown as Mates;
    expect(outside).toMatchObject({ totalCount: 0, edges: [] });
  });
});
