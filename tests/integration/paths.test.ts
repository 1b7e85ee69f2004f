// Connection paths on the real embedded graph: the curated articles, plus (second suite) a small
// fixture of fictional players and staff at Standard Liège to exercise derived links.
import { rebuildDerived } from '../../src/services/derived/rebuild';
import type { KnowledgeBundle } from '../../src/domain/types';
import { writeBundle } from '../../src/services/write/bundle';
import { createTestApi, openSeededGraph, type TestApi, type TestGraph } from '../support/graph';

const CONNECTIONS = `query($from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [Relation!], $window: PeriodInput, $first: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, window: $window, first: $first) {
    totalCount shortestLength method
    edges { node { length summary
      ends { __typename ... on Person { id } ... on Club { id } ... on NationalTeam { id } }
      hops { relation explanation seasons team { id }
        from { ... on Person { id } ... on Club { id } ... on NationalTeam { id } }
        to { ... on Person { id } ... on Club { id } ... on NationalTeam { id } }
        period { from to text undated }
        facts { id }
        sources { source { id } detail teaser confidence } } } }
  }
}`;

interface Hop {
  relation: string;
  explanation: string;
  seasons: string[];
  team: { id: string } | null;
  from: { id: string };
  to: { id: string };
  period: { from: string | null; to: string | null; text: string; undated: boolean };
  facts: { id: string }[];
  sources: { source: { id: string }; detail: string | null; teaser: boolean; confidence: number }[];
}
interface PathNode { length: number; summary: string; ends: { __typename: string; id: string }[]; hops: Hop[] }
interface Result { connections: { totalCount: number; shortestLength: number | null; method: string; edges: { node: PathNode }[] } }

const DEFOUR = 'person:steven-defour';

async function connect(api: TestApi, from: string, to: string, extra: Record<string, unknown> = {}): Promise<Result['connections']> {
  return (await api.data<Result>(CONNECTIONS, { from, to, first: 100, ...extra })).connections;
}

/** The rule: no hop without a relation, a period (or an explicit "undated") and a source. */
function expectExplained(paths: PathNode[]): void {
  for (const p of paths) {
    expect(p.hops).toHaveLength(p.length);
    expect(p.ends).toHaveLength(p.length + 1);
    p.hops.forEach((h, i) => {
      expect(h.relation).toBeTruthy();
      expect(h.period.text).toBeTruthy();
      expect(h.period.undated).toBe(h.period.text === 'undated');
      expect(h.sources.length).toBeGreaterThan(0);
      expect(h.facts.length).toBeGreaterThan(0);
      expect(h.explanation.length).toBeGreaterThan(10);
      expect(h.from.id).toBe(p.ends[i]!.id);
      expect(h.to.id).toBe(p.ends[i + 1]!.id);
    });
  }
}

describe('connections on the curated graph', () => {
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

  it('links Defour to Kompany through their reported contact, dated 2022/23 and sourced', async () => {
    const c = await connect(api, DEFOUR, 'person:vincent-kompany');
    expect(c.shortestLength).toBe(1);
    expect(c.method).toBe('ENGINE_SHORTEST_PATHS');
    const [hop] = c.edges[0]!.node.hops;
    expect(hop!.relation).toBe('IN_CONTACT');
    expect(hop!.period.text).toBe('2022/23');
    expect(hop!.explanation).toBe('Steven Defour and Vincent Kompany were in contact about the cup final: winning trophies as a player versus as a coach (2022/23).');
    expect(hop!.sources.map((s) => s.source.id)).toEqual(expect.arrayContaining(['article:001_847aaf11c6367334', 'editor:curation']));
    expectExplained(c.edges.map((e) => e.node));
  });

  it('reads the same path backwards from Kompany to Defour', async () => {
    const c = await connect(api, 'person:vincent-kompany', DEFOUR);
    expect(c.edges[0]!.node.hops[0]!).toMatchObject({ relation: 'IN_CONTACT', from: { id: 'person:vincent-kompany' }, to: { id: DEFOUR } });
  });

  it('links Defour to Hasi by the stated succession at KV Mechelen, not by a month of overlapping head-coach dates', async () => {
    const c = await connect(api, DEFOUR, 'person:besnik-hasi');
    expect(c.shortestLength).toBe(1);
    expect(c.edges.map((e) => e.node.hops[0]!.relation)).toEqual(['SUCCEEDED_BY']);
    const hop = c.edges[0]!.node.hops[0]!;
    expect(hop.team?.id).toBe('club:kv-mechelen');
    expect(hop.period.text).toBe('2023-11');
    expect(hop.explanation).toBe('Steven Defour was succeeded by Besnik Hasi as head coach at KV Mechelen (2023-11).');
    expect(hop.sources.map((s) => s.source.id)).toContain('article:003_db66e4b8c880dbf0');
  });

  it('links Defour to Vrancken twice: as his assistant (dated) and by the mentorship (undated)', async () => {
    const c = await connect(api, DEFOUR, 'person:wouter-vrancken');
    expect(c.shortestLength).toBe(1);
    const byRelation = Object.fromEntries(c.edges.map((e) => [e.node.hops[0]!.relation, e.node.hops[0]!]));
    expect(Object.keys(byRelation).sort()).toEqual(['MENTORED_BY', 'SAME_STAFF']);
    expect(byRelation.SAME_STAFF!.explanation).toMatch(/^Steven Defour was assistant coach under Wouter Vrancken at KV Mechelen \(2021-05-11/);
    expect(byRelation.SAME_STAFF!.facts.map((f) => f.id)).toEqual(['fact:tenure:steven-defour:kv-mechelen:assistant-coach']);
    expect(byRelation.MENTORED_BY!.period).toMatchObject({ undated: true, text: 'undated', from: null, to: null });
    expect(byRelation.MENTORED_BY!.sources.map((s) => s.source.id)).toEqual(expect.arrayContaining(['article:002_71773532a5f1564e', 'article:001_847aaf11c6367334']));
    // Dated links rank before undated ones of the same length.
    expect(c.edges[0]!.node.hops[0]!.relation).toBe('SAME_STAFF');
    expectExplained(c.edges.map((e) => e.node));
  });

  it('finds longer paths, every hop explained', async () => {
    const c = await connect(api, 'person:jan-boden', 'person:besnik-hasi');
    expect(c.shortestLength).toBe(2);
    expect(c.edges[0]!.node.summary).toBe('Jan Boden → worked with → Steven Defour → was succeeded by → Besnik Hasi');
    expectExplained(c.edges.map((e) => e.node));
  });

  it('ends a path at a club: a person played for it, a teaser-only tenure is marked as such', async () => {
    const standard = await connect(api, DEFOUR, 'club:standard-liege');
    expect(standard.edges[0]!.node.hops[0]).toMatchObject({ relation: 'PLAYED_FOR', seasons: ['2006/07', '2007/08', '2008/09', '2009/10', '2010/11'], explanation: 'Steven Defour played for Standard Liège (2006/07–2010/11).' });
    const bayern = await connect(api, 'person:isabel-stams', 'club:bayern-munchen');
    expect(bayern.edges[0]!.node.summary).toBe('Isabel Stams → married to → Steven Defour → in contact with → Vincent Kompany → worked at → FC Bayern München');
    const last = bayern.edges[0]!.node.hops[2]!;
    expect(last.period.undated).toBe(true);
    expect(last.sources.every((s) => s.teaser)).toBe(true);
    expectExplained([...standard.edges, ...bayern.edges].map((e) => e.node));
  });

  it('links two clubs by a transfer between them, and a club to itself never', async () => {
    const c = await connect(api, 'club:krc-genk', 'club:standard-liege');
    expect(c.shortestLength).toBe(1);
    expect(c.edges[0]!.node.hops[0]).toMatchObject({ relation: 'TRANSFER', explanation: 'Steven Defour moved from KRC Genk to Standard Liège (2006).' });
    const same = await api.run(CONNECTIONS, { from: 'club:krc-genk', to: 'club:krc-genk' });
    expect(same.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses maxHops above 6 before any database call', async () => {
    const r = await api.run(CONNECTIONS, { from: DEFOUR, to: 'person:vincent-kompany', maxHops: 7 });
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'MAX_HOPS', field: 'maxHops' });
    expect(r.dbCalls).toBe(0);
    const zero = await api.run(CONNECTIONS, { from: DEFOUR, to: 'person:vincent-kompany', maxHops: 0 });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(zero.dbCalls).toBe(0);
  });

  it('answers NOT_FOUND for an unknown end and BAD_USER_INPUT for a malformed one or a bad window', async () => {
    const unknown = await api.run(CONNECTIONS, { from: DEFOUR, to: 'person:nobody-at-all' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await api.run(CONNECTIONS, { from: DEFOUR, to: 'fact:spell:steven-defour:krc-genk' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const window = await api.run(CONNECTIONS, { from: DEFOUR, to: 'person:besnik-hasi', window: { from: '2024-01-01', to: '2023-01-01' } });
    expect(window.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps only the relation types asked for, in either direction', async () => {
    const mentored = await connect(api, DEFOUR, 'person:wouter-vrancken', { relationTypes: ['MENTORED'] });
    // One of the engine's shortest paths passes the filter, so it is the filtered shortest path.
    expect(mentored.method).toBe('ENGINE_SHORTEST_PATHS');
    expect(mentored.edges.map((e) => e.node.hops.map((h) => h.relation))).toEqual([['MENTORED_BY']]);
    const teammates = await connect(api, DEFOUR, 'person:vincent-kompany', { relationTypes: ['PLAYED_TOGETHER'] });
    expect(teammates).toMatchObject({ totalCount: 0, shortestLength: null, edges: [] });
  });

  it('keeps only hops dated inside a window', async () => {
    const in2021 = await connect(api, DEFOUR, 'person:besnik-hasi', { window: { from: '2021-01-01', to: '2021-12-31' } });
    expect(in2021.totalCount).toBe(0);
    const in2023 = await connect(api, DEFOUR, 'person:besnik-hasi', { window: { from: '2023-01-01', to: '2023-12-31' } });
    expect(in2023.edges[0]!.node.hops[0]!.relation).toBe('SUCCEEDED_BY');
    // Undated hops cannot be shown to fall inside a window.
    const vrancken = await connect(api, DEFOUR, 'person:wouter-vrancken', { window: { from: '2021-05-01', to: '2021-05-31' } });
    expect(vrancken.edges.map((e) => e.node.hops[0]!.relation)).toEqual(['SAME_STAFF']);
  });

  it('searches step by step when the filters rule out every shortest path, and finds the longer one', async () => {
    // Shortest: Defour was succeeded by Hasi. Without successions, no path within 4 hops.
    const noSuccession = await connect(api, DEFOUR, 'person:besnik-hasi', { relationTypes: ['IN_CONTACT', 'MENTORED', 'SAME_STAFF', 'WORKED_WITH', 'MARRIED', 'FAMILY'] });
    expect(noSuccession).toMatchObject({ method: 'FILTERED_SEARCH', totalCount: 0, shortestLength: null });
    // Shortest from Boden to Hasi goes through Defour's succession; kept, it stays 2 hops.
    const viaSuccession = await connect(api, 'person:jan-boden', 'person:besnik-hasi', { relationTypes: ['WORKED_WITH', 'SUCCEEDED'] });
    expect(viaSuccession.edges.map((e) => e.node.summary)).toEqual(['Jan Boden → worked with → Steven Defour → was succeeded by → Besnik Hasi']);
  });

  it('pages through paths with cursors', async () => {
    const first = await api.data<{ connections: { edges: { node: { summary: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `{ connections(from: "${DEFOUR}", to: "person:wouter-vrancken", first: 1) { edges { node { summary } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.connections.pageInfo.hasNextPage).toBe(true);
    const next = await api.data<{ connections: { edges: { node: { summary: string } }[] } }>(
      `query($after: String) { connections(from: "${DEFOUR}", to: "person:wouter-vrancken", first: 1, after: $after) { edges { node { summary } } } }`,
      { after: first.connections.pageInfo.endCursor },
    );
    expect(next.connections.edges[0]!.node.summary).toBe('Steven Defour → was mentored by → Wouter Vrancken');
  });
});

/** Fictional people at Standard Liège around Defour's years there, to exercise derived links. */
const FIXTURE: KnowledgeBundle = (() => {
  const cite = [{ source: 'editor:curation', detail: 'test fixture' }];
  const person = (slug: string, name: string) => ({ id: `person:${slug}`, type: 'PERSON' as const, name, sources: cite });
  const spell = (slug: string, start: string, end: string) => ({ id: `fact:spell:${slug}:standard-liege`, kind: 'spell' as const, type: 'SENIOR', start, end, refs: { person: `person:${slug}`, team: 'club:standard-liege' }, details: {}, sources: cite });
  return {
    sources: [],
    entities: [person('test-theta', 'Test Theta'), person('test-alpha', 'Test Alpha'), person('test-beta', 'Test Beta'), person('test-zeta', 'Test Zeta'), person('test-epsilon', 'Test Epsilon'), person('test-delta', 'Test Delta'), person('test-eta', 'Test Eta')],
    facts: [
      spell('test-alpha', '2006', '2009'),
      spell('test-beta', '2008', '2012'),
      // Same 2009/10 season, but one left in December and the other came in January.
      spell('test-zeta', '2009', '2009-12'),
      spell('test-epsilon', '2010-01', '2010-06'),
      // Two spells with a gap between them.
      spell('test-theta', '2006', '2007'),
      { ...spell('test-theta', '2009', '2010'), id: 'fact:spell:test-theta:standard-liege:2' },
      { id: 'fact:tenure:test-delta:standard-liege:head-coach', kind: 'tenure', type: 'HEAD_COACH', start: '2007-07', end: '2008-06', refs: { person: 'person:test-delta', team: 'club:standard-liege' }, details: {}, sources: cite },
      { id: 'fact:tenure:test-eta:standard-liege:video-analyst', kind: 'tenure', type: 'VIDEO_ANALYST', start: '2007-07', end: '2008-06', refs: { person: 'person:test-eta', team: 'club:standard-liege' }, details: {}, sources: cite },
      { id: 'fact:tenure:test-beta:kv-oostende:assistant-coach', kind: 'tenure', type: 'ASSISTANT_COACH', start: '2015-07', refs: { person: 'person:test-beta', team: 'club:kv-oostende' }, details: {}, sources: cite },
    ],
  };
})();

describe('derived links: teammates, staff colleagues, player and coach', () => {
  let graph: TestGraph;
  let api: TestApi;
  beforeAll(async () => {
    graph = await openSeededGraph();
    await writeBundle(graph.engine, FIXTURE, { has: (id) => id.startsWith('club:') || id.startsWith('editor:') });
    await rebuildDerived(graph.engine);
    api = await createTestApi(graph.engine);
  });
  afterAll(async () => {
    await api.server.apollo.stop();
    await graph.close();
  });

  it('links teammates by overlapping spells, with the overlap and both spells as sources', async () => {
    const c = await connect(api, 'person:test-alpha', DEFOUR);
    expect(c.shortestLength).toBe(1);
    const hop = c.edges[0]!.node.hops[0]!;
    expect(hop).toMatchObject({ relation: 'PLAYED_TOGETHER', team: { id: 'club:standard-liege' }, seasons: ['2006/07', '2007/08', '2008/09'] });
    expect(hop.explanation).toBe('Test Alpha and Steven Defour played together at Standard Liège (2006/07–2008/09).');
    expect(hop.facts.map((f) => f.id).sort()).toEqual(['fact:spell:steven-defour:standard-liege', 'fact:spell:test-alpha:standard-liege']);
    expect(hop.sources.map((s) => s.source.id)).toEqual(expect.arrayContaining(['article:002_71773532a5f1564e', 'editor:curation']));
  });

  it('does not link two players of one season who never overlapped in it', async () => {
    const c = await connect(api, 'person:test-zeta', 'person:test-epsilon');
    expect(c.shortestLength).toBe(2);
    for (const e of c.edges) expect(e.node.hops.every((h) => h.relation === 'PLAYED_TOGETHER')).toBe(true);
    expect(c.edges.map((e) => e.node.ends[1]!.id)).toContain(DEFOUR);
    expectExplained(c.edges.map((e) => e.node));
  });

  it('links a head coach to the players of his tenure, and staff colleagues to each other', async () => {
    const coached = await connect(api, 'person:test-delta', 'person:test-alpha');
    expect(coached.edges[0]!.node.hops[0]).toMatchObject({ relation: 'COACHED', explanation: 'Test Delta was head coach of Standard Liège while Test Alpha played there (2007/08).' });
    const coachedBy = await connect(api, DEFOUR, 'person:test-delta');
    expect(coachedBy.edges[0]!.node.hops[0]!.relation).toBe('COACHED_BY');
    const staff = await connect(api, 'person:test-delta', 'person:test-eta');
    expect(staff.edges[0]!.node.hops[0]).toMatchObject({ relation: 'SAME_STAFF', explanation: 'Test Delta (head coach) and Test Eta (video analyst) were on the staff of Standard Liège together (2007/08).' });
    const club = await connect(api, 'person:test-eta', 'person:test-alpha');
    expect(club.edges[0]!.node.hops[0]!.relation).toBe('SAME_CLUB');
  });

  it('finds a longer path step by step when the filters exclude the direct link', async () => {
    const direct = await connect(api, 'person:test-eta', 'person:test-alpha');
    expect(direct.edges.map((e) => e.node.hops[0]!.relation)).toEqual(['SAME_CLUB']);
    const viaCoach = await connect(api, 'person:test-eta', 'person:test-alpha', { relationTypes: ['SAME_STAFF', 'COACHED'] });
    expect(viaCoach.method).toBe('FILTERED_SEARCH');
    expect(viaCoach.edges.map((e) => e.node.summary)).toEqual(['Test Eta → on the same staff as → Test Delta → coached → Test Alpha']);
    expectExplained(viaCoach.edges.map((e) => e.node));
    // A window before the staff's season leaves nothing.
    const before = await connect(api, 'person:test-eta', 'person:test-alpha', { relationTypes: ['SAME_STAFF', 'COACHED'], window: { from: '2006-07-01', to: '2007-06-30' } });
    expect(before.totalCount).toBe(0);
  });

  it('joins two clubs through the people who played for both, step by step', async () => {
    const c = await connect(api, 'club:standard-liege', 'club:fc-porto');
    expect(c.method).toBe('FILTERED_SEARCH');
    expect(c.edges.map((e) => e.node.summary)).toContain('Standard Liège → transfer with → FC Porto');
    expect(c.edges[0]!.node.hops[0]!.explanation).toBe('Steven Defour moved from Standard Liège to FC Porto (2011).');
  });

  it('lists teammates by club and period, with the seasons shared and who became a coach later', async () => {
    const q = `query($club: ID, $from: Date, $to: Date) { person(id: "${DEFOUR}") { teammates(club: $club, from: $from, to: $to) { totalCount edges { node {
      person { id } team { id } period { text } seasons laterStaffRoles { id role } facts { id } sources { source { id } } } } } } }`;
    type T = { person: { teammates: { totalCount: number; edges: { node: { person: { id: string }; team: { id: string }; period: { text: string }; seasons: string[]; laterStaffRoles: { id: string; role: string }[]; facts: { id: string }[]; sources: unknown[] } }[] } } };
    const all = (await api.data<T>(q, { club: 'club:standard-liege' })).person.teammates;
    const byId = Object.fromEntries(all.edges.map((e) => [e.node.person.id, e.node]));
    expect(Object.keys(byId).sort()).toEqual(['person:test-alpha', 'person:test-beta', 'person:test-epsilon', 'person:test-theta', 'person:test-zeta']);
    expect(byId['person:test-theta']).toMatchObject({ seasons: ['2006/07', '2009/10'], period: { text: '2006/07, 2009/10' } });
    expect(byId['person:test-beta']).toMatchObject({ seasons: ['2008/09', '2009/10', '2010/11'], period: { text: '2008/09–2010/11' }, laterStaffRoles: [{ id: 'fact:tenure:test-beta:kv-oostende:assistant-coach', role: 'ASSISTANT_COACH' }] });
    expect(byId['person:test-epsilon']).toMatchObject({ seasons: ['2009/10'], period: { text: '2010-01–2010-06' }, laterStaffRoles: [] });
    expect(byId['person:test-beta']!.facts[0]!.id).toBe('fact:spell:steven-defour:standard-liege');
    for (const t of all.edges) expect(t.node.sources.length).toBeGreaterThan(0);
    const early = (await api.data<T>(q, { club: 'club:standard-liege', from: '2006-07-01', to: '2007-06-30' })).person.teammates;
    expect(early.edges.map((e) => e.node.person.id)).toEqual(['person:test-alpha', 'person:test-theta']);
    const elsewhere = (await api.data<T>(q, { club: 'club:fc-porto' })).person.teammates;
    expect(elsewhere.totalCount).toBe(0);
  });
});
