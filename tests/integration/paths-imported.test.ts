// Teammates and connections once open data is imported: the Belgian league transfers of Defour's
// Standard years (2005–2012) go through the importer's CLI (`npm run import -- transfers <dir>`),
// then the questions are asked through GraphQL on that database.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openEngine } from '../../src/graph/open-engine';
import type { GraphEngine } from '../../src/graph/engine';
import { acquireDatabase, createTestApi, DATA_DIR, testConfig, withoutEngineEnv, type TestApi, type TestDatabase } from '../support/graph';

// Dozens of path queries, each asked of the in-process index and of Cypher: a minute or two.
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'schema', 'examples', 'defour-standard-teammates.graphql'), 'utf8');
const DEFOUR = 'person:steven-defour';

let db: TestDatabase;
let dir: string;
let engine: GraphEngine;
let api: TestApi;
/** The same graph served with the in-process link index off: path queries run in Cypher. */
let cypherApi: TestApi;

beforeAll(async () => {
  db = await acquireDatabase();
  dir = db.dir;
  for (let season = 2005; season <= 2012; season++) {
    const target = path.join(dir, 'transfers', 'data', String(season));
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(path.join(DATA_DIR, 'transfermarkt-transfers', 'data', String(season), 'jupiler-pro-league.csv'), path.join(target, 'jupiler-pro-league.csv'));
  }
  execFileSync(process.execPath, ['-r', 'tsx/cjs', 'src/cli/import.ts', 'transfers', path.join(dir, 'transfers'), '--report-dir', path.join(dir, 'report'), '--quiet'], {
    cwd: ROOT,
    env: { ...withoutEngineEnv(process.env), ...db.env, DB_BUFFER_POOL_MB: '256', LOG_LEVEL: 'silent' },
    stdio: 'pipe',
  });
  engine = await openEngine(testConfig(db, { DB_BUFFER_POOL_MB: '256' }).engine);
  api = await createTestApi(engine);
  cypherApi = await createTestApi(engine, { cache: { readBytes: 0, responseBytes: 0, linkIndex: false } });
}, 180_000);

afterAll(async () => {
  await api?.server.apollo.stop();
  await cypherApi?.server.apollo.stop();
  await engine?.close();
  await db?.release();
});

type Teammates = { person: { teammates: { totalCount: number; edges: { node: { person: { id: string; name: string }; period: { text: string }; seasons: string[]; sources: { source: { id: string } }[] } }[] } } };

describe('after importing the Belgian league transfers of 2005–2012', () => {
  it('answers the teammates example: Defour\'s teammates at Standard with the seasons they shared, sourced', async () => {
    const data = await api.data<Teammates>(EXAMPLE);
    const teammates = data.person.teammates;
    expect(teammates.totalCount).toBeGreaterThan(50);
    const byName = Object.fromEntries(teammates.edges.map((e) => [e.node.person.name, e.node]));
    expect(byName['Dante']).toMatchObject({ seasons: ['2006/07', '2007/08', '2008/09'], period: { text: '2006/07–2008/09' } });
    // Fellaini came up through Standard's youth: this slice has only his move away (2008), so his
    // senior spell starts unknown and the overlap with Defour may have begun before 2007/08.
    expect(byName['Marouane Fellaini']).toMatchObject({ seasons: ['2007/08'], period: { text: '2007/08, possibly earlier', startUnknown: true } });
    for (const t of teammates.edges) {
      const sources = t.node.sources.map((s) => s.source.id);
      expect(sources).toContain('article:002_71773532a5f1564e'); // Defour's own spell
      expect(sources).toContain('dataset:transfermarkt-transfers'); // the teammate's
      for (const season of t.node.seasons) expect(['2006/07', '2007/08', '2008/09', '2009/10', '2010/11']).toContain(season);
    }
  });

  it('links Defour to an imported teammate, explained and sourced by the dataset and the article', async () => {
    const hits = await api.data<{ search: { edges: { node: { id: string } }[] } }>('{ search(query: "Fellaini", types: [PERSON], first: 1) { edges { node { ... on Person { id } } } } }');
    const fellaini = hits.search.edges[0]!.node.id;
    const r = await api.data<{ connections: { shortestLength: number; edges: { node: { hops: { relation: string; explanation: string; team: { id: string }; sources: { source: { id: string } }[] }[] } }[] } }>(
      `{ connections(from: "${DEFOUR}", to: "${fellaini}") { shortestLength edges { node { hops { relation explanation team { id } sources { source { id } } } } } } }`,
    );
    expect(r.connections.shortestLength).toBe(1);
    const hop = r.connections.edges.map((e) => e.node.hops[0]!).find((h) => h.team.id === 'club:standard-liege')!;
    expect(hop.relation).toBe('PLAYED_TOGETHER');
    expect(hop.explanation).toBe('Steven Defour and Marouane Fellaini played together at Standard Liège (2007/08, possibly earlier).');
    expect(hop.sources.map((s) => s.source.id)).toEqual(expect.arrayContaining(['article:002_71773532a5f1564e', 'dataset:transfermarkt-transfers']));
  });
});

const COMPARE = `query($from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [Relation!], $window: PeriodInput) {
  connections(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, window: $window, first: 100) {
    totalCount shortestLength method
    edges { node { summary ends { ... on Person { id } } hops { relation team { id } period { text } facts { id } sources { source { id } } } } }
  }
}`;

type Route = { ends: { id: string }[]; hops: { relation: string; team: { id: string } | null }[] };
const routeKey = (r: Route) => r.ends.map((e, i) => [e.id, r.hops[i]?.relation ?? '', r.hops[i]?.team?.id ?? ''].join('/')).join(' > ');

type Compared = { connections: { totalCount: number; shortestLength: number | null; method: string; edges: { node: unknown }[] } };

describe('the in-process link index answers as the Cypher path queries do', () => {
  /** People two and three hops from Defour: his Standard teammates and their teammates elsewhere. */
  async function people(): Promise<string[]> {
    const ids = (d: Teammates) => d.person.teammates.edges.map((e) => e.node.person.id);
    const mates = ids(await api.data<Teammates>(EXAMPLE));
    const out = new Set<string>(mates.filter((_, i) => i % 9 === 0));
    for (const id of mates.filter((_, i) => i % 17 === 3)) {
      const more = await api.data<Teammates>(`query($id: ID!) { person(id: $id) { teammates(first: 100) { totalCount edges { node { person { id name } period { text } seasons sources { source { id } } } } } } }`, { id });
      for (const m of ids(more).filter((_, i) => i % 11 === 5)) out.add(m);
    }
    return [...out].filter((id) => id !== DEFOUR);
  }

  it('gives the same routes, lengths and counts, with and without filters', async () => {
    const targets = await people();
    expect(targets.length).toBeGreaterThan(10);
    const filters: Record<string, unknown>[] = [{}, { relationTypes: ['PLAYED_TOGETHER'] }, { window: { from: '2009-01-01', to: '2010-12-31' } }, { maxHops: 2 }];
    let compared = 0;
    let linked = 0;
    let exact = 0;
    for (const [i, to] of targets.entries()) {
      const variables = { from: DEFOUR, to, ...filters[i % filters.length] };
      const index = await api.run<Compared>(COMPARE, variables);
      const cypher = await cypherApi.run<Compared>(COMPARE, variables);
      // The Cypher search gives up sooner (2,000 people a step against 400,000 in all): where it
      // does, the index may still answer.
      if (cypher.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX') continue;
      expect(index.errors).toEqual(cypher.errors);
      const [a, b] = [index.data!.connections, cypher.data!.connections];
      expect([a.shortestLength, a.method]).toEqual([b.shortestLength, b.method]);
      // Cypher reads at most 200 raw paths (a route shows up once per season squad it crosses),
      // an arbitrary 200 when there are more: every route it finds, the index finds too, and when
      // the routes are few (one hop: a path per shared season) both answer exactly the same.
      const keys = (c: typeof a) => c.edges.map((e) => routeKey(e.node as Route));
      expect(a.totalCount).toBeGreaterThanOrEqual(b.totalCount);
      if (a.totalCount <= 100) expect(keys(a)).toEqual(expect.arrayContaining(keys(b)));
      if (b.shortestLength === 1) {
        expect(a).toEqual(b);
        exact++;
      }
      compared++;
      if (a.totalCount > 0) linked++;
    }
    expect(compared).toBeGreaterThan(targets.length * 0.8);
    expect(linked).toBeGreaterThan(targets.length / 2);
    expect(exact).toBeGreaterThan(2);
  });
});

describe('one path per route', () => {
  const SHARED = `query($from: ID!, $to: ID!) {
    connections(from: $from, to: $to, maxHops: 2, relationTypes: [PLAYED_FOR], first: 100) {
      totalCount
      edges { node { variants ends { ... on Person { id } ... on Club { id } } hops { relation team { id } seasons period { text } facts { id } } } }
    }
  }`;
  type Hop = { relation: string; team: { id: string } | null; seasons: string[]; facts: { id: string }[]; period: { text: string } };
  type Shared = { connections: { totalCount: number; edges: { node: { ends: { id: string }[]; variants: number; hops: Hop[] } }[] } };

  it.each([
    ['the in-process index', () => api],
    ['Cypher', () => cypherApi],
  ])('who played for both Standard and Genk: each player once, with every season and spell behind the hop (%s)', async (_, which) => {
    const d = await which().data<Shared>(SHARED, { from: 'club:standard-liege', to: 'club:krc-genk' });
    const paths = d.connections.edges.map((e) => e.node);
    expect(paths.length).toBeGreaterThan(3);
    // Never the same people, relations and teams twice.
    const keys = paths.map(routeKey);
    expect(new Set(keys).size).toBe(keys.length);
    // A player with several seasons at a club is one path: the folded routes are counted, and
    // their seasons and spells are on the hop.
    const folded = paths.filter((p) => p.variants > 1);
    expect(folded.length).toBeGreaterThan(0);
    for (const p of folded) {
      expect(p.hops.some((h) => h.seasons.length > 1 || h.facts.length > 1)).toBe(true);
      for (const h of p.hops) expect(h.seasons).toEqual([...new Set(h.seasons)].sort());
    }
    // Each path is club → one person → club.
    for (const p of paths) expect(p.ends.map((e) => e.id.split(':')[0])).toEqual(['club', 'person', 'club']);
  });
});
