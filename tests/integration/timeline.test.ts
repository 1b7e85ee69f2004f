// Timelines, role handovers, staff during a period and coaching trees on the real embedded graph.
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

const DEFOUR = 'person:steven-defour';
const KVM = 'club:kv-mechelen';

interface Entry {
  kind: string;
  date: { text: string; precision: string; earliest: string } | null;
  end: { text: string; earliest: string } | null;
  undated: boolean;
  summary: string;
  fact: { id: string } | null;
  article: { id: string } | null;
  sources: { source: { id: string } }[];
}

const TIMELINE = `query($kinds: [TimelineKind!], $first: Int) { person(id: "${DEFOUR}") { timeline(kinds: $kinds, first: $first) { totalCount edges { node {
  kind date { text precision earliest } end { text earliest } undated summary fact { id } article { id } sources { source { id } } } } } } }`;

async function timeline(kinds?: string[]): Promise<{ totalCount: number; entries: Entry[] }> {
  const t = (await api.data<{ person: { timeline: { totalCount: number; edges: { node: Entry }[] } } }>(TIMELINE, { kinds, first: 100 })).person.timeline;
  return { totalCount: t.totalCount, entries: t.edges.map((e) => e.node) };
}

describe('Person.timeline', () => {
  it('puts everything about Defour in date order, from his youth club to the marathon, each entry sourced', async () => {
    const { totalCount, entries } = await timeline();
    expect(totalCount).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(40);
    expect(entries[0]).toMatchObject({ kind: 'SPELL', summary: 'Youth player at KRC Genk', date: null, end: { text: '2004' } });
    expect(entries[1]).toMatchObject({ kind: 'SPELL', summary: 'Player at KRC Genk', date: { text: '2004', precision: 'YEAR' } });
    const dated = entries.filter((e) => !e.undated);
    const keys = dated.map((e) => e.date?.earliest ?? e.end!.earliest);
    expect([...keys].sort()).toEqual(keys);
    // Undated entries come last.
    expect(entries.slice(dated.length).every((e) => e.undated)).toBe(true);
    const marathon = dated.findIndex((e) => e.fact?.id === 'fact:event:steven-defour:london-marathon');
    expect(dated[marathon]).toMatchObject({ kind: 'EVENT', date: { text: '2025-04-27', precision: 'DAY' }, summary: 'Ran a marathon in London in 3:26' });
    expect(dated[dated.length - 1]).toMatchObject({ kind: 'ARTICLE', article: { id: 'article:004_ac7a351d2204009c' } });
    for (const e of entries) expect(e.sources.length).toBeGreaterThan(0);
    // Every kind of dated thing shows up.
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['SPELL', 'TRANSFER', 'HONOUR', 'NATIONAL_TEAM', 'EVENT', 'FAMILY_EVENT', 'STAFF_ROLE', 'SUCCESSION', 'RELATIONSHIP', 'QUALIFICATION', 'ARTICLE']));
  });

  it("puts his father's death and burial on Defour's timeline, citing the event and the family relationship", async () => {
    const { entries } = await timeline(['FAMILY_EVENT']);
    expect(entries.map((e) => [e.fact?.id, e.summary, e.date?.text ?? null])).toEqual([
      ['fact:event:father-of-steven-defour:death', 'Father died', '2018'],
      ['fact:event:father-of-steven-defour:burial', 'Father buried just behind the KV Mechelen stadium', null],
    ]);
    // Each cites the article twice: for the event, and for the relationship that brings it here.
    for (const e of entries) expect(e.sources.map((s) => s.source.id)).toEqual(['article:000_220396dbe9057725', 'article:000_220396dbe9057725']);
    // The facts are the father's: on his own timeline they are plain events, not repeated as family ones.
    const father = (await api.data<{ person: { timeline: { edges: { node: Entry }[] } } }>(
      `{ person(id: "person:father-of-steven-defour") { timeline(first: 100) { edges { node { kind summary fact { id } date { text precision earliest } end { text earliest } undated article { id } sources { source { id } } } } } } }`,
    )).person.timeline.edges.map((e) => e.node);
    expect(father.filter((e) => e.kind === 'EVENT').map((e) => e.fact?.id).sort()).toEqual(['fact:event:father-of-steven-defour:burial', 'fact:event:father-of-steven-defour:death']);
    expect(father.some((e) => e.kind === 'FAMILY_EVENT' && e.fact?.id.startsWith('fact:event:father-of-steven-defour'))).toBe(false);
  });

  it('places a licence being pursued when a source attests it, not among the undated', async () => {
    const { entries } = await timeline(['QUALIFICATION']);
    expect(entries.map((e) => [e.fact?.id, e.summary, e.date?.text ?? null, e.undated])).toEqual([
      ['fact:qualification:steven-defour:uefa-a', 'UEFA A licence being pursued', '2021-05', false],
      ['fact:qualification:steven-defour:uefa-pro', 'UEFA PRO licence being pursued', '2023/24', false],
    ]);
  });

  it('keeps the precision of each date and shows the career turns in order', async () => {
    const { entries } = await timeline(['SPELL', 'STAFF_ROLE', 'SUCCESSION']);
    expect(entries.map((e) => `${e.date?.text ?? '-'} ${e.summary}`)).toEqual([
      '- Youth player at KRC Genk',
      '2004 Player at KRC Genk',
      '2006 Player at Standard Liège',
      '2011 Player at FC Porto',
      '2014 Player at RSC Anderlecht',
      '2016 Player at Burnley FC',
      '2019 Player at Royal Antwerp FC',
      '2020 Player at KV Mechelen',
      '2021-05-11 Assistant coach at KV Mechelen under Wouter Vrancken',
      '2022-10 Head coach at KV Mechelen',
      '2022-10 Succeeded Danny Buijs as head coach of KV Mechelen',
      '2023-11 Succeeded as head coach of KV Mechelen by Besnik Hasi',
      '2023-11-01..2025-04-28 TV analyst',
    ]);
    expect(entries.find((e) => e.summary === 'TV analyst')!.date!.precision).toBe('RANGE');
  });

  it('lists every article that reports on him, at its publication date', async () => {
    const { entries } = await timeline(['ARTICLE']);
    expect(entries.map((e) => e.article!.id)).toEqual([
      'article:002_71773532a5f1564e',
      'article:001_847aaf11c6367334',
      'article:000_220396dbe9057725',
      'article:003_db66e4b8c880dbf0',
      'article:004_ac7a351d2204009c',
    ]);
  });
});

describe('predecessors and successors', () => {
  it('names who coached KV Mechelen before and after Defour, from the stated successions', async () => {
    const q = `{ person(id: "${DEFOUR}") {
      predecessors(role: HEAD_COACH, team: "${KVM}") { person { id } inferred tenure { id } otherTenure { id } succession { id } sources { source { id } } }
      successors(role: HEAD_COACH, team: "${KVM}") { person { id } inferred otherTenure { id } succession { id } sources { source { id } } } } }`;
    type H = { person: { id: string }; inferred: boolean; otherTenure: { id: string } | null; succession: { id: string } | null; sources: { source: { id: string } }[] };
    const p = (await api.data<{ person: { predecessors: H[]; successors: H[] } }>(q)).person;
    expect(p.predecessors).toHaveLength(1);
    expect(p.predecessors[0]).toMatchObject({ person: { id: 'person:danny-buijs' }, inferred: false, otherTenure: { id: 'fact:tenure:danny-buijs:kv-mechelen:head-coach' }, succession: { id: 'fact:succession:head-coach:kv-mechelen:danny-buijs:steven-defour' } });
    expect(p.predecessors[0]!.sources.map((s) => s.source.id)).toContain('article:001_847aaf11c6367334');
    expect(p.successors).toHaveLength(1);
    expect(p.successors[0]).toMatchObject({ person: { id: 'person:besnik-hasi' }, inferred: false, succession: { id: 'fact:succession:head-coach:kv-mechelen:steven-defour:besnik-hasi' } });
    expect(p.successors[0]!.sources.map((s) => s.source.id)).toContain('article:003_db66e4b8c880dbf0');
  });

  it('has nobody before his assistant role: no stated or dated earlier assistant', async () => {
    const q = `{ person(id: "${DEFOUR}") { predecessors(role: ASSISTANT_COACH) { person { id } } } }`;
    expect((await api.data<{ person: { predecessors: unknown[] } }>(q)).person.predecessors).toEqual([]);
  });
});

describe('Club.staffDuring', () => {
  const q = `query($from: Date!, $to: Date!) { club(id: "${KVM}") { staffDuring(from: $from, to: $to) {
    person { id } role evidence period { text } tenure { id } attestedBy { id } sources { source { id } } } } }`;
  type M = { person: { id: string }; role: string; evidence: string; period: { text: string }; attestedBy: { id: string }[]; sources: { source: { id: string } }[] };
  const staff = async (from: string, to: string) => (await api.data<{ club: { staffDuring: M[] } }>(q, { from, to })).club.staffDuring;

  it('answers who was on KV Mechelen\'s staff in May 2021, saying how each is known', async () => {
    const may = await staff('2021-05-01', '2021-05-31');
    expect(may.map((m) => [m.person.id, m.role, m.evidence])).toEqual([
      ['person:wouter-vrancken', 'HEAD_COACH', 'ATTESTED'],
      ['person:steven-defour', 'ASSISTANT_COACH', 'DATED'],
      ['person:jan-boden', 'VIDEO_ANALYST', 'ATTESTED'],
    ]);
    expect(may[0]!.attestedBy.map((f) => f.id)).toContain('fact:tenure:steven-defour:kv-mechelen:assistant-coach');
    expect(may[0]!.period.text).toBe('2021-05-11');
    // Boden: in the stand with Defour at Standard (the event names them both) and his colleague that week.
    expect(may[2]!.attestedBy.map((f) => f.id).sort()).toEqual(['fact:event:steven-defour:first-match-on-staff', 'fact:relation:worked-with:steven-defour:jan-boden']);
    // His own tenure says when a source places him in the role: the day of that match.
    expect(may[2]!.period.text).toBe('2021-05-11 to 2021-05-13');
    for (const m of may) expect(m.sources.map((s) => s.source.id)).toContain('article:002_71773532a5f1564e');
  });

  it('gives Defour as head coach in his first season, and refuses a period that runs backwards', async () => {
    const march = await staff('2023-03-01', '2023-03-31');
    expect(march.map((m) => [m.person.id, m.role, m.evidence])).toEqual([['person:steven-defour', 'HEAD_COACH', 'DATED']]);
    const r = await api.run(q, { from: '2023-03-31', to: '2023-03-01' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await api.run(q, { from: '2023-03', to: '2023-03-31' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('coaching tree', () => {
  const q = `query($id: ID!, $depth: Int) { person(id: $id) {
    mentorTree(depth: $depth) { totalCount edges { node { depth link person { id } parent { id } fact { id } sources { source { id } } } } }
    menteeTree(depth: $depth) { totalCount edges { node { depth link person { id } parent { id } fact { id } } } } } }`;
  type E = { depth: number; link: string; person: { id: string }; parent: { id: string }; fact: { id: string }; sources?: { source: { id: string } }[] };
  type T = { person: { mentorTree: { totalCount: number; edges: { node: E }[] }; menteeTree: { totalCount: number; edges: { node: E }[] } } };

  it('goes up from Defour to Vrancken and down from Vrancken to Defour, sourced', async () => {
    const up = (await api.data<T>(q, { id: DEFOUR, depth: 3 })).person.mentorTree;
    expect(up.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ depth: 1, link: 'MENTORSHIP', person: { id: 'person:wouter-vrancken' }, parent: { id: DEFOUR }, fact: { id: 'fact:relation:mentorship:wouter-vrancken:steven-defour' } }),
    ]);
    expect(up.edges[0]!.node.sources!.map((s) => s.source.id)).toContain('article:001_847aaf11c6367334');
    const down = (await api.data<T>(q, { id: 'person:wouter-vrancken', depth: 2 })).person.menteeTree;
    expect(down.edges.map((e) => [e.node.depth, e.node.person.id, e.node.parent.id])).toEqual([[1, DEFOUR, 'person:wouter-vrancken']]);
  });

  it('refuses a depth outside 1..5', async () => {
    const r = await api.run(q, { id: DEFOUR, depth: 6 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
