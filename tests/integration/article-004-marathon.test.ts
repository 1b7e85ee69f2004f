// Article 004_ac7a351d2204009c (no date printed; the day after Defour, 37, ran the London
// Marathon): his head-coach spell looked back on (cup final lost to Antwerp, dismissal the next
// season), his work as an analyst, the marathon for a children's charity, his wife; a sidebar
// teaser on Fred Vanderbiest. Every fact it states is asked through GraphQL on a seeded embedded
// graph and must cite the article.
import {
  ARTICLE_IDS,
  SOURCES,
  TENURE,
  ageFits,
  articleExists,
  ask,
  daysBetween,
  expectStoryCites,
  expectTeaserOnly,
  fetchArticle,
  fetchPersonFacts,
  nodesOf,
  one,
  useArticleApi,
  type ArticleView,
  type PersonFacts,
  type CitationView,
  type DateView,
  type TenureView,
} from '../support/articles';

const A = ARTICLE_IDS.marathon;
const DEFOUR = 'person:steven-defour';
const STAMS = 'person:isabel-stams';
const KVM = 'club:kv-mechelen';
const ANTWERP = 'club:royal-antwerp';

const api = useArticleApi();
const checked = new Set<string>();
const mark = <T extends { id: string }>(f: T): T => (checked.add(f.id), f);
const cites = (x: { sources: CitationView[] }) => x.sources.some((c) => c.source.id === A);


let article: ArticleView;
let defour: PersonFacts;
const event = (type: string) => mark(one(nodesOf(defour.events).filter(cites), (e) => e.type === type, `${type} event citing ${A}`));
const headTenure = () => mark(one(nodesOf(defour.staffRoles), (t) => t.role === 'HEAD_COACH' && t.team?.id === KVM, 'head-coach tenure'));
const seasonEnd = (startYear: number) => `${startYear + 1}-06-30`;

beforeAll(async () => {
  article = await fetchArticle(api(), A);
  defour = await fetchPersonFacts(api(), DEFOUR);
});

describe('article 004: Defour runs the London Marathon', () => {
  it('is a Dutch article (no printed date) dated by the editors to the day after the marathon, linking Strava', () => {
    expect(articleExists(A)).toBe(true);
    expect(article.kind).toBe('ARTICLE');
    expect(article.language).toBe('nl');
    expect(article.citedOutlets).toContain('Strava');
    expect(article.publishedResolvedBy).toBeTruthy();
    expect(article.published?.precision).toBe('DAY');
    expect(daysBetween(event('MARATHON').date!.text, article.published!.text)).toBe(1);
  });

  it('Defour is 37 by then, which fits his birth span', () => {
    expectStoryCites(defour, A);
    expect(ageFits(defour.birthDate!, 37, article.published!.text, article.published!.text)).toBe(true);
  });

  it('he is a former Red Devil', async () => {
    const { nationalTeam } = await ask<{ nationalTeam: { nicknames: string[]; sources: CitationView[] } }>(api(), `{ nationalTeam(id: "nt:belgium") { nicknames ${SOURCES} } }`);
    expect(nationalTeam.nicknames).toContain('Rode Duivels');
    expectStoryCites(nationalTeam, A);
  });

  it('he is no longer a coach: his T1 spell at KV Mechelen, the club of his heart, ended with a dismissal', () => {
    const head = headTenure();
    expect(head.roleLabel).toMatch(/T1/);
    expect(head.endReason).toBe('DISMISSED');
    expectStoryCites(head, A);
    expect(head.team?.id).toBe(KVM);
  });

  it('he has been inactive as a coach for a while: on the article day he is on no coaching staff', async () => {
    const day = article.published!.text;
    const { club } = await ask<{ club: { staff: { id: string; role: string; person: { id: string } }[] } }>(api(), `{ club(id: "${KVM}") { staff(asOf: "${day}") { id role person { id } } } }`);
    expect(club.staff.filter((t) => t.person.id === DEFOUR).map((t) => t.id)).toEqual([]);
    const open = nodesOf(defour.staffRoles).filter(
      (t) => t.team !== null && t.start !== null && t.start.earliest <= day && (t.end === null || t.end.latest >= day),
    );
    expect(open.map((t) => t.id)).toEqual([]);
  });

  it('in his first season he reached the cup final', () => {
    const head = headTenure();
    const q = event('CUP_FINAL_QUALIFICATION');
    expect(q.team?.id).toBe(KVM);
    expect(q.date!.earliest >= head.start!.earliest && q.date!.latest <= seasonEnd(Number(head.start!.text.slice(0, 4)))).toBe(true);
    expectStoryCites(q, A);
  });

  it('the final was lost to a stronger Antwerp', () => {
    const head = headTenure();
    const final = event('CUP_FINAL');
    expect(final.team?.id).toBe(KVM);
    expect(final.role).toMatch(/head coach/);
    expectStoryCites(final, A);
    const match = mark(final.match!);
    expect([match.home.id, match.away.id].sort()).toEqual([ANTWERP, KVM].sort());
    expect(match.winner?.id).toBe(ANTWERP);
    expect([match.type, match.stage, match.competition]).toEqual(['CUP', 'final', 'Belgian Cup']);
    // KV Mechelen scored fewer than Antwerp.
    const goals = (club: string) => (match.home.id === club ? match.homeGoals : match.awayGoals);
    if (match.homeGoals !== null && match.awayGoals !== null) expect(goals(KVM)!).toBeLessThan(goals(ANTWERP)!);
    // In his first season, and the event is the match's day.
    expect(match.date!.latest <= seasonEnd(Number(head.start!.text.slice(0, 4)))).toBe(true);
    expect(final.date?.text).toBe(match.date?.text);
    expectStoryCites(match, A);
  });

  it('the season after went less well and he was dismissed', () => {
    const head = headTenure();
    const dismissal = event('DISMISSAL');
    expect(dismissal.team?.id).toBe(KVM);
    expectStoryCites(dismissal, A);
    const nextSeason = Number(head.start!.text.slice(0, 4)) + 1;
    const inNextSeason = (d: DateView) => d.earliest >= `${nextSeason}-07-01` && d.latest <= seasonEnd(nextSeason);
    expect(inNextSeason(dismissal.date!)).toBe(true);
    expect(inNextSeason(head.end!)).toBe(true);
  });

  it('since then he has worked as an analyst', () => {
    const analyst = mark(one(nodesOf(defour.staffRoles), (t) => t.role === 'TV_ANALYST', 'analyst tenure'));
    expect(analyst.team).toBeNull();
    expect(analyst.end).toBeNull();
    // Only bounded: after the dismissal and by the article day.
    expect(analyst.start?.precision).toBe('RANGE');
    expect(analyst.start!.earliest >= headTenure().end!.earliest).toBe(true);
    expect(analyst.start!.latest <= article.published!.text).toBe(true);
    expectStoryCites(analyst, A);
  });

  it('he is married to Isabel Stams; the wedding was prepared after his dismissal', async () => {
    const marriage = mark(one(nodesOf(defour.relationships), (r) => r.type === 'MARRIAGE', 'marriage'));
    expect(marriage.participants.map((p) => [p.role, p.person.id]).sort()).toEqual([['spouse', STAMS], ['spouse', DEFOUR]].sort());
    expect(marriage.start?.precision).toBe('RANGE');
    expect(marriage.start!.earliest >= headTenure().end!.earliest).toBe(true);
    expect(marriage.start!.latest <= event('MARATHON').date!.text).toBe(true);
    expectStoryCites(marriage, A);
    const { person } = await ask<{ person: { name: string; sources: CitationView[] } }>(api(), `{ person(id: "${STAMS}") { name ${SOURCES} } }`);
    expect(person.name).toBe('Isabel Stams');
    expectStoryCites(person, A);
  });

  it('ran the London Marathon the day before the article in 3h26', () => {
    const marathon = event('MARATHON');
    expect(marathon.place).toBe('London');
    expect(marathon.time).toBe('3:26');
    expect(marathon.date?.precision).toBe('DAY');
    expect(marathon.people.map((p) => p.id)).toEqual([DEFOUR]);
    expectStoryCites(marathon, A);
  });

  it('his crowdfunding raised more than 4,500 euro for the Ronald McDonald children’s fund in Brussels', () => {
    const marathon = event('MARATHON');
    expect(marathon.amountRaised).toEqual({ amount: 4500, currency: 'EUR', atLeast: true });
    expect(marathon.beneficiary).toMatch(/Ronald McDonald/);
    expect(marathon.beneficiary).toMatch(/Brussels/);
    // A crowdfunding, logged on Strava, his wife among those cheering him on: fields, not a note.
    expect(marathon.fundraising).toBe('crowdfunding');
    expect(marathon.trackedWith).toBe('Strava');
    expect(marathon.supporters.map((p) => p.id)).toEqual(['person:isabel-stams']);
    expect(marathon.note ?? '').not.toMatch(/Strava|crowdfunding|Isabel/);
  });

  it('KV Mechelen is the club of his heart', async () => {
    const { fact } = await ask<{ fact: { id: string; person: { id: string }; club: { id: string }; sources: CitationView[] } }>(
      api(),
      `{ fact(id: "fact:support:steven-defour:kv-mechelen") { id ... on ClubSupport { person { id } club { id } ${SOURCES} } } }`,
    );
    mark(fact);
    expect([fact.person.id, fact.club.id]).toEqual([DEFOUR, KVM]);
    expectStoryCites(fact, A);
  });

  it('sidebar teaser: Fred Vanderbiest started as T1 at KV Mechelen, flagged as a teaser and never dated by the article', async () => {
    const { person } = await ask<{ person: { name: string; sources: CitationView[]; staffRoles: { edges: { node: TenureView }[] } } }>(
      api(),
      `{ person(id: "person:fred-vanderbiest") { name ${SOURCES} staffRoles(first: 20) { edges { node { ${TENURE} } } } } }`,
    );
    expect(person.name).toBe('Fred Vanderbiest');
    expectTeaserOnly(person, A);
    const t1 = mark(one(nodesOf(person.staffRoles), (t) => t.team?.id === KVM, 'Vanderbiest at KV Mechelen'));
    expect(t1.role).toBe('HEAD_COACH');
    expectTeaserOnly(t1, A);
    expect(t1.confidence).toBeLessThan(1);
    expect([t1.start, t1.end]).toEqual([null, null]);
  });

  it('lists exactly the facts checked here, and the people, clubs and team it names (teasers flagged)', () => {
    expect(article.facts.edges.map((e) => e.node.id).sort()).toEqual([...checked].sort());
    const entities = Object.fromEntries(article.entities.edges.map((e) => [e.node.id, e.citations.map((c) => c.teaser).sort()]));
    expect(entities).toEqual({
      [DEFOUR]: [false],
      [STAMS]: [false],
      'person:fred-vanderbiest': [true],
      [KVM]: [false],
      [ANTWERP]: [false],
      'nt:belgium': [false],
    });
  });
});
