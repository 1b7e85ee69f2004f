import { createTestApi, openSeededGraph, type TestApi, type TestGraph } from '../support/graph';

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

const CAREER = `query {
  person(id: "person:steven-defour") {
    id name
    spells(first: 20, level: SENIOR) { totalCount edges { node { team { id name } start { text precision } end { text precision } sources { source { id kind } } } } }
  }
}`;

type Career = {
  person: {
    id: string;
    name: string;
    spells: { totalCount: number; edges: { node: { team: { id: string; name: string }; start: { text: string; precision: string }; end: { text: string } | null; sources: { source: { id: string; kind: string } }[] } }[] };
  };
};

describe('foundation slice', () => {
  it('answers Steven Defour by stable id', async () => {
    const data = await api.data<{ person: { name: string } }>('{ person(id: "person:steven-defour") { name } }');
    expect(data.person.name).toBe('Steven Defour');
  });

  it('returns his seven senior clubs in career order with years and their source', async () => {
    const data = await api.data<Career>(CAREER);
    const spells = data.person.spells.edges.map((e) => e.node);
    expect(spells.map((s) => s.team.id)).toEqual([
      'club:krc-genk',
      'club:standard-liege',
      'club:fc-porto',
      'club:rsc-anderlecht',
      'club:burnley',
      'club:royal-antwerp',
      'club:kv-mechelen',
    ]);
    expect(spells.map((s) => s.start.text)).toEqual(['2004', '2006', '2011', '2014', '2016', '2019', '2020']);
    expect(spells.slice(0, 6).map((s) => s.end?.text)).toEqual(['2006', '2011', '2014', '2016', '2019', '2020']);
    for (const s of spells) {
      expect(s.start.precision).toBe('YEAR');
      expect(s.sources.map((c) => c.source.id)).toContain('article:002_71773532a5f1564e');
    }
  });

  it('resolves the same objects through node(id:) and club(id:)', async () => {
    const data = await api.data<{ node: { __typename: string; name: string }; club: { name: string; names: { fr: string } } }>(
      '{ node(id: "club:kv-mechelen") { __typename ... on Club { name } } club(id: "club:standard-liege") { name names { fr } } }',
    );
    expect(data.node).toEqual({ __typename: 'Club', name: 'KV Mechelen' });
    expect(data.club).toEqual({ name: 'Standard Liège', names: { fr: 'Standard de Liège' } });
  });

  it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await api.run('{ person(id: "person:nobody-here") { name } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ person: null });
    const malformed = await api.run('{ person(id: "club:kv-mechelen") { name } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a page size above 100 with BAD_USER_INPUT', async () => {
    const r = await api.run('{ person(id: "person:steven-defour") { spells(first: 101) { totalCount } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through spells with cursors', async () => {
    const first = await api.data<{ person: { spells: { edges: { node: { team: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }>(
      '{ person(id: "person:steven-defour") { spells(first: 3) { edges { node { team { id } } } pageInfo { hasNextPage endCursor } } } }',
    );
    expect(first.person.spells.pageInfo.hasNextPage).toBe(true);
    const next = await api.data<{ person: { spells: { edges: { node: { team: { id: string } } }[] } } }>(
      'query($after: String) { person(id: "person:steven-defour") { spells(first: 3, after: $after) { edges { node { team { id } } } } } }',
      { after: first.person.spells.pageInfo.endCursor },
    );
    expect(next.person.spells.edges.map((e) => e.node.team.id)).toEqual(['club:rsc-anderlecht', 'club:burnley', 'club:royal-antwerp']);
  });

  it('batches: the career query costs the same number of database calls however many spells there are', async () => {
    const r = await api.run(CAREER);
    expect(r.errors).toBeUndefined();
    // person, spells, teams, citations, sources: one call per level of nesting
    expect(r.dbCalls).toBeLessThanOrEqual(5);
  });
});
