// An edit writes the squads and links it changes in its own transaction (src/knowledge/
// derived-update.ts) instead of rebuilding them all: after every kind of fact edit, on the seeded
// graph with a season of league transfers imported, the derived data is exactly what a full
// rebuild from the same facts gives (same squad ids, same links with the same periods), and the
// edit's answer is current at once.
import path from 'node:path';
import { newToken } from '../../src/auth/tokens';
import type { GraphEngine } from '../../src/graph/engine';
import { rebuildDerived } from '../../src/services/derived/rebuild';
import { runImport } from '../../src/services/import/runner';
import { openGraphWith, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';
import { sliceDir, writeTransferSlice } from '../support/import-slices';

jest.setTimeout(300_000);

const editor = newToken('derived');
const AUTH = { authorization: `Bearer ${editor.token}` };
const ARTICLE = 'article:002_71773532a5f1564e';
const DEFOUR = 'person:steven-defour';

let graph: OwnGraph;
let api: HttpService;

/** Every squad link and fact link as one sorted list of lines. */
async function derivedSnapshot(engine: GraphEngine): Promise<string[]> {
  const out: string[] = [];
  for (const r of await engine.read('paths/link-index-squads')) {
    const entities = r.entities as string[];
    entities.forEach((e, i) => out.push(['squad', r.connector, r.teamId, e, (r.roles as string[])[i], (r.factIds as string[])[i], (r.los as string[])[i], (r.his as string[])[i]].join('|')));
  }
  for (const r of await engine.read('paths/link-index-facts')) {
    const facts = r.connectors as string[];
    facts.forEach((f, i) => out.push(['fact', r.entity, f, (r.roles as string[])[i], (r.factIds as string[])[i], (r.los as string[])[i], (r.his as string[])[i]].join('|')));
  }
  return out.sort();
}

/** The derived data as the edits left it, against a full rebuild from the same facts. */
async function expectSameAsRebuild(): Promise<string[]> {
  const incremental = await derivedSnapshot(graph.engine);
  await rebuildDerived(graph.engine);
  const rebuilt = await derivedSnapshot(graph.engine);
  expect(incremental.length).toBe(rebuilt.length);
  expect(incremental.filter((l) => !rebuilt.includes(l))).toEqual([]);
  expect(rebuilt.filter((l) => !incremental.includes(l))).toEqual([]);
  return rebuilt;
}

async function edit<T = Record<string, { [k: string]: { id: string } }>>(mutation: string, input: Record<string, unknown>): Promise<T> {
  const r = await api.gql<T>(mutation, { input }, AUTH);
  expect(r.body.errors).toBeUndefined();
  // Current at once: the answer never waits for, nor reports, a rebuild.
  expect(r.body.extensions?.derived).toBeUndefined();
  return r.body.data!;
}

beforeAll(async () => {
  const data = path.join(sliceDir(), 'data');
  writeTransferSlice(data, [{ seasons: [2006, 2007], leagues: ['jupiler-pro-league'] }]);
  graph = await openGraphWith({ DB_READERS: '2' });
  await runImport(graph.engine, { source: 'transfers', path: path.join(data, 'transfermarkt-transfers') });
  api = await startHttpService(graph.engine, { EDITOR_TOKENS_SHA256: editor.entry });
}, 300_000);

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

const ADD_SPELL = 'mutation($input: AddSpellInput!) { addSpell(input: $input) { spell { id } } }';
const CORRECT_SPELL = 'mutation($input: CorrectSpellInput!) { correctSpell(input: $input) { spell { id } } }';
const ADD_TENURE = 'mutation($input: AddTenureInput!) { addTenure(input: $input) { tenure { id } } }';
const CORRECT_TENURE = 'mutation($input: CorrectTenureInput!) { correctTenure(input: $input) { tenure { id } } }';
const ADD_RELATIONSHIP = 'mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id } } }';
const CORRECT_RELATIONSHIP = 'mutation($input: CorrectRelationshipInput!) { correctRelationship(input: $input) { relationship { id } } }';
const RETRACT = 'mutation($input: RetractFactInput!) { retractFact(input: $input) { factId } }';

it('leaves squads and links as a full rebuild would, after every kind of fact edit', async () => {
  const before = await expectSameAsRebuild();
  expect(before.length).toBeGreaterThan(1000);
  const teammates = async () => {
    const r = await api.gql<{ person: { teammates: { edges: { node: { person: { id: string }; team: { id: string } } }[] } } }>(`{ person(id: "person:wouter-vrancken") { teammates(first: 100) { edges { node { person { id } team { id } } } } } }`);
    expect(r.body.errors).toBeUndefined();
    return r.body.data!.person.teammates.edges.map((e) => `${e.node.person.id}@${e.node.team.id}`);
  };
  // A dated spell inside a busy season splits that season's squad of the club.
  const added = await edit<{ addSpell: { spell: { id: string } } }>(ADD_SPELL, { person: 'person:wouter-vrancken', team: 'club:standard-liege', level: 'SENIOR', start: '2007-09-01', end: '2007-12-31', sources: [{ source: ARTICLE, detail: 'derived 1' }] });
  const spell = added.addSpell.spell.id;
  expect(await teammates()).toContain(`${DEFOUR}@club:standard-liege`);
  await expectSameAsRebuild();
  // Moved to another club and other seasons: the old squads are mended, the new ones cut.
  await edit(CORRECT_SPELL, { id: spell, team: 'club:krc-genk', start: '2006', end: '2008' });
  expect(await teammates()).not.toContain(`${DEFOUR}@club:standard-liege`);
  await expectSameAsRebuild();
  // A tenure under a head coach links to him too; corrected, then retracted.
  const tenure = (await edit<{ addTenure: { tenure: { id: string } } }>(ADD_TENURE, { person: 'person:wouter-vrancken', team: 'club:kv-mechelen', role: 'ASSISTANT_COACH', start: '2021-07', under: 'person:steven-defour', sources: [{ source: ARTICLE, detail: 'derived 2' }] })).addTenure.tenure.id;
  await expectSameAsRebuild();
  await edit(CORRECT_TENURE, { id: tenure, start: '2022-01', end: '2023-06' });
  await expectSameAsRebuild();
  // A relationship, corrected to other participants.
  const rel = (await edit<{ addRelationship: { relationship: { id: string } } }>(ADD_RELATIONSHIP, { type: 'MENTORSHIP', participants: [{ person: DEFOUR, role: 'MENTOR' }, { person: 'person:wouter-vrancken', role: 'MENTEE' }], start: '2010', sources: [{ source: ARTICLE, detail: 'derived 3' }] })).addRelationship.relationship.id;
  await expectSameAsRebuild();
  await edit(CORRECT_RELATIONSHIP, { id: rel, participants: [{ person: 'person:vincent-kompany', role: 'MENTOR' }, { person: 'person:wouter-vrancken', role: 'MENTEE' }] });
  await expectSameAsRebuild();
  // Retractions: the edits above, and a seeded spell (Defour at Standard) the import shares squads with.
  for (const id of [spell, tenure, rel]) {
    await edit(RETRACT, { id, reason: 'derived test' });
    await expectSameAsRebuild();
  }
  const spells = await api.gql<{ person: { spells: { edges: { node: { id: string; team: { id: string } } }[] } } }>(`{ person(id: "${DEFOUR}") { spells(first: 50) { edges { node { id team { id } } } } } }`);
  const standard = spells.body.data!.person.spells.edges.find((e) => e.node.team.id === 'club:standard-liege')!.node.id;
  await edit(RETRACT, { id: standard, reason: 'derived test' });
  const after = await expectSameAsRebuild();
  expect(after.some((l) => l.includes(`|${standard}|`))).toBe(false);
  expect(before.some((l) => l.includes(`|${standard}|`))).toBe(true);
});
