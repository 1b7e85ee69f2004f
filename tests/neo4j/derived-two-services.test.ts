// Two service processes on one Neo4j database: edits on both at once, derived squads and links
// rebuilt by one process at a time (a lease in the database), and the stale marker read from the
// database, so either process says so when the other left derived data stale. The embedded
// engine locks its file to one process: there is nothing to test there.
import { newToken } from '../../src/auth/tokens';
import { openEngine } from '../../src/graph/open-engine';
import { STALE_KEY } from '../../src/services/editing/desk';
import { acquireDatabase, testConfig, type TestDatabase } from '../support/graph';
import { startServiceProcess, type ServiceProcess } from '../support/process';

jest.setTimeout(300_000);

const editor = newToken('two-services');
const ARTICLE = 'article:002_71773532a5f1564e';
const PEOPLE = ['person:steven-defour', 'person:vincent-kompany', 'person:besnik-hasi', 'person:wouter-vrancken', 'person:jan-boden', 'person:danny-buijs'];

let db: TestDatabase;
let a: ServiceProcess;
let b: ServiceProcess;

async function gql<T>(service: ServiceProcess, query: string, variables?: Record<string, unknown>, auth = false) {
  const res = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${editor.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: T; errors?: unknown[]; extensions?: { derived?: unknown } } };
}

async function health(service: ServiceProcess): Promise<{ status: string; derived?: string }> {
  return (await (await fetch(new URL('/health', service.url))).json()) as never;
}

async function mentored(service: ServiceProcess, mentor: string, mentee: string): Promise<boolean> {
  const r = await gql<{ connections: { shortestLength: number | null } }>(service, 'query($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 1, relationTypes: [MENTORED]) { shortestLength } }', { a: mentor, b: mentee });
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.connections.shortestLength === 1;
}

// In tests/neo4j: run by the Neo4j pass only (several processes share one database there).
const describeNeo4j = describe;

describeNeo4j('two service processes on one Neo4j database', () => {
  beforeAll(async () => {
    db = await acquireDatabase();
    const env = { ...db.env, EDITOR_TOKENS_SHA256: editor.entry, DERIVED_CHECK_MS: '3000' };
    a = await startServiceProcess(env, 120_000);
    b = await startServiceProcess(env, 120_000);
  });

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.release();
  });

  it('rebuilds after edits on both at once: each serves every acknowledged edit, and says current', async () => {
    const pairs = PEOPLE.map((mentor, i) => ({ mentor, mentee: PEOPLE[(i + 1) % PEOPLE.length]!, via: i % 2 === 0 ? a : b }));
    // Both processes walk their own in-process link index: built here, before the edits, so what
    // follows shows each notices the other's rebuilds through the database.
    for (const service of [a, b]) await mentored(service, pairs[0]!.mentor, pairs[0]!.mentee);
    const answers = await Promise.all(
      pairs.map((p, i) =>
        gql(p.via, 'mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id } } }', {
          input: { type: 'MENTORSHIP', participants: [{ person: p.mentor, role: 'MENTOR' }, { person: p.mentee, role: 'MENTEE' }], start: '2012', sources: [{ source: ARTICLE, detail: `two services ${i}` }] },
        }, true),
      ),
    );
    for (const r of answers) expect(r.body.errors).toBeUndefined();
    for (const r of answers) expect(r.body.extensions?.derived).toBeUndefined();
    for (const service of [a, b]) {
      expect(await health(service)).toMatchObject({ status: 'ready', derived: 'current' });
      for (const p of pairs) expect({ ...p, via: undefined, linked: await mentored(service, p.mentor, p.mentee) }).toEqual({ ...p, via: undefined, linked: true });
    }
  });

  it('says "stale" in both processes while the marker is set in the database, and rebuilds it away', async () => {
    // A rebuild that never finished, as a process killed mid-rebuild leaves it.
    const engine = await openEngine(testConfig(db).engine);
    try {
      await engine.write('meta/set', { rows: [{ key: STALE_KEY, value: 'audit:left-by-a-dead-process' }] });
    } finally {
      await engine.close();
    }
    // The marker stays set until a rebuild has finished (the check runs every 3 s). /health reads
    // it from the database; answers after that say so too.
    const [ha, hb] = await Promise.all([health(a), health(b)]);
    const [ra, rb] = await Promise.all([gql(a, '{ person(id: "person:steven-defour") { name } }'), gql(b, '{ person(id: "person:steven-defour") { name } }')]);
    expect([ha.derived, hb.derived]).toEqual(['stale: rebuilding', 'stale: rebuilding']);
    expect([ra.body.extensions?.derived, rb.body.extensions?.derived]).toEqual([{ stale: true, retrying: false }, { stale: true, retrying: false }]);
    let current = false;
    for (let i = 0; i < 300 && !current; i++) {
      current = (await health(a)).derived === 'current' && (await health(b)).derived === 'current';
      if (!current) await new Promise((r) => setTimeout(r, 200));
    }
    expect(current).toBe(true);
    const after = await gql(b, '{ person(id: "person:steven-defour") { name } }');
    expect(after.body.extensions?.derived).toBeUndefined();
  });
});
