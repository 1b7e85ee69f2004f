// Article 001_847aaf11c6367334 (no date printed; Defour's first season as KV Mechelen head coach,
// between the cup semi-final and the final): Defour (35) after Danny Buijs, taught by Wouter
// Vrancken, his record, interviews with Het Nieuwsblad and Sporza, his contact with Vincent
// Kompany; a sidebar teaser on Kompany at Bayern. Every fact it states is asked through GraphQL
// on a seeded embedded graph and must cite the article.
import {
  ARTICLE_IDS,
  DATE,
  MATCH,
  RELATIONSHIP,
  SOURCES,
  TENURE,
  ageFits,
  articleExists,
  ask,
  expectDate,
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
  type MatchView,
  type Ref,
  type RelationshipView,
  type TenureView,
} from '../support/articles';

const A = ARTICLE_IDS.firstSeason;
const DEFOUR = 'person:steven-defour';
const BUIJS = 'person:danny-buijs';
const VRANCKEN = 'person:wouter-vrancken';
const KOMPANY = 'person:vincent-kompany';
const KVM = 'club:kv-mechelen';

const api = useArticleApi();
const checked = new Set<string>();
const mark = <T extends { id: string }>(f: T): T => (checked.add(f.id), f);
const cites = (x: { sources: CitationView[] }) => x.sources.some((c) => c.source.id === A);


let article: ArticleView;
let defour: PersonFacts;
let final: MatchView;
const headTenure = () => mark(one(nodesOf(defour.staffRoles), (t) => t.role === 'HEAD_COACH' && t.team?.id === KVM, 'Defour head-coach tenure'));
const interview = (outlet: string) => mark(one(nodesOf(defour.events).filter(cites), (e) => e.type === 'INTERVIEW' && e.outlet === outlet, `${outlet} interview`));

beforeAll(async () => {
  article = await fetchArticle(api(), A);
  defour = await fetchPersonFacts(api(), DEFOUR);
  const { club } = await ask<{ club: { matches: { edges: { node: MatchView }[] } } }>(api(), `{ club(id: "${KVM}") { matches(first: 50) { edges { node { ${MATCH} } } } } }`);
  final = one(nodesOf(club.matches), (m) => m.stage === 'final' && m.competition === 'Belgian Cup', 'Belgian Cup final');
});

describe("article 001: Defour's first season as KV Mechelen head coach", () => {
  it('is a Dutch article, citing Het Nieuwsblad and Sporza, dated between the semi-final and the final', () => {
    expect(articleExists(A)).toBe(true);
    expect(article.kind).toBe('ARTICLE');
    expect(article.language).toBe('nl');
    expect(article.citedOutlets).toEqual(expect.arrayContaining(['Het Nieuwsblad', 'Sporza']));
    // No date printed: only the span the story supports, with how the editors bounded it.
    expect(article.publishedResolvedBy).toBeTruthy();
    expect(article.published?.precision).toBe('RANGE');
    const q = one(nodesOf(defour.events), (e) => e.type === 'CUP_FINAL_QUALIFICATION', 'qualification');
    expect(article.published!.earliest >= q.date!.latest).toBe(true);
    expect(article.published!.latest < final.date!.earliest).toBe(true);
  });

  it('Defour is 35, which fits his birth span somewhere in the article span', () => {
    expectStoryCites(defour, A);
    expect(defour.birthDate).not.toBeNull();
    expect(ageFits(defour.birthDate!, 35, article.published!.earliest, article.published!.latest)).toBe(true);
  });

  it('this is his first season as head coach (T1) of KV Mechelen', async () => {
    const head = headTenure();
    expect(head.roleLabel).toMatch(/T1/);
    expectStoryCites(head, A);
    // The article falls in the first season that begins with the tenure.
    const firstSeasonEnd = `${Number(head.start!.text.slice(0, 4)) + 1}-06-30`;
    expect(head.start!.earliest <= article.published!.earliest && article.published!.latest <= firstSeasonEnd).toBe(true);
    const { club } = await ask<{ club: { staff: { id: string }[] } }>(api(), `{ club(id: "${KVM}") { staff(asOf: "${article.published!.latest}") { id } } }`);
    expect(club.staff.map((t) => t.id)).toContain(head.id);
    const earlier = nodesOf(defour.staffRoles).filter((t) => t.role === 'HEAD_COACH' && t.id !== head.id && t.start !== null && t.start.earliest < head.start!.earliest);
    expect(earlier).toEqual([]);
  });

  it('in 26 matches he won 12, drew 5 and lost 9', () => {
    const { record } = headTenure();
    expect(record).not.toBeNull();
    expect([record!.matches, record!.wins, record!.draws, record!.losses]).toEqual([26, 12, 5, 9]);
    expect(record!.points).toBe(12 * 3 + 5);
    expect(record!.asOf).toBe('2022/23');
  });

  it('he took KV Mechelen to the cup final', () => {
    const q = mark(one(nodesOf(defour.events), (e) => e.type === 'CUP_FINAL_QUALIFICATION', 'qualification'));
    expect(q.team?.id).toBe(KVM);
    expectStoryCites(q, A);
  });

  it('he followed Danny Buijs and put right what had gone wrong in his spell', async () => {
    const { fact } = await ask<{ fact: { id: string; predecessor: Ref; successor: Ref; team: Ref; role: string; date: DateView | null; sources: CitationView[] } }>(
      api(),
      `{ fact(id: "fact:succession:head-coach:kv-mechelen:danny-buijs:steven-defour") { id ... on Succession { predecessor { id } successor { id } team { id } role date ${DATE} ${SOURCES} } } }`,
    );
    mark(fact);
    expect([fact.predecessor.id, fact.successor.id, fact.team.id, fact.role]).toEqual([BUIJS, DEFOUR, KVM, 'HEAD_COACH']);
    expectStoryCites(fact, A);
    expect(fact.date?.text).toBe(headTenure().start?.text);
    const { person } = await ask<{ person: { name: string; sources: CitationView[]; staffRoles: { edges: { node: TenureView }[] } } }>(
      api(),
      `{ person(id: "${BUIJS}") { name ${SOURCES} staffRoles(first: 20) { edges { node { ${TENURE} } } } } }`,
    );
    expect(person.name).toBe('Danny Buijs');
    expectStoryCites(person, A);
    const buijs = mark(one(nodesOf(person.staffRoles), (t) => t.role === 'HEAD_COACH' && t.team?.id === KVM, 'Buijs head-coach tenure'));
    // His spell ended when Defour's began.
    expect(buijs.end?.text).toBe(headTenure().start?.text);
    expect(buijs.end?.precision).toBe('MONTH');
    expectStoryCites(buijs, A);
  });

  it("KV Mechelen's head coaches put Buijs before Defour, linked both ways", async () => {
    const { club } = await ask<{ club: { headCoaches: { person: Ref; predecessor: { person: Ref } | null; successor: { person: Ref } | null }[] } }>(
      api(),
      `{ club(id: "${KVM}") { headCoaches { person { id } predecessor { person { id } } successor { person { id } } } } }`,
    );
    const order = club.headCoaches.map((t) => t.person.id);
    expect(order.indexOf(BUIJS)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(BUIJS)).toBeLessThan(order.indexOf(DEFOUR));
    const buijs = one(club.headCoaches, (t) => t.person.id === BUIJS, 'Buijs');
    const defourT = one(club.headCoaches, (t) => t.person.id === DEFOUR, 'Defour');
    expect(buijs.successor?.person.id).toBe(DEFOUR);
    expect(defourT.predecessor?.person.id).toBe(BUIJS);
  });

  it('he learned a lot from Wouter Vrancken and carried on along his lines: Vrancken is his mentor, with the source', async () => {
    const { person } = await ask<{ person: { mentors: Ref[]; relationships: { edges: { node: { id: string; sources: { source: Ref }[] } }[] } } }>(
      api(),
      `{ person(id: "${DEFOUR}") { mentors { id } relationships(types: [MENTORSHIP]) { edges { node { id sources { source { id } } } } } } }`,
    );
    expect(person.mentors.map((m) => m.id)).toEqual([VRANCKEN]);
    const rel = mark(one(nodesOf(person.relationships), () => true, 'mentorship'));
    expect(rel.sources.map((s) => s.source.id)).toContain(A);
    const full = one(nodesOf(defour.relationships), (r) => r.id === rel.id, 'mentorship details');
    expect(full.participants.map((p) => [p.role, p.person.id]).sort()).toEqual([['mentee', DEFOUR], ['mentor', VRANCKEN]]);
    expect(full.team?.id).toBe(KVM);
    expectStoryCites(full, A);
    const { person: vrancken } = await ask<{ person: { mentees: Ref[]; sources: CitationView[]; staffRoles: { edges: { node: TenureView }[] } } }>(
      api(),
      `{ person(id: "${VRANCKEN}") { mentees { id } ${SOURCES} staffRoles(first: 20) { edges { node { ${TENURE} } } } } }`,
    );
    expect(vrancken.mentees.map((m) => m.id)).toEqual([DEFOUR]);
    expectStoryCites(vrancken, A);
    // His path at KV Mechelen, as its head coach before Defour.
    const tenure = mark(one(nodesOf(vrancken.staffRoles), (t) => t.role === 'HEAD_COACH' && t.team?.id === KVM, 'Vrancken head-coach tenure'));
    expectStoryCites(tenure, A);
  });

  it('KV Mechelen goes by KVM and de Maneblussers', async () => {
    const { club } = await ask<{ club: { nicknames: string[]; aliases: string[]; sources: CitationView[] } }>(api(), `{ club(id: "${KVM}") { nicknames aliases ${SOURCES} } }`);
    expect(club.nicknames).toContain('de Maneblussers');
    expect(club.aliases).toContain('KVM');
    expectStoryCites(club, A);
  });

  it('he is a former Red Devil', async () => {
    const { nationalTeam } = await ask<{ nationalTeam: { nicknames: string[]; sources: CitationView[] } }>(api(), `{ nationalTeam(id: "nt:belgium") { nicknames ${SOURCES} } }`);
    expect(nationalTeam.nicknames).toContain('Rode Duivels');
    expectStoryCites(nationalTeam, A);
  });

  it('he told Het Nieuwsblad about his future at the club', () => {
    const nb = interview('Het Nieuwsblad');
    expectDate(nb.date, '2022/23', 'SEASON');
    expect(nb.team?.id).toBe(KVM);
    expect(nb.role).toMatch(/head coach/);
    expectStoryCites(nb, A);
  });

  it('he told Sporza he had been in contact with Vincent Kompany', () => {
    const sp = interview('Sporza');
    expectDate(sp.date, '2022/23', 'SEASON');
    // What the interview revealed is a linked fact: the contact with Kompany.
    expect(sp.relatedFacts.map((f) => f.id)).toEqual(['fact:relation:contact:steven-defour:vincent-kompany:2022-23']);
    expect(sp.note).toBeNull();
    expectStoryCites(sp, A);
  });

  it('his relationships include Vincent Kompany as a contact about the cup final', async () => {
    const { person } = await ask<{ person: { relationships: { edges: { node: RelationshipView }[] } } }>(
      api(),
      `{ person(id: "${DEFOUR}") { relationships(first: 50) { edges { node { ${RELATIONSHIP} } } } } }`,
    );
    const contact = mark(one(nodesOf(person.relationships), (r) => r.participants.some((p) => p.person.id === KOMPANY), 'relationship with Kompany'));
    expect(contact.type).toBe('CONTACT');
    expect(contact.participants.map((p) => p.person.id).sort()).toEqual([DEFOUR, KOMPANY].sort());
    expect(contact.topic).toMatch(/cup final/);
    expectDate(contact.start, '2022/23', 'SEASON');
    expectStoryCites(contact, A);
    const { person: kompany } = await ask<{ person: { name: string; sources: CitationView[] } }>(api(), `{ person(id: "${KOMPANY}") { name ${SOURCES} } }`);
    expect(kompany.name).toBe('Vincent Kompany');
    expectStoryCites(kompany, A);
  });

  it('sidebar teaser: Kompany coaches Bayern München, flagged as a teaser and never dated by the article', async () => {
    const { person, club } = await ask<{ person: { staffRoles: { edges: { node: TenureView }[] } }; club: { name: string; sources: CitationView[] } }>(
      api(),
      `{ person(id: "${KOMPANY}") { staffRoles(first: 20) { edges { node { ${TENURE} } } } } club(id: "club:bayern-munchen") { name ${SOURCES} } }`,
    );
    const bayern = mark(one(nodesOf(person.staffRoles), (t) => t.team?.id === 'club:bayern-munchen', 'Kompany at Bayern'));
    expect(bayern.role).toBe('HEAD_COACH');
    expectTeaserOnly(bayern, A);
    expect(bayern.confidence).toBeLessThan(1);
    expect([bayern.start, bayern.end]).toEqual([null, null]);
    expect(club.name).toBe('FC Bayern München');
    expectTeaserOnly(club, A);
  });

  it('lists exactly the facts checked here, and the people, clubs and team it names (teasers flagged)', () => {
    expect(article.facts.edges.map((e) => e.node.id).sort()).toEqual([...checked].sort());
    const entities = new Map(article.entities.edges.map((e) => [e.node.id, e.citations.map((c) => c.teaser).sort()]));
    expect(Object.fromEntries(entities)).toEqual({
      [DEFOUR]: [false],
      [BUIJS]: [false],
      [VRANCKEN]: [false],
      [KOMPANY]: [false, true],
      [KVM]: [false],
      'club:bayern-munchen': [true],
      'nt:belgium': [false],
    });
  });
});
