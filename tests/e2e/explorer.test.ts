// The career-link explorer (/explore) and GraphiQL (/graphiql) in a real headless Chromium,
// against the real service started as `npm start` starts it, on the run's engine (embedded, or
// Neo4j in `npm run test:neo4j`), on a graph seeded with the curated knowledge plus two seasons
// of the open transfer dataset (so squads and dataset citations have something to show). What the
// page shows is checked against what the public API answers. Screenshots go to
// test-artifacts/explorer/. Chromium comes from Debian: tests/e2e/install-browser.sh.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readable } from '../../src/domain/wording';
import { acquireDatabase, type TestDatabase } from '../support/databases';
import { DATA_DIR } from '../support/graph';
import { postGraphQL, ROOT, startServiceProcess, type ServiceProcess } from '../support/process';

jest.setTimeout(120_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'explorer');
/** Two seasons of the Belgian top flight from the transfer dataset: Defour's Standard years. */
const SEASONS = ['2007', '2008'];

let db: TestDatabase;
let dir: string;
let service: ServiceProcess;
let context: BrowserContext;
let page: Page;
let origin: string;
const requests: string[] = [];
const problems: string[] = [];

async function api<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await postGraphQL<T>(service.url, query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data as T;
}

async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Waits until the view has drawn (the shell marks <main> busy while a view loads). */
async function viewReady(p: Page, view: string): Promise<void> {
  await p.locator(`main[data-view="${view}"]:not([aria-busy])`).waitFor();
}

const texts = (p: Page, selector: string) => p.locator(selector).allInnerTexts();

// Browser-side code is passed as text: this file is type-checked without the DOM library. (Only to
// page.evaluate: the page's policy forbids the eval that waitForFunction would need for text.)

/** What has focus: `TAG.class`, `TAG:text` for headings, `INPUT:label` for fields. */
const focused = (p: Page): Promise<string> =>
  p.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return '';
    if (el.tagName === 'INPUT') return 'INPUT:' + (el.labels?.[0]?.textContent ?? '');
    if (/^H[1-6]$/.test(el.tagName)) return el.tagName + ':' + el.textContent;
    return el.tagName + '.' + el.className;
  })()`);

const attributes = async (p: Page, selector: string, name: string): Promise<(string | null)[]> => {
  const all = p.locator(selector);
  const out: (string | null)[] = [];
  for (let i = 0; i < (await all.count()); i++) out.push(await all.nth(i).getAttribute(name));
  return out;
};

function importTransfers(engineEnv: Record<string, string>): void {
  const source = path.join(DATA_DIR, 'transfermarkt-transfers', 'data');
  if (!fs.existsSync(source)) throw new Error(`The open datasets are missing at ${DATA_DIR} (../shared/data beside the checkout)`);
  const slice = path.join(dir, 'transfers');
  for (const season of SEASONS) {
    fs.mkdirSync(path.join(slice, 'data', season), { recursive: true });
    fs.copyFileSync(path.join(source, season, 'jupiler-pro-league.csv'), path.join(slice, 'data', season, 'jupiler-pro-league.csv'));
  }
  execFileSync(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'import.ts'), 'transfers', slice, '--quiet', '--report-dir', path.join(dir, 'report')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...engineEnv, LOG_LEVEL: 'warn' },
    stdio: 'pipe',
  });
}

/** Every Belgian top-flight result (1995/96–2023/24): league results by season and head coaches' records. */
function importResults(engineEnv: Record<string, string>): void {
  const source = path.join(DATA_DIR, 'belgian-league-results');
  execFileSync(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'import.ts'), 'results', source, '--quiet', '--report-dir', path.join(dir, 'report-results')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...engineEnv, LOG_LEVEL: 'warn' },
    stdio: 'pipe',
  });
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run tests/e2e/install-browser.sh (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  db = await acquireDatabase();
  dir = db.dir;
  importTransfers(db.env);
  importResults(db.env);
  service = await startServiceProcess(db.env, 120_000);
  origin = new URL(service.url).origin;
  context = await chromium.launchPersistentContext(path.join(dir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
    viewport: { width: 1280, height: 900 },
    // A US browser: dates must still read and be typed day first (a native date input would not).
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  context.on('request', (r) => requests.push(r.url()));
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await service?.stop();
  await db?.release();
});

describe('the career-link explorer', () => {
  it('is served at /explore with a policy that forbids other origins', async () => {
    const res = await fetch(new URL('/explore', service.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/connect-src 'self'/);
    const html = await res.text();
    const script = /src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(new URL(script!, service.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(new URL('/explore/assets/nope.js', service.url))).status).toBe(404);
  });

  it('suggests people as you type and opens one from the keyboard', async () => {
    await page.goto(`${origin}/explore`);
    await viewReady(page, 'home');
    // Focus order: skip link, brand, search box.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('A.skip-link');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('A.brand');
    await page.keyboard.press('Tab');
    const search = page.getByRole('combobox', { name: 'Search people and clubs' });
    expect(await focused(page)).toBe('INPUT:Search people and clubs');

    await page.keyboard.type('defour');
    const option = page.getByRole('option', { name: /^Steven Defour/ });
    await option.waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await shot(page, 'search-suggestions');
    await page.keyboard.press('ArrowDown');
    const active = await search.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${active}"]`).innerText()).toMatch(/Steven Defour/);
    await page.keyboard.press('Enter');
    await viewReady(page, 'person');
    expect(new URL(page.url()).hash).toBe('#/person/person:steven-defour');
    // The new view's heading has focus, so a screen reader announces it.
    expect(await focused(page)).toBe('H1:Steven Defour');
  });

  it('finds names by alias, nickname and without accents, saying which name matched', async () => {
    const search = page.getByRole('combobox', { name: 'Search people and clubs' });
    for (const [query, name, matched] of [
      ['Malinwa', 'KV Mechelen', /nickname “Malinwa”/],
      ['Standard Luik', 'Standard Liège', /Dutch name “Standard Luik”/],
      ['liege', 'Standard Liège', /Club/],
    ] as const) {
      await search.fill('');
      await search.pressSequentially(query);
      const option = page.getByRole('option', { name: new RegExp(name) }).first();
      await option.waitFor();
      expect(await option.innerText()).toMatch(matched);
    }
    await search.press('Escape');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
  });

  it("shows Defour's identity, his whole timeline in the API's order, and each entry's sources one click away", async () => {
    const data = await api<{ person: { timeline: { totalCount: number; edges: { node: { summary: string } }[] } } }>(
      'query($id: ID!) { person(id: $id) { timeline(first: 100) { totalCount edges { node { summary } } } } }',
      { id: 'person:steven-defour' },
    );
    const timeline = data.person.timeline;
    expect(timeline.totalCount).toBeGreaterThan(40);
    await page.goto(`${origin}/explore#/person/person:steven-defour`);
    await viewReady(page, 'person');
    expect(await page.locator('h1').innerText()).toBe('Steven Defour');
    // A birth date known from an age reads as two years, the exact days beside it, day first.
    expect(await page.locator('.identity').innerText()).toMatch(/Born\s+1987 or 1988 \(between 12 May 1987 and 11 May 1988, from an age on a dated article\)/);
    expect(await page.locator('#timeline-heading').innerText()).toContain(`${timeline.totalCount} entries`);

    // The first page, then the rest on demand.
    await page.getByRole('button', { name: /Show more/ }).click();
    await page.locator('.timeline-entry').nth(timeline.totalCount - 1).waitFor();
    const summaries = await texts(page, '.timeline-entry .summary');
    expect(summaries).toEqual(timeline.edges.map((e) => readable(e.node.summary)));
    // No canonical date form anywhere on the page: no ranges, no year-first days or months.
    const whole = await page.locator('main').innerText();
    expect(whole).not.toMatch(/\d{4}-\d{2}-\d{2}\.\.|\b\d{4}-\d{2}\b/);
    expect(summaries.some((s) => /marathon/i.test(s))).toBe(true);

    // Sources of the first entry (his youth at Genk): one click.
    const first = page.locator('.timeline-entry').first();
    expect(await first.innerText()).toMatch(/KRC Genk/);
    await first.locator('summary').click();
    const citation = first.locator('.citation').first();
    await citation.waitFor();
    expect(await citation.innerText()).toMatch(/Article\s+002_71773532a5f1564e/);
    expect(await citation.innerText()).toMatch(/published 11 May 2021/);
    expect(await citation.innerText()).toMatch(/outlet/);

    const relationships = await page.locator('.relationships').innerText();
    expect(relationships).toMatch(/Vincent Kompany/);
    expect(relationships).toMatch(/Wouter Vrancken/);
    await shot(page, 'person-defour');
  });

  it('filters the timeline by kind and keeps the filter in the shareable URL', async () => {
    await page.getByRole('checkbox', { name: 'Honour' }).check();
    // The list is replaced in place once the filtered page arrives.
    await page.locator('.timeline-entry:not([data-kind="HONOUR"])').first().waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('#/person/person:steven-defour?kinds=HONOUR');
    const honours = await texts(page, '.timeline-entry .summary');
    expect(honours.length).toBeGreaterThan(0);
    expect(honours.every((s) => /champion|cup/i.test(s))).toBe(true);
    // The URL alone reproduces the view.
    await page.reload();
    await viewReady(page, 'person');
    expect(await texts(page, '.timeline-entry .summary')).toEqual(honours);
    expect(await page.getByRole('checkbox', { name: 'Honour' }).isChecked()).toBe(true);
  });

  it('opens the path from Defour to Kompany: drawn as a graph and listed hop by hop, every hop with a source', async () => {
    await page.goto(`${origin}/explore#/person/person:steven-defour`);
    await viewReady(page, 'person');
    await page.getByRole('link', { name: 'Find connections from Steven Defour' }).click();
    await viewReady(page, 'connect');
    expect(await page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('Steven Defour');
    const to = page.getByRole('combobox', { name: 'To' });
    await to.click();
    await to.pressSequentially('Kompany');
    await page.getByRole('option', { name: /Vincent Kompany/ }).waitFor();
    await to.press('ArrowDown');
    await to.press('Enter');
    expect(await to.inputValue()).toBe('Vincent Kompany');
    await page.getByRole('button', { name: 'Find connections' }).click();
    await page.locator('.graph[data-nodes]').waitFor();
    expect(new URL(page.url()).hash).toBe('#/connect?from=person:steven-defour&to=person:vincent-kompany&maxHops=4');

    type Hop = { relation: string; explanation: string; period: { text: string }; sources: { source: { id: string } }[] };
    const data = await api<{ connections: { totalCount: number; shortestLength: number; edges: { node: { ends: { id: string }[]; hops: Hop[] } }[] } }>(
      'query { connections(from: "person:steven-defour", to: "person:vincent-kompany", maxHops: 4, first: 5) { totalCount shortestLength edges { node { ends { ... on Person { id } } hops { relation explanation period { text } sources { source { id } } } } } } }',
    );
    const c = data.connections;
    const hops = c.edges.flatMap((e) => e.node.hops);
    expect(hops.length).toBeGreaterThan(0);
    expect(await page.locator('#results-heading').innerText()).toBe(
      `${c.totalCount} shortest ${c.totalCount === 1 ? 'path' : 'paths'} of ${c.shortestLength} ${c.shortestLength === 1 ? 'hop' : 'hops'}`,
    );
    // The drawing: one node per person on the paths, at least one edge per distinct hop, in a canvas.
    const ends = new Set(c.edges.flatMap((e) => e.node.ends.map((x) => x.id)));
    expect(Number(await page.locator('.graph').getAttribute('data-nodes'))).toBe(ends.size);
    expect(Number(await page.locator('.graph').getAttribute('data-edges'))).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);

    const hopItems = page.locator('.hop');
    expect(await hopItems.count()).toBe(hops.length);
    for (let i = 0; i < hops.length; i++) {
      const item = hopItems.nth(i);
      const hop = hops[i]!;
      expect(await item.getAttribute('data-relation')).toBe(hop.relation);
      const text = await item.innerText();
      expect(text).toContain(readable(hop.explanation));
      expect(text).toContain(readable(hop.period.text));
      // Every hop shows its sources without a click: the article id with its date, or the dataset with its licence.
      const cites = item.locator('.citation');
      expect(await cites.count()).toBe(hop.sources.length);
      expect(hop.sources.length).toBeGreaterThan(0);
      for (const s of hop.sources) expect(await item.locator(`.citation[data-source="${s.source.id}"]`).count()).toBeGreaterThan(0);
      const citeTexts = await cites.allInnerTexts();
      expect(citeTexts.some((t) => /Article\s+\S+[\s\S]*published/.test(t) || /Dataset[\s\S]*licence/.test(t))).toBe(true);
    }
    expect(await page.locator('.hop').first().innerText()).toMatch(/Steven Defour\s*→ in contact with →\s*Vincent Kompany/);
    await shot(page, 'connect-defour-kompany');
  });

  it('narrows the search by relation type and maxHops, and a shared URL reproduces it after a reload', async () => {
    const to = page.getByRole('combobox', { name: 'To' });
    await to.fill('');
    await to.pressSequentially('Vrancken');
    await page.getByRole('option', { name: /Wouter Vrancken/ }).waitFor();
    await to.press('Enter');
    await page.getByText('Relation types and period').click();
    await page.getByRole('checkbox', { name: 'Mentorship' }).check();
    await page.getByLabel('Max hops').selectOption('2');
    await page.getByRole('button', { name: 'Find connections' }).click();
    // The previous results (the contact with Kompany) make way for the new ones.
    await page.locator('.hop[data-relation="IN_CONTACT"]').first().waitFor({ state: 'detached' });
    await page.locator('#results-heading').waitFor();
    const hash = new URL(page.url()).hash;
    expect(hash).toBe('#/connect?from=person:steven-defour&to=person:wouter-vrancken&maxHops=2&types=MENTORED');

    const data = await api<{ connections: { totalCount: number; edges: { node: { hops: { relation: string }[] } }[] } }>(
      'query { connections(from: "person:steven-defour", to: "person:wouter-vrancken", maxHops: 2, relationTypes: [MENTORED], first: 5) { totalCount edges { node { hops { relation } } } } }',
    );
    const relations = data.connections.edges.flatMap((e) => e.node.hops.map((h) => h.relation));
    expect(relations.length).toBeGreaterThan(0);
    const shown = await attributes(page, '.hop', 'data-relation');
    expect(shown).toEqual(relations);
    expect(shown.every((r) => r === 'MENTORED' || r === 'MENTORED_BY')).toBe(true);
    const before = await texts(page, '.hop');

    await page.reload();
    await viewReady(page, 'connect');
    await page.locator('#results-heading').waitFor();
    expect(await texts(page, '.hop')).toEqual(before);
    expect(await page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('Steven Defour');
    expect(await page.getByRole('combobox', { name: 'To' }).inputValue()).toBe('Wouter Vrancken');
    expect(await page.getByLabel('Max hops').inputValue()).toBe('2');
    expect(await page.getByRole('checkbox', { name: 'Mentorship' }).isChecked()).toBe(true);
    expect(await page.locator('h1').innerText()).toBe('Steven Defour ↔ Wouter Vrancken');
  });

  it('lists a path once however many pairs of spells it rests on, saying how many it folds', async () => {
    const q = 'query { connections(from: "club:standard-liege", to: "club:krc-genk", maxHops: 2, relationTypes: [PLAYED_FOR], first: PAGE) { edges { node { variants summary hops { seasons } } } } }';
    await page.goto(`${origin}/explore#/connect?from=club:standard-liege&to=club:krc-genk&maxHops=2&types=PLAYED_FOR`);
    await viewReady(page, 'connect');
    await page.locator('#results-heading').waitFor();
    await page.locator('.path').first().waitFor();
    const shown = await page.locator('.path').count();
    const data = await api<{ connections: { edges: { node: { variants: number; summary: string } }[] } }>(q.replace('PAGE', String(shown)));
    const paths = data.connections.edges.map((e) => e.node);
    // Each path once: no two summaries alike, and the folded ones say so.
    expect(new Set(paths.map((p) => p.summary)).size).toBe(paths.length);
    const folded = paths.map((p, i) => (p.variants > 1 ? i : -1)).filter((i) => i >= 0);
    expect(folded.length).toBeGreaterThan(0);
    for (const i of folded) expect(await page.locator('.path').nth(i).locator('.path-variants').innerText()).toContain(`${paths[i]!.variants} routes`);
    expect(await page.locator('.path-variants').count()).toBe(folded.length);
  });

  it('says so when two people are not linked within maxHops', async () => {
    await page.goto(`${origin}/explore#/connect?from=person:steven-defour&to=person:vincent-kompany&maxHops=1&types=FAMILY`);
    await viewReady(page, 'connect');
    const data = await api<{ connections: { shortestLength: number | null } }>(
      'query { connections(from: "person:steven-defour", to: "person:vincent-kompany", maxHops: 1, relationTypes: [FAMILY]) { shortestLength } }',
    );
    expect(data.connections.shortestLength).toBeNull();
    expect(await page.locator('#results-heading').innerText()).toBe('No connection within 1 hop');
    expect(await page.locator('.hop').count()).toBe(0);
  });

  it("shows KV Mechelen's head coaches in order with predecessor and successor, and its staff on a chosen date", async () => {
    type Tenure = { person: { name: string }; predecessor: { person: { name: string } } | null; successor: { person: { name: string } } | null };
    const data = await api<{ club: { headCoaches: Tenure[]; staffDuring: { person: { name: string } }[] } }>(
      'query { club(id: "club:kv-mechelen") { headCoaches { person { name } predecessor { person { name } } successor { person { name } } } staffDuring(from: "2021-05-01", to: "2021-05-31") { person { name } } } }',
    );
    await page.goto(`${origin}/explore#/club/club:kv-mechelen?from=2021-05-01&to=2021-05-31`);
    await viewReady(page, 'club');
    expect(await page.locator('h1').innerText()).toBe('KV Mechelen');
    expect(await page.locator('.identity').innerText()).toMatch(/Malinwa/);
    const coaches = page.locator('.coach');
    expect(await coaches.locator('.what > a').allInnerTexts()).toEqual(data.club.headCoaches.map((t) => t.person.name));
    const defour = data.club.headCoaches.findIndex((t) => t.person.name === 'Steven Defour');
    expect(defour).toBeGreaterThanOrEqual(0);
    const row = await coaches.nth(defour).innerText();
    expect(row).toContain(`Predecessor: ${data.club.headCoaches[defour]!.predecessor?.person.name ?? 'not recorded'}`);
    expect(row).toContain(`Successor: ${data.club.headCoaches[defour]!.successor?.person.name ?? 'not recorded'}`);
    expect(row).toMatch(/Predecessor: Danny Buijs/);
    // The sources differ on how Defour's tenure ended: each way is shown with who says it.
    expect(await coaches.nth(defour).locator('.stated-end-reasons').innerText()).toMatch(/dismissed \(.+\); .*mutual.* \(.+\)/i);
    // Head coaches the sources do not date are listed apart, with their sources, not after Hasi.
    const undated = (await api<{ club: { undatedHeadCoaches: { person: { name: string } }[] } }>('query { club(id: "club:kv-mechelen") { undatedHeadCoaches { person { name } } } }')).club.undatedHeadCoaches;
    expect(undated.length).toBeGreaterThan(0);
    expect(await page.locator('.undated-coach .what > a').allInnerTexts()).toEqual(undated.map((t) => t.person.name));
    const placed = await page.locator('.coach .what > a').allInnerTexts();
    for (const t of undated) expect(placed).not.toContain(t.person.name);
    expect(await page.locator('.undated-coach .when').first().innerText()).toBe('undated');

    await page.locator('.staff-member').first().waitFor();
    expect(await page.locator('.staff-member .what > a').allInnerTexts()).toEqual(data.club.staffDuring.map((m) => m.person.name));
    expect(await page.locator('.staff-results').innerText()).toMatch(/Wouter Vrancken[\s\S]*Steven Defour/);

    // Another date, chosen in the form: the list follows the API and the URL follows the form.
    const later = await api<{ club: { staffDuring: { person: { name: string } }[] } }>('query { club(id: "club:kv-mechelen") { staffDuring(from: "2023-01-15", to: "2023-01-15") { person { name } } } }');
    // Dates are typed day first, whatever the browser's locale; the URL keeps the ISO day.
    expect(await page.getByLabel('On (or from)').inputValue()).toBe('01-05-2021');
    expect(await page.getByLabel('On (or from)').getAttribute('placeholder')).toBe('dd-mm-yyyy');
    expect(await page.getByLabel('On (or from)').getAttribute('type')).toBe('text');
    await page.getByLabel('On (or from)').fill('31-02-2023');
    await page.getByRole('button', { name: 'Show staff' }).click();
    expect(await page.locator('.staff-section .form-error, form .form-error').first().innerText()).toMatch(/Not a day: “31-02-2023”/);
    await page.getByLabel('On (or from)').fill('15-01-2023');
    await page.getByLabel('To (optional)').fill('');
    await page.getByRole('button', { name: 'Show staff' }).click();
    await page.getByText(/on the staff on 15 Jan 2023/).waitFor();
    expect(await page.locator('.staff-member .what > a').allInnerTexts()).toEqual(later.club.staffDuring.map((m) => m.person.name));
    expect(new URL(page.url()).hash).toBe('#/club/club:kv-mechelen?from=2023-01-15');
    await shot(page, 'club-kv-mechelen');
  });

  it("shows Standard Liège's squad of a season from imported data, with the dataset's licence", async () => {
    await page.goto(`${origin}/explore#/club/club:standard-liege?season=2007/08`);
    await viewReady(page, 'club');
    await page.locator('.squad-player').first().waitFor();
    expect(await page.getByLabel('Season', { exact: true }).inputValue()).toBe('2007/08');
    const players = await texts(page, '.squad-player a');
    expect(players).toContain('Steven Defour');
    expect(players.length).toBeGreaterThan(15);
    const imported = page.locator('.squad-player', { has: page.locator('summary', { hasText: 'dataset' }) }).first();
    await imported.locator('summary').click();
    const cite = await imported.locator('.citation').first().innerText();
    expect(cite).toMatch(/Dataset/);
    expect(cite).toMatch(/Transfermarkt/);
    expect(cite).toMatch(/licence MIT/);
    expect(cite).toMatch(/Ordonez/);
    // Choosing another season updates the list and the URL.
    await page.getByLabel('Season', { exact: true }).selectOption('2008/09');
    await page.getByText(/players in 2008\/09/).waitFor();
    expect(new URL(page.url()).hash).toBe('#/club/club:standard-liege?season=2008/09');
    await shot(page, 'club-standard-liege-squad');
  });

  it("shows a person's transfers with the fee and market value the dataset gives, and its licence", async () => {
    const found = await api<{ search: { edges: { node: { id: string } }[] } }>('{ search(query: "Marouane Fellaini", types: [PERSON], first: 1) { edges { node { ... on Person { id } } } } }');
    const id = found.search.edges[0]!.node.id;
    type Move = { id: string; feeEur: number | null; marketValueEur: number | null; to: { name: string } | null; toName: string | null };
    const data = await api<{ person: { transfers: { edges: { node: Move }[] } } }>('query($id: ID!) { person(id: $id) { transfers(first: 50) { edges { node { id feeEur marketValueEur to { name } toName } } } } }', { id });
    const everton = data.person.transfers.edges.map((e) => e.node).find((t) => (t.to?.name ?? t.toName ?? '').includes('Everton'));
    expect(everton).toMatchObject({ feeEur: 21_760_000, marketValueEur: 7_000_000 });
    await page.goto(`${origin}/explore#/person/${id}`);
    await viewReady(page, 'person');
    const row = page.locator(`.transfer[data-id="${everton!.id}"]`);
    const text = await row.innerText();
    expect(text).toMatch(/Standard Liège\s*→\s*Everton/);
    expect(text).toMatch(/Fee:?\s*€21\.76m/);
    expect(text).toMatch(/Market value:?\s*€7m/);
    expect(text).toMatch(/2008\/09 · summer/);
    await row.locator('summary').click();
    expect(await row.locator('.citation').first().innerText()).toMatch(/Dataset[\s\S]*licence MIT/);
    expect(await page.locator('.transfer').count()).toBe(data.person.transfers.edges.length);
    await shot(page, 'person-fellaini-transfers');
  });

  it('says a spell whose arrival the data lacks has an unknown start, not the first season it shows', async () => {
    const found = await api<{ search: { edges: { node: { id: string } }[] } }>('{ search(query: "Marouane Fellaini", types: [PERSON], first: 1) { edges { node { ... on Person { id } } } } }');
    const id = found.search.edges[0]!.node.id;
    type S = { id: string; startUnknown: boolean; start: { text: string } | null; team: { name: string } };
    const data = await api<{ person: { spells: { edges: { node: S }[] } } }>('query($id: ID!) { person(id: $id) { spells(first: 50) { edges { node { id startUnknown start { text } team { name } } } } } }', { id });
    // The slice starts in 2007: the data has no move bringing him to Standard.
    const spell = data.person.spells.edges.map((e) => e.node).find((s) => s.startUnknown);
    expect(spell).toMatchObject({ team: { name: 'Standard Liège' } });
    await page.goto(`${origin}/explore#/person/${id}`);
    await viewReady(page, 'person');
    const entry = page.locator('.timeline-entry.kind-spell', { hasText: 'Standard Liège' }).first();
    expect(await entry.locator('.when').innerText()).toMatch(new RegExp(`^start unknown \\(there by ${spell!.start!.text.replace('/', '\\/')}\\)`));
  });

  it("puts the death of Defour's father on his timeline, with its sources and its own filter", async () => {
    const data = await api<{ person: { timeline: { edges: { node: { summary: string; date: { text: string } | null; sources: { source: { id: string } }[] } }[] } } }>(
      '{ person(id: "person:steven-defour") { timeline(kinds: [FAMILY_EVENT], first: 10) { edges { node { summary date { text } sources { source { id } } } } } } }',
    );
    const family = data.person.timeline.edges.map((e) => e.node);
    expect(family.map((e) => e.summary)).toContain('Father died');
    await page.goto(`${origin}/explore#/person/person:steven-defour?kinds=FAMILY_EVENT`);
    await viewReady(page, 'person');
    expect(await page.getByRole('checkbox', { name: 'Family' }).isChecked()).toBe(true);
    const entries = page.locator('.timeline-entry[data-kind="FAMILY_EVENT"]');
    expect(await entries.count()).toBe(family.length);
    const death = entries.filter({ hasText: 'Father died' });
    expect(await death.locator('.when').innerText()).toBe('2018');
    expect(await death.locator('summary').innerText()).toBe(`Sources (${family.find((e) => e.summary === 'Father died')!.sources.length}: article)`);
    await death.locator('summary').click();
    expect(await death.locator('.citation').first().innerText()).toMatch(/Article\s+000_220396dbe9057725/);
    await shot(page, 'person-defour-family');
    // And on the whole timeline, between his Burnley years and his move to Antwerp.
    await page.goto(`${origin}/explore#/person/person:steven-defour`);
    await viewReady(page, 'person');
    const all = await texts(page, '.timeline-entry .summary');
    const at = all.indexOf('Father died');
    expect(at).toBeGreaterThan(0);
    expect(all[at - 1]).toBe('Player at Burnley FC');
  });

  it('reads partial dates as words, day first, in a US browser: a birth year from an age, a range, a start known to a range', async () => {
    expect(await page.evaluate('navigator.language')).toBe('en-US');
    await page.goto(`${origin}/explore#/person/person:steven-defour?kinds=STAFF_ROLE`);
    await viewReady(page, 'person');
    expect(await page.locator('.identity').innerText()).toMatch(/Born\s+1987 or 1988 \(between 12 May 1987 and 11 May 1988/);
    // The TV analyst role began some day between his dismissal and the marathon article.
    const analyst = page.locator('.timeline-entry', { hasText: 'TV analyst' });
    expect(await analyst.locator('.when').innerText()).toBe('began between 1 Nov 2023 and 28 Apr 2025');
    expect(await page.locator('.timeline-entry', { hasText: 'Head coach at KV Mechelen' }).locator('.when').innerText()).toBe('Oct 2022–Nov 2023');
    expect(await page.locator('.relationship[data-type="MARRIAGE"] .when-inline').innerText()).toBe('between 1 Nov 2023 and 27 Apr 2025');
    expect(await page.locator('main').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}|\b\d{4}-\d{2}\b|\d{1,2}\/\d{1,2}\/\d{4}/);
    await shot(page, 'person-defour-dates');
    // Search suggestions say the birth year the same way.
    const search = page.getByRole('combobox', { name: 'Search people and clubs' });
    await search.fill('');
    await search.pressSequentially('Defour');
    const option = page.getByRole('option', { name: /^Steven Defour/ });
    await option.waitFor();
    expect(await option.innerText()).toMatch(/born 1987 or 1988/);
    await search.press('Escape');
  });

  it('serves GraphiQL at /graphiql with the example operations, offline, and runs one', async () => {
    const res = await fetch(new URL('/graphiql', service.url));
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    // Styles: the bundle's stylesheet, and by a nonce fresh for each response the one <style> its dialogs add.
    const nonce = /style-src 'self' 'nonce-([\w-]+)'(;|$)/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(await res.text()).toContain(`data-style-nonce="${nonce}"`);
    expect((await fetch(new URL('/graphiql', service.url))).headers.get('content-security-policy')).not.toContain(nonce!);
    expect(csp).toMatch(/connect-src 'self'/);
    const examples = fs.readdirSync(path.join(ROOT, 'schema', 'examples')).filter((f) => f.endsWith('.graphql')).sort();
    const operationNames = examples.map((f) => /^(?:query|mutation)\s+(\w+)/m.exec(fs.readFileSync(path.join(ROOT, 'schema', 'examples', f), 'utf8'))![1]!);

    await page.goto(`${origin}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    // One tab per example, named by its operation.
    await page.locator('.graphiql-tab').nth(examples.length - 1).waitFor();
    expect(await texts(page, '.graphiql-tab')).toEqual(operationNames);
    // Run the first (Defour's career): the answer comes from this server.
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.result-window').getByText('"Steven Defour"').first().waitFor();
    expect(await page.locator('.result-window').innerText()).toMatch(/"KRC Genk"/);
    await shot(page, 'graphiql');

    // The Examples panel lists them with their questions and opens one in its tab.
    await page.getByRole('button', { name: 'Show Examples' }).click();
    const picker = page.locator('.bfg-examples button');
    expect(await picker.count()).toBe(examples.length);
    await page.locator('.bfg-examples button[data-example="search-names"]').click();
    await page.locator('.graphiql-tab-active', { hasText: 'SearchNames' }).waitFor();
    // The tab turns active before its editor shows its query; running earlier would send the old
    // query under the new operation name (a 400 from the server, seen on a loaded CI machine).
    await page.locator('.graphiql-query-editor').getByText('query SearchNames').waitFor();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.result-window').getByText('"KV Mechelen"').first().waitFor();
    await shot(page, 'graphiql-examples');
    // A dialog (it locks scrolling with a <style> element) opens under the policy without a violation.
    await page.getByRole('button', { name: /settings/i }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('links the landing page to GraphiQL and the explorer, and says Sandbox needs internet', async () => {
    const landing = await context.newPage();
    const outside: string[] = [];
    // No internet: whatever the page asks of another host fails, as it would offline.
    await landing.route((u) => !u.href.startsWith(`${origin}/`), (r) => {
      outside.push(r.request().url());
      return r.abort('internetdisconnected');
    });
    await landing.goto(`${origin}/`);
    const bar = landing.getByRole('navigation', { name: 'Pages of this server' });
    await bar.waitFor();
    expect(await bar.getByRole('link', { name: 'GraphiQL' }).getAttribute('href')).toBe('/graphiql');
    expect(await bar.getByRole('link', { name: 'Career-link explorer' }).getAttribute('href')).toBe('/explore');
    expect(await bar.innerText()).toMatch(/Sandbox below loads from Apollo’s servers and needs internet/);
    await landing.getByText('Apollo Sandbox cannot be loaded').waitFor();
    expect(await landing.locator('body').innerText()).toMatch(/Without internet, use GraphiQL/);
    // Apollo fades the notice in after a second; the screenshot waits until it shows.
    for (let i = 0; i < 50 && (await landing.evaluate("getComputedStyle(document.querySelector('.fallback')).opacity")) !== '1'; i++) await landing.waitForTimeout(100);
    await landing.screenshot({ path: path.join(ARTIFACTS, 'landing-offline.png') });
    // Only Sandbox reaches out, and only to Apollo (and the font it asks Google for).
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((u) => /^https:\/\/([a-z-]+\.cdn\.apollographql\.com|fonts\.(googleapis|gstatic)\.com)\//.test(u))).toBe(true);
    for (const u of outside) {
      const i = requests.indexOf(u);
      if (i >= 0) requests.splice(i, 1);
    }
    await landing.getByRole('link', { name: 'GraphiQL' }).first().click();
    await landing.locator('.graphiql-container').waitFor();
    await landing.close();
  });

  it("shows each KV Mechelen head coach's league record from the results beside the record an article states", async () => {
    type Rec = { matches: number; wins: number; draws: number; losses: number };
    const data = await api<{ club: { headCoachRecords: { tenure: { id: string }; person: { name: string }; record: (Rec & { goalsFor: number; goalsAgainst: number }) | null; stated: { stated: Rec; agrees: boolean }[] }[] } }>(
      '{ club(id: "club:kv-mechelen") { headCoachRecords { tenure { id } person { name } record { matches wins draws losses goalsFor goalsAgainst } stated { stated { matches wins draws losses } agrees } } } }',
    );
    const records = data.club.headCoachRecords;
    const withStated = records.find((r) => r.stated.length > 0 && r.record);
    expect(withStated).toBeDefined();
    await page.goto(`${origin}/explore#/club/club:kv-mechelen?season=2007/08`);
    await viewReady(page, 'club');
    await page.locator('.record-box').first().waitFor();
    for (const r of records.filter((x) => x.record)) {
      const box = page.locator(`.record[data-tenure="${r.tenure.id}"] .record-data`);
      expect(await box.innerText()).toContain(`${r.record!.matches} matches: ${r.record!.wins} won, ${r.record!.draws} drawn, ${r.record!.losses} lost; goals ${r.record!.goalsFor}–${r.record!.goalsAgainst}`);
    }
    const stated = page.locator(`.record[data-tenure="${withStated!.tenure.id}"] .record-stated`).first();
    const s0 = withStated!.stated[0]!.stated;
    expect(await stated.innerText()).toContain(`${s0.matches} matches: ${s0.wins} won, ${s0.draws} drawn, ${s0.losses} lost`);
    await page.locator('section[aria-labelledby="coaches-heading"]').screenshot({ path: path.join(ARTIFACTS, 'club-kv-mechelen-records.png') });
  });

  it("lists a season's signings, departures and league results for a club, as the API gives them", async () => {
    const season = '2008/09';
    type Page = { totalCount: number; edges: { node: { person: { name: string }; feeEur: number | null } }[] };
    const data = await api<{ club: { signings: Page; departures: Page; matches: { totalCount: number; edges: { node: { id: string } }[] } } }>(
      `{ club(id: "club:standard-liege") { signings: transfers(season: "${season}", direction: IN, first: 100) { totalCount edges { node { person { name } feeEur } } } departures: transfers(season: "${season}", direction: OUT, first: 100) { totalCount edges { node { person { name } feeEur } } } matches(season: "${season}", first: 100) { totalCount edges { node { id } } } } }`,
    );
    expect(data.club.departures.edges.map((e) => e.node.person.name)).toContain('Marouane Fellaini');
    expect(data.club.matches.totalCount).toBeGreaterThan(20);
    await page.goto(`${origin}/explore#/club/club:standard-liege?season=${season}`);
    await viewReady(page, 'club');
    await page.locator('.club-match').first().waitFor();
    expect(await page.locator('#signings-heading').innerText()).toBe(`Signings in ${season} (${data.club.signings.totalCount})`);
    expect(await texts(page, '.signings .club-transfer > div > a')).toEqual(data.club.signings.edges.map((e) => e.node.person.name));
    expect(await texts(page, '.departures .club-transfer > div > a')).toEqual(data.club.departures.edges.map((e) => e.node.person.name));
    const fellaini = page.locator('.departures .club-transfer', { hasText: 'Marouane Fellaini' });
    expect(await fellaini.innerText()).toMatch(/to Everton[\s\S]*fee €21\.76m · market value €7m/);
    expect(await page.locator('#matches-heading').innerText()).toBe(`Matches in ${season} (${data.club.matches.totalCount})`);
    expect(await attributes(page, '.club-match', 'data-id')).toEqual(data.club.matches.edges.map((e) => e.node.id));
    expect(await page.locator('.club-match').first().innerText()).toMatch(/\d{1,2} [A-Z][a-z]{2} 2008/);
    // Another season in the squad's picker: the lists follow.
    await page.getByLabel('Season', { exact: true }).selectOption('2007/08');
    await page.getByText('Signings in 2007/08').waitFor();
    // The dataset's "Without Club" and "Retired" are not clubs, and do not read as clubs.
    const moves = (await texts(page, '.club-transfer')).join('\n');
    expect(moves).toMatch(/from no club/);
    expect(moves).toMatch(/to retirement/);
    expect(moves).not.toMatch(/Without Club|to Retired/);
    await shot(page, 'club-standard-liege-season');
  });

  it('is readable on a phone (375×812): no sideways scrolling', async () => {
    const phone = await context.newPage();
    phone.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await phone.setViewportSize({ width: 375, height: 812 });
    for (const [hash, view, name] of [
      ['#/person/person:steven-defour', 'person', 'phone-person'],
      ['#/connect?from=person:jan-boden&to=person:vincent-kompany&maxHops=4', 'connect', 'phone-connect'],
      ['#/club/club:kv-mechelen?from=2021-05-01&to=2021-05-31', 'club', 'phone-club'],
    ] as const) {
      await phone.goto(`${origin}/explore${hash}`);
      await viewReady(phone, view);
      if (view === 'connect') await phone.locator('.graph[data-nodes]').waitFor();
      if (view === 'club') await phone.locator('.staff-member').first().waitFor();
      expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      // What a phone shows first, and the whole page at phone width.
      await phone.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
      await phone.screenshot({ path: path.join(ARTIFACTS, `${name}-full.png`), fullPage: true });
    }
    await phone.close();
  });

  it('made no request outside the server, and logged no errors', () => {
    expect(requests.length).toBeGreaterThan(10);
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
