// Editing over real HTTP on a real graph: bearer-token authentication, validation naming the
// field, the audit trail, retraction, derived data after edits, and atomic writes.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pino from 'pino';
import { authenticate, newToken } from '../../src/auth/tokens';
import { ConfigError, loadConfig } from '../../src/config';
import { EditDesk } from '../../src/services/editing/desk';
import { EditingService } from '../../src/services/editing/editing-service';
import { openGraphWith, graphCounts, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';
import { ROOT } from '../support/process';

jest.setTimeout(60_000);

const alice = newToken('alice');
const bob = newToken('bob');
const AUTH = { authorization: `Bearer ${alice.token}` };
const BOB = { authorization: `Bearer ${bob.token}` };
const ARTICLE = 'article:002_71773532a5f1564e';

let graph: OwnGraph;
let api: HttpService;

beforeAll(async () => {
  graph = await openGraphWith();
  api = await startHttpService(graph.engine, { EDITOR_TOKENS_SHA256: `${alice.entry},${bob.entry}` });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id name birthDate { text precision } sources { source { id } detail } } audit { id editor action subjectId before after } } }`;
const ADD_SPELL = `mutation($input: AddSpellInput!) { addSpell(input: $input) { spell { id level start { text precision } end { text } team { id } person { id } sources { source { id } } } audit { id action subjectId before after } } }`;
const CORRECT_SPELL = `mutation($input: CorrectSpellInput!) { correctSpell(input: $input) { spell { id start { text } end { text precision } order } audit { action before after reason } } }`;
const RETRACT = `mutation($input: RetractFactInput!) { retractFact(input: $input) { factId audit { action before after reason editor } } }`;
const AUDIT = `query($subject: ID, $editor: String, $first: Int, $after: String) { auditTrail(subject: $subject, editor: $editor, first: $first, after: $after) { totalCount edges { cursor node { id at editor action subjectId reason before after } } pageInfo { hasNextPage endCursor } } }`;

const cite = (detail = 'stated in the article') => [{ source: ARTICLE, detail }];

async function ok<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = AUTH): Promise<T> {
  const r = await api.gql<T>(query, variables, headers);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data as T;
}

async function refused(query: string, variables: Record<string, unknown>, headers: Record<string, string> = AUTH) {
  const r = await api.gql(query, variables, headers);
  expect(r.body.errors).toHaveLength(1);
  return { error: r.body.errors![0]!, status: r.status, dbCalls: r.body.extensions?.dbCalls };
}

describe('npm run token', () => {
  it('prints a token and the EDITOR_TOKENS_SHA256 entry that admits it (and only its hash)', async () => {
    const out = execFileSync(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'src', 'cli', 'token.ts'), 'carol'], { cwd: ROOT, encoding: 'utf8' });
    const token = out.match(/^(bfg_[A-Za-z0-9_-]{43})$/m)?.[1];
    const entry = out.match(/^EDITOR_TOKENS_SHA256=(carol:[0-9a-f]{64})$/m)?.[1];
    expect(token).toBeDefined();
    expect(entry).toBeDefined();
    expect(entry).not.toContain(token!);
    const carol = await startHttpService(graph.engine, { EDITOR_TOKENS_SHA256: entry! });
    try {
      const r = await carol.gql(AUDIT, { first: 1 }, { authorization: `Bearer ${token}` });
      expect(r.body.errors).toBeUndefined();
    } finally {
      await carol.close();
    }
  });
});

describe('EDITOR_TOKENS_SHA256', () => {
  it.each([['alice:not-a-hash'], ['alice'], [`alice:${'a'.repeat(64)},alice:${'b'.repeat(64)}`], [`bad name:${'a'.repeat(64)}`]])('refuses %p at start-up, naming the variable', (value) => {
    expect(() => loadConfig({ EDITOR_TOKENS_SHA256: value })).toThrow(ConfigError);
    expect(() => loadConfig({ EDITOR_TOKENS_SHA256: value })).toThrow(/EDITOR_TOKENS_SHA256/);
  });

  it('compares the token with every configured hash (a prefix or a near miss is not enough)', () => {
    const editors = loadConfig({ EDITOR_TOKENS_SHA256: `${alice.entry},${bob.entry}` }).editors;
    expect(authenticate(`Bearer ${alice.token}`, editors)).toEqual({ name: 'alice' });
    expect(authenticate(`Bearer ${bob.token}`, editors)).toEqual({ name: 'bob' });
    expect(authenticate(`Bearer ${alice.token.slice(0, -1)}`, editors)).toBeNull();
    expect(authenticate(`Bearer ${alice.token}x`, editors)).toBeNull();
    expect(authenticate(`bearer ${alice.token}`, editors)).toBeNull();
    expect(authenticate(`Bearer ${alice.token}`, [])).toBeNull();
  });
});

describe('authentication', () => {
  const input = { name: 'Nobody Special', sources: cite() };

  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { authorization: `Bearer ${newToken('mallory').token}` }],
    ['a malformed header', { authorization: `Basic ${Buffer.from('alice:pw').toString('base64')}` }],
    ['the hash instead of the token', { authorization: `Bearer ${alice.entry.split(':')[1]}` }],
  ])('refuses a mutation with %s: UNAUTHENTICATED, no database call', async (_name, headers) => {
    const before = api.totals.calls;
    const r = await refused(CREATE_PERSON, { input }, headers);
    expect(r.error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.status).toBe(401);
    expect(r.dbCalls).toBe(0);
    expect(api.totals.calls).toBe(before);
  });

  it('keeps reads public and the audit trail for editors', async () => {
    const read = await api.gql('{ person(id: "person:steven-defour") { name } }');
    expect(read.body.errors).toBeUndefined();
    const audit = await refused(AUDIT, {}, {});
    expect(audit.error.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('adding and correcting', () => {
  let personId: string;
  let spellId: string;

  it('creates a person with a birth date at month precision, cited, and audits it', async () => {
    const data = await ok<{ createPerson: { person: { id: string; birthDate: { text: string; precision: string }; sources: { source: { id: string } }[] }; audit: { editor: string; action: string; subjectId: string; before: string | null; after: string } } }>(
      CREATE_PERSON,
      { input: { name: 'Jeanne Dielman-Émile', birthDate: '1990-03', sources: cite('named in the story') } },
    );
    personId = data.createPerson.person.id;
    expect(personId).toBe('person:jeanne-dielman-emile');
    expect(data.createPerson.person.birthDate).toEqual({ text: '1990-03', precision: 'MONTH' });
    expect(data.createPerson.person.sources.map((s) => s.source.id)).toEqual([ARTICLE]);
    expect(data.createPerson.audit).toMatchObject({ editor: 'alice', action: 'CREATE_PERSON', subjectId: personId, before: null });
    expect(JSON.parse(data.createPerson.audit.after)).toMatchObject({ id: personId, name: 'Jeanne Dielman-Émile', birth: '1990-03' });
  });

  it('refuses a second person with the same id', async () => {
    const r = await refused(CREATE_PERSON, { input: { name: 'Jeanne Dielman Emile', sources: cite() } });
    expect(r.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('adds a spell that the public read serves, with derived data rebuilt', async () => {
    const before = await graphCounts(graph.engine);
    const data = await ok<{ addSpell: { spell: { id: string; level: string; start: { text: string; precision: string }; end: { text: string }; team: { id: string }; sources: { source: { id: string } }[] }; audit: { action: string; before: null } } }>(
      ADD_SPELL,
      { input: { person: personId, team: 'club:kv-mechelen', level: 'SENIOR', start: '2015/16', end: '2017', order: 1, sources: cite('played for Mechelen') } },
    );
    spellId = data.addSpell.spell.id;
    expect(spellId).toBe('fact:spell:jeanne-dielman-emile:kv-mechelen');
    expect(data.addSpell.spell).toMatchObject({ level: 'SENIOR', start: { text: '2015/16', precision: 'SEASON' }, end: { text: '2017' }, team: { id: 'club:kv-mechelen' } });
    const read = await api.gql<{ person: { spells: { edges: { node: { id: string } }[] } } }>(`{ person(id: "${personId}") { spells { edges { node { id } } } } }`);
    expect(read.body.data?.person.spells.edges.map((e) => e.node.id)).toEqual([spellId]);
    // ABOUT person, ABOUT team, CITES — plus LINK edges from the rebuilt derived data.
    const after = await graphCounts(graph.engine);
    expect(after.rels - before.rels).toBeGreaterThan(3);
    const [stale] = await graph.engine.read('meta/read', { keys: ['derived:stale'] });
    expect(stale?.value ?? null).toBeNull();
  });

  it('corrects the spell: before and after in the audit trail', async () => {
    const data = await ok<{ correctSpell: { spell: { end: { text: string; precision: string }; order: number | null }; audit: { action: string; before: string; after: string; reason: string } } }>(
      CORRECT_SPELL,
      { input: { id: spellId, end: '2017-05-31', order: null, reason: 'the article gives the day' } },
    );
    expect(data.correctSpell.spell).toMatchObject({ end: { text: '2017-05-31', precision: 'DAY' }, order: null });
    expect(JSON.parse(data.correctSpell.audit.before)).toMatchObject({ id: spellId, end: '2017', details: { order: 1 } });
    expect(JSON.parse(data.correctSpell.audit.after)).toMatchObject({ id: spellId, end: '2017-05-31', details: {} });
    expect(data.correctSpell.audit.reason).toBe('the article gives the day');
  });

  it('replaces citations only when given, and never leaves a fact without one', async () => {
    const empty = await refused(CORRECT_SPELL, { input: { id: spellId, sources: [] } });
    expect(empty.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sources' });
    const r = await ok<{ correctSpell: { spell: { id: string } } }>(CORRECT_SPELL, { input: { id: spellId, sources: [{ source: 'article:001_847aaf11c6367334', detail: 'also here' }] } });
    expect(r.correctSpell.spell.id).toBe(spellId);
    const read = await api.gql<{ fact: { sources: { source: { id: string } }[] } }>(`{ fact(id: "${spellId}") { sources { source { id } } } }`);
    expect(read.body.data?.fact.sources.map((s) => s.source.id)).toEqual(['article:001_847aaf11c6367334']);
  });

  it('adds and corrects a tenure and a relationship, and corrects person and club', async () => {
    const tenure = await ok<{ addTenure: { tenure: { id: string; role: string; team: { id: string }; under: { id: string } } } }>(
      `mutation($input: AddTenureInput!) { addTenure(input: $input) { tenure { id role team { id } under { id } } } }`,
      { input: { person: personId, team: 'club:kv-mechelen', role: 'ASSISTANT_COACH', under: 'person:steven-defour', start: '2023-07', sources: cite() } },
    );
    expect(tenure.addTenure.tenure).toMatchObject({ role: 'ASSISTANT_COACH', team: { id: 'club:kv-mechelen' }, under: { id: 'person:steven-defour' } });
    const corrected = await ok<{ correctTenure: { tenure: { role: string; endReason: string; under: null } } }>(
      `mutation($input: CorrectTenureInput!) { correctTenure(input: $input) { tenure { role endReason under { id } } } }`,
      { input: { id: tenure.addTenure.tenure.id, role: 'VIDEO_ANALYST', end: '2024', endReason: 'RESIGNED', under: null } },
    );
    expect(corrected.correctTenure.tenure).toEqual({ role: 'VIDEO_ANALYST', endReason: 'RESIGNED', under: null });

    const rel = await ok<{ addRelationship: { relationship: { id: string; type: string; participants: { person: { id: string }; role: string }[] } } }>(
      `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id type participants { person { id } role } } } }`,
      { input: { type: 'MENTORSHIP', participants: [{ person: 'person:steven-defour', role: 'MENTOR' }, { person: personId, role: 'MENTEE' }], sources: cite() } },
    );
    expect(rel.addRelationship.relationship.participants).toEqual(
      expect.arrayContaining([
        { person: { id: 'person:steven-defour' }, role: 'mentor' },
        { person: { id: personId }, role: 'mentee' },
      ]),
    );
    const mentors = await api.gql<{ person: { mentors: { id: string }[] } }>(`{ person(id: "${personId}") { mentors { id } } }`);
    expect(mentors.body.data?.person.mentors).toEqual([{ id: 'person:steven-defour' }]);
    const relFixed = await ok<{ correctRelationship: { relationship: { type: string; participants: { role: string }[]; note: string } } }>(
      `mutation($input: CorrectRelationshipInput!) { correctRelationship(input: $input) { relationship { type participants { role } note } } }`,
      { input: { id: rel.addRelationship.relationship.id, participants: [{ person: 'person:steven-defour', role: 'MENTEE' }, { person: personId, role: 'MENTOR' }], note: 'the other way round' } },
    );
    expect(relFixed.correctRelationship.relationship).toMatchObject({ type: 'MENTORSHIP', note: 'the other way round' });

    const person = await ok<{ correctPerson: { person: { name: string; aliases: string[]; birthDate: null } } }>(
      `mutation($input: CorrectPersonInput!) { correctPerson(input: $input) { person { name aliases birthDate { text } } } }`,
      { input: { id: personId, aliases: ['J. Dielman'], birthDate: null } },
    );
    expect(person.correctPerson.person).toEqual({ name: 'Jeanne Dielman-Émile', aliases: ['J. Dielman'], birthDate: null });
    const club = await ok<{ correctClub: { club: { city: string; nicknames: string[] } } }>(
      `mutation($input: CorrectClubInput!) { correctClub(input: $input) { club { city nicknames } } }`,
      { input: { id: 'club:kv-mechelen', city: 'Mechelen' } },
    );
    expect(club.correctClub.club.city).toBe('Mechelen');
    expect(club.correctClub.club.nicknames.length).toBeGreaterThan(0);
  });

  it('adds a source and cites it', async () => {
    const src = await ok<{ addSource: { source: { id: string; kind: string; name: string } } }>(
      `mutation($input: AddSourceInput!) { addSource(input: $input) { source { id kind name } } }`,
      { input: { id: 'article:hln_2024_interview', kind: 'ARTICLE', name: 'Interview in HLN', outlet: 'HLN', language: 'nl', published: '2024-02-03' } },
    );
    expect(src.addSource.source).toEqual({ id: 'article:hln_2024_interview', kind: 'ARTICLE', name: 'Interview in HLN' });
    const spell = await ok<{ addSpell: { spell: { sources: { source: { id: string } }[] } } }>(ADD_SPELL, {
      input: { person: personId, team: 'club:krc-genk', level: 'YOUTH', sources: [{ source: 'article:hln_2024_interview' }] },
    });
    expect(spell.addSpell.spell.sources).toEqual([{ source: { id: 'article:hln_2024_interview' } }]);
    const fixed = await ok<{ correctSource: { source: { name: string } } }>(`mutation { correctSource(input: { id: "article:hln_2024_interview", name: "Long interview in HLN" }) { source { name } } }`, {});
    expect(fixed.correctSource.source.name).toBe('Long interview in HLN');
  });

  it('retracts a fact: kept in history, no longer served', async () => {
    const before = await graphCounts(graph.engine);
    const data = await ok<{ retractFact: { factId: string; audit: { action: string; before: string; after: string; reason: string; editor: string } } }>(RETRACT, {
      input: { id: spellId, reason: 'the player never played there' },
    });
    expect(data.retractFact.factId).toBe(spellId);
    expect(JSON.parse(data.retractFact.audit.before)).toMatchObject({ id: spellId, status: 'ACTIVE' });
    expect(JSON.parse(data.retractFact.audit.after)).toMatchObject({ id: spellId, status: 'RETRACTED' });
    const read = await api.gql<{ fact: null; node: null; person: { spells: { totalCount: number } } }>(
      `{ fact(id: "${spellId}") { id } node(id: "${spellId}") { id } person(id: "${personId}") { spells(level: SENIOR) { totalCount } } }`,
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data).toEqual({ fact: null, node: null, person: { spells: { totalCount: 0 } } });
    // The fact node stays (history); its derived links are gone.
    const after = await graphCounts(graph.engine);
    expect(after.nodes).toBeLessThanOrEqual(before.nodes + 1); // + the audit entry
    expect(after.rels).toBeLessThan(before.rels);
    const again = await refused(RETRACT, { input: { id: spellId, reason: 'again' } });
    expect(again.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect(again.error.message).toMatch(/already retracted/);
    const correct = await refused(CORRECT_SPELL, { input: { id: spellId, end: '2018' } });
    expect(correct.error.message).toMatch(/retracted/);
  });

  it('keeps an audit trail editors can page and filter, newest first', async () => {
    await ok(CREATE_PERSON, { input: { name: 'Bob Made This', sources: cite() } }, BOB);
    const page1 = await ok<{ auditTrail: { totalCount: number; edges: { node: { at: string; editor: string; action: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(AUDIT, { first: 3 });
    expect(page1.auditTrail.totalCount).toBeGreaterThanOrEqual(12);
    expect(page1.auditTrail.edges[0]!.node).toMatchObject({ editor: 'bob', action: 'CREATE_PERSON' });
    const ats = page1.auditTrail.edges.map((e) => e.node.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const page2 = await ok<{ auditTrail: { edges: { node: { at: string } }[] } }>(AUDIT, { first: 3, after: page1.auditTrail.pageInfo.endCursor });
    expect(page2.auditTrail.edges[0]!.node.at < ats[2]!).toBe(true);
    const ofSpell = await ok<{ auditTrail: { edges: { node: { action: string } }[] } }>(AUDIT, { subject: spellId });
    expect(ofSpell.auditTrail.edges.map((e) => e.node.action)).toEqual(['RETRACT_FACT', 'CORRECT_SPELL', 'CORRECT_SPELL', 'ADD_SPELL']);
    const byBob = await ok<{ auditTrail: { totalCount: number } }>(AUDIT, { editor: 'bob' });
    expect(byBob.auditTrail.totalCount).toBe(1);
  });
});

describe('input validation names the field', () => {
  const spell = (over: Record<string, unknown>) => ({ input: { person: 'person:steven-defour', team: 'club:kv-mechelen', level: 'SENIOR', sources: cite(), ...over } });

  it.each([
    ['an unknown team', ADD_SPELL, spell({ team: 'club:no-such-club' }), 'input.team', /no club or national team/],
    ['a person where a team goes', ADD_SPELL, spell({ team: 'club:steven-defour', person: 'person:kv-mechelen' }), 'input.person', /no person/],
    ['a malformed id', ADD_SPELL, spell({ team: 'person:steven-defour' }), 'input.team', /malformed id/],
    ['a date that does not exist', ADD_SPELL, spell({ start: '2021-02-30' }), 'input.start', /calendar date/],
    ['a date in no known form', ADD_SPELL, spell({ start: 'May 2021' }), 'input.start', /Unrecognised date/],
    ['an end before the start', ADD_SPELL, spell({ start: '2020', end: '2019' }), 'input.end', /before the start/],
    ['no source', ADD_SPELL, spell({ sources: [] }), 'input.sources', /at least one source/],
    ['an unknown source', ADD_SPELL, spell({ sources: [{ source: 'article:nope' }] }), 'input.sources[0].source', /no source/],
    ['a confidence above 1', ADD_SPELL, spell({ sources: [{ source: ARTICLE, confidence: 1.5 }] }), 'input.sources[0].confidence', /from 0 to 1/],
    ['an order out of range', ADD_SPELL, spell({ order: 0 }), 'input.order', /whole number/],
    ['a note too long', ADD_SPELL, spell({ note: 'x'.repeat(2001) }), 'input.note', /at most 2000/],
    ['a name too long', CREATE_PERSON, { input: { name: 'x'.repeat(201), sources: cite() } }, 'input.name', /at most 200/],
    ['an empty name', CREATE_PERSON, { input: { name: '   ', sources: cite() } }, 'input.name', /empty/],
    ['a control character', CREATE_PERSON, { input: { name: 'Bad\u0000Name', sources: cite() } }, 'input.name', /control/],
    ['a relationship with two mentors', `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id } } }`, { input: { type: 'MENTORSHIP', participants: [{ person: 'person:steven-defour', role: 'MENTOR' }, { person: 'person:wouter-vrancken', role: 'MENTOR' }], sources: cite() } }, 'input.participants', /takes 1 MENTOR \(got 2\)/],
    ['a role the type does not take', `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id } } }`, { input: { type: 'MARRIAGE', participants: [{ person: 'person:steven-defour', role: 'MENTOR' }], sources: cite() } }, 'input.participants[0].role', /no MENTOR/],
    ['a source id not matching its kind', `mutation($input: AddSourceInput!) { addSource(input: $input) { source { id } } }`, { input: { id: 'dataset:x', kind: 'ARTICLE', name: 'x' } }, 'input.id', /article:/],
  ])('refuses %s', async (_name, query, variables, field, message) => {
    const before = await graphCounts(graph.engine);
    const r = await refused(query, variables);
    expect(r.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(r.error.message).toMatch(message);
    expect(r.error.message).toContain(field);
    expect(await graphCounts(graph.engine)).toEqual(before);
  });

  it('refuses an unknown enum value with BAD_USER_INPUT', async () => {
    const r = await refused(ADD_SPELL, spell({ level: 'PROFESSIONAL' }));
    expect(r.error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.dbCalls).toBe(0);
  });

  it('stores injection strings as plain text', async () => {
    const before = await graphCounts(graph.engine);
    const name = '"}) DETACH DELETE n //';
    const data = await ok<{ createPerson: { person: { id: string; name: string } } }>(CREATE_PERSON, { input: { id: 'person:injection-test', name, aliases: ["' OR 1=1 --", '{"$gt": ""}'], sources: cite() } });
    expect(data.createPerson.person.name).toBe(name);
    const after = await graphCounts(graph.engine);
    expect(after.nodes).toBe(before.nodes + 2); // the person and its audit entry
  });
});

describe('concurrent edits', () => {
  it('serialises them: every edit lands once with its own id and audit entry', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        ok<{ addSpell: { spell: { id: string }; audit: { id: string } } }>(ADD_SPELL, {
          input: { person: 'person:steven-defour', team: 'club:kv-mechelen', level: 'SENIOR', start: `${2000 + i}`, sources: cite(`edit ${i}`) },
        }),
      ),
    );
    const ids = results.map((r) => r.addSpell.spell.id);
    expect(new Set(ids).size).toBe(8);
    expect(new Set(results.map((r) => r.addSpell.audit.id)).size).toBe(8);
  });
});

describe('atomic writes', () => {
  it('writes a fact and its audit entry together or not at all', async () => {
    // Two edits given the same audit id: the second's audit insert fails inside its transaction.
    const desk = new EditDesk(graph.engine, pino({ level: 'silent' }), { auditId: () => 'audit:fixed-for-atomicity-test' });
    const editing = new EditingService(graph.engine, desk, { name: 'alice' });
    const input = { person: 'person:steven-defour', team: 'club:standard-liege', level: 'YOUTH' as const, sources: [{ source: ARTICLE }] };
    const first = await editing.addSpell(input);
    const before = await graphCounts(graph.engine);
    await expect(editing.addSpell({ ...input, start: '2001' })).rejects.toThrow();
    expect(await graphCounts(graph.engine)).toEqual(before);
    const [second] = await graph.engine.read('facts/edit-state', { ids: [`${first.id}:2`] });
    expect(second?.id ?? null).toBeNull();
    // The desk is still usable after the failed transaction.
    const again = await new EditingService(graph.engine, new EditDesk(graph.engine, pino({ level: 'silent' })), { name: 'alice' }).addSpell({ ...input, start: '2002' });
    expect(again.id).toBe(`${first.id}:2`);
  });
});
