// Teammates and connections once open data is imported: the Belgian league transfers of Defour's
// Standard years (2005–2012) go through the importer's CLI (`npm run import -- transfers <dir>`),
// then the questions are asked through GraphQL on that database.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { openEngine } from '../../src/graph/open-engine';
import type { GraphEngine } from '../../src/graph/engine';
import { createTestApi, DATA_DIR, tempDir, type TestApi } from '../support/graph';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'schema', 'examples', 'defour-standard-teammates.graphql'), 'utf8');
const DEFOUR = 'person:steven-defour';

let dir: string;
let engine: GraphEngine;
let api: TestApi;

beforeAll(async () => {
  dir = tempDir('bfg-imported-');
  for (let season = 2005; season <= 2012; season++) {
    const target = path.join(dir, 'transfers', 'data', String(season));
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(path.join(DATA_DIR, 'transfermarkt-transfers', 'data', String(season), 'jupiler-pro-league.csv'), path.join(target, 'jupiler-pro-league.csv'));
  }
  const dbPath = path.join(dir, 'graph.lbug');
  execFileSync(process.execPath, ['-r', 'tsx/cjs', 'src/import/cli.ts', 'transfers', path.join(dir, 'transfers'), '--report-dir', path.join(dir, 'report'), '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, DB_PATH: dbPath, DB_BUFFER_POOL_MB: '256', LOG_LEVEL: 'silent' },
    stdio: 'pipe',
  });
  engine = await openEngine(loadConfig({ ...process.env, DB_PATH: dbPath, DB_BUFFER_POOL_MB: '256', DB_READERS: '2', LOG_LEVEL: 'silent' }).engine);
  api = await createTestApi(engine);
}, 180_000);

afterAll(async () => {
  await api?.server.apollo.stop();
  await engine?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Teammates = { person: { teammates: { totalCount: number; edges: { node: { person: { id: string; name: string }; period: { text: string }; seasons: string[]; sources: { source: { id: string } }[] } }[] } } };

describe('after importing the Belgian league transfers of 2005–2012', () => {
  it('answers the teammates example: Defour\'s teammates at Standard with the seasons they shared, sourced', async () => {
    const data = await api.data<Teammates>(EXAMPLE);
    const teammates = data.person.teammates;
    expect(teammates.totalCount).toBeGreaterThan(50);
    const byName = Object.fromEntries(teammates.edges.map((e) => [e.node.person.name, e.node]));
    expect(byName['Dante']).toMatchObject({ seasons: ['2006/07', '2007/08', '2008/09'], period: { text: '2006/07–2008/09' } });
    expect(byName['Marouane Fellaini']).toMatchObject({ seasons: ['2007/08'], period: { text: '2007/08' } });
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
    expect(hop.explanation).toBe('Steven Defour and Marouane Fellaini played together at Standard Liège (2007/08).');
    expect(hop.sources.map((s) => s.source.id)).toEqual(expect.arrayContaining(['article:002_71773532a5f1564e', 'dataset:transfermarkt-transfers']));
  });
});
