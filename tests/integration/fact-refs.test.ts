// Facts carry a copy of what they are about (Fact.refs) and every ABOUT a copy of its
// fact's kind (ABOUT.kind): reads use the copies (cypher/read/facts-*.ladybug.cypher). Every way
// of writing facts must keep them equal to the ABOUTs: seeding, the importers, editing. A graph
// made before the copies existed gets them once when it is opened. On Neo4j every ABOUT of a fact
// of a sparse kind to an entity has an ABOUT_SPARSE twin (the reads of sparse kinds follow them):
// the same checks hold for the twins.
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { EditDesk } from '../../src/services/editing/desk';
import { EditingService } from '../../src/services/editing/editing-service';
import type { GraphEngine } from '../../src/graph/engine';
import { SPARSE_KINDS } from '../../src/domain/facts';
import { FACT_REFS_KEY } from '../../src/graph/fact-refs';
import { openEngine } from '../../src/graph/open-engine';
import { SPARSE_TWINS_KEY } from '../../src/graph/operations';
import { runImport } from '../../src/services/import/runner';
import { seedCurated } from '../../src/services/write/seed';
import { createTestApi, tempDir } from '../support/graph';
import { writeTransferSlice } from '../support/import-slices';
import { TEST_CYPHER, testOp } from '../support/test-cypher';

const PERSON_PAGE = `query($id: ID!) { person(id: $id) { name
  spells(first: 50) { edges { node { start { text } end { text } team { id name ... on Club { headCoaches { person { id name } start { text } } } } } } }
  transfers(first: 50) { edges { node { id from { ... on Club { id } } to { ... on Club { id } } feeEur date { text } } } } } }`;
const CLUB_PAGE = `query($id: ID!) { club(id: $id) { name staffHistory(first: 50) { totalCount edges { node { role start { text } person { id } } } } } }`;

let dir: string;
const open = (dbPath: string) => openEngine(loadConfig({ ...process.env, DB_PATH: dbPath, DB_BUFFER_POOL_MB: '128', DB_READERS: '2', LOG_LEVEL: 'silent' }).engine, { extraCypher: TEST_CYPHER });

/** Each fact's copy against its ABOUTs: the same (role, id) pairs, and every ABOUT with the fact's kind. */
async function expectCopiesMatch(engine: GraphEngine): Promise<number> {
  const copies = await engine.read(testOp('test/fact-ref-copies'));
  const edges = await engine.read(testOp('test/fact-about-edges'));
  const byFact = new Map<string, string[]>();
  const kinds = new Map(copies.map((c) => [String(c.id), String(c.kind)]));
  for (const e of edges) {
    (byFact.get(String(e.id)) ?? byFact.set(String(e.id), []).get(String(e.id))!).push(`${String(e.role)}=${String(e.target)}`);
    expect({ id: e.id, kind: e.kind }).toEqual({ id: e.id, kind: kinds.get(String(e.id)) });
  }
  if (engine.kind === 'neo4j') {
    // Twins: one per ABOUT of a sparse kind's fact to an entity (not to another fact), same role and kind.
    const line = (e: Record<string, unknown>) => `${String(e.id)} ${String(e.role)}=${String(e.target)} ${String(e.kind)}`;
    const twins = (await engine.read(testOp('test/sparse-about-edges'))).map(line).sort();
    const expected = edges.filter((e) => SPARSE_KINDS.includes(String(e.kind) as never) && !String(e.target).startsWith('fact:')).map(line).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(twins).toEqual(expected);
  }
  for (const c of copies) {
    expect(typeof c.refs).toBe('string');
    const copy = (JSON.parse(String(c.refs)) as [string, string][]).map(([role, id]) => `${role}=${id}`).sort();
    expect({ id: c.id, refs: copy }).toEqual({ id: c.id, refs: (byFact.get(String(c.id)) ?? []).sort() });
  }
  return copies.length;
}

beforeAll(() => {
  dir = tempDir('bfg-fact-refs-');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the copies of refs and kinds facts carry', () => {
  const dbPath = () => path.join(dir, 'graph.lbug');

  it('match the ABOUTs after seeding, importing and editing', async () => {
    const engine = await open(dbPath());
    try {
      await seedCurated(engine);
      const seeded = (await engine.read(testOp('test/fact-ref-copies'))).length;
      const data = writeTransferSlice(path.join(dir, 'data'), [{ players: ['Steven Defour', 'Besnik Hasi'] }]);
      await runImport(engine, { source: 'transfers', path: path.dirname(data), reportDir: path.join(dir, 'report') });
      const imported = (await engine.read(testOp('test/fact-ref-copies'))).length;
      expect(imported).toBeGreaterThan(seeded);
      const editing = new EditingService(engine, new EditDesk(engine, pino({ level: 'silent' })), { name: 'alice' });
      const spell = await editing.addSpell({ person: 'person:steven-defour', team: 'club:kv-mechelen', level: 'YOUTH', sources: [{ source: 'article:002_71773532a5f1564e', detail: 'test' }] });
      // A correction unlinks the fact and links it again: to another club here.
      await editing.correctSpell({ id: spell.id, team: 'club:krc-genk' });
      // A tenure (a sparse kind) corrected to another club: its twins move with its ABOUTs.
      const tenure = await editing.addTenure({ person: 'person:besnik-hasi', team: 'club:kv-mechelen', role: 'ASSISTANT_COACH', start: '2030-07', sources: [{ source: 'article:002_71773532a5f1564e', detail: 'test' }] });
      await editing.correctTenure({ id: tenure.id, team: 'club:krc-genk' });
      expect(await expectCopiesMatch(engine)).toBe(imported + 2);
      const copy = (await engine.read(testOp('test/fact-ref-copies'))).find((c) => c.id === spell.id)!;
      expect(JSON.parse(String(copy.refs))).toEqual(expect.arrayContaining([['team', 'club:krc-genk']]));
      expect(String(copy.refs)).not.toContain('club:kv-mechelen');
    } finally {
      await engine.close();
    }
  }, 60_000);

  it('are made once, when a graph made before them is opened, and the answers stay the same', async () => {
    let engine = await open(dbPath());
    let api = await createTestApi(engine);
    const pages = async () => [await api.data(PERSON_PAGE, { id: 'person:steven-defour' }), await api.data(PERSON_PAGE, { id: 'person:besnik-hasi' }), await api.data(CLUB_PAGE, { id: 'club:kv-mechelen' })];
    const before = await pages();
    await engine.write(testOp('test/forget-fact-refs'));
    await engine.write(testOp('test/forget-about-kinds'));
    if (engine.kind === 'neo4j') {
      await engine.write(testOp('test/forget-sparse-edges'));
      await engine.write('backup/delete-meta', { keys: [SPARSE_TWINS_KEY] });
      expect(await engine.read(testOp('test/sparse-about-edges'))).toEqual([]);
    }
    await engine.write('backup/delete-meta', { keys: [FACT_REFS_KEY] });
    expect((await engine.read(testOp('test/fact-ref-copies'))).every((c) => c.refs === null)).toBe(true);
    await api.server.apollo.stop();
    await engine.close();

    engine = await open(dbPath());
    try {
      expect(await expectCopiesMatch(engine)).toBeGreaterThan(80);
      const [marker] = await engine.read('meta/read', { keys: [FACT_REFS_KEY] });
      expect(typeof marker?.value).toBe('string');
      if (engine.kind === 'neo4j') expect(typeof (await engine.read('meta/read', { keys: [SPARSE_TWINS_KEY] }))[0]?.value).toBe('string');
      api = await createTestApi(engine);
      expect(await pages()).toEqual(before);
      expect(JSON.stringify(before)).toContain('club:standard-liege');
    } finally {
      await api.server.apollo.stop();
      await engine.close();
    }
  }, 60_000);
});
