// Several API processes on one Neo4j: two real service processes share one database, editors and
// readers on both at once. No acknowledged edit is lost, the audit trail holds every edit once,
// derived links include every mentorship, and neither process serves data older than an edit it
// could have seen (caches are dropped when the data stamp moved; edits queue through a lock in the database).
import { newToken } from '../../src/auth/tokens';
import { acquireDatabase, type TestDatabase } from '../support/databases';
import { httpRequest } from '../support/http-server';
import { startServiceProcess, type ServiceProcess } from '../support/process';

jest.setTimeout(300_000);

const editor = newToken('desk');
const AUTH = { 'content-type': 'application/json', authorization: `Bearer ${editor.token}` };
const ARTICLE = 'article:002_71773532a5f1564e';

let db: TestDatabase;
let a: ServiceProcess;
let b: ServiceProcess;

async function gql<T>(service: ServiceProcess, query: string, variables?: Record<string, unknown>, auth = false): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const r = await httpRequest(service.url, 'POST', JSON.stringify({ query, variables }), auth ? AUTH : { 'content-type': 'application/json' });
  const body = JSON.parse(r.text) as { data?: T; errors?: never };
  return { status: r.status, ...body };
}

beforeAll(async () => {
  db = await acquireDatabase();
  const env = { ...db.env, EDITOR_TOKENS_SHA256: editor.entry };
  // Both start at once: seeding takes turns through the database lock.
  [a, b] = await Promise.all([startServiceProcess(env, 120_000), startServiceProcess(env, 120_000)]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.release();
});

const CREATE = 'mutation($in: CreatePersonInput!) { createPerson(input: $in) { person { id } audit { id } } }';
const MENTOR = 'mutation($in: AddRelationshipInput!) { addRelationship(input: $in) { relationship { id } audit { id } } }';
const MENTORS = 'query($id: ID!) { person(id: $id) { mentors { id } } }';

it('two processes editing and reading at once: nothing lost, nothing stale, one audit entry per edit', async () => {
  const acknowledged: { person: string; relationship: string; audits: string[]; via: 'a' | 'b' }[] = [];
  const failures: string[] = [];
  let stop = false;
  let reads = 0;
  const reader = async (service: ServiceProcess) => {
    while (!stop) {
      const r = await gql(service, '{ person(id: "person:steven-defour") { name mentors { id } } club(id: "club:kv-mechelen") { headCoaches { person { name } } } }');
      reads++;
      if (r.status !== 200 || r.errors) failures.push(`read: ${r.status} ${JSON.stringify(r.errors)}`);
    }
  };
  const editorLoop = async (service: ServiceProcess, other: ServiceProcess, via: 'a' | 'b') => {
    for (let i = 0; i < 8; i++) {
      const name = `Desk ${via.toUpperCase()} Trainee ${i}`;
      const created = await gql<{ createPerson: { person: { id: string }; audit: { id: string } } }>(service, CREATE, { in: { name, sources: [{ source: ARTICLE, detail: `multi-process ${via}${i}` }] } }, true);
      if (created.errors || !created.data) {
        failures.push(`create: ${JSON.stringify(created.errors)}`);
        continue;
      }
      const person = created.data.createPerson.person.id;
      const rel = await gql<{ addRelationship: { relationship: { id: string }; audit: { id: string } } }>(
        service,
        MENTOR,
        { in: { type: 'MENTORSHIP', participants: [{ person: 'person:steven-defour', role: 'MENTOR' }, { person, role: 'MENTEE' }], start: '2021', sources: [{ source: ARTICLE, detail: `mentorship ${via}${i}` }] } },
        true,
      );
      if (rel.errors || !rel.data) {
        failures.push(`mentor: ${JSON.stringify(rel.errors)}`);
        continue;
      }
      acknowledged.push({ person, relationship: rel.data.addRelationship.relationship.id, audits: [created.data.createPerson.audit.id, rel.data.addRelationship.audit.id], via });
      // Read-your-writes across processes: the other process sees the acknowledged edit at once.
      const seen = await gql<{ person: { mentors: { id: string }[] } | null }>(other, MENTORS, { id: person });
      if (!seen.data?.person?.mentors.some((m) => m.id === 'person:steven-defour')) failures.push(`stale read of ${person} on the other process: ${JSON.stringify(seen)}`);
    }
  };
  const readers = [reader(a), reader(a), reader(b), reader(b)];
  try {
    await Promise.all([editorLoop(a, b, 'a'), editorLoop(b, a, 'b')]);
  } finally {
    stop = true;
    await Promise.all(readers);
  }
  expect(failures).toEqual([]);
  expect(acknowledged).toHaveLength(16);
  expect(reads).toBeGreaterThan(16);

  // The audit trail holds every acknowledged edit exactly once, whichever process made it.
  const trail = await gql<{ auditTrail: { totalCount: number; edges: { node: { id: string; action: string } }[] } }>(a, '{ auditTrail(first: 100) { totalCount edges { node { id action } } } }', undefined, true);
  expect(trail.errors).toBeUndefined();
  const ids = trail.data!.auditTrail.edges.map((e) => e.node.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(trail.data!.auditTrail.totalCount).toBe(32);
  for (const edit of acknowledged) for (const audit of edit.audits) expect(ids).toContain(audit);

  // Derived links are consistent: every mentee is one MENTORED hop from Defour, on both processes.
  for (const service of [a, b]) {
    for (const edit of acknowledged.slice(0, 4).concat(acknowledged.slice(-4))) {
      const r = await gql<{ connections: { edges: { node: { hops: { relation: string }[] } }[] } }>(service, 'query($to: ID!) { connections(from: "person:steven-defour", to: $to, maxHops: 2, first: 3) { edges { node { hops { relation } } } } }', { to: edit.person });
      expect(r.errors).toBeUndefined();
      expect(r.data!.connections.edges[0]?.node.hops.map((h) => h.relation)).toEqual(['MENTORED']);
    }
  }
});
