// Invisible characters (issue 14): search reads through zero-width and other invisible characters
// as a reader does, and edited text refuses bidirectional controls (they make text display
// other than it is stored) with BAD_USER_INPUT naming the field, before anything is written.
import { newToken } from '../../src/auth/tokens';
import { fold } from '../../src/domain/fold';
import { openGraphWith, startHttpService, type HttpService, type OwnGraph } from '../support/http-server';

jest.setTimeout(60_000);

const alice = newToken('alice');
const AUTH = { authorization: `Bearer ${alice.token}` };
const ARTICLE = 'article:002_71773532a5f1564e';

let graph: OwnGraph;
let api: HttpService;

beforeAll(async () => {
  graph = await openGraphWith();
  api = await startHttpService(graph.engine, { EDITOR_TOKENS_SHA256: alice.entry });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

const SEARCH = `query($q: String!) { search(query: $q, first: 5) { edges { node { ... on Person { id } } } } }`;

describe('search folds invisible characters', () => {
  it.each([
    ['a zero-width space', 'De\u200Bfour'],
    ['a zero-width joiner', 'Def\u200Dour'],
    ['a soft hyphen', 'De\u00ADfour'],
    ['a word joiner and a byte-order mark', '\uFEFFDe\u2060four'],
    ['a left-to-right mark', 'Defour\u200E'],
  ])('finds Steven Defour through %s', async (_name, q) => {
    expect(fold(q)).toBe('defour');
    const r = await api.gql<{ search: { edges: { node: { id?: string } }[] } }>(SEARCH, { q });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.search.edges.map((e) => e.node.id)).toContain('person:steven-defour');
  });
});

describe('edited text refuses bidirectional controls', () => {
  const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`;

  it.each([
    ['name', { name: 'Jan \u202EnaJ' }, 'input.name'],
    ['an alias', { name: 'Jan Peeters', aliases: ['Jantje', 'J\u2066P\u2069'] }, 'input.aliases[1]'],
    ['a reason', { name: 'Jan Peeters', reason: 'typo\u200F fixed' }, 'input.reason'],
  ])('in %s, with BAD_USER_INPUT and the field, writing nothing', async (_name, fields, field) => {
    const before = await api.gql(`{ person(id: "person:jan-peeters") { id } }`);
    const r = await api.gql(CREATE, { input: { ...fields, sources: [{ source: ARTICLE }] } }, AUTH);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(r.body.errors?.[0]?.message).toContain('bidirectional control');
    const after = await api.gql(`{ person(id: "person:jan-peeters") { id } }`);
    expect(after.body.data).toEqual(before.body.data);
  });

  it('still accepts right-to-left text itself', async () => {
    const r = await api.gql(CREATE, { input: { name: 'Jan Peeters', aliases: ['يان'], sources: [{ source: ARTICLE }] } }, AUTH);
    expect(r.body.errors).toBeUndefined();
  });
});
