// Edits while readers are busy, over real HTTP: the write-ahead log is checkpointed by the
// service with reads held back (the engine's own automatic checkpoint crashed the process with
// SIGSEGV under this mix), and every read and edit succeeds; and, on imported data, the derived
// rebuild after each edit never fails silently.
import path from 'node:path';
import { newToken } from '../../src/auth/tokens';
import type { LadybugEngine } from '../../src/graph/ladybug-engine';
import { runImport } from '../../src/services/import/runner';
import { openGraphWith, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';
import { sliceDir, writeClubsSlice, writeResultsSlice, writeTransferSlice, writeWorldCupSlice } from '../support/import-slices';

// A load test on a shared machine: it runs until three checkpoints (~220 edit cycles), which took
// 73 s alone at load 6 and ran past 120 s inside the full suite beside another at load 5–6. No
// timing is asserted; the time limit only stops a hang.
jest.setTimeout(300_000);

const editor = newToken('loader');
const AUTH = { authorization: `Bearer ${editor.token}` };
const ARTICLE = 'article:002_71773532a5f1564e';
const CLUBS = ['club:kv-mechelen', 'club:krc-genk', 'club:standard-liege', 'club:rsc-anderlecht', 'club:royal-antwerp'];
const READS = [
  '{ person(id: "person:steven-defour") { spells(first: 50) { totalCount edges { node { team { name } start { text } sources { source { id } } } } } } }',
  '{ club(id: "club:kv-mechelen") { headCoaches { person { name } predecessor { person { name } } } players(first: 20) { totalCount } } }',
];

let graph: OwnGraph;
let api: HttpService;

beforeAll(async () => {
  graph = await openGraphWith({ DB_CHECKPOINT_MB: '1', DB_READERS: '4' });
  api = await startHttpService(graph.engine, { EDITOR_TOKENS_SHA256: editor.entry });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

it('checkpoints with readers busy: every read and every edit succeeds', async () => {
  const engine = graph.engine as LadybugEngine;
  if (engine.kind !== 'ladybug') return; // a Neo4j run has no embedded write-ahead log
  let stop = false;
  const readErrors: string[] = [];
  let reads = 0;
  const reader = async (w: number) => {
    for (let i = w; !stop; i++) {
      const r = await api.gql(READS[i % READS.length]!);
      reads++;
      if (r.status !== 200 || r.body.errors) readErrors.push(JSON.stringify(r.body.errors ?? r.status));
    }
  };
  const readers = Array.from({ length: 4 }, (_, w) => reader(w));
  const edit = async (query: string, input: Record<string, unknown>) => {
    const r = await api.gql<Record<string, { spell?: { id: string } }>>(query, { input }, AUTH);
    expect(r.body.errors).toBeUndefined();
    return r.body.data!;
  };
  let cycles = 0;
  try {
    for (; cycles < 600 && engine.checkpointCount < 3; cycles++) {
      const added = await edit('mutation($input: AddSpellInput!) { addSpell(input: $input) { spell { id } } }', {
        person: 'person:steven-defour',
        team: CLUBS[cycles % CLUBS.length],
        level: 'SENIOR',
        start: `${1990 + (cycles % 20)}`,
        sources: [{ source: ARTICLE, detail: `load ${cycles}` }],
      });
      const id = added.addSpell!.spell!.id;
      await edit('mutation($input: CorrectSpellInput!) { correctSpell(input: $input) { spell { id } } }', { id, end: `${1991 + (cycles % 20)}` });
      await edit('mutation($input: RetractFactInput!) { retractFact(input: $input) { factId } }', { id, reason: 'load test' });
    }
  } finally {
    stop = true;
    await Promise.all(readers);
  }
  expect(engine.checkpointCount).toBeGreaterThanOrEqual(3);
  expect(reads).toBeGreaterThan(cycles);
  expect(readErrors).toEqual([]);
  // Every load spell was retracted: the public read shows the seeded career only.
  const career = await api.gql<{ person: { spells: { totalCount: number } } }>('{ person(id: "person:steven-defour") { spells(level: SENIOR) { totalCount } } }');
  expect(career.body.data?.person.spells.totalCount).toBe(7);
});

// Editors and readers together on imported open data, with a buffer pool small enough that the
// derived rebuild competes with the readers for it: every acknowledged mentorship is in
// `connections` right after its answer, unless the answer (and /health) said the derived data
// was stale — and then once the service has rebuilt it, without a restart.
describe('edits and readers together on an imported slice', () => {
  let imported: OwnGraph;
  let service: HttpService;
  let people: string[] = [];

  beforeAll(async () => {
    const data = path.join(sliceDir(), 'data');
    writeClubsSlice(data);
    writeTransferSlice(data, [{ seasons: [2006, 2007, 2008], leagues: ['jupiler-pro-league'] }]);
    writeWorldCupSlice(data, ['WC-2014'], ['T-06']);
    writeResultsSlice(data, ['2007-08']);
    imported = await openGraphWith({ DB_BUFFER_POOL_MB: '32', DB_READERS: '6', DB_QUERY_TIMEOUT_MS: '60000' }, false);
    await runImport(imported.engine, { source: 'all', path: data });
    service = await startHttpService(imported.engine, { EDITOR_TOKENS_SHA256: editor.entry });
    for (const q of ['an', 'er', 'ov']) {
      const found = await service.gql<{ search: { edges: { node: { id: string } }[] } }>(`{ search(query: "${q}", types: [PERSON], first: 20) { edges { node { ... on Person { id } } } } }`);
      expect(found.body.errors).toBeUndefined();
      people = [...new Set([...people, ...found.body.data!.search.edges.map((e) => e.node.id)])];
    }
    expect(people.length).toBeGreaterThanOrEqual(25);
  }, 600_000);

  afterAll(async () => {
    await service?.close();
    await imported?.close();
  });

  const mentored = async (mentor: string, mentee: string) => {
    const r = await service.gql<{ connections: { shortestLength: number | null } }>(
      `query($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 1, relationTypes: [MENTORED]) { shortestLength } }`,
      { a: mentor, b: mentee },
    );
    expect(r.body.errors).toBeUndefined();
    return { linked: r.body.data!.connections.shortestLength === 1, stale: Boolean(r.body.extensions?.derived) };
  };

  it('loses no acknowledged edit and never answers stale data as current', async () => {
    // A load test on a shared machine: generous, and no timing is asserted.
    let stop = false;
    const failures: string[] = [];
    let reads = 0;
    const reader = async (w: number) => {
      for (let i = w; !stop; i++) {
        const a = people[i % people.length]!;
        const b = people[(i * 7 + 3) % people.length]!;
        const r = await service.gql(`{ connections(from: "${a}", to: "${b}", maxHops: 3) { shortestLength totalCount } p: person(id: "${a}") { teammates(first: 20) { totalCount } } }`);
        reads++;
        if (r.status !== 200 || r.body.errors) failures.push(`read: HTTP ${r.status} ${JSON.stringify(r.body.errors)}`);
      }
    };
    const acknowledged: { mentor: string; mentee: string; staleAnswer: boolean }[] = [];
    const editorLoop = async (w: number) => {
      for (let i = 0; i < 4; i++) {
        // Twelve distinct mentors (0–11), mentees 13–24: never the same person twice.
        const mentor = people[w * 4 + i]!;
        const mentee = people[w * 4 + i + 13]!;
        const r = await service.gql<{ addRelationship: { relationship: { id: string } } }>(
          'mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id } } }',
          { input: { type: 'MENTORSHIP', participants: [{ person: mentor, role: 'MENTOR' }, { person: mentee, role: 'MENTEE' }], start: '2010', sources: [{ source: ARTICLE, detail: `load ${w}-${i}` }] } },
          AUTH,
        );
        if (r.status !== 200 || r.body.errors) {
          failures.push(`edit: HTTP ${r.status} ${JSON.stringify(r.body.errors)}`);
          continue;
        }
        const staleAnswer = Boolean(r.body.extensions?.derived);
        acknowledged.push({ mentor, mentee, staleAnswer });
        // Right after a success that did not say "stale", the mentorship is served.
        const seen = await mentored(mentor, mentee);
        if (!staleAnswer && !seen.linked && !seen.stale) failures.push(`acknowledged mentorship ${mentor} → ${mentee} missing from connections, and nothing said stale`);
      }
    };
    const readers = Array.from({ length: 6 }, (_, w) => reader(w));
    try {
      await Promise.all(Array.from({ length: 3 }, (_, w) => editorLoop(w)));
    } finally {
      stop = true;
      await Promise.all(readers);
    }
    expect(failures).toEqual([]);
    expect(acknowledged).toHaveLength(12);
    expect(reads).toBeGreaterThan(12);
    // Once /health says the derived data is current (a failed rebuild is retried in the
    // background), every acknowledged mentorship is served, without a restart.
    for (let i = 0; i < 600; i++) {
      const health = await service.request('GET', '/health');
      if ((health.body as { derived?: string }).derived === 'current') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await service.request('GET', '/health')).body).toMatchObject({ status: 'ready', derived: 'current' });
    for (const a of acknowledged) expect({ ...a, ...(await mentored(a.mentor, a.mentee)) }).toEqual({ ...a, linked: true, stale: false });
   }, 900_000);
});
