// Article 003_db66e4b8c880dbf0 (no date printed; after Defour's departure, when his successor had
// coached two matches): Besnik Hasi succeeds Defour as KV Mechelen head coach; dismissal and
// mutual consent; Defour's Gazet van Antwerpen interview and Pro Licence course; a sidebar
// teaser on Hein Vanhaezebrouck. Every fact it states is asked through GraphQL on a seeded
// embedded graph and must cite the article.
import {
  ARTICLE_IDS,
  DATE,
  SOURCES,
  TENURE,
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
  type Ref,
  type TenureView,
} from '../support/articles';

const A = ARTICLE_IDS.successor;
const DEFOUR = 'person:steven-defour';
const HASI = 'person:besnik-hasi';
const BUIJS = 'person:danny-buijs';
const KVM = 'club:kv-mechelen';

const api = useArticleApi();
const checked = new Set<string>();
const mark = <T extends { id: string }>(f: T): T => (checked.add(f.id), f);
const cites = (x: { sources: CitationView[] }) => x.sources.some((c) => c.source.id === A);


let article: ArticleView;
let defour: PersonFacts;
let hasi: PersonFacts;
const headTenure = (p: PersonFacts, who: string) => mark(one(nodesOf(p.staffRoles), (t) => t.role === 'HEAD_COACH' && t.team?.id === KVM, `${who} head-coach tenure`));
const event = (p: PersonFacts, type: string) => mark(one(nodesOf(p.events).filter(cites), (e) => e.type === type, `${type} event citing ${A}`));

beforeAll(async () => {
  article = await fetchArticle(api(), A);
  defour = await fetchPersonFacts(api(), DEFOUR);
  hasi = await fetchPersonFacts(api(), HASI);
});

describe('article 003: Besnik Hasi succeeds Defour at KV Mechelen; Defour looks abroad', () => {
  it('is a Dutch article citing Gazet van Antwerpen, dated (no printed date) after Hasi took over', () => {
    expect(articleExists(A)).toBe(true);
    expect(article.kind).toBe('ARTICLE');
    expect(article.language).toBe('nl');
    expect(article.citedOutlets).toContain('Gazet van Antwerpen');
    expect(article.publishedResolvedBy).toBeTruthy();
    expect(article.published?.precision).toBe('SEASON');
    // Hasi had already coached two matches: his tenure began before the article's latest day.
    expect(headTenure(hasi, 'Hasi').start!.earliest <= article.published!.latest).toBe(true);
  });

  it('Defour was dismissed as head coach of KV Mechelen', () => {
    const dismissal = event(defour, 'DISMISSAL');
    expect(dismissal.team?.id).toBe(KVM);
    expect(dismissal.role).toMatch(/head coach/);
    expectStoryCites(dismissal, A);
    const head = headTenure(defour, 'Defour');
    expect(head.endReason).toBe('DISMISSED');
    expect(head.end?.text).toBe(dismissal.date?.text);
    expect(head.end?.precision).toBe('MONTH');
    expectStoryCites(head, A);
  });

  it('the parting is also reported as by mutual consent: each way it ended, with the source that says so', () => {
    const head = headTenure(defour, 'Defour');
    expect(head.endReason).toBe('DISMISSED');
    expect(head.statedEndReasons.map((r) => [r.reason, r.source.id])).toEqual([
      ['DISMISSED', A],
      ['MUTUAL_CONSENT', A],
      ['DISMISSED', 'article:004_ac7a351d2204009c'],
    ]);
    // The stated facts are fields now; the notes keep only commentary.
    const dismissal = event(defour, 'DISMISSAL');
    expect(dismissal.note ?? '').not.toMatch(/mutual/);
  });

  it('KV Mechelen appointed Besnik Hasi as its new head coach', () => {
    expect(hasi.name).toBe('Besnik Hasi');
    expectStoryCites(hasi, A);
    const appointment = event(hasi, 'APPOINTMENT');
    expect(appointment.team?.id).toBe(KVM);
    expect(appointment.role).toMatch(/head coach/);
    expectStoryCites(appointment, A);
    const tenure = headTenure(hasi, 'Hasi');
    expect(tenure.roleLabel).toMatch(/T1/);
    expect(tenure.start?.text).toBe(appointment.date?.text);
    expect(tenure.start?.precision).toBe('MONTH');
    expect(tenure.end).toBeNull();
    expectStoryCites(tenure, A);
  });

  it('Hasi succeeded Defour, taking over the month Defour left', async () => {
    const { fact } = await ask<{ fact: { id: string; predecessor: Ref; successor: Ref; team: Ref; role: string; date: DateView | null; sources: CitationView[] } }>(
      api(),
      `{ fact(id: "fact:succession:head-coach:kv-mechelen:steven-defour:besnik-hasi") { id ... on Succession { predecessor { id } successor { id } team { id } role date ${DATE} ${SOURCES} } } }`,
    );
    mark(fact);
    expect([fact.predecessor.id, fact.successor.id, fact.team.id, fact.role]).toEqual([DEFOUR, HASI, KVM, 'HEAD_COACH']);
    expect(fact.date?.text).toBe(headTenure(defour, 'Defour').end?.text);
    expect(fact.date?.text).toBe(headTenure(hasi, 'Hasi').start?.text);
    expectStoryCites(fact, A);
  });

  it('in his 2 matches KV Mechelen took 3 points out of 6', () => {
    const { record } = headTenure(hasi, 'Hasi');
    expect(record).not.toBeNull();
    expect(record!.matches).toBe(2);
    expect(record!.points).toBe(3);
    expect(record!.matches * 3).toBe(6);
    expect(record!.wins + record!.draws + record!.losses).toBe(2);
    // The points as the article states them, beside the editors' reading into results.
    expect([record!.statedPoints, record!.statedMaxPoints]).toEqual([3, 6]);
  });

  it("KV Mechelen's head coaches are Buijs, Defour, Hasi in that order, each linked to the next", async () => {
    const { club } = await ask<{ club: { headCoaches: { person: Ref; predecessor: { person: Ref } | null; successor: { person: Ref } | null }[] } }>(
      api(),
      `{ club(id: "${KVM}") { headCoaches { person { id } predecessor { person { id } } successor { person { id } } } } }`,
    );
    const order = club.headCoaches.map((t) => t.person.id).filter((id) => [BUIJS, DEFOUR, HASI].includes(id));
    expect(order).toEqual([BUIJS, DEFOUR, HASI]);
    const at = (id: string) => one(club.headCoaches, (t) => t.person.id === id, id);
    expect([at(BUIJS).successor?.person.id, at(DEFOUR).predecessor?.person.id]).toEqual([DEFOUR, BUIJS]);
    expect([at(DEFOUR).successor?.person.id, at(HASI).predecessor?.person.id]).toEqual([HASI, DEFOUR]);
  });

  it('Defour is still often at Achter de Kazerne, the KV Mechelen ground', async () => {
    const { fact, club, stadium } = await ask<{ fact: { id: string; team: Ref; stadium: Ref; sources: CitationView[] }; club: { nicknames: string[]; aliases: string[]; sources: CitationView[] }; stadium: { sources: CitationView[] } }>(
      api(),
      `{ fact(id: "fact:home-ground:kv-mechelen:achter-de-kazerne") { id ... on HomeGround { team { id } stadium { id } ${SOURCES} } }
         club(id: "${KVM}") { nicknames aliases ${SOURCES} }
         stadium(id: "stadium:achter-de-kazerne") { ${SOURCES} } }`,
    );
    expect([fact.team.id, fact.stadium.id]).toEqual([KVM, 'stadium:achter-de-kazerne']);
    expectStoryCites(mark(fact), A);
    expectStoryCites(stadium, A);
    // The article calls the club KVM and Malinwa.
    expect(club.aliases).toContain('KVM');
    expect(club.nicknames).toContain('Malinwa');
    expectStoryCites(club, A);
  });

  it('he told Gazet van Antwerpen he wants to stay a head coach, abroad, as T1 or T2', () => {
    const interview = event(defour, 'INTERVIEW');
    expect(interview.outlet).toBe('Gazet van Antwerpen');
    expectDate(interview.date, article.published!.text, 'SEASON');
    // His plans as fields: T1 wanted; abroad T1 or T2; offers from February (after January); not in
    // Belgium except at KV Mechelen; the Pro Licence course he is taking is linked.
    expect(interview.rolesSought).toEqual(['HEAD_COACH']);
    expect(interview.rolesAbroad).toEqual(['HEAD_COACH', 'ASSISTANT_COACH']);
    expectDate(interview.offersFrom, '2024-02', 'MONTH');
    expect(interview.excludedCountry).toBe('Belgium');
    expect(interview.exceptClub?.id).toBe('club:kv-mechelen');
    expect(interview.relatedFacts.map((f) => f.id)).toEqual(['fact:qualification:steven-defour:uefa-pro']);
    expect(interview.sources.some((c) => c.source.id.startsWith('editor:') && /February 2024/.test(c.detail ?? ''))).toBe(true);
    expectStoryCites(interview, A);
  });

  it('he is taking the Pro Licence course', () => {
    const pro = mark(one(defour.qualifications, (q) => q.type === 'UEFA_PRO', 'Pro Licence'));
    expect(pro.status).toBe('IN_PROGRESS');
    // Being pursued at the time of the article (its season, resolved by the editors).
    expectDate(pro.statusAsOf, article.published!.text, 'SEASON');
    expectStoryCites(pro, A);
  });

  it('sidebar teaser: Hein Vanhaezebrouck after leaving AA Gent, flagged as a teaser and never dated by the article', async () => {
    const { person, club } = await ask<{ person: { name: string; sources: CitationView[]; staffRoles: { edges: { node: TenureView }[] } }; club: { sources: CitationView[] } }>(
      api(),
      `{ person(id: "person:hein-vanhaezebrouck") { name ${SOURCES} staffRoles(first: 20) { edges { node { ${TENURE} } } } } club(id: "club:kaa-gent") { ${SOURCES} } }`,
    );
    expect(person.name).toBe('Hein Vanhaezebrouck');
    expectTeaserOnly(person, A);
    expectTeaserOnly(club, A);
    const gent = mark(one(nodesOf(person.staffRoles), (t) => t.team?.id === 'club:kaa-gent', 'Vanhaezebrouck at Gent'));
    expectTeaserOnly(gent, A);
    expect(gent.confidence).toBeLessThan(1);
    expect([gent.start, gent.end]).toEqual([null, null]);
    // The teaser speaks of his departure: the tenure ended, at a time no source gives.
    expect(gent.endUnknown).toBe(true);
    expect(gent.note).toBeNull();
  });

  it('lists exactly the facts checked here, and the people, clubs and stadium it names (teasers flagged)', () => {
    expect(article.facts.edges.map((e) => e.node.id).sort()).toEqual([...checked].sort());
    const entities = Object.fromEntries(article.entities.edges.map((e) => [e.node.id, e.citations.map((c) => c.teaser).sort()]));
    expect(entities).toEqual({
      [DEFOUR]: [false],
      [HASI]: [false],
      'person:hein-vanhaezebrouck': [true],
      [KVM]: [false],
      'club:kaa-gent': [true],
      'stadium:achter-de-kazerne': [false],
    });
  });
});
