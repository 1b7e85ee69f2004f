// Article 000_220396dbe9057725 (no date printed; the day after KV Mechelen reached the Belgian Cup
// final in Defour's first season as head coach): the final at the Heizel, his late father, kit
// man Franky, the league match at Seraing, staying up first. Every fact it states is asked
// through GraphQL on a seeded embedded graph and must cite the article.
import {
  ARTICLE_IDS,
  DATE,
  EVENT,
  MATCH,
  SOURCES,
  TENURE,
  articleExists,
  ask,
  daysBetween,
  expectDate,
  expectStoryCites,
  fetchArticle,
  fetchPersonFacts,
  nodesOf,
  one,
  useArticleApi,
  type ArticleView,
  type PersonFacts,
  type CitationView,
  type EventView,
  type MatchView,
  type Ref,
  type TenureView,
} from '../support/articles';

const A = ARTICLE_IDS.cupFinalReached;
const DEFOUR = 'person:steven-defour';
const FATHER = 'person:father-of-steven-defour';
const FRANKY = 'person:franky-kv-mechelen';
const KVM = 'club:kv-mechelen';
const KAZERNE = 'stadium:achter-de-kazerne';
const HEIZEL = 'stadium:koning-boudewijnstadion';

const api = useArticleApi();
const checked = new Set<string>();
const mark = <T extends { id: string }>(f: T): T => (checked.add(f.id), f);
const cites = (x: { sources: CitationView[] }) => x.sources.some((c) => c.source.id === A);
const editorResolved = (x: { sources: CitationView[] }) => x.sources.some((c) => c.source.id.startsWith('editor:') && c.confidence < 1);


let article: ArticleView;
let defour: PersonFacts;
const event = (type: string) => mark(one(nodesOf(defour.events).filter(cites), (e) => e.type === type, `${type} event citing ${A}`));
const qualification = () => event('CUP_FINAL_QUALIFICATION');

beforeAll(async () => {
  article = await fetchArticle(api(), A);
  defour = await fetchPersonFacts(api(), DEFOUR);
});

describe('article 000: KV Mechelen the day after reaching the cup final', () => {
  it('is a Dutch article with no printed date, dated by the editors to the day after the semi-final', () => {
    expect(articleExists(A)).toBe(true);
    expect(article.kind).toBe('ARTICLE');
    expect(article.language).toBe('nl');
    // Not printed: the resolution must be recorded, and the day must be the one after qualification.
    expect(article.publishedResolvedBy).toBeTruthy();
    expect(article.published?.precision).toBe('DAY');
    expect(daysBetween(qualification().date!.text, article.published!.text)).toBe(1);
  });

  it('KV Mechelen qualified for the Belgian Cup final the evening before, in his first season as head coach', () => {
    const q = qualification();
    expect(q.team?.id).toBe(KVM);
    expect(q.people.map((p) => p.id)).toEqual([DEFOUR]);
    expect(q.role).toMatch(/head coach/);
    expectStoryCites(q, A);
    // The article gives only "the evening before": the day is the editors', at lower confidence.
    expect(q.date?.precision).toBe('DAY');
    expect(editorResolved(q)).toBe(true);
  });

  it('Defour has been head coach (T1) of KV Mechelen only since October of that season', () => {
    const head = mark(one(nodesOf(defour.staffRoles), (t) => t.role === 'HEAD_COACH' && t.team?.id === KVM, 'head-coach tenure'));
    expect(head.start?.precision).toBe('MONTH');
    expect(head.start?.text.slice(5)).toBe('10');
    expect(head.roleLabel).toMatch(/T1/);
    // His first job as a head coach: a field, not a sentence in the note.
    expect(head.firstInRole).toBe(true);
    expect(head.note ?? '').not.toMatch(/first head-coach job/i);
    expectStoryCites(head, A);
    // The qualification falls in the first season of the tenure, a few months after it began.
    const q = qualification().date!.text;
    const firstSeasonEnd = `${Number(head.start!.text.slice(0, 4)) + 1}-06-30`;
    expect(head.start!.earliest <= q && q <= firstSeasonEnd).toBe(true);
    // He followed Danny Buijs: the succession is stated with the month he took over.
    expect(head.predecessor?.person.id).toBe('person:danny-buijs');
  });

  it('he took over as head coach in October: the succession after Buijs is dated to that month', async () => {
    const { fact } = await ask<{ fact: { id: string; predecessor: Ref; successor: Ref; team: Ref; role: string; date: { text: string; precision: string } | null; sources: CitationView[] } }>(
      api(),
      `{ fact(id: "fact:succession:head-coach:kv-mechelen:danny-buijs:steven-defour") { id ... on Succession { predecessor { id } successor { id } team { id } role date ${DATE} ${SOURCES} } } }`,
    );
    mark(fact);
    expect([fact.predecessor.id, fact.successor.id, fact.team.id, fact.role]).toEqual(['person:danny-buijs', DEFOUR, KVM, 'HEAD_COACH']);
    expect(fact.date?.precision).toBe('MONTH');
    expect(fact.date?.text.slice(5)).toBe('10');
    expectStoryCites(fact, A);
  });

  it('the final is to be played at the Heizel at the end of the season', async () => {
    const { club } = await ask<{ club: { matches: { edges: { node: MatchView }[] } } }>(api(), `{ club(id: "${KVM}") { matches(first: 50) { edges { node { ${MATCH} } } } } }`);
    const final = mark(one(nodesOf(club.matches).filter(cites), (m) => m.stage === 'final', 'cup final'));
    expect(final.type).toBe('CUP');
    expect(final.competition).toBe('Belgian Cup');
    expect(final.venue?.id).toBe(HEIZEL);
    expect([final.home.id, final.away.id]).toContain(KVM);
    expectStoryCites(final, A);
    // Later in the same season as the qualification.
    const q = qualification().date!.text;
    expect(final.date!.earliest > q).toBe(true);
    expect(final.date!.latest <= `${q.slice(0, 4)}-06-30`).toBe(true);
    const { stadium } = await ask<{ stadium: { aliases: string[]; city: string | null; sources: CitationView[] } }>(api(), `{ stadium(id: "${HEIZEL}") { aliases city ${SOURCES} } }`);
    expect(stadium.aliases).toContain('Heizel');
    expect(stadium.city).toBe('Brussels');
    expectStoryCites(stadium, A);
  });

  it('KV Mechelen, nicknamed Malinwa, plays at Achter de Kazerne', async () => {
    const { club } = await ask<{ club: { name: string; nicknames: string[]; stadium: Ref | null; sources: CitationView[] } }>(
      api(),
      `{ club(id: "${KVM}") { name nicknames stadium { id } ${SOURCES} } }`,
    );
    expect(club.name).toBe('KV Mechelen');
    expect(club.nicknames).toContain('Malinwa');
    expect(club.stadium?.id).toBe(KAZERNE);
    expectStoryCites(club, A);
    const { fact, stadium } = await ask<{ fact: { id: string; team: Ref; stadium: Ref; sources: CitationView[] }; stadium: { name: string; clubs: Ref[]; sources: CitationView[] } }>(
      api(),
      `{ fact(id: "fact:home-ground:kv-mechelen:achter-de-kazerne") { id ... on HomeGround { team { id } stadium { id } ${SOURCES} } }
         stadium(id: "${KAZERNE}") { name clubs { id } ${SOURCES} } }`,
    );
    expect([fact.team.id, fact.stadium.id]).toEqual([KVM, KAZERNE]);
    expectStoryCites(mark(fact), A);
    expect(stadium.name).toBe('Achter de Kazerne');
    expect(stadium.clubs.map((c) => c.id)).toContain(KVM);
    expectStoryCites(stadium, A);
  });

  it('Defour is a former Red Devil', async () => {
    expectStoryCites(defour, A);
    const { nationalTeam } = await ask<{ nationalTeam: { nicknames: string[]; sources: CitationView[] } }>(api(), `{ nationalTeam(id: "nt:belgium") { nicknames ${SOURCES} } }`);
    expect(nationalTeam.nicknames).toContain('Rode Duivels');
    expectStoryCites(nationalTeam, A);
  });

  it('KV Mechelen is the club of his heart and of his father, who died in 2018', async () => {
    const family = mark(one(nodesOf(defour.relationships), (r) => r.type === 'FAMILY' && r.kinship === 'father', 'father relationship'));
    expect(family.participants.map((p) => [p.role, p.person.id]).sort()).toEqual([['person', DEFOUR], ['relative', FATHER]]);
    expect(family.team?.id).toBe(KVM);
    expectStoryCites(family, A);
    const { person } = await ask<{ person: { sources: CitationView[]; events: { edges: { node: EventView }[] } } }>(
      api(),
      `{ person(id: "${FATHER}") { ${SOURCES} events(first: 20) { edges { node { ${EVENT} } } } } }`,
    );
    expectStoryCites(person, A);
    const death = mark(one(nodesOf(person.events), (e) => e.type === 'DEATH', 'death'));
    expectDate(death.date, '2018', 'YEAR');
    expectStoryCites(death, A);
    // The club of both their hearts: one ClubSupport fact each, citing the article.
    const support = `id ... on ClubSupport { person { id } club { id } since ${DATE} ${SOURCES} }`;
    for (const who of [DEFOUR, FATHER]) {
      const id = `fact:support:${who.slice('person:'.length)}:kv-mechelen`;
      const { fact } = await ask<{ fact: { id: string; person: Ref; club: Ref; since: unknown; sources: CitationView[] } }>(api(), `{ fact(id: "${id}") { ${support} } }`);
      mark(fact);
      expect([fact.person.id, fact.club.id, fact.since]).toEqual([who, KVM, null]);
      expectStoryCites(fact, A);
    }
    // No source names him: the graph says so.
    const { person: father } = await ask<{ person: { nameGiven: string } }>(api(), `{ person(id: "${FATHER}") { nameGiven } }`);
    expect(father.nameGiven).toBe('NONE');
  });

  it('his father is buried just behind the stadium; no burial date is stated', async () => {
    const { person } = await ask<{ person: { events: { edges: { node: EventView }[] } } }>(api(), `{ person(id: "${FATHER}") { events(first: 20) { edges { node { ${EVENT} } } } } }`);
    const burial = mark(one(nodesOf(person.events), (e) => e.type === 'BURIAL', 'burial'));
    expect(burial.stadium?.id).toBe(KAZERNE);
    expect(burial.place).toMatch(/behind/);
    expect(burial.date).toBeNull();
    expect(burial.note).toBeNull();
    expectStoryCites(burial, A);
  });

  it('Franky, the KV Mechelen kit man, put a paper Belgian Cup in his hands after the final whistle', async () => {
    const { person } = await ask<{ person: { name: string; sources: CitationView[]; staffRoles: { edges: { node: TenureView }[] } } }>(
      api(),
      `{ person(id: "${FRANKY}") { name ${SOURCES} staffRoles(first: 20) { edges { node { ${TENURE} } } } } }`,
    );
    expect(person.name).toBe('Franky');
    expectStoryCites(person, A);
    const { person: named } = await ask<{ person: { nameGiven: string } }>(api(), `{ person(id: "${FRANKY}") { nameGiven } }`);
    expect(named.nameGiven).toBe('FIRST_NAME_ONLY');
    const kit = mark(one(nodesOf(person.staffRoles), (t) => t.role === 'KIT_MANAGER', 'kit manager tenure'));
    expect(kit.team?.id).toBe(KVM);
    // Kit man at the semi-final: undated, attested that day.
    expect([kit.start, kit.end]).toEqual([null, null]);
    expectDate(kit.attestedOn, qualification().date!.text, 'DAY');
    expectStoryCites(kit, A);
    const together = mark(one(nodesOf(defour.relationships), (r) => r.type === 'WORKED_WITH' && r.participants.some((p) => p.person.id === FRANKY), 'worked with Franky'));
    expect(together.participants.map((p) => p.person.id).sort()).toEqual([DEFOUR, FRANKY].sort());
    expect(together.team?.id).toBe(KVM);
    expect(together.note).toMatch(/paper/);
    expectStoryCites(together, A);
  });

  it('earlier in the same week KV Mechelen played a crucial league match at Seraing', async () => {
    const league = event('LEAGUE_MATCH');
    expect(league.team?.id).toBe(KVM);
    expectStoryCites(league, A);
    const match = mark(league.match!);
    expect([match.home.id, match.away.id, match.type]).toEqual(['club:rfc-seraing', KVM, 'LEAGUE']);
    expectStoryCites(match, A);
    // Only the month the week supports; it must allow a day in the six days before the semi-final.
    const q = qualification().date!.text;
    for (const d of [league.date!, match.date!]) {
      expect(d.precision).toBe('MONTH');
      expect(d.earliest <= q).toBe(true);
      expect(daysBetween(d.latest, q)).toBeLessThanOrEqual(6);
    }
    const { club } = await ask<{ club: { name: string; city: string | null; sources: CitationView[] } }>(api(), `{ club(id: "club:rfc-seraing") { name city ${SOURCES} } }`);
    expect(club.city).toBe('Seraing');
    expectStoryCites(club, A);
  });

  it('lists exactly the facts checked here, and the people, clubs, team and stadiums it names', () => {
    expect(article.facts.edges.map((e) => e.node.id).sort()).toEqual([...checked].sort());
    expect(article.entities.edges.map((e) => e.node.id).sort()).toEqual([DEFOUR, FATHER, FRANKY, KVM, 'club:rfc-seraing', 'nt:belgium', KAZERNE, HEIZEL].sort());
    for (const e of article.entities.edges) expect(e.citations.every((c) => c.source.id === A && !c.teaser)).toBe(true);
  });
});
