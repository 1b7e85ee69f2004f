// After importing slices of all four open datasets, GraphQL answers the questions the import
// exists for: Defour's transfers with fees, the Anderlecht squads Hasi and Kompany shared,
// Belgium's 2014 World Cup squad with its manager, attribution, and disagreements.
import fs from 'node:fs';
import path from 'node:path';
import { runImport } from '../../src/services/import/runner';
import { writeBundle } from '../../src/services/write/bundle';
import { createTestApi, openTestGraph, type TestApi, type TestGraph } from '../support/graph';
import { sliceDir, writeClubsSlice, writeResultsSlice, writeTransferSlice, writeWorldCupSlice } from '../support/import-slices';

let dir: string;
let graph: TestGraph;
let api: TestApi;

beforeAll(async () => {
  dir = sliceDir();
  const data = path.join(dir, 'data');
  writeClubsSlice(data);
  writeTransferSlice(data, [{ players: ['Steven Defour', 'Vincent Kompany', 'Besnik Hasi'] }]);
  writeWorldCupSlice(data, ['WC-2014', 'WC-2018'], ['T-06']);
  writeResultsSlice(data, ['2022-23']);
  graph = await openTestGraph();
  await runImport(graph.engine, { source: 'all', path: data, reportDir: path.join(dir, 'report') });
  api = await createTestApi(graph.engine);
}, 180_000);

afterAll(async () => {
  await api.server.apollo.stop();
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Transfer = { from: { name: string } | null; to: { name: string } | null; fromName: string; toName: string; date: { text: string }; window: string | null; feeEur: number | null; sources: { source: { id: string; kind: string } }[] };

describe('GraphQL after an import', () => {
  it("answers Steven Defour's transfers with fees, each backed by the article and the dataset", async () => {
    const data = await api.data<{ person: { transfers: { edges: { node: Transfer }[] } } }>(`{
      person(id: "person:steven-defour") { transfers(first: 20) { edges { node {
        from { name } to { name } fromName toName date { text } window feeEur sources { source { id kind } }
      } } } }
    }`);
    const moves = data.person.transfers.edges.map((e) => e.node);
    expect(moves.map((m) => [m.from?.name, m.to?.name, m.date.text, m.feeEur])).toEqual([
      ['KRC Genk', 'Standard Liège', '2006', 1500000],
      ['Standard Liège', 'FC Porto', '2011', 6000000],
      ['FC Porto', 'RSC Anderlecht', '2014', 6000000],
      ['RSC Anderlecht', 'Burnley FC', '2016', 8600000],
      ['Burnley FC', 'Royal Antwerp FC', '2019', 0],
      ['Royal Antwerp FC', 'KV Mechelen', '2020', null],
    ]);
    for (const m of moves) {
      expect(m.window).toBe('summer');
      expect(m.sources.map((s) => s.source.kind)).toEqual(expect.arrayContaining(['ARTICLE', 'DATASET']));
    }
  });

  it('shows each dataset with its licence and author wherever its data is', async () => {
    const data = await api.data<{ sources: { id: string; name: string; licence: string; author: string; url: string; attribution: string }[] }>(
      '{ sources { id name ... on Dataset { licence author url attribution } } }',
    );
    const datasets = data.sources.filter((s) => s.id.startsWith('dataset:'));
    expect(datasets.map((d) => [d.id, d.licence])).toEqual([
      ['dataset:belgian-league-results', 'CC0-1.0 (public domain)'],
      ['dataset:fjelstul-worldcup', 'CC-BY-SA-4.0'],
      ['dataset:openfootball-clubs', 'CC0-1.0 (public domain)'],
      ['dataset:transfermarkt-transfers', 'MIT'],
    ]);
    expect(datasets.find((d) => d.id === 'dataset:fjelstul-worldcup')!.attribution).toMatch(/Joshua C\. Fjelstul.*CC-BY-SA-4\.0.*github\.com\/jfjelstul\/worldcup/);
    expect(datasets.find((d) => d.id === 'dataset:belgian-league-results')!.attribution).toMatch(/Football-Data \(football-data\.co\.uk\) via footballcsv.*CC0/);
  });

  it('finds the Anderlecht squads in which Besnik Hasi and Vincent Kompany played together', async () => {
    const data = await api.data<{ person: { sharedSquads: { season: string; team: { id: string }; members: { person: { id: string }; role: string; fact: { id: string } }[] }[] } }>(`{
      person(id: "person:besnik-hasi") {
        sharedSquads(with: "person:vincent-kompany", team: "club:rsc-anderlecht") { season team { id } members { person { id } role fact { id } } }
      }
    }`);
    expect(data.person.sharedSquads.map((s) => s.season)).toEqual(['2005/06']);
    expect(data.person.sharedSquads[0]!.members.map((m) => m.person.id).sort()).toEqual(['person:besnik-hasi', 'person:vincent-kompany']);
    expect(data.person.sharedSquads[0]!.members.every((m) => m.role === 'PLAYER' && m.fact.id.startsWith('fact:spell:'))).toBe(true);
    const squad = await api.data<{ club: { squad: { members: { person: { id: string } }[] } } }>('{ club(id: "club:rsc-anderlecht") { squad(season: "2005/06") { members { person { id } } } } }');
    expect(squad.club.squad.members.map((m) => m.person.id)).toEqual(expect.arrayContaining(['person:besnik-hasi', 'person:vincent-kompany']));
  });

  it("lists Belgium's 2014 World Cup squad with Defour in it, and its manager", async () => {
    const data = await api.data<{ nationalTeam: { squads: { tournament: string; tournamentId: string; date: { text: string }; players: { person: { id: string; name: string }; shirtNumber: number; position: string }[]; managers: { person: { name: string }; role: string }[] }[] } }>(`{
      nationalTeam(id: "nt:belgium") { squads(tournament: "2014") {
        tournament tournamentId date { text }
        players { person { id name } shirtNumber position }
        managers { person { name } role }
      } }
    }`);
    expect(data.nationalTeam.squads).toHaveLength(1);
    const wc = data.nationalTeam.squads[0]!;
    expect(wc).toMatchObject({ tournament: "2014 FIFA Men's World Cup", tournamentId: 'WC-2014', date: { text: '2014-06-12..2014-07-13' } });
    expect(wc.players).toHaveLength(23);
    expect(wc.players.find((p) => p.person.id === 'person:steven-defour')).toEqual({ person: { id: 'person:steven-defour', name: 'Steven Defour' }, shirtNumber: 16, position: 'midfielder' });
    expect(wc.players.find((p) => p.person.id === 'person:vincent-kompany')?.shirtNumber).toBe(4);
    expect(wc.managers).toEqual([{ person: { name: 'Marc Wilmots' }, role: 'MANAGER' }]);
    const defour = await api.data<{ person: { squadMemberships: { tournament: string; team: { id: string } }[] } }>('{ person(id: "person:steven-defour") { squadMemberships { tournament team { id } } } }');
    expect(defour.person.squadMemberships).toEqual([{ tournament: "2014 FIFA Men's World Cup", team: { id: 'nt:belgium' } }]);
  });

  it('refuses a malformed season or person id with BAD_USER_INPUT', async () => {
    const season = await api.run('{ club(id: "club:rsc-anderlecht") { squad(season: "2005") { season } } }');
    expect(season.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const person = await api.run('{ person(id: "person:besnik-hasi") { sharedSquads(with: "club:rsc-anderlecht") { season } } }');
    expect(person.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('when an article and the dataset disagree', () => {
    const ARTICLE = 'article:test-kompany-2005';
    const CURATED = 'fact:transfer:vincent-kompany:2005:rsc-anderlecht:hamburger-sv';

    beforeAll(async () => {
      // A (test) article dates Kompany's move to Hamburg a year early; then the data is imported again.
      await writeBundle(graph.engine, {
        sources: [{ id: ARTICLE, kind: 'ARTICLE', name: 'Test article: Kompany to Hamburg' }],
        entities: [],
        facts: [{ id: CURATED, kind: 'transfer', type: 'PERMANENT', start: '2005', refs: { person: 'person:vincent-kompany', from: 'club:rsc-anderlecht', to: 'club:hamburger-sv' }, sources: [{ source: ARTICLE }] }],
      }, { has: () => true });
      await runImport(graph.engine, { source: 'transfers', path: path.join(dir, 'data', 'transfermarkt-transfers'), reportDir: path.join(dir, 'report2') });
    });

    it('keeps both facts, each with its own sources, and says where they part', async () => {
      const data = await api.data<{ disagreements: { totalCount: number; edges: { node: { aspect: string; summary: string; curated: { id: string; sources: { source: { id: string } }[] }; dataset: { id: string; sources: { source: { id: string } }[] } } }[] } }>(`{
        disagreements(first: 10) { totalCount edges { node {
          aspect summary curated { id sources { source { id } } } dataset { id sources { source { id } } }
        } } }
      }`);
      expect(data.disagreements.totalCount).toBe(1);
      const d = data.disagreements.edges[0]!.node;
      expect(d).toMatchObject({ aspect: 'DATE', curated: { id: CURATED }, dataset: { id: 'fact:transfer:vincent-kompany:2006-summer:rsc-anderlecht:hamburger-sv' } });
      expect(d.summary).toBe('RSC Anderlecht → Hamburger SV: the curated sources say 2005, the dataset 2006/07 (summer window)');
      expect(d.curated.sources.map((s) => s.source.id)).toEqual([ARTICLE]);
      expect(d.dataset.sources.map((s) => s.source.id)).toEqual(['dataset:transfermarkt-transfers', 'dataset:transfermarkt-transfers']);
      const onFact = await api.data<{ fact: { disagreements: { aspect: string }[] } }>(`{ fact(id: "${CURATED}") { ... on Transfer { disagreements { aspect } } } }`);
      expect(onFact.fact.disagreements).toEqual([{ aspect: 'DATE' }]);
      const onPerson = await api.data<{ person: { disagreements: { curated: { id: string } }[] } }>('{ person(id: "person:vincent-kompany") { disagreements { curated { id } } } }');
      expect(onPerson.person.disagreements.map((x) => x.curated.id)).toEqual([CURATED]);
      const review = fs.readFileSync(path.join(dir, 'report2', 'review.jsonl'), 'utf8');
      expect(review).toContain(CURATED);
    });

    it('reports no disagreement where the sources agree', async () => {
      const data = await api.data<{ person: { disagreements: unknown[] } }>('{ person(id: "person:steven-defour") { disagreements { aspect } } }');
      expect(data.person.disagreements).toEqual([]);
    });
  });
});
