// The league results importer and the questions a journalist asks next (issue 17), on real data:
// slices of the open datasets (the clubs, one season of transfers plus a few careers, two seasons
// of league results) imported into a test database, then the example operations of
// schema/examples/ run on it and their answers and sources checked.
import fs from 'node:fs';
import path from 'node:path';
import { runImport, type ImportSummary } from '../../src/services/import/runner';
import { toFact } from '../../src/repositories/rows';
import { createTestApi, openTestGraph, type TestApi, type TestGraph } from '../support/graph';
import { sliceDir, writeClubsSlice, writeResultsSlice, writeTransferSlice } from '../support/import-slices';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = any;
const EXAMPLES = path.resolve(__dirname, '..', '..', 'schema', 'examples');
const example = (name: string) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
const sourceIds = (cites: { source: { id: string } }[]) => cites.map((c) => c.source.id);
const RESULTS = 'dataset:belgian-league-results';

jest.setTimeout(300_000);

let dir: string;
let graph: TestGraph;
let api: TestApi;
let results: string;
let summary: ImportSummary;
let reportDir: string;

beforeAll(async () => {
  dir = sliceDir();
  const clubs = writeClubsSlice(dir);
  const transfers = writeTransferSlice(dir, [
    { seasons: [2019], leagues: ['jupiler-pro-league'] },
    { players: ['Steven Defour', 'Christian Benteke', 'Sinan Bolat'], leagues: ['jupiler-pro-league'] },
  ]);
  // Three malformed rows: a club no one knows, a day that does not exist, a score that is not one.
  results = writeResultsSlice(dir, ['2022-23', '2023-24'], {
    '2023-24': ['Sat Jun 1 2024,Atlantis FC,1-0,0-0,Genk', 'Sun Jun 32 2024,Genk,1-0,0-0,Gent', 'Sun Jun 2 2024,Genk,one,0-0,Gent'],
  });
  graph = await openTestGraph();
  await runImport(graph.engine, { source: 'clubs', path: clubs, derive: false });
  await runImport(graph.engine, { source: 'transfers', path: transfers, derive: false });
  reportDir = path.join(dir, 'report');
  summary = await runImport(graph.engine, { source: 'results', path: results, reportDir, batchSize: 200 });
  api = await createTestApi(graph.engine);
});

afterAll(async () => {
  await api?.server.apollo.stop();
  await graph?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const facts = async (ids: string[]) => (await graph.engine.read('facts/by-ids', { ids })).map(toFact);
const citations = (id: string) => graph.engine.read('facts/citations', { ids: [id] });

describe('league results import', () => {
  it('reads every row, rejects the malformed ones with their line and reason, and makes a match of each other row', () => {
    const s = summary.sources[0]!;
    expect(s.rowsRead).toBe(306 + 312 + 3);
    expect(s.rowsRejected).toBe(3);
    // One row is an article's match (Seraing–KV Mechelen, February 2023): it confirms that fact.
    expect(s.factsAttached).toBe(1);
    expect(s.factsCreated).toBe(306 + 312 - 1);
    // The 18 clubs of 2022/23 and RWDM, promoted for 2023/24.
    expect(s.clubsResolved).toBe(19);
    const rejects = fs.readFileSync(path.join(reportDir, 'rejects.csv'), 'utf8');
    expect(rejects).toMatch(/"2023-24\/be\.1\.csv","314","no club in the graph is ""Atlantis FC""/);
    expect(rejects).toMatch(/"2023-24\/be\.1\.csv","315","date ""Sun Jun 32 2024"" is not a day/);
    expect(rejects).toMatch(/"2023-24\/be\.1\.csv","316","full-time score ""one"" is not like 2-1"/);
  });

  it('writes day, sides, full- and half-time score, competition and season, citing file and line', async () => {
    const [m] = await facts(['fact:match:2022-07-24:kv-mechelen:royal-antwerp']);
    expect(m).toMatchObject({ type: 'LEAGUE', start: { text: '2022-07-24', precision: 'DAY' }, refs: { home: ['club:kv-mechelen'], away: ['club:royal-antwerp'], winner: ['club:royal-antwerp'] } });
    expect(m!.details).toMatchObject({ homeGoals: 0, awayGoals: 2, halfTimeHomeGoals: 0, halfTimeAwayGoals: 2, season: '2022/23', competition: 'Belgian First Division', homeName: 'Mechelen', awayName: 'Antwerp' });
    expect(await citations(m!.id)).toEqual([expect.objectContaining({ sourceId: RESULTS, detail: '2022-23/be.1.csv#L8' })]);
    // `?` half-time: no half-time score rather than a guessed one.
    const [q] = await facts(['fact:match:2022-11-12:sporting-charleroi:kv-mechelen']);
    expect(q!.details).toMatchObject({ homeGoals: 0, awayGoals: 5 });
    expect(q!.details).not.toHaveProperty('halfTimeHomeGoals');
  });

  it("confirms the article's match instead of duplicating it", async () => {
    const [m] = await facts(['fact:match:2023-02:rfc-seraing:kv-mechelen']);
    expect(m!.details).toMatchObject({ homeGoals: 0, awayGoals: 2, season: '2022/23' });
    expect((await citations(m!.id)).map((c) => [c.sourceId, c.detail])).toContainEqual([RESULTS, '2022-23/be.1.csv#L237']);
    expect(await facts(['fact:match:2023-02-25:rfc-seraing:kv-mechelen'])).toEqual([]);
  });

  it('resolves short names per season and tells the 2023/24 play-offs apart by their groups', async () => {
    const d = await api.data<Data>(`{
      genk: club(id: "club:krc-genk") { matches(season: "2023/24", first: 100) { totalCount edges { node { type stage home { id } away { id } } } } }
      rwdm: club(id: "club:rwdm") { name matches(season: "2023/24", first: 1) { totalCount } }
      stvv: club(id: "club:sint-truidense-vv") { aliases }
      usg: club(id: "club:saint-gilloise") { aliases }
    }`);
    expect(d.usg.aliases).toContain('St. Gilloise');
    expect(d.stvv.aliases).toContain('St Truiden');
    // RWD Molenbeek of 2023/24 is RWDM (2015), not the RWD Molenbeek of 1973 that openfootball lists.
    expect(d.rwdm.matches.totalCount).toBe(30 + 12 / 2);
    const ms = d.genk.matches.edges.map((e: Data) => e.node);
    expect(ms.filter((m: Data) => m.type === 'LEAGUE')).toHaveLength(30);
    const po = ms.filter((m: Data) => m.type === 'PLAYOFF');
    // Ten in the champions' group (a double round robin of the top six) and one deciding match
    // with a club of the next group, which meets it only once.
    expect(po).toHaveLength(11);
    expect(po.filter((m: Data) => m.stage === 'play-offs: clubs placed 1–6 in the regular season')).toHaveLength(10);
    expect(po.filter((m: Data) => /^play-offs: match between the groups of places 1–6 and places 7–12$|^play-offs: match between the groups of places 7–12 and places 1–6$/.test(m.stage))).toHaveLength(1);
  });

  it('is idempotent: a second run writes nothing', async () => {
    const again = await runImport(graph.engine, { source: 'results', path: results, derive: false });
    expect(again.totals).toMatchObject({ factsCreated: 0, factsUpdated: 0, citationsAdded: 0, entitiesCreated: 0, factsSuperseded: 0 });
  });
});

describe('Club.matches, paged in the database', () => {
  const page = `query($after: String, $opponent: ID, $from: Date, $to: Date, $season: String) { club(id: "club:kv-mechelen") {
    matches(season: $season, opponent: $opponent, from: $from, to: $to, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id date { text } home { id } away { id } } } } } }`;

  it('walks a season page by page, in date order, with no repeats', async () => {
    const seen: Data[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const d: Data = await api.data(page, { season: '2022/23', after });
      total = d.club.matches.totalCount;
      seen.push(...d.club.matches.edges.map((e: Data) => e.node));
      if (!d.club.matches.pageInfo.hasNextPage) break;
      after = d.club.matches.pageInfo.endCursor;
    }
    // 34 league matches (one of them the article's) and the article's cup final.
    expect(total).toBe(35);
    expect(seen).toHaveLength(35);
    expect(new Set(seen.map((m) => m.id)).size).toBe(35);
    const days = seen.map((m) => m.date.text);
    expect([...days].sort()).toEqual(days);
  });

  it('narrows by opponent and by days', async () => {
    const d: Data = await api.data(page, { opponent: 'club:royal-antwerp' });
    const ms = d.club.matches.edges.map((e: Data) => e.node);
    expect(d.club.matches.totalCount).toBe(5); // two league seasons, home and away, and the cup final
    for (const m of ms) expect([m.home.id, m.away.id]).toContain('club:royal-antwerp');
    const oct = await api.data<Data>(page, { from: '2022-10-01', to: '2022-10-31' });
    expect(oct.club.matches.totalCount).toBe(6);
  });

  it('refuses a malformed cursor, season or opponent with BAD_USER_INPUT', async () => {
    for (const variables of [{ after: 'bm9wZQ' }, { season: 'last year' }, { opponent: 'person:steven-defour' }]) {
      const r = await api.run(page, variables);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe("the journalist's questions (schema/examples)", () => {
  it('Who did KV Mechelen sign in 2019? The six signings of the raw data, with fees, loans and sources', async () => {
    const d = await api.data<Data>(example('kv-mechelen-signings-2019.graphql'));
    const moves = d.club.transfers.edges.map((e: Data) => e.node);
    const by = (name: string) => moves.find((m: Data) => m.person.name === name);
    for (const name of ['Geoffry Hairemans', 'Sheldon Bateau', 'Yannick Thoelen', 'Dante Vanzeir', 'Jordi Vanlerberghe', 'Issa Kabore']) expect(by(name)).toBeDefined();
    expect(by('Geoffry Hairemans')).toMatchObject({ from: { id: 'club:royal-antwerp' }, type: 'PERMANENT', feeEur: 400000, window: 'summer' });
    expect(by('Dante Vanzeir')).toMatchObject({ from: { id: 'club:krc-genk' }, type: 'LOAN', loanStatus: 'free loan' });
    for (const m of moves) {
      expect(m.date.text).toMatch(/^2019\/20$|^2020$/);
      expect(m.sources.length).toBeGreaterThan(0);
    }
    expect(by('Issa Kabore').sources.map((s: Data) => s.detail)).toContainEqual(expect.stringMatching(/^2019\/jupiler-pro-league\.csv#L\d+/));
    expect(d.club.transfers.totalCount).toBe(moves.length);
  });

  it('Who played for both Genk and Standard? One row per person with the spells at each', async () => {
    const d = await api.data<Data>(example('genk-standard-shared-players.graphql'));
    const rows = d.club.sharedPlayers.edges.map((e: Data) => e.node);
    const ids = rows.map((r: Data) => r.person.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['person:steven-defour', 'person:christian-benteke', 'person:sinan-bolat']));
    for (const r of rows) {
      expect(r.spells.length).toBeGreaterThan(0);
      expect(r.otherSpells.length).toBeGreaterThan(0);
      for (const s of [...r.spells, ...r.otherSpells]) expect(s.sources.length).toBeGreaterThan(0);
    }
    const defour = rows.find((r: Data) => r.person.id === 'person:steven-defour');
    expect(sourceIds(defour.otherSpells[0].sources)).toContain('article:002_71773532a5f1564e');
  });

  it('How did KV Mechelen do under each head coach? Computed records beside the articles, with the differences explained', async () => {
    const d = await api.data<Data>(example('kv-mechelen-head-coach-records.graphql'));
    const of = (id: string) => d.club.headCoachRecords.find((r: Data) => r.person.id === id);
    const defour = of('person:steven-defour');
    // Surely in charge from November 2022 to October 2023; October 2022 and November 2023 are uncertain.
    expect(defour.record).toMatchObject({ matches: 31, wins: 9, draws: 7, losses: 15, from: '2022-11-05', to: '2023-10-28' });
    expect(defour.uncertainMatches).toHaveLength(9);
    expect(sourceIds(defour.sources)).toEqual(expect.arrayContaining([RESULTS, 'article:001_847aaf11c6367334']));
    const check = defour.stated[0];
    expect(check).toMatchObject({ stated: { matches: 26, wins: 12, draws: 5, losses: 9 }, statedBy: { id: 'article:001_847aaf11c6367334' }, agrees: false });
    // 26 matches by the article's day (2023-04-29 at the latest) cannot all be league matches: a difference of scope.
    expect(check.disagreements[0]).toMatchObject({ field: 'MATCHES', stated: 26, kind: 'SCOPE' });
    expect(check.disagreements[0].explanation).toMatch(/all competitions/);
    const hasi = of('person:besnik-hasi');
    expect(hasi.openEnd).toBe(true);
    expect(hasi.summary).toMatch(/does not mean he was still in charge/);
    expect(hasi.stated[0]).toMatchObject({ agrees: true, firstMatch: { id: 'fact:match:2023-11-26:kv-kortrijk:kv-mechelen' } });
    expect(of('person:danny-buijs').record).toBeNull();
  });
});

describe('open ends', () => {
  it("an open tenure is not read as current: Hasi's is last attested in 2023/24, and a later article names another T1", async () => {
    const d = await api.data<Data>(`{ club(id: "club:kv-mechelen") { headCoaches { person { id } endKnown lastAttested { text } laterHolders { person { id } sources { source { id } teaser } } } } }`);
    const hasi = d.club.headCoaches.find((t: Data) => t.person.id === 'person:besnik-hasi');
    expect(hasi).toMatchObject({ endKnown: false, lastAttested: { text: '2023/24' } });
    expect(hasi.laterHolders.map((t: Data) => t.person.id)).toEqual(['person:fred-vanderbiest']);
    expect(hasi.laterHolders[0].sources).toEqual([{ source: { id: 'article:004_ac7a351d2204009c' }, teaser: true }]);
    const defour = d.club.headCoaches.find((t: Data) => t.person.id === 'person:steven-defour');
    expect(defour).toMatchObject({ endKnown: true, laterHolders: [] });
  });

  it('staff on a day past every source of an open tenure says so, not "still in office"', async () => {
    const q = (from: string, to: string) => api.data<Data>(`{ club(id: "club:kv-mechelen") { staffDuring(from: "${from}", to: "${to}") { person { id } role evidence tenure { lastAttested { text } laterHolders { person { id } } } } } }`);
    const hasiIn = async (from: string, to: string) => (await q(from, to)).club.staffDuring.find((m: Data) => m.person.id === 'person:besnik-hasi');
    // Inside what article 003 (season 2023/24) attests: his dated tenure covers the day.
    expect(await hasiIn('2023-12-01', '2023-12-31')).toMatchObject({ role: 'HEAD_COACH', evidence: 'DATED' });
    // Long after: still listed (the tenure has no end), but as an open end, with who a later source names.
    const later = await hasiIn('2025-03-01', '2025-03-31');
    expect(later).toMatchObject({ role: 'HEAD_COACH', evidence: 'OPEN_END', tenure: { lastAttested: { text: '2023/24' } } });
    expect(later.tenure.laterHolders.map((t: Data) => t.person.id)).toEqual(['person:fred-vanderbiest']);
    // staff(asOf:) lists him while a source attests him, and not after.
    const staffOn = async (day: string) => (await api.data<Data>(`{ club(id: "club:kv-mechelen") { staff(asOf: "${day}") { person { id } } } }`)).club.staff.map((t: Data) => t.person.id);
    expect(await staffOn('2023-12-15')).toContain('person:besnik-hasi');
    expect(await staffOn('2025-03-15')).not.toContain('person:besnik-hasi');
    // A tenure with an end is never an open end.
    const defour = (await q('2023-01-01', '2023-01-31')).club.staffDuring.find((m: Data) => m.person.id === 'person:steven-defour');
    expect(defour).toMatchObject({ role: 'HEAD_COACH', evidence: 'DATED' });
  });

  it('undated head coaches are listed apart from the succession, not after its last holder', async () => {
    const d = await api.data<Data>(`{ club(id: "club:kv-mechelen") {
      headCoaches { id person { id } start { text } end { text } predecessor { person { id } } successor { person { id } } }
      undatedHeadCoaches { id person { id } start { text } end { text } predecessor { id } sources { source { id } } } } }`);
    // The succession: Buijs (known by his end) → Defour → Hasi, each placed by a date or a stated succession.
    expect(d.club.headCoaches.map((t: Data) => t.person.id)).toEqual(['person:danny-buijs', 'person:steven-defour', 'person:besnik-hasi']);
    expect(d.club.headCoaches.every((t: Data) => t.start !== null || t.end !== null)).toBe(true);
    // Vanderbiest (named by a later teaser) and Vrancken (attested in May 2021) have no date: apart.
    expect(d.club.undatedHeadCoaches.map((t: Data) => t.person.id)).toEqual(['person:fred-vanderbiest', 'person:wouter-vrancken']);
    for (const t of d.club.undatedHeadCoaches) {
      expect(t).toMatchObject({ start: null, end: null, predecessor: null });
      expect(t.sources.length).toBeGreaterThan(0);
    }
    const ids = new Set(d.club.headCoaches.map((t: Data) => t.id));
    expect(d.club.undatedHeadCoaches.some((t: Data) => ids.has(t.id))).toBe(false);
  });
});
