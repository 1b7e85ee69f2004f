// Executes every example operation in schema/examples/ on the seeded graph and checks its answer
// and sources, so the examples the README links to never rot. A new example needs a check here.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { createTestApi, openSeededGraph, type TestApi, type TestGraph } from '../support/graph';

const DIR = path.resolve(__dirname, '..', '..', 'schema', 'examples');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.graphql')).sort();

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = any;
const ids = (list: { id: string }[]) => list.map((x) => x.id);
const sourceIds = (cites: { source: { id: string } }[]) => cites.map((c) => c.source.id);

const CHECKS: Record<string, (d: Data) => void> = {
  'defour-career.graphql': (d) => {
    const spells = d.person.spells.edges.map((e: Data) => e.node);
    expect(spells.map((s: Data) => s.team.id)).toEqual(['club:krc-genk', 'club:standard-liege', 'club:fc-porto', 'club:rsc-anderlecht', 'club:burnley', 'club:royal-antwerp', 'club:kv-mechelen']);
    for (const s of spells) expect(sourceIds(s.sources)).toContain('article:002_71773532a5f1564e');
  },
  'defour-kompany.graphql': (d) => {
    const hop = d.connections.edges[0].node.hops[0];
    expect(d.connections.shortestLength).toBe(1);
    expect(hop).toMatchObject({ relation: 'IN_CONTACT', from: { id: 'person:steven-defour' }, to: { id: 'person:vincent-kompany' }, period: { text: '2022/23' } });
    expect(sourceIds(hop.sources)).toContain('article:001_847aaf11c6367334');
  },
  'defour-hasi.graphql': (d) => {
    const hop = d.connections.edges[0].node.hops[0];
    expect(hop).toMatchObject({ relation: 'SUCCEEDED_BY', team: { id: 'club:kv-mechelen' }, period: { text: '2023-11' } });
    expect(sourceIds(hop.sources)).toContain('article:003_db66e4b8c880dbf0');
  },
  'defour-vrancken.graphql': (d) => {
    const hops = d.connections.edges.map((e: Data) => e.node.hops[0]);
    expect(hops.map((h: Data) => h.relation)).toEqual(['SAME_STAFF', 'MENTORED_BY']);
    expect(sourceIds(hops[0].sources)).toContain('article:002_71773532a5f1564e');
    expect(hops[1].period.undated).toBe(true);
    expect(sourceIds(hops[1].sources)).toEqual(expect.arrayContaining(['article:001_847aaf11c6367334', 'article:002_71773532a5f1564e']));
  },
  'kv-mechelen-coaches-around-defour.graphql': (d) => {
    expect(d.person.predecessors.map((h: Data) => [h.person.id, h.inferred])).toEqual([['person:danny-buijs', false]]);
    expect(d.person.successors.map((h: Data) => [h.person.id, h.inferred])).toEqual([['person:besnik-hasi', false]]);
    expect(sourceIds(d.person.predecessors[0].sources)).toContain('article:001_847aaf11c6367334');
    expect(sourceIds(d.person.successors[0].sources)).toContain('article:003_db66e4b8c880dbf0');
    const coaches = d.club.headCoaches.map((t: Data) => t.person.id);
    expect(coaches.indexOf('person:danny-buijs')).toBeLessThan(coaches.indexOf('person:steven-defour'));
    expect(coaches.indexOf('person:steven-defour')).toBeLessThan(coaches.indexOf('person:besnik-hasi'));
    // Coaches no source dates are apart, not after Hasi.
    expect(coaches[coaches.length - 1]).toBe('person:besnik-hasi');
    expect(d.club.undatedHeadCoaches.map((t: Data) => t.person.id)).toContain('person:wouter-vrancken');
  },
  'kv-mechelen-staff-may-2021.graphql': (d) => {
    expect(d.club.staffDuring.map((m: Data) => [m.person.id, m.role, m.evidence])).toEqual([
      ['person:wouter-vrancken', 'HEAD_COACH', 'ATTESTED'],
      ['person:steven-defour', 'ASSISTANT_COACH', 'DATED'],
      ['person:jan-boden', 'VIDEO_ANALYST', 'ATTESTED'],
    ]);
    for (const m of d.club.staffDuring) expect(sourceIds(m.sources)).toContain('article:002_71773532a5f1564e');
  },
  'kv-mechelen-staff-today.graphql': (d) => {
    // No source attests anyone in December 2026: staff(asOf:) names nobody, not Hasi.
    expect(d.club.staff).toEqual([]);
    const hasi = d.club.staffDuring.find((m: Data) => m.person.id === 'person:besnik-hasi');
    expect(hasi).toMatchObject({ role: 'HEAD_COACH', evidence: 'OPEN_END', tenure: { endKnown: false, lastAttested: { text: '2023/24' } } });
    expect(hasi.tenure.laterHolders).toEqual([{ person: { name: 'Fred Vanderbiest' }, sources: [{ source: { id: 'article:004_ac7a351d2204009c' }, teaser: true }] }]);
    expect(sourceIds(hasi.sources)).toContain('article:003_db66e4b8c880dbf0');
    // Defour's tenure ended: it is not an open end.
    expect(d.club.staffDuring.some((m: Data) => m.person.id === 'person:steven-defour')).toBe(false);
  },
  'defour-standard-teammates.graphql': (d) => {
    // The articles name no teammate: the curated graph has none, and says so without error
    // (tests/integration/paths.test.ts checks teammates on a fixture).
    expect(d.person.teammates.totalCount).toBe(d.person.teammates.edges.length);
    for (const t of d.person.teammates.edges) {
      expect(t.node.seasons.length).toBeGreaterThan(0);
      expect(t.node.sources.length).toBeGreaterThan(0);
    }
  },
  'defour-timeline.graphql': (d) => {
    const entries = d.person.timeline.edges.map((e: Data) => e.node);
    expect(entries[0].summary).toBe('Youth player at KRC Genk');
    expect(entries.some((e: Data) => e.fact?.id === 'fact:event:steven-defour:london-marathon')).toBe(true);
    for (const e of entries) expect(e.sources.length).toBeGreaterThan(0);
  },
  'search-names.graphql': (d) => {
    expect(d.malinwa.edges[0]).toMatchObject({ node: { id: 'club:kv-mechelen' }, matched: 'Malinwa', field: 'NICKNAME' });
    expect(d.kvm.edges[0]).toMatchObject({ node: { id: 'club:kv-mechelen' }, matched: 'KVM', field: 'ALIAS' });
    expect(d.standardLuik.edges[0]).toMatchObject({ node: { id: 'club:standard-liege' }, field: 'DUTCH_NAME' });
    expect(d.rodeDuivels.edges[0]).toMatchObject({ node: { id: 'nt:belgium' }, field: 'NICKNAME' });
    expect(d.liege.edges[0]).toMatchObject({ node: { id: 'club:standard-liege' } });
    expect(d.typo.edges[0]).toMatchObject({ node: { id: 'person:steven-defour' }, match: 'FUZZY' });
  },
  // On the seeded graph (the articles only); tests/integration/journalist-questions.test.ts checks
  // the same operations on the imported open data.
  'kv-mechelen-signings-2019.graphql': (d) => {
    const moves = d.club.transfers.edges.map((e: Data) => e.node);
    const defour = moves.find((m: Data) => m.person.id === 'person:steven-defour');
    expect(defour).toMatchObject({ from: { id: 'club:royal-antwerp' } });
    expect(sourceIds(defour.sources)).toContain('article:002_71773532a5f1564e');
    expect(d.club.transfers.totalCount).toBe(moves.length);
  },
  'genk-standard-shared-players.graphql': (d) => {
    const rows = d.club.sharedPlayers.edges.map((e: Data) => e.node);
    expect(rows.map((r: Data) => r.person.id)).toEqual(['person:steven-defour']);
    expect(rows[0].spells.map((s: Data) => s.level).sort()).toEqual(['SENIOR', 'YOUTH']);
    expect(rows[0].otherSpells).toHaveLength(1);
    for (const s of [...rows[0].spells, ...rows[0].otherSpells]) expect(sourceIds(s.sources)).toContain('article:002_71773532a5f1564e');
  },
  'kv-mechelen-head-coach-records.graphql': (d) => {
    const defour = d.club.headCoachRecords.find((r: Data) => r.person.id === 'person:steven-defour');
    expect(defour.stated[0]).toMatchObject({ stated: { matches: 26, wins: 12, draws: 5, losses: 9 }, statedBy: { id: 'article:001_847aaf11c6367334' }, agrees: false, disagreements: [] });
    // No league results in the seeded graph: the record says so rather than reading as 0 matches played.
    expect(defour.summary).toMatch(/no league result/);
    expect(sourceIds(defour.sources)).toContain('article:001_847aaf11c6367334');
    const buijs = d.club.headCoachRecords.find((r: Data) => r.person.id === 'person:danny-buijs');
    expect(buijs.record).toBeNull();
    expect(buijs.summary).toMatch(/start of the tenure is unknown/);
  },
  'defour-coaching-tree.graphql': (d) => {
    const tree = d.person.mentorTree.edges.map((e: Data) => e.node);
    expect(tree.map((n: Data) => [n.depth, n.person.id])).toEqual([[1, 'person:wouter-vrancken']]);
    expect(ids(tree.map((n: Data) => n.fact))).toEqual(['fact:relation:mentorship:wouter-vrancken:steven-defour']);
  },
};

// Seeding a fresh database takes a few seconds, more on a busy machine or a Neo4j server.
jest.setTimeout(120_000);

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

describe('schema/examples', () => {
  it('has a check for every example and an example for every check', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(CHECKS).sort()).toEqual(files);
  });

  it.each(files)('%s is one named operation with a comment saying what it asks', (file) => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    expect(text.startsWith('# ')).toBe(true);
    const ops = parse(text).definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(ops).toHaveLength(1);
    expect((ops[0] as { name?: { value: string } }).name?.value).toBeTruthy();
  });

  it.each(files)('%s runs without errors and answers as expected', async (file) => {
    const r = await api.run(fs.readFileSync(path.join(DIR, file), 'utf8'));
    expect(r.errors).toBeUndefined();
    CHECKS[file]!(r.data);
  });
});
