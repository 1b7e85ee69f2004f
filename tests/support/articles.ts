// Helpers for the per-article integration tests: one seeded graph and API per test file,
// queries that must come back without errors, and checks on dates and citations.
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR, createTestApi, openSeededGraph, type TestApi, type TestGraph } from './graph';

export const ARTICLE_IDS = {
  cupFinalReached: 'article:000_220396dbe9057725',
  firstSeason: 'article:001_847aaf11c6367334',
  retirement: 'article:002_71773532a5f1564e',
  successor: 'article:003_db66e4b8c880dbf0',
  marathon: 'article:004_ac7a351d2204009c',
} as const;

export interface DateView {
  text: string;
  precision: string;
  earliest: string;
  latest: string;
}

export interface CitationView {
  source: { id: string };
  teaser: boolean;
  confidence: number;
  detail?: string | null;
}

/** GraphQL selection of a PartialDate and of a citation, to splice into queries. */
export const DATE = '{ text precision earliest latest }';
export const SOURCES = 'sources { source { id } teaser confidence detail }';

/** Opens a seeded embedded graph and an API for the test file; closes both after it. */
export function useArticleApi(): () => TestApi {
  let graph: TestGraph;
  let api: TestApi;
  beforeAll(async () => {
    graph = await openSeededGraph();
    api = await createTestApi(graph.engine);
  });
  afterAll(async () => {
    await api?.server.apollo.stop();
    await graph?.close();
  });
  return () => api;
}

/** Runs a query, fails on any GraphQL error, then returns its data. */
export async function ask<T>(api: TestApi, query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await api.run<T>(query, variables);
  expect(r.errors).toBeUndefined();
  expect(r.data).toBeDefined();
  return r.data as T;
}

/** The article's own file in ../shared/articles (the id after `article:` is the file name). */
export function articleFile(articleId: string): string {
  return path.join(ARTICLES_DIR, `${articleId.slice('article:'.length)}.txt`);
}

export function articleExists(articleId: string): boolean {
  return fs.existsSync(articleFile(articleId));
}

/** Asserts the date's text and precision (and so its span). */
export function expectDate(d: DateView | null | undefined, text: string, precision: string): void {
  expect(d).not.toBeNull();
  expect(d).toBeDefined();
  expect({ text: d!.text, precision: d!.precision }).toEqual({ text, precision });
}

/** Asserts the article backs the holder through its story (not only a teaser). */
export function expectStoryCites(holder: { sources: CitationView[] }, articleId: string): void {
  const story = holder.sources.filter((c) => c.source.id === articleId && !c.teaser);
  expect({ cites: articleId, story: story.length > 0 }).toEqual({ cites: articleId, story: true });
}

/** Asserts the article backs the holder only through a sidebar teaser, at lower confidence. */
export function expectTeaserOnly(holder: { sources: CitationView[] }, articleId: string): void {
  const mine = holder.sources.filter((c) => c.source.id === articleId);
  expect(mine.length).toBeGreaterThan(0);
  for (const c of mine) {
    expect(c.teaser).toBe(true);
    expect(c.confidence).toBeLessThan(1);
  }
}

/** Whole days from a to b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The birth-date span an age on a given day allows: [day - (age+1) years + 1 day, day - age years]. */
export function birthSpanFromAge(age: number, day: string): { earliest: string; latest: string } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const latest = new Date(Date.UTC(y - age, m - 1, d));
  const earliest = new Date(Date.UTC(y - age - 1, m - 1, d + 1));
  return { earliest: earliest.toISOString().slice(0, 10), latest: latest.toISOString().slice(0, 10) };
}

/** Whether a birth span [lo, hi] allows the given age on some day of [from, to]. */
export function ageFits(birth: { earliest: string; latest: string }, age: number, from: string, to: string): boolean {
  const a = birthSpanFromAge(age, from);
  const b = birthSpanFromAge(age, to);
  // Born in [a.earliest, b.latest] gives that age somewhere in [from, to].
  return birth.earliest <= b.latest && birth.latest >= a.earliest;
}

/** The one item that matches; fails loudly when there are none or several. */
export function one<T>(items: readonly T[], pred: (t: T) => boolean, what: string): T {
  const found = items.filter(pred);
  if (found.length !== 1) throw new Error(`expected exactly one ${what}, found ${found.length}`);
  return found[0]!;
}

export const nodesOf = <T>(c: { edges: { node: T }[] }): T[] => c.edges.map((e) => e.node);

export interface Ref {
  id: string;
}

// Selections of the fact types, spliced into queries, and the shapes they come back in.
export const MATCH = `id type home { id } away { id } homeName awayName homeGoals awayGoals score winner { id } stage competition venue { id } date ${DATE} ${SOURCES}`;
export interface MatchView {
  id: string;
  type: string;
  home: Ref;
  away: Ref;
  homeName: string | null;
  awayName: string | null;
  homeGoals: number | null;
  awayGoals: number | null;
  score: string | null;
  winner: Ref | null;
  stage: string | null;
  competition: string | null;
  venue: Ref | null;
  date: DateView | null;
  sources: CitationView[];
}

export const EVENT = `id type date ${DATE} people { id } team { id } match { ${MATCH} } minuteSubstituted cause place stadium { id } time amountRaised { amount currency atLeast } beneficiary role outlet medium plannedFor ${DATE} careerYears method expectedWeeksOut fundraising trackedWith relatedFacts { id } supporters { id } rolesSought rolesAbroad offersFrom ${DATE} excludedCountry exceptClub { id } note ${SOURCES}`;
export interface EventView {
  id: string;
  type: string;
  date: DateView | null;
  people: Ref[];
  team: Ref | null;
  match: MatchView | null;
  minuteSubstituted: number | null;
  cause: string | null;
  place: string | null;
  stadium: Ref | null;
  time: string | null;
  amountRaised: { amount: number; currency: string; atLeast: boolean } | null;
  beneficiary: string | null;
  role: string | null;
  outlet: string | null;
  medium: string | null;
  plannedFor: DateView | null;
  careerYears: number | null;
  method: string | null;
  expectedWeeksOut: number | null;
  fundraising: string | null;
  trackedWith: string | null;
  relatedFacts: Ref[];
  supporters: Ref[];
  rolesSought: string[];
  rolesAbroad: string[];
  offersFrom: DateView | null;
  excludedCountry: string | null;
  exceptClub: Ref | null;
  note: string | null;
  sources: CitationView[];
}

export const TENURE = `id role roleLabel person { id } team { id } start ${DATE} end ${DATE} endReason statedEndReasons { reason source { id } } record { matches wins draws losses points asOf statedPoints statedMaxPoints } focus under { id } employer firstInRole attestedOn ${DATE} endUnknown note confidence predecessor { id person { id } } successor { id person { id } } ${SOURCES}`;
export interface TenureView {
  id: string;
  role: string;
  roleLabel: string;
  person: Ref;
  team: Ref | null;
  start: DateView | null;
  end: DateView | null;
  endReason: string | null;
  statedEndReasons: { reason: string; source: Ref }[];
  record: { matches: number; wins: number; draws: number; losses: number; points: number; asOf: string | null; statedPoints: number | null; statedMaxPoints: number | null } | null;
  focus: string[];
  under: Ref | null;
  employer: string | null;
  firstInRole: boolean;
  attestedOn: DateView | null;
  endUnknown: boolean;
  note: string | null;
  confidence: number;
  predecessor: { id: string; person: Ref } | null;
  successor: { id: string; person: Ref } | null;
  sources: CitationView[];
}

export const RELATIONSHIP = `id type participants { person { id } role } start ${DATE} end ${DATE} kinship topic medium team { id } note ${SOURCES}`;
export interface RelationshipView {
  id: string;
  type: string;
  participants: { person: Ref; role: string }[];
  start: DateView | null;
  end: DateView | null;
  kinship: string | null;
  topic: string | null;
  medium: string | null;
  team: Ref | null;
  note: string | null;
  sources: CitationView[];
}

export const QUALIFICATION = `id type status date ${DATE} statusAsOf ${DATE} note ${SOURCES}`;
export interface QualificationView {
  id: string;
  type: string;
  status: string;
  date: DateView | null;
  statusAsOf: DateView | null;
  note: string | null;
  sources: CitationView[];
}

export const ARTICLE = `id kind name outlet language published ${DATE} publishedNote publishedResolvedBy citedOutlets
  facts(first: 100) { totalCount edges { node { id } } }
  entities(first: 100) { totalCount edges { node { id __typename } citations { source { id } teaser confidence } } }`;
export interface ArticleView {
  id: string;
  kind: string;
  name: string;
  outlet: string | null;
  language: string | null;
  published: DateView | null;
  publishedNote: string | null;
  publishedResolvedBy: string | null;
  citedOutlets: string[];
  facts: { totalCount: number; edges: { node: Ref }[] };
  entities: { totalCount: number; edges: { node: Ref & { __typename: string }; citations: CitationView[] }[] };
}

/** Fetches an article node by id through `source(id:)`. */
export async function fetchArticle(api: TestApi, id: string): Promise<ArticleView> {
  const data = await ask<{ source: ArticleView | null }>(api, `query($id: ID!) { source(id: $id) { ... on Article { ${ARTICLE} } } }`, { id });
  expect(data.source).not.toBeNull();
  return data.source!;
}

export interface PersonFacts {
  name: string;
  birthDate: DateView | null;
  sources: CitationView[];
  qualifications: QualificationView[];
  events: { edges: { node: EventView }[] };
  staffRoles: { edges: { node: TenureView }[] };
  relationships: { edges: { node: RelationshipView }[] };
}

/** A person's events, staff roles, relationships and qualifications, in queries that stay within the API's cost limit. */
export async function fetchPersonFacts(api: TestApi, id: string): Promise<PersonFacts> {
  const vars = { id };
  const a = await ask<{ person: Omit<PersonFacts, 'staffRoles' | 'relationships'> }>(
    api,
    `query($id: ID!) { person(id: $id) { name birthDate ${DATE} ${SOURCES} qualifications { ${QUALIFICATION} } events(first: 50) { edges { node { ${EVENT} } } } } }`,
    vars,
  );
  const b = await ask<{ person: Pick<PersonFacts, 'staffRoles' | 'relationships'> }>(
    api,
    `query($id: ID!) { person(id: $id) { staffRoles(first: 30) { edges { node { ${TENURE} } } } relationships(first: 30) { edges { node { ${RELATIONSHIP} } } } } }`,
    vars,
  );
  return { ...a.person, ...b.person };
}
