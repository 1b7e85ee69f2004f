// Idempotent edits (issue 14) on the real service, a child process on a database of the run's
// engine: the service is SIGKILLed after an edit committed but before its answer left, is
// started again, and the client's retry with the same Idempotency-Key gets the first answer and
// writes nothing new. The same key with another request, and a malformed key, are refused with
// a code.
import { newToken } from '../../src/auth/tokens';
import { acquireDatabase, type TestDatabase } from '../support/databases';
import { httpRequest } from '../support/http-server';
import { startServiceProcess, type ServiceProcess } from '../support/process';

jest.setTimeout(180_000);

const alice = newToken('alice');
const ARTICLE = 'article:002_71773532a5f1564e';
const DEFOUR = 'person:steven-defour';

const ADD_SPELL = `mutation($input: AddSpellInput!) { addSpell(input: $input) { spell { id start { text } } audit { id action subjectId } } }`;
const SPELLS = `{ person(id: "${DEFOUR}") { spells(first: 100) { edges { node { id start { text } } } } } }`;
const AUDIT = `query($subject: ID) { auditTrail(subject: $subject, first: 10) { totalCount edges { node { id action } } } }`;

interface Answer {
  status: number;
  body: { data?: Record<string, never> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

let db: TestDatabase;
let service: ServiceProcess | null = null;

beforeAll(async () => {
  db = await acquireDatabase();
});

afterAll(async () => {
  if (service) await service.stop('SIGKILL');
  await db?.release();
});

// A generous statement timeout: seeding a Neo4j database on a busy machine can take a while.
const start = () => startServiceProcess({ ...db.env, EDITOR_TOKENS_SHA256: alice.entry, LOG_LEVEL: 'info', DB_QUERY_TIMEOUT_MS: '60000' }, 120_000);

async function post(s: ServiceProcess, query: string, variables: Record<string, unknown>, key?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${alice.token}`, ...(key ? { 'idempotency-key': key } : {}) };
  const r = await httpRequest(s.url, 'POST', JSON.stringify({ query, variables }), headers);
  return { status: r.status, body: JSON.parse(r.text) as Answer['body'] };
}

const spell = (year: string, detail = 'idempotency test') => ({ input: { person: DEFOUR, team: 'club:kv-mechelen', level: 'SENIOR', start: year, sources: [{ source: ARTICLE, detail }] } });

async function spellsStarting(s: ServiceProcess, year: string): Promise<string[]> {
  const r = await post(s, SPELLS, {});
  const edges = (r.body.data as unknown as { person: { spells: { edges: { node: { id: string; start: { text: string } | null } }[] } } }).person.spells.edges;
  return edges.filter((e) => e.node.start?.text === year).map((e) => e.node.id);
}

describe('Idempotency-Key', () => {
  it('gives the first answer to a retry after the server was killed between commit and answer, and writes nothing new', async () => {
    service = await start();
    const key = 'retry-after-kill-8c1f0b2e';
    // The edit commits, logs `edit committed`, then rebuilds derived data before answering:
    // the kill lands in between, so the client never sees the answer.
    const lost = post(service, ADD_SPELL, spell('2031'), key).then(
      (r) => ({ answered: r }),
      (err: NodeJS.ErrnoException) => ({ lost: err.code ?? String(err) }),
    );
    const exited = new Promise((resolve) => service!.child.once('exit', resolve));
    for (let i = 0; i < 30_000 && !service.output().includes('"msg":"edit committed"'); i += 2) await new Promise((r) => setTimeout(r, 2));
    expect(service.output()).toContain('"msg":"edit committed"');
    service.child.kill('SIGKILL');
    await exited;
    expect(await lost).toEqual({ lost: expect.any(String) });

    service = await start();
    const retry = await post(service, ADD_SPELL, spell('2031'), key);
    expect(retry.body.errors).toBeUndefined();
    const answer = (retry.body.data as unknown as { addSpell: { spell: { id: string }; audit: { id: string; action: string; subjectId: string } } }).addSpell;
    expect(answer.audit).toMatchObject({ action: 'ADD_SPELL', subjectId: answer.spell.id });
    // Exactly one spell and one audit entry: the one committed before the kill.
    expect(await spellsStarting(service, '2031')).toEqual([answer.spell.id]);
    const audit = await post(service, AUDIT, { subject: answer.spell.id });
    expect((audit.body.data as unknown as { auditTrail: { totalCount: number; edges: { node: { id: string } }[] } }).auditTrail).toMatchObject({ totalCount: 1, edges: [{ node: { id: answer.audit.id } }] });

    // A second retry gives the same answer again.
    const again = await post(service, ADD_SPELL, spell('2031'), key);
    expect((again.body.data as unknown as { addSpell: { audit: { id: string } } }).addSpell.audit.id).toBe(answer.audit.id);
    expect(await spellsStarting(service, '2031')).toHaveLength(1);
  });

  it('refuses the same key with a different request (IDEMPOTENCY_KEY_REUSED), writing nothing', async () => {
    service ??= await start();
    const key = 'reused-key-41d9';
    const first = await post(service, ADD_SPELL, spell('2032'), key);
    expect(first.body.errors).toBeUndefined();
    const other = await post(service, ADD_SPELL, spell('2033'), key);
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect(other.body.errors?.[0]?.message).toContain('different request');
    expect(await spellsStarting(service, '2033')).toEqual([]);
    // Without a key, or with a new one, the same input is a new edit.
    const fresh = await post(service, ADD_SPELL, spell('2032'), 'another-key-77');
    expect(fresh.body.errors).toBeUndefined();
    expect(await spellsStarting(service, '2032')).toHaveLength(2);
  });

  it('refuses a malformed key with BAD_USER_INPUT naming the header, writing nothing', async () => {
    service ??= await start();
    const r = await post(service, ADD_SPELL, spell('2034'), 'has spaces in it');
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await spellsStarting(service, '2034')).toEqual([]);
  });
});
