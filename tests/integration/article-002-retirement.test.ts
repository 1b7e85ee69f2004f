// Article 002_71773532a5f1564e (May 2021): Defour stops playing at KV Mechelen after a quadriceps
// injury and joins Wouter Vrancken's staff as assistant; his whole club career, honours and
// national-team record. Every fact it states is asked through GraphQL on a seeded embedded
// graph and must cite the article.
import {
  ARTICLE_IDS,
  DATE,
  EVENT,
  QUALIFICATION,
  RELATIONSHIP,
  SOURCES,
  TENURE,
  articleExists,
  ask,
  birthSpanFromAge,
  daysBetween,
  expectDate,
  expectStoryCites,
  fetchArticle,
  nodesOf,
  one,
  useArticleApi,
  type CitationView,
  type DateView,
  type EventView,
  type QualificationView,
  type Ref,
  type RelationshipView,
  type TenureView,
} from '../support/articles';

const A = ARTICLE_IDS.retirement;
const DEFOUR = 'person:steven-defour';
const VRANCKEN = 'person:wouter-vrancken';
const BODEN = 'person:jan-boden';
const KVM = 'club:kv-mechelen';
const STANDARD = 'club:standard-liege';
/** The article's day: printed as a month, the embedded tweet gives the day. */
const DAY = '2021-05-11';

const api = useArticleApi();
/** Fact ids this file checks; the article must list exactly these. */
const checked = new Set<string>();
const mark = <T extends { id: string }>(f: T): T => (checked.add(f.id), f);

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday

interface SpellView {
  id: string;
  level: string;
  order: number | null;
  team: Ref & { country?: string | null };
  start: DateView | null;
  end: DateView | null;
  sources: CitationView[];
}
interface TransferView {
  id: string;
  from: Ref | null;
  to: Ref | null;
  date: DateView | null;
  type: string;
  labels: string[];
  sources: CitationView[];
}
interface HonourView {
  id: string;
  team: Ref;
  type: string;
  title: string;
  country: string | null;
  date: DateView | null;
  sources: CitationView[];
}
interface RecordView {
  id: string;
  team: Ref;
  caps: number;
  goals: number | null;
  asOf: DateView | null;
  sources: CitationView[];
}
interface DefourView {
  id: string;
  name: string;
  nationalities: string[];
  positions: string[];
  birthDate: DateView | null;
  sources: CitationView[];
  spells: { edges: { node: SpellView }[] };
  transfers: { edges: { node: TransferView }[] };
  honours: { edges: { node: HonourView }[] };
  nationalTeamRecords: RecordView[];
  events: { edges: { node: EventView }[] };
  staffRoles: { edges: { node: TenureView }[] };
  qualifications: QualificationView[];
  relationships: { edges: { node: RelationshipView }[] };
  mentors: Ref[];
}

// Split so each query stays within the API's cost and token limits.
const DEFOUR_QUERIES = [
  `{ person(id: "${DEFOUR}") {
    id name nationalities positions birthDate ${DATE} ${SOURCES}
    spells(first: 30) { edges { node { id level order team { id ... on Club { country } } start ${DATE} end ${DATE} ${SOURCES} } } }
    transfers(first: 30) { edges { node { id from { id } to { id } date ${DATE} type labels ${SOURCES} } } }
    honours(first: 30) { edges { node { id team { id } type title country date ${DATE} ${SOURCES} } } }
    nationalTeamRecords { id team { id } caps goals asOf ${DATE} ${SOURCES} }
    qualifications { ${QUALIFICATION} }
    mentors { id } } }`,
  `{ person(id: "${DEFOUR}") { events(first: 50) { edges { node { ${EVENT} } } } } }`,
  `{ person(id: "${DEFOUR}") {
    staffRoles(first: 30) { edges { node { ${TENURE} } } }
    relationships(first: 30) { edges { node { ${RELATIONSHIP} } } } } }`,
];

let defour: DefourView;
const cites = (x: { sources: CitationView[] }) => x.sources.some((c) => c.source.id === A);
const event = (type: string, pred: (e: EventView) => boolean = () => true) =>
  mark(one(nodesOf(defour.events).filter(cites), (e) => e.type === type && pred(e), `${type} event citing ${A}`));

beforeAll(async () => {
  const parts: Partial<DefourView>[] = [];
  for (const q of DEFOUR_QUERIES) parts.push((await ask<{ person: Partial<DefourView> }>(api(), q)).person);
  defour = Object.assign({}, ...parts) as DefourView;
});

describe('article 002: Defour ends his playing career and joins the KV Mechelen staff', () => {
  it('is a Dutch article dated 11 May 2021 to the day, embedding a tweet', async () => {
    expect(articleExists(A)).toBe(true);
    const article = await fetchArticle(api(), A);
    expect(article.kind).toBe('ARTICLE');
    expect(article.language).toBe('nl');
    // Printed as 2021-05; the embedded tweet (a Tuesday) fixes the day.
    expectDate(article.published, DAY, 'DAY');
    expect(weekday(DAY)).toBe(2);
    expect(article.citedOutlets).toContain('Twitter');
  });

  it('introduces Steven Defour, a Belgian midfielder aged 33 on the article day', () => {
    expect(defour.name).toBe('Steven Defour');
    expect(defour.nationalities).toContain('BE');
    expect(defour.positions).toContain('Midfielder');
    expectStoryCites(defour, A);
    // Only the span an age of 33 on that day allows, never a made-up day.
    expect(defour.birthDate?.precision).toBe('RANGE');
    expect({ earliest: defour.birthDate?.earliest, latest: defour.birthDate?.latest }).toEqual(birthSpanFromAge(33, DAY));
  });

  it('Genk was his youth club, where his senior career began in 2004', () => {
    const youth = mark(one(defour.spells.edges.map((e) => e.node), (s) => s.level === 'YOUTH' && s.team.id === 'club:krc-genk', 'youth spell at Genk'));
    expectDate(youth.end, '2004', 'YEAR');
    expectStoryCites(youth, A);
  });

  it('played for seven senior clubs, in order, with the years the article gives', async () => {
    const senior = defour.spells.edges.map((e) => e.node).filter((s) => s.level === 'SENIOR' && cites(s));
    expect(senior.map((s) => [s.team.id, s.start?.text, s.end?.text])).toEqual([
      ['club:krc-genk', '2004', '2006'],
      [STANDARD, '2006', '2011'],
      ['club:fc-porto', '2011', '2014'],
      ['club:rsc-anderlecht', '2014', '2016'],
      ['club:burnley', '2016', '2019'],
      ['club:royal-antwerp', '2019', '2020'],
      // Ended by his retirement on the article day.
      [KVM, '2020', DAY],
    ]);
    senior.forEach((s, i) => {
      mark(s);
      expect(s.order).toBe(i + 1);
      expect(s.start?.precision).toBe('YEAR');
      expect(s.end?.precision).toBe(i === 6 ? 'DAY' : 'YEAR');
      expectStoryCites(s, A);
    });
    // Porto was his time abroad; Burnley played in the English Premier League.
    expect(senior[2]?.team.country).toBe('PT');
    expect(senior[4]?.team.country).toBe('GB-ENG');
    for (const s of [senior[0]!, senior[1]!, senior[3]!, senior[5]!, senior[6]!]) expect(s.team.country).toBe('BE');
  });

  it('had a top-level career of seventeen years', () => {
    const senior = defour.spells.edges.map((e) => e.node).filter((s) => s.level === 'SENIOR' && cites(s));
    const retirement = event('RETIREMENT');
    expect(retirement.careerYears).toBe(17);
    expect(Number(retirement.date!.text.slice(0, 4)) - Number(senior[0]!.start!.text)).toBe(retirement.careerYears);
  });

  it('moved between consecutive clubs; the 2006 move to Standard, two years after his start, caused an uproar', () => {
    const senior = defour.spells.edges.map((e) => e.node).filter((s) => s.level === 'SENIOR' && cites(s));
    const transfers = defour.transfers.edges.map((e) => e.node).filter(cites);
    expect(transfers).toHaveLength(6);
    transfers.forEach((t, i) => {
      mark(t);
      expect([t.from?.id, t.to?.id]).toEqual([senior[i]!.team.id, senior[i + 1]!.team.id]);
      expectDate(t.date, senior[i + 1]!.start!.text, 'YEAR');
      expectStoryCites(t, A);
    });
    expect(Number(transfers[0]!.date!.text) - 2004).toBe(2);
    expect(transfers[0]!.labels).toEqual(['controversial']);
    for (const t of transfers.slice(1)) expect(t.labels).toEqual([]);
  });

  it('won the Belgian title in 2008 and 2009 and the 2011 Belgian Cup with Standard, and the Portuguese title in 2012 and 2013 with Porto', () => {
    const honours = defour.honours.edges.map((e) => e.node).filter(cites);
    expect(honours.map((h) => [h.team.id, h.type, h.title, h.country, h.date?.text, h.date?.precision])).toEqual([
      [STANDARD, 'LEAGUE_TITLE', 'Belgian champion', 'BE', '2008', 'YEAR'],
      [STANDARD, 'LEAGUE_TITLE', 'Belgian champion', 'BE', '2009', 'YEAR'],
      [STANDARD, 'CUP', 'Belgian Cup', 'BE', '2011', 'YEAR'],
      ['club:fc-porto', 'LEAGUE_TITLE', 'Portuguese champion', 'PT', '2012', 'YEAR'],
      ['club:fc-porto', 'LEAGUE_TITLE', 'Portuguese champion', 'PT', '2013', 'YEAR'],
    ]);
    for (const h of honours) expectStoryCites(mark(h), A);
  });

  it('won 52 caps and scored twice for the Red Devils, as counted on the article day', async () => {
    const record = mark(one(defour.nationalTeamRecords, (r) => r.team.id === 'nt:belgium' && cites(r), 'Belgium record'));
    expect([record.caps, record.goals]).toEqual([52, 2]);
    expectDate(record.asOf, DAY, 'DAY');
    expectStoryCites(record, A);
    const { nationalTeam } = await ask<{ nationalTeam: { nicknames: string[]; sources: CitationView[] } }>(
      api(),
      `{ nationalTeam(id: "nt:belgium") { nicknames ${SOURCES} } }`,
    );
    expect(nationalTeam.nicknames).toEqual(expect.arrayContaining(['Rode Duivels', 'Diables Rouges', 'Red Devils']));
    expectStoryCites(nationalTeam, A);
  });

  it('had announced early in the previous month that he would stop after the season', () => {
    const announced = event('RETIREMENT_ANNOUNCED');
    expectDate(announced.date, '2021-04', 'MONTH');
    expect(announced.team?.id).toBe(KVM);
    // To stop after the 2020/21 season, finishing it: a field, not a note.
    expectDate(announced.plannedFor, '2020/21', 'SEASON');
    expect(announced.note).toBeNull();
    expectStoryCites(announced, A);
  });

  it('played his last match on 2 May away at AA Gent (2-2) and was taken off after 67 minutes', () => {
    const last = event('LAST_MATCH_AS_PLAYER');
    expectDate(last.date, '2021-05-02', 'DAY');
    expect(last.minuteSubstituted).toBe(67);
    expectStoryCites(last, A);
    const match = mark(last.match!);
    expect(match).not.toBeNull();
    expect([match.home.id, match.away.id, match.homeGoals, match.awayGoals, match.score, match.winner]).toEqual(['club:kaa-gent', KVM, 2, 2, '2-2', null]);
    expect(match.homeName).toBe('AA Gent');
    expectDate(match.date, '2021-05-02', 'DAY');
    // KV Mechelen were in the play-offs, playing for a European ticket.
    expect(match.type).toBe('PLAYOFF');
    expect(match.competition).toMatch(/play-offs/i);
    expect(match.competition).toMatch(/European/i);
    expectStoryCites(match, A);
  });

  it('did not play in the 5-3 win over KV Oostende the weekend before the article', () => {
    const missed = event('MISSED_MATCH', (e) => e.match?.id.includes('kv-oostende') === true);
    expect(missed.people.map((p) => p.id)).toEqual([DEFOUR]);
    // Increasingly troubled by injuries: the cause is a field, the note only the comment.
    expect(missed.cause).toMatch(/injur/);
    const match = mark(missed.match!);
    const goals = (club: string) => (match.home.id === club ? match.homeGoals : match.away.id === club ? match.awayGoals : null);
    expect([goals(KVM), goals('club:kv-oostende')]).toEqual([5, 3]);
    expect(match.winner?.id).toBe(KVM);
    // The weekend before Tuesday 11 May: Saturday 8 or Sunday 9 May, no single day.
    for (const m of [match, missed]) {
      expectDate(m.date, '2021-05-08..2021-05-09', 'RANGE');
      expect(weekday(m.date!.earliest)).toBe(6);
      expect(weekday(m.date!.latest)).toBe(0);
      expectStoryCites(m, A);
    }
  });

  it('felt his quadriceps in training on the Friday; a scan on the Monday found a tear', () => {
    const injury = event('INJURY');
    expectDate(injury.date, '2021-05-07', 'DAY');
    expect(weekday('2021-05-07')).toBe(5);
    expect(daysBetween(injury.date!.text, DAY)).toBe(4);
    expect(injury.cause).toMatch(/quadriceps/);
    expectStoryCites(injury, A);
    const scan = event('DIAGNOSIS', (e) => e.date?.text === '2021-05-10');
    expect(weekday('2021-05-10')).toBe(1);
    expect(scan.cause).toMatch(/quadriceps/);
    expect(scan.cause).toMatch(/tear/);
    // An ultrasound scan; the tear would have kept him out for three weeks.
    expect(scan.method).toMatch(/ultrasound/);
    expect(scan.expectedWeeksOut).toBe(3);
    expect(scan.note).toBeNull();
    expectStoryCites(scan, A);
  });

  it('ended his playing career on the article day because of the quadriceps injury', () => {
    const retirement = event('RETIREMENT');
    expectDate(retirement.date, DAY, 'DAY');
    expect(retirement.cause).toMatch(/quadriceps/);
    expect(retirement.team?.id).toBe(KVM);
    // Announced on Twitter, earlier than planned: he had meant to play to the end of the 2020/21 play-offs.
    expect(retirement.medium).toBe('Twitter');
    expectDate(retirement.plannedFor, '2020/21', 'SEASON');
    expect(retirement.note).toBeNull();
    expectStoryCites(retirement, A);
  });

  it('had given trial sessions at the KV Mechelen youth academy earlier that season', () => {
    const trials = event('TRIAL_TRAINING');
    expectDate(trials.date, '2020/21', 'SEASON');
    expect(trials.team?.id).toBe(KVM);
    expect(trials.place).toMatch(/academy/i);
    // Given for his UEFA A licence: the licence is a linked fact, not a sentence.
    expect(trials.relatedFacts.map((f) => f.id)).toEqual(['fact:qualification:steven-defour:uefa-a']);
    expect(trials.note).toBeNull();
    expectStoryCites(trials, A);
  });

  it('is working towards his UEFA A licence', () => {
    const uefaA = mark(one(defour.qualifications, (q) => q.type === 'UEFA_A', 'UEFA A licence'));
    expect(uefaA.status).toBe('IN_PROGRESS');
    // Being pursued in May 2021, when the article appeared: a field, not a sentence in the note.
    expectDate(uefaA.statusAsOf, '2021-05', 'MONTH');
    expect(uefaA.note ?? '').not.toMatch(/May 2021/);
    expectStoryCites(uefaA, A);
  });

  it("joined Wouter Vrancken's staff as assistant coach (T2) that day, for individual coaching with attention to the young players", async () => {
    const assistant = mark(one(defour.staffRoles.edges.map((e) => e.node), (t) => t.role === 'ASSISTANT_COACH' && t.team?.id === KVM, 'assistant tenure at KV Mechelen'));
    expectDate(assistant.start, DAY, 'DAY');
    expect(assistant.under?.id).toBe(VRANCKEN);
    expect(assistant.roleLabel).toMatch(/T2/);
    expect(assistant.focus).toEqual(expect.arrayContaining([expect.stringMatching(/individual/i), expect.stringMatching(/young/i)]));
    expectStoryCites(assistant, A);
    const { club } = await ask<{ club: { staff: { id: string; person: Ref }[] } }>(api(), `{ club(id: "${KVM}") { staff(asOf: "${DAY}") { id person { id } } } }`);
    expect(club.staff.map((t) => t.id)).toContain(assistant.id);
  });

  it('had his first day and first training on the staff the day after the verdict', () => {
    const first = event('FIRST_DAY_ON_STAFF');
    const scan = event('DIAGNOSIS', (e) => e.date?.text === '2021-05-10');
    expectDate(first.date, DAY, 'DAY');
    expect(daysBetween(scan.date!.text, first.date!.text)).toBe(1);
    expect(first.team?.id).toBe(KVM);
    expectStoryCites(first, A);
  });

  it("was brought in front of the webcam by Vrancken at that day's online press conference", () => {
    const presented = event('PRESS_CONFERENCE', (e) => e.people.some((p) => p.id === VRANCKEN));
    expectDate(presented.date, DAY, 'DAY');
    expect(presented.people.map((p) => p.id).sort()).toEqual([DEFOUR, VRANCKEN].sort());
    expect(presented.medium).toMatch(/online/);
    expect(presented.medium).toMatch(/webcam/);
    expectStoryCites(presented, A);
  });

  it('works his first official match on the staff on Thursday at his former club Standard, from the stand at Sclessin', () => {
    const first = event('FIRST_MATCH_ON_STAFF');
    expectDate(first.date, '2021-05-13', 'DAY');
    expect(weekday('2021-05-13')).toBe(4);
    expect(daysBetween(DAY, first.date!.text)).toBe(2);
    expect(first.stadium?.id).toBe('stadium:sclessin');
    expect(first.place).toMatch(/stand/);
    // In the stand together with video analyst Jan Boden: both are the event's people.
    expect(first.people.map((p) => p.id).sort()).toEqual([BODEN, DEFOUR].sort());
    expectStoryCites(first, A);
    const match = mark(first.match!);
    expect([match.home.id, match.away.id, match.venue?.id]).toEqual([STANDARD, KVM, 'stadium:sclessin']);
    expectDate(match.date, '2021-05-13', 'DAY');
    expectStoryCites(match, A);
    // Standard is one of his former clubs.
    expect(defour.spells.edges.some((e) => e.node.team.id === STANDARD && e.node.end !== null)).toBe(true);
  });

  it('Standard plays at Sclessin', async () => {
    const { club, stadium } = await ask<{ club: { stadium: Ref | null }; stadium: { name: string; city: string | null; clubs: Ref[]; sources: CitationView[] } }>(
      api(),
      `{ club(id: "${STANDARD}") { stadium { id } } stadium(id: "stadium:sclessin") { name city clubs { id } ${SOURCES} } }`,
    );
    expect(club.stadium?.id).toBe('stadium:sclessin');
    expect(stadium.name).toBe('Sclessin');
    expect(stadium.clubs.map((c) => c.id)).toContain(STANDARD);
    expectStoryCites(stadium, A);
    const ground = await ask<{ fact: { id: string; team: Ref; stadium: Ref; sources: CitationView[] } }>(
      api(),
      `{ fact(id: "fact:home-ground:standard-liege:sclessin") { id ... on HomeGround { team { id } stadium { id } ${SOURCES} } } }`,
    );
    expect([ground.fact.team.id, ground.fact.stadium.id]).toEqual([STANDARD, 'stadium:sclessin']);
    expectStoryCites(mark(ground.fact), A);
  });

  it('will analyse that match together with video analyst Jan Boden, his colleague on the staff', async () => {
    const together = mark(
      one(defour.relationships.edges.map((e) => e.node), (r) => r.type === 'WORKED_WITH' && r.participants.some((p) => p.person.id === BODEN), 'worked-with Boden'),
    );
    expect(together.participants.map((p) => p.person.id).sort()).toEqual([BODEN, DEFOUR].sort());
    expectDate(together.start, DAY, 'DAY');
    expect(together.team?.id).toBe(KVM);
    expectStoryCites(together, A);
    const { person } = await ask<{ person: { name: string; sources: CitationView[]; staffRoles: { edges: { node: TenureView }[] } } }>(
      api(),
      `{ person(id: "${BODEN}") { name ${SOURCES} staffRoles(first: 20) { edges { node { ${TENURE} } } } } }`,
    );
    expect(person.name).toBe('Jan Boden');
    expectStoryCites(person, A);
    const analyst = mark(one(nodesOf(person.staffRoles), (t) => t.role === 'VIDEO_ANALYST', 'video analyst tenure'));
    expect(analyst.team?.id).toBe(KVM);
    // Undated, but the article places him there at the Standard match.
    expect([analyst.start, analyst.end]).toEqual([null, null]);
    expectDate(analyst.attestedOn, '2021-05-13', 'DAY');
    expectStoryCites(analyst, A);
  });

  it("Wouter Vrancken is KV Mechelen's head coach (T1), the coach Defour now works under", async () => {
    const { person } = await ask<{ person: { name: string; sources: CitationView[]; staffRoles: { edges: { node: TenureView }[] } } }>(
      api(),
      `{ person(id: "${VRANCKEN}") { name ${SOURCES} staffRoles(first: 20) { edges { node { ${TENURE} } } } } }`,
    );
    expect(person.name).toBe('Wouter Vrancken');
    expectStoryCites(person, A);
    const head = mark(one(nodesOf(person.staffRoles), (t) => t.role === 'HEAD_COACH' && t.team?.id === KVM, 'Vrancken head-coach tenure'));
    expect(head.roleLabel).toMatch(/T1/);
    // Undated: the article places him in the role the day Defour joined his staff.
    expect([head.start, head.end]).toEqual([null, null]);
    expectDate(head.attestedOn, DAY, 'DAY');
    expectStoryCites(head, A);
    const mentorship = mark(one(defour.relationships.edges.map((e) => e.node), (r) => r.type === 'MENTORSHIP', 'mentorship'));
    expect(mentorship.participants.map((p) => [p.role, p.person.id]).sort()).toEqual([['mentee', DEFOUR], ['mentor', VRANCKEN]]);
    expectStoryCites(mentorship, A);
    expect(defour.mentors.map((m) => m.id)).toEqual([VRANCKEN]);
  });

  it('lists exactly the facts checked here, and the people, clubs, team and stadium it names', async () => {
    const article = await fetchArticle(api(), A);
    expect(article.facts.edges.map((e) => e.node.id).sort()).toEqual([...checked].sort());
    expect(article.entities.edges.map((e) => e.node.id).sort()).toEqual(
      [
        DEFOUR, VRANCKEN, BODEN,
        'club:krc-genk', STANDARD, 'club:fc-porto', 'club:rsc-anderlecht', 'club:burnley', 'club:royal-antwerp', KVM, 'club:kaa-gent', 'club:kv-oostende',
        'nt:belgium', 'stadium:sclessin',
      ].sort(),
    );
    for (const e of article.entities.edges) {
      expect(e.citations.every((c) => c.source.id === A && !c.teaser)).toBe(true);
      expect(['Person', 'Club', 'NationalTeam', 'Stadium']).toContain(e.node.__typename);
    }
    expect(article.entities.totalCount).toBe(14);
  });

  it('is reachable through node(id:) and pages through the entities it backs with cursors', async () => {
    type Page = { node: { __typename: string; entities: { totalCount: number; edges: { node: Ref }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
    const query = `query($after: String) { node(id: "${A}") { __typename ... on Article { entities(first: 10, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`;
    const first = await ask<Page>(api(), query);
    expect(first.node.__typename).toBe('Article');
    expect(first.node.entities.edges).toHaveLength(10);
    expect(first.node.entities.pageInfo.hasNextPage).toBe(true);
    const next = await ask<Page>(api(), query, { after: first.node.entities.pageInfo.endCursor });
    expect(next.node.entities.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.node.entities.edges, ...next.node.entities.edges].map((e) => e.node.id);
    expect(ids).toHaveLength(14);
    expect(new Set(ids).size).toBe(14);
    // People first, then clubs, the national team and the stadium.
    expect(ids.map((id) => id.slice(0, id.indexOf(':')))).toEqual([...Array(3).fill('person'), ...Array(9).fill('club'), 'nt', 'stadium']);
  });
});
