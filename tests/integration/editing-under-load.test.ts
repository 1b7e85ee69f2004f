// Edits while readers are busy, over real HTTP: the write-ahead log is checkpointed by the
// service with reads held back (the engine's own automatic checkpoint crashed the process with
// SIGSEGV under this mix), and every read and edit succeeds.
import { newToken } from '../../src/auth/tokens';
import type { LadybugEngine } from '../../src/graph/ladybug-engine';
import { openGraphWith, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';

jest.setTimeout(120_000);

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
    for (; cycles < 120 && engine.checkpointCount < 3; cycles++) {
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
