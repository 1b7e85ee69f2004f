// The transfers importer on a real embedded graph, with small slices of the real dataset.
import fs from 'node:fs';
import path from 'node:path';
import { toFact } from '../../src/repositories/rows';
import type { GraphEngine } from '../../src/graph/engine';
import { ImportError } from '../../src/services/import/errors';
import { runImport, type ImportSummary } from '../../src/services/import/runner';
import { writeBundle } from '../../src/services/write/bundle';
import { createTestApi, openTestGraph, type TestGraph } from '../support/graph';
import { appendLines, sliceDir, writeTransferSlice } from '../support/import-slices';
import { TEST_CYPHER, testOp } from '../support/test-cypher';

const PLAYERS = ['Steven Defour', 'Vincent Kompany', 'Besnik Hasi'];
const SEASONS = [1997, 1998, 2000, 2005, 2006, 2007, 2008, 2011, 2014, 2016, 2019, 2020];

let dir: string;
let transfers: string;

beforeAll(() => {
  dir = sliceDir();
  transfers = writeTransferSlice(dir, [
    { players: PLAYERS, seasons: SEASONS },
    // Two Brazilian players named Luciano, both in the Belgian league.
    { players: ['Luciano'], nationality: 'Brazil', leagues: ['jupiler-pro-league'] },
  ]);
  // Two malformed rows: a truncated record and an age that is not a number.
  appendLines(path.join(transfers, '2006', 'jupiler-pro-league.csv'), [
    'KRC Genk,Steven Defour,18.0,Belgium,Defensive Midfield',
    'KRC Genk,Kevin De Bruyne,eighteen,Belgium,Attacking Midfield,AM,,Chelsea,England,,out,winter,Jupiler Pro League,2006,False,',
  ]);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every node and edge of the graph as sorted lines (update times left out). */
async function dump(engine: GraphEngine): Promise<string[]> {
  const ops = ['test/import-dump-entities', 'test/import-dump-facts', 'test/import-dump-edges', 'test/import-dump-sources'] as const;
  const parts = await Promise.all(ops.map(async (op) => (await engine.read(testOp(op))).map((r) => `${op} ${JSON.stringify(r)}`)));
  return parts.flat().sort();
}

/** Lines only in one of two dumps: empty when the graphs are the same. */
function difference(a: string[], b: string[]): { onlyFirst: string[]; onlySecond: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { onlyFirst: a.filter((x) => !sb.has(x)), onlySecond: b.filter((x) => !sa.has(x)) };
}

const read = (engine: GraphEngine, ids: string[]) => engine.read('facts/by-ids', { ids });
const citations = (engine: GraphEngine, id: string) => engine.read('facts/citations', { ids: [id] });

describe('transfers import', () => {
  let graph: TestGraph;
  let summary: ImportSummary;
  let reportDir: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    reportDir = path.join(dir, 'report');
    summary = await runImport(graph.engine, { source: 'transfers', path: transfers, reportDir, batchSize: 200 });
  });
  afterAll(() => graph.close());

  it('reads every row, rejects the two malformed ones with line and reason, and imports the rest', async () => {
    const t = summary.totals;
    const lines = (d: string): number => fs.readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? lines(path.join(d, e.name)) : fs.readFileSync(path.join(d, e.name), 'utf8').trim().split('\n').length - 1), 0);
    expect(t.rowsRead).toBe(lines(transfers));
    expect(t.rowsRejected).toBe(2);
    const rejects = fs.readFileSync(path.join(reportDir, 'rejects.csv'), 'utf8').trim().split('\n');
    expect(rejects[0]).toBe('source,file,line,reason,raw');
    expect(rejects.slice(1).join('\n')).toMatch(/"2006\/jupiler-pro-league\.csv","\d+","expected 16 fields, found 5"/);
    expect(rejects.slice(1).join('\n')).toMatch(/"age ""eighteen"" is not a number"/);
    expect(t.entitiesCreated).toBeGreaterThan(10);
    expect(t.factsCreated).toBeGreaterThan(20);
  });

  it('makes one transfer of a move seen from both clubs, citing both rows', async () => {
    // Kompany, Anderlecht → Hamburger SV 2006: a row at each club.
    const [fact] = await read(graph.engine, ['fact:transfer:vincent-kompany:2006-summer:rsc-anderlecht:hamburger-sv']);
    expect(fact).toBeDefined();
    expect(JSON.parse(String(fact!.details))).toMatchObject({ fee: 10500000, marketValue: 13500000, window: 'summer' });
    const cites = await citations(graph.engine, 'fact:transfer:vincent-kompany:2006-summer:rsc-anderlecht:hamburger-sv');
    expect(cites.map((c) => c.detail).sort()).toEqual([
      expect.stringMatching(/^2006\/1-bundesliga\.csv#L\d+: in at Hamburger SV$/),
      expect.stringMatching(/^2006\/jupiler-pro-league\.csv#L\d+: out at RSC Anderlecht$/),
    ]);
    const dupes = (await graph.engine.read(testOp('test/import-dump-facts'))).filter((f) => String(f.id).startsWith('fact:transfer:vincent-kompany:2006'));
    expect(dupes).toHaveLength(1);
  });

  it('says a spell whose arrival the data lacks has an unknown start, as a field and not a note', async () => {
    const spells = (await graph.engine.read(testOp('test/import-dump-facts'))).filter((f) => f.kind === 'spell' && f.status === 'ACTIVE');
    const withDetails = spells.map((f) => ({ id: String(f.id), startText: f.startText, endText: f.endText, details: JSON.parse(String(f.details ?? '{}')) as Record<string, unknown> }));
    const unknownStart = withDetails.filter((f) => f.details.startUnknown === true);
    expect(unknownStart.length).toBeGreaterThan(0);
    // (Curated spells may carry a note of their own; the importer writes none.)
    for (const f of withDetails) expect(String(f.details.note ?? '')).not.toMatch(/the data has no move/);
    for (const f of unknownStart.slice(0, 20)) {
      // Known only from a departure: its one season is the season he left in.
      expect(f.startText).toBe(f.endText);
      const cites = await citations(graph.engine, f.id);
      expect(cites.map((c) => c.detail)).toEqual([expect.stringMatching(/^derived from consecutive transfers: no arrival in the data → /)]);
    }
    const unknownEnd = withDetails.filter((f) => f.details.endUnknown === true);
    for (const f of unknownEnd) expect(f.endText ?? null).toBeNull();
  });

  it('counts overlaps with a spell of unknown start as possibly begun earlier', async () => {
    const spells = (await graph.engine.read(testOp('test/import-dump-facts'))).filter((f) => f.kind === 'spell' && f.status === 'ACTIVE');
    const ids = spells.filter((f) => JSON.parse(String(f.details ?? '{}')).startUnknown === true).map((f) => String(f.id)).slice(0, 10);
    expect(ids.length).toBeGreaterThan(0);
    const api = await createTestApi(graph.engine);
    const found = await api.data<{ nodes: { person: { id: string }; team: { id: string }; startUnknown: boolean; start: { text: string } }[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Spell { person { id } team { id } startUnknown start { text } } } }`, { ids });
    type Mates = { person: { teammates: { edges: { node: { person?: { id: string }; team: { id: string }; seasons: string[]; period: { text: string; startUnknown: boolean } } }[] } } };
    let checked = 0;
    for (const spell of found.nodes) {
      expect(spell.startUnknown).toBe(true);
      const person = spell.person.id;
      const team = spell.team.id;
      const season = spell.start.text;
      const data = await api.data<Mates>(`{ person(id: "${person}") { teammates(club: "${team}", first: 100) { edges { node { team { id } seasons period { text startUnknown } } } } } }`);
      for (const { node } of data.person.teammates.edges) {
        // His time there is known from that season only: every overlap begins with it, or later
        // when he had another spell there.
        if (node.seasons[0] !== season) continue;
        expect(node.period).toMatchObject({ startUnknown: true, text: expect.stringMatching(/, possibly earlier$/) });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // (Overlaps of known starts keep their exact periods: paths-imported checks Dante's 2006/07–2008/09.)
    // The journalists' example: Kompany's Anderlecht spell starts unknown (no arrival in the
    // data), so his time with Hasi there may have begun before 2005/06.
    const hasi = await api.data<Mates>('{ person(id: "person:besnik-hasi") { teammates(club: "club:rsc-anderlecht", first: 100) { edges { node { person { id } team { id } seasons period { text startUnknown } } } } } }');
    expect(hasi.person.teammates.edges.find(({ node }) => node.person?.id === 'person:vincent-kompany')?.node.period).toEqual({ text: '2005/06, possibly earlier', startUnknown: true });
    await api.server.apollo.stop();
  });

  it('attaches dataset rows, fee and window to the curated transfer instead of duplicating it', async () => {
    const id = 'fact:transfer:steven-defour:2006:krc-genk:standard-liege';
    const [fact] = await read(graph.engine, [id]);
    expect(JSON.parse(String(fact!.details))).toEqual({ labels: ['controversial'], fee: 1500000, marketValue: 3000000, window: 'summer', fromName: 'KRC Genk', toName: 'Standard Liège' });
    const sources = (await citations(graph.engine, id)).map((c) => c.sourceId);
    expect(sources).toEqual(expect.arrayContaining(['article:002_71773532a5f1564e', 'dataset:transfermarkt-transfers']));
    const defour = (await graph.engine.read(testOp('test/import-dump-facts'))).filter((f) => f.kind === 'transfer' && String(f.id).startsWith('fact:transfer:steven-defour'));
    // The six curated moves, 2006 to 2020; the 2020 move is a release and a free signing in the data.
    expect(defour.map((f) => f.id).sort()).toEqual([
      'fact:transfer:steven-defour:2006:krc-genk:standard-liege',
      'fact:transfer:steven-defour:2011:standard-liege:fc-porto',
      'fact:transfer:steven-defour:2014:fc-porto:rsc-anderlecht',
      'fact:transfer:steven-defour:2016:rsc-anderlecht:burnley',
      'fact:transfer:steven-defour:2019:burnley:royal-antwerp',
      'fact:transfer:steven-defour:2020:royal-antwerp:kv-mechelen',
    ]);
    expect((await citations(graph.engine, 'fact:transfer:steven-defour:2020:royal-antwerp:kv-mechelen')).filter((c) => c.sourceId === 'dataset:transfermarkt-transfers')).toHaveLength(2);
  });

  it('links the imported people to the curated ones and keeps their curated fields', async () => {
    const [defour] = await graph.engine.read('entities/by-ids', { ids: ['person:steven-defour'] });
    expect(defour).toMatchObject({ name: 'Steven Defour', nationalities: ['BE'], positions: ['Midfielder'], birthText: '1987-05-12..1988-05-11' });
    const [hasi] = await graph.engine.read('entities/by-ids', { ids: ['person:besnik-hasi'] });
    // The curated Hasi had no nationality or birth date: the dataset fills them.
    expect(hasi).toMatchObject({ name: 'Besnik Hasi', nationalities: ['AL'] });
    expect(String(hasi!.birthText)).toMatch(/^1971-\d\d-\d\d\.\.1972-/);
  });

  it('resolves a club spelled two ways to one club: Royal Antwerp FC heading its rows, Royal Antwerp in Burnley\'s', async () => {
    const [antwerp] = await graph.engine.read('entities/by-ids', { ids: ['club:royal-antwerp'] });
    expect(antwerp!.aliases).toEqual(expect.arrayContaining(['Royal Antwerp']));
    const [cercle] = await graph.engine.read('entities/by-ids', { ids: ['club:cercle-brugge'] });
    expect(cercle).toMatchObject({ name: 'Cercle Brugge', country: 'BE' });
    const entities = await graph.engine.read(testOp('test/import-dump-entities'));
    expect(entities.filter((e) => ['Royal Antwerp FC', 'Royal Antwerp'].includes(String(e.name)))).toHaveLength(1);
  });

  it('keeps two players with one name apart: a defender born 1971 and a goalkeeper born 1980', async () => {
    const lucianos = (await graph.engine.read(testOp('test/import-dump-entities'))).filter((e) => e.name === 'Luciano');
    expect(lucianos.map((e) => e.id).sort()).toEqual(['person:luciano-1971', 'person:luciano-1980']);
    expect(lucianos.map((e) => e.positions)).toEqual(expect.arrayContaining([['Goalkeeper'], ['defence']]));
  });

  it('imports a Retired row as a retirement with no club to go to', async () => {
    const [fact] = await read(graph.engine, ['fact:transfer:besnik-hasi:2008-summer:cercle-brugge:retired']);
    expect(fact).toMatchObject({ kind: 'transfer', type: 'RETIREMENT', startText: '2008/09' });
    const roles = Object.keys(toFact(fact).refs);
    expect(roles).toEqual(expect.arrayContaining(['person', 'from']));
    expect(roles).not.toContain('to');
    expect(JSON.parse(String(fact!.details)).toName).toBe('Retired');
  });

  it('derives playing spells from consecutive moves', async () => {
    const [spell] = await read(graph.engine, ['fact:spell:besnik-hasi:rsc-anderlecht:2000']);
    expect(spell).toMatchObject({ startText: '2000/01', endText: '2005/06' });
  });

  it('changes nothing when run again', async () => {
    const before = await dump(graph.engine);
    const again = await runImport(graph.engine, { source: 'transfers', path: transfers, reportDir: null, batchSize: 200 });
    expect(again.totals.entitiesCreated).toBe(0);
    expect(again.totals.factsCreated).toBe(0);
    expect(again.totals.citationsAdded).toBe(0);
    // Nothing changed, so the derived squads and links are not rebuilt.
    expect(again.derived).toBeNull();
    const after = await dump(graph.engine);
    expect(difference(before, after)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(after.length).toBe(before.length);
  });

  it('ends, after a run stopped at any batch and a re-run, in the same graph as an uninterrupted import', async () => {
    const complete = await dump(graph.engine);
    // How many batches a run in small batches takes, to stop it early, half way and at its end.
    const probe = await openTestGraph();
    let total: number;
    try {
      total = (await runImport(probe.engine, { source: 'transfers', path: transfers, reportDir: null, batchSize: 10 })).batches;
    } finally {
      await probe.close();
    }
    expect(total).toBeGreaterThan(5);
    for (const stopAfter of [1, Math.floor(total / 2), total - 1]) {
      const broken = await openTestGraph();
      try {
        await expect(runImport(broken.engine, { source: 'transfers', path: transfers, reportDir: null, batchSize: 10, abortAfterBatches: stopAfter })).rejects.toMatchObject({ code: 'ABORTED' });
        expect((await dump(broken.engine)).length).toBeLessThan(complete.length);
        await runImport(broken.engine, { source: 'transfers', path: transfers, reportDir: null, batchSize: 200 });
        const resumed = await dump(broken.engine);
        expect({ stopAfter, ...difference(resumed, complete) }).toEqual({ stopAfter, onlyFirst: [], onlySecond: [] });
      } finally {
        await broken.close();
      }
    }
  });

  it('hands the rows over to a curated transfer added later, superseding the fact it had made', async () => {
    const imported = 'fact:transfer:vincent-kompany:2019-summer:manchester-city:rsc-anderlecht';
    const curated = 'fact:transfer:vincent-kompany:2019:manchester-city:rsc-anderlecht';
    expect(await read(graph.engine, [imported])).toHaveLength(1);
    await writeBundle(graph.engine, {
      sources: [{ id: 'article:test-kompany-return', kind: 'ARTICLE', name: 'Test article: Kompany back at Anderlecht' }],
      entities: [],
      facts: [{ id: curated, kind: 'transfer', type: 'PERMANENT', start: '2019', refs: { person: 'person:vincent-kompany', from: 'club:manchester-city', to: 'club:rsc-anderlecht' }, sources: [{ source: 'article:test-kompany-return' }] }],
    }, { has: () => true });
    const again = await runImport(graph.engine, { source: 'transfers', path: transfers, reportDir: null });
    expect(again.totals.factsSuperseded).toBe(1);
    expect(await read(graph.engine, [imported])).toHaveLength(0);
    const [fact] = await read(graph.engine, [curated]);
    expect(JSON.parse(String(fact!.details))).toMatchObject({ fee: 0, window: 'summer' });
    expect((await citations(graph.engine, curated)).map((c) => c.sourceId).sort()).toEqual(['article:test-kompany-return', 'dataset:transfermarkt-transfers', 'dataset:transfermarkt-transfers']);
    // Once handed over, a further run changes nothing.
    const third = await runImport(graph.engine, { source: 'transfers', path: transfers, reportDir: null });
    expect([third.totals.factsCreated, third.totals.factsSuperseded, third.totals.citationsAdded]).toEqual([0, 0, 0]);
  });

  it('refuses a path that does not exist with a coded error', async () => {
    await expect(runImport(graph.engine, { source: 'transfers', path: path.join(dir, 'nope') })).rejects.toBeInstanceOf(ImportError);
    await expect(runImport(graph.engine, { source: 'transfers', path: path.join(dir, 'nope') })).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });
});
