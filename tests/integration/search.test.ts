// Search on the real embedded graph: every entity of the seeded graph by each of its names, with
// and without accents and in other cases; aliases, nicknames, typos, types, paging, refresh.
import { curatedKnowledge } from '../../src/knowledge';
import { rebuildDerived } from '../../src/services/derived/rebuild';
import { writeBundle } from '../../src/services/write/bundle';
import { createTestApi, openSeededGraph, type TestApi, type TestGraph } from '../support/graph';

const SEARCH = `query($query: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $query, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor matched field match score node {
      __typename
      ... on Person { id } ... on Club { id } ... on NationalTeam { id } ... on Stadium { id } ... on Article { id }
    } }
  }
}`;

interface Edge { cursor: string; matched: string; field: string; match: string; score: number; node: { __typename: string; id: string } }
interface Result { search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Edge[] } }

const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

let graph: TestGraph;
let api: TestApi;

beforeAll(async () => {
  graph = await openSeededGraph();
  api = await createTestApi(graph.engine);
});

afterAll(async () => {
  await api.server.apollo.stop();
  await graph.close();
});

const search = async (query: string, extra: Record<string, unknown> = {}) => (await api.data<Result>(SEARCH, { query, first: 100, ...extra })).search;

describe('search over the whole seeded graph', () => {
  // Every name the curated bundle gives each entity: name, full, short, localized names, nicknames, aliases.
  const cases = curatedKnowledge.entities.flatMap((e) =>
    [e.name, e.fullName, e.shortName, e.nameNl, e.nameFr, e.nameEn, ...(e.nicknames ?? []), ...(e.aliases ?? [])]
      .filter((n): n is string => Boolean(n))
      .map((name) => [e.id, name] as const),
  );

  it('covers every entity of the graph: the seeded bundle is the whole graph', async () => {
    const stored = (await graph.engine.read('entities/by-ids', { ids: curatedKnowledge.entities.map((e) => e.id) })).filter((r) => r.id !== null);
    expect(stored).toHaveLength(curatedKnowledge.entities.length);
    const [version] = await graph.engine.read('search/version', { key: 'derived:version' });
    expect(version!.entities).toBe(curatedKnowledge.entities.length);
    expect(new Set(cases.map(([id]) => id)).size).toBe(curatedKnowledge.entities.length);
    expect(cases.length).toBeGreaterThan(curatedKnowledge.entities.length * 2);
  });

  it.each(cases)('finds %s by "%s", as written, without accents, in upper and lower case', async (id, name) => {
    for (const query of new Set([name, stripAccents(name), name.toUpperCase(), stripAccents(name).toLowerCase()])) {
      const hits = await search(query);
      const hit = hits.edges.find((e) => e.node.id === id);
      expect({ query, found: hit ? { match: hit.match } : null }).toEqual({ query, found: { match: 'EXACT' } });
      expect(stripAccents(hit!.matched).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).toBe(stripAccents(name).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
    }
  });

  it('finds every article by its description', async () => {
    for (const s of curatedKnowledge.sources.filter((x) => x.kind === 'ARTICLE')) {
      const hits = await search(s.name, { types: ['ARTICLE'] });
      expect(hits.edges[0]).toMatchObject({ node: { __typename: 'Article', id: s.id }, match: 'EXACT', field: 'NAME' });
    }
  });
});

describe('search behaviour', () => {
  it('finds nicknames, aliases and names in other languages, saying which matched', async () => {
    expect((await search('Malinwa')).edges[0]).toMatchObject({ node: { id: 'club:kv-mechelen' }, matched: 'Malinwa', field: 'NICKNAME', match: 'EXACT' });
    expect((await search('kvm')).edges[0]).toMatchObject({ node: { id: 'club:kv-mechelen' }, matched: 'KVM', field: 'ALIAS', match: 'EXACT' });
    expect((await search('Standard Luik')).edges[0]).toMatchObject({ node: { id: 'club:standard-liege' }, matched: 'Standard Luik', field: 'DUTCH_NAME' });
    expect((await search('Rode Duivels')).edges[0]).toMatchObject({ node: { __typename: 'NationalTeam', id: 'nt:belgium' }, field: 'NICKNAME' });
    expect((await search('diables rouges')).edges[0]).toMatchObject({ node: { id: 'nt:belgium' }, matched: 'Diables Rouges' });
  });

  it('is accent- and case-insensitive on parts of names', async () => {
    const liege = await search('liege', { types: ['CLUB'] });
    expect(liege.edges[0]).toMatchObject({ node: { id: 'club:standard-liege' }, match: 'WORD' });
    expect(liege.edges[0]!.matched).toMatch(/Liège|Liege/);
    const defour = await search('defour');
    expect(defour.edges[0]).toMatchObject({ node: { id: 'person:steven-defour' }, matched: 'Defour', field: 'SHORT_NAME', match: 'EXACT' });
    expect((await search('steven')).edges[0]).toMatchObject({ node: { id: 'person:steven-defour' }, match: 'PREFIX' });
    expect((await search('defour steven')).edges[0]).toMatchObject({ node: { id: 'person:steven-defour' }, match: 'WORD' });
    const partial = await search('echel');
    expect(partial.edges.map((e) => e.node.id)).toContain('club:kv-mechelen');
    expect(partial.edges.find((e) => e.node.id === 'club:kv-mechelen')!.match).toBe('SUBSTRING');
  });

  it('tolerates a typo and ranks the closest name first', async () => {
    const typo = await search('Defuor');
    expect(typo.edges[0]).toMatchObject({ node: { id: 'person:steven-defour' }, match: 'FUZZY' });
    expect((await search('Vranken')).edges[0]).toMatchObject({ node: { id: 'person:wouter-vrancken' }, match: 'FUZZY' });
    expect((await search('Stven Defour')).edges[0]).toMatchObject({ node: { id: 'person:steven-defour' }, match: 'FUZZY' });
    // Exact beats prefix beats typo.
    const scores = (await search('Standard')).edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('filters by type', async () => {
    const stadiums = await search('Standard', { types: ['STADIUM'] });
    expect(stadiums.edges.every((e) => e.node.__typename === 'Stadium')).toBe(true);
    const sclessin = await search('Sclessin', { types: ['STADIUM'] });
    expect(sclessin.edges[0]).toMatchObject({ node: { id: 'stadium:sclessin' }, match: 'EXACT' });
    const articles = await search('marathon', { types: ['ARTICLE'] });
    expect(articles.edges.map((e) => e.node.id)).toEqual(['article:004_ac7a351d2204009c']);
  });

  it('pages in a stable order', async () => {
    const all = await search('k', { first: 100 });
    const page1 = await search('k', { first: 3 });
    const page2 = await search('k', { first: 3, after: page1.pageInfo.endCursor });
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual(all.edges.slice(0, 6).map((e) => e.node.id));
    expect(page1.totalCount).toBe(all.totalCount);
  });

  it('refuses an empty query, a long query and a page above 100', async () => {
    for (const [query, first] of [['   ', 10], ['x'.repeat(101), 10], ['Defour', 101]] as const) {
      const r = await api.run(SEARCH, { query, first });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('finds a name added after the index was built', async () => {
    expect((await search('Zinedine Testperson')).totalCount).toBe(0);
    await writeBundle(graph.engine, {
      sources: [],
      entities: [{ id: 'person:zinedine-testperson', type: 'PERSON', name: 'Zinédine Testperson', aliases: ['Zizou T'], sources: [{ source: 'editor:curation', detail: 'test fixture' }] }],
      facts: [],
    }, { has: (id) => id === 'editor:curation' });
    await rebuildDerived(graph.engine);
    expect((await search('zinedine testperson')).edges[0]).toMatchObject({ node: { id: 'person:zinedine-testperson' }, match: 'EXACT' });
    expect((await search('Zizou T')).edges[0]).toMatchObject({ node: { id: 'person:zinedine-testperson' }, field: 'ALIAS' });
  });
});
