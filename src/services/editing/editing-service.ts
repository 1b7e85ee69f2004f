// Editing for one request: checks the editor, validates input (shape first, then ids against
// the graph), turns it into knowledge records, and writes each edit with its audit entry in one
// transaction (src/services/write/bundle.ts bundleSteps), then has derived squads and links rebuilt.
import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GraphEngine, WriteStep } from '../../graph/engine';
import type {
  AddRelationshipInput,
  AddSourceInput,
  AddSpellInput,
  AddTenureInput,
  CorrectClubInput,
  CorrectPersonInput,
  CorrectRelationshipInput,
  CorrectSourceInput,
  CorrectSpellInput,
  CorrectTenureInput,
  CreateClubInput,
  CreatePersonInput,
  EditAction,
  ParticipantInput,
  RetractFactInput,
} from '../../graphql/__generated__/schema-types';
import type { Editor } from '../../auth/tokens';
import { badUserInput, serviceUnavailable, unauthenticated } from '../../errors';
import { bundleSteps, KnowledgeError, validateBundle } from '../write/bundle';
import type { Citation, EntitySeed, FactSeed, KnowledgeBundle, SourceSeed } from '../../domain/types';
import type { EntityModel, EntityType } from '../../models/entities';
import type { FactModel } from '../../models/facts';
import type { CitationModel, SourceModel } from '../../models/sources';
import { toCitation, toEntity, toFact, toSource } from '../../repositories/rows';
import { STALE_KEY, type EditDesk } from './desk';
import { derivedUpdateSteps, plannerFact } from '../derived/update';
import { claimFor, claimStep, storedAnswer, type IdempotencyClaim } from './idempotency';
import type { AuditEntryModel, EditResult } from '../../models/audit';
import { ENTITY_ID, FACT_ID, idFromName, InputChecker, keyOf, MAX, patched, SOURCE_ID, type Patch } from './inputs';

/** A fact as the database holds it before an edit (null: new) and as the edit writes it (null: retracted). */
interface FactChange {
  before: FactSeed | null;
  after: FactSeed | null;
}

export interface AuditPage {
  entries: AuditEntryModel[];
  offset: number;
  total: number;
}

type Refs = Record<string, string | string[]>;
type ParsedBundle = ReturnType<typeof validateBundle>;

const TEAM_TYPES: EntityType[] = ['CLUB', 'NATIONAL_TEAM'];
const SOURCE_PREFIX = { ARTICLE: 'article:', DATASET: 'dataset:', EDITOR: 'editor:' } as const;
const ROLE_REF = { MENTOR: 'mentor', MENTEE: 'mentee', PARTY: 'parties', RELATIVE: 'relative', PERSON: 'person', SPOUSE: 'spouses' } as const;

/** The participants each relationship type takes: role → [min, max]. */
const RELATION_SHAPE: Record<string, Partial<Record<keyof typeof ROLE_REF, [number, number]>>> = {
  MENTORSHIP: { MENTOR: [1, 1], MENTEE: [1, 1] },
  CONTACT: { PARTY: [2, MAX.participants] },
  WORKED_WITH: { PARTY: [2, MAX.participants] },
  FAMILY: { RELATIVE: [1, 1], PERSON: [1, 1] },
  MARRIAGE: { SPOUSE: [2, 2] },
};

export class EditingService {
  constructor(
    private readonly engine: GraphEngine,
    private readonly desk: EditDesk,
    readonly editor: Editor | null,
    /** Called after each committed write, so the rest of the request reads fresh data. */
    private readonly onWrite: () => void = () => undefined,
    /** The request's `Idempotency-Key` (checked), or null. */
    private readonly idempotencyKey: string | null = null,
    /** Why the request's `Idempotency-Key` was refused, if it was. */
    private readonly idempotencyKeyError: unknown = null,
  ) {}

  /** Mutations of this request run so far under the idempotency key, and the running one's claim. */
  private keyedEdits = 0;
  private claim: IdempotencyClaim | null = null;

  /**
   * Runs one mutation at most once per idempotency key (src/services/editing/idempotency.ts): a key seen
   * before gives its first answer back without writing; otherwise the edit runs and stores the key
   * with its answer in its own transaction. Without a key the edit just runs.
   */
  async once(mutation: string, input: unknown, run: () => Promise<EditResult>): Promise<EditResult> {
    if (this.idempotencyKeyError) throw this.idempotencyKeyError;
    if (this.idempotencyKey === null) return run();
    const editor = this.requireEditor();
    const claim = claimFor(editor.name, this.idempotencyKey, this.keyedEdits++, mutation, input);
    const earlier = await storedAnswer(this.engine, claim);
    if (earlier) return earlier;
    this.claim = claim;
    try {
      return await run();
    } catch (err) {
      // A request with the same key committed in between (here or in another process): its
      // answer, or the refusal of a different request under the same key.
      const raced = await storedAnswer(this.engine, claim).catch((e: unknown) => (e instanceof GraphQLError ? Promise.reject(e) : null));
      if (raced) return raced;
      throw err;
    } finally {
      this.claim = null;
    }
  }

  /** The step storing the running mutation's idempotency key with its answer, if it has one. */
  private claimSteps(id: string, audit: AuditEntryModel): WriteStep[] {
    return this.claim ? [claimStep(this.claim, { id, audit })] : [];
  }

  private requireEditor(): Editor {
    if (!this.editor) throw unauthenticated();
    if (!this.desk.accepting) throw serviceUnavailable();
    return this.editor;
  }

  // --- people and clubs -------------------------------------------------------------------

  async createPerson(input: CreatePersonInput): Promise<EditResult> {
    return this.createEntity('PERSON', input, (c) => ({
      type: 'PERSON',
      name: c.required('name', input.name, MAX.name),
      fullName: c.optional('fullName', input.fullName, MAX.name) ?? undefined,
      shortName: c.optional('shortName', input.shortName, MAX.name) ?? undefined,
      aliases: c.list('aliases', input.aliases) ?? [],
      nicknames: c.list('nicknames', input.nicknames) ?? [],
      birth: c.date('birthDate', input.birthDate) ?? undefined,
      nationalities: (c.list('nationalities', input.nationalities, MAX.code) ?? []).map((n, i) => this.countryCode(c, `nationalities[${i}]`, n)),
      positions: c.list('positions', input.positions) ?? [],
    }));
  }

  async correctPerson(input: CorrectPersonInput): Promise<EditResult> {
    return this.correctEntity('PERSON', input, (c, e) => ({
      ...e,
      name: input.name === undefined ? e.name : c.required('name', input.name ?? '', MAX.name),
      fullName: patched(e.fullName, c.optional('fullName', input.fullName, MAX.name)),
      shortName: patched(e.shortName, c.optional('shortName', input.shortName, MAX.name)),
      aliases: c.list('aliases', input.aliases) ?? e.aliases,
      nicknames: c.list('nicknames', input.nicknames) ?? e.nicknames,
      birth: patched(e.birth, c.date('birthDate', input.birthDate)),
      nationalities: c.list('nationalities', input.nationalities, MAX.code)?.map((n, i) => this.countryCode(c, `nationalities[${i}]`, n)) ?? e.nationalities,
      positions: c.list('positions', input.positions) ?? e.positions,
    }));
  }

  async createClub(input: CreateClubInput): Promise<EditResult> {
    return this.createEntity('CLUB', input, (c) => ({
      type: 'CLUB',
      name: c.required('name', input.name, MAX.name),
      shortName: c.optional('shortName', input.shortName, MAX.name) ?? undefined,
      nameNl: c.optional('nameNl', input.nameNl, MAX.name) ?? undefined,
      nameFr: c.optional('nameFr', input.nameFr, MAX.name) ?? undefined,
      nameEn: c.optional('nameEn', input.nameEn, MAX.name) ?? undefined,
      nicknames: c.list('nicknames', input.nicknames) ?? [],
      aliases: c.list('aliases', input.aliases) ?? [],
      city: c.optional('city', input.city, MAX.name) ?? undefined,
      country: this.countryCode(c, 'country', input.country) ?? undefined,
    }));
  }

  async correctClub(input: CorrectClubInput): Promise<EditResult> {
    return this.correctEntity('CLUB', input, (c, e) => ({
      ...e,
      name: input.name === undefined ? e.name : c.required('name', input.name ?? '', MAX.name),
      shortName: patched(e.shortName, c.optional('shortName', input.shortName, MAX.name)),
      nameNl: patched(e.nameNl, c.optional('nameNl', input.nameNl, MAX.name)),
      nameFr: patched(e.nameFr, c.optional('nameFr', input.nameFr, MAX.name)),
      nameEn: patched(e.nameEn, c.optional('nameEn', input.nameEn, MAX.name)),
      nicknames: c.list('nicknames', input.nicknames) ?? e.nicknames,
      aliases: c.list('aliases', input.aliases) ?? e.aliases,
      city: patched(e.city, c.optional('city', input.city, MAX.name)),
      country: patched(e.country, this.countryCode(c, 'country', input.country)),
    }));
  }

  private countryCode<T extends Patch<string>>(c: InputChecker, field: string, value: T): T {
    return c.code(field, value, /^[A-Z]{2,3}(-[A-Z0-9]{1,3})?$/, 'an ISO 3166 code such as BE or GB-ENG') as T;
  }

  private async createEntity(type: 'PERSON' | 'CLUB', input: CreatePersonInput | CreateClubInput, build: (c: InputChecker) => Omit<EntitySeed, 'id' | 'sources'>): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const fields = build(c);
    const prefix = type === 'PERSON' ? 'person' : 'club';
    const example = `${prefix}:first-last (lower case, digits and hyphens)`;
    const id = input.id ? c.id('id', input.id, ENTITY_ID[type], example) : idFromName(prefix, fields.name);
    if (!id || !ENTITY_ID[type].test(id)) c.fail('name', `cannot make an id from this name; pass input.id (${example})`);
    const sources = c.citations('sources', input.sources);
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.desk.exclusive(async () => {
      const existing = await this.entities([id]);
      if (existing.size > 0) c.fail(input.id ? 'id' : 'name', `${id} already exists; correct it with ${type === 'PERSON' ? 'correctPerson' : 'correctClub'} or pass another input.id`);
      const known = await this.checkSources(c, 'sources', sources);
      const seed: EntitySeed = { ...fields, id, sources };
      const parsed = this.validate({ sources: [], entities: [seed], facts: [] }, known);
      return this.commit(editor, type === 'PERSON' ? 'CREATE_PERSON' : 'CREATE_CLUB', id, reason, null, seed, parsed, []);
    });
  }

  private async correctEntity(type: 'PERSON' | 'CLUB', input: CorrectPersonInput | CorrectClubInput, apply: (c: InputChecker, current: EntitySeed) => EntitySeed): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const id = c.id('id', input.id, ENTITY_ID[type], `${type === 'PERSON' ? 'person' : 'club'}:…`);
    const newSources = input.sources === undefined || input.sources === null ? undefined : c.citations('sources', input.sources);
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.desk.exclusive(async () => {
      const found = await this.entities([id]);
      const entity = found.get(id);
      if (!entity || entity.type !== type) c.fail('id', `no ${type === 'PERSON' ? 'person' : 'club'} with id ${id}`);
      const current = entitySeedOf(entity, await this.citations('entity', id));
      const next: EntitySeed = { ...apply(c, current), id, type, sources: newSources ?? current.sources };
      const known = await this.checkSources(c, 'sources', next.sources);
      const parsed = this.validate({ sources: [], entities: [next], facts: [] }, known);
      return this.commit(editor, type === 'PERSON' ? 'CORRECT_PERSON' : 'CORRECT_CLUB', id, reason, current, next, parsed, [{ op: 'entities/uncite', params: { ids: [id] } }]);
    });
  }

  // --- sources ----------------------------------------------------------------------------

  async addSource(input: AddSourceInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const id = c.id('id', input.id, SOURCE_ID, 'article:…, dataset:… or editor:… (letters, digits, _ . -)');
    if (!id.startsWith(SOURCE_PREFIX[input.kind])) c.fail('id', `a ${input.kind} source id starts with ${SOURCE_PREFIX[input.kind]}`);
    const seed: SourceSeed = {
      id,
      kind: input.kind,
      name: c.required('name', input.name, MAX.name),
      outlet: c.optional('outlet', input.outlet, MAX.name) ?? undefined,
      language: c.code('language', input.language, /^[a-z]{2}$/, 'an ISO 639-1 code such as nl') ?? undefined,
      published: c.date('published', input.published) ?? undefined,
      url: c.url('url', input.url) ?? undefined,
      licence: c.optional('licence', input.licence, MAX.name) ?? undefined,
      author: c.optional('author', input.author, MAX.name) ?? undefined,
      citedOutlets: [],
    };
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.desk.exclusive(async () => {
      if ((await this.sources([id])).size > 0) c.fail('id', `${id} already exists; correct it with correctSource`);
      const parsed = this.validate({ sources: [seed], entities: [], facts: [] }, new Set());
      return this.commit(editor, 'ADD_SOURCE', id, reason, null, seed, parsed, []);
    });
  }

  async correctSource(input: CorrectSourceInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const id = c.id('id', input.id, SOURCE_ID, 'article:…, dataset:… or editor:…');
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.desk.exclusive(async () => {
      const current = (await this.sources([id])).get(id);
      if (!current) c.fail('id', `no source with id ${id}`);
      const before = sourceSeedOf(current);
      const next: SourceSeed = {
        ...before,
        name: input.name === undefined ? before.name : c.required('name', input.name ?? '', MAX.name),
        outlet: patched(before.outlet, c.optional('outlet', input.outlet, MAX.name)),
        language: patched(before.language, c.code('language', input.language, /^[a-z]{2}$/, 'an ISO 639-1 code such as nl')),
        published: patched(before.published, c.date('published', input.published)),
        url: patched(before.url, c.url('url', input.url)),
        licence: patched(before.licence, c.optional('licence', input.licence, MAX.name)),
        author: patched(before.author, c.optional('author', input.author, MAX.name)),
      };
      const parsed = this.validate({ sources: [next], entities: [], facts: [] }, new Set());
      return this.commit(editor, 'CORRECT_SOURCE', id, reason, before, next, parsed, []);
    });
  }

  // --- facts ------------------------------------------------------------------------------

  async addSpell(input: AddSpellInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const person = c.id('person', input.person, ENTITY_ID.PERSON, 'person:…');
    const team = c.id('team', input.team, /^(club|nt):[a-z0-9-]{1,120}$/, 'club:… or nt:…');
    const start = c.date('start', input.start);
    const end = c.date('end', input.end);
    c.period(start, end);
    const details = compact({ order: c.int('order', input.order, 1, MAX.order), note: c.optional('note', input.note, MAX.text) });
    const sources = c.citations('sources', input.sources);
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.factEdit(async () => {
      await this.checkEntities(c, [
        { field: 'person', id: person, types: ['PERSON'] },
        { field: 'team', id: team, types: TEAM_TYPES },
      ]);
      const known = await this.checkSources(c, 'sources', sources);
      const id = await this.freeFactId(`fact:spell:${keyOf(person)}:${keyOf(team)}${input.level === 'YOUTH' ? ':youth' : ''}`);
      const seed: FactSeed = { id, kind: 'spell', type: input.level, ...dates(start, end), refs: { person, team }, details, sources };
      return this.commitFact(editor, 'ADD_SPELL', seed, null, reason, new Set([...known, person, team]));
    });
  }

  async correctSpell(input: CorrectSpellInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const id = c.id('id', input.id, FACT_ID, 'fact:spell:…');
    const team = c.optionalId('team', input.team, /^(club|nt):[a-z0-9-]{1,120}$/, 'club:… or nt:…');
    if (input.team === null) c.fail('team', 'a spell needs a team');
    const start = c.date('start', input.start);
    const end = c.date('end', input.end);
    const order = c.int('order', input.order, 1, MAX.order);
    const note = c.optional('note', input.note, MAX.text);
    if (input.level === null) c.fail('level', 'a spell needs a level');
    const sources = input.sources === undefined || input.sources === null ? undefined : c.citations('sources', input.sources);
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.factEdit(async () => {
      const current = await this.activeFact(c, id, 'spell');
      const next = withPatch(current, { type: input.level ?? undefined, start, end, refs: team ? { team } : {}, details: { order, note }, sources });
      c.period(next.start, next.end);
      if (team) await this.checkEntities(c, [{ field: 'team', id: team, types: TEAM_TYPES }]);
      const known = await this.checkSources(c, 'sources', next.sources);
      return this.commitFact(editor, 'CORRECT_SPELL', next, current, reason, new Set([...known, ...refIds(next.refs)]));
    });
  }

  async addTenure(input: AddTenureInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const person = c.id('person', input.person, ENTITY_ID.PERSON, 'person:…');
    const team = c.optionalId('team', input.team, /^(club|nt):[a-z0-9-]{1,120}$/, 'club:… or nt:…') ?? undefined;
    const under = c.optionalId('under', input.under, ENTITY_ID.PERSON, 'person:…') ?? undefined;
    const start = c.date('start', input.start);
    const end = c.date('end', input.end);
    c.period(start, end);
    const details = compact({
      endReason: input.endReason ?? undefined,
      employer: c.optional('employer', input.employer, MAX.name),
      note: c.optional('note', input.note, MAX.text),
    });
    const sources = c.citations('sources', input.sources);
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.factEdit(async () => {
      await this.checkEntities(c, [
        { field: 'person', id: person, types: ['PERSON'] },
        ...(team ? [{ field: 'team', id: team, types: TEAM_TYPES }] : []),
        ...(under ? [{ field: 'under', id: under, types: ['PERSON'] as EntityType[] }] : []),
      ]);
      const known = await this.checkSources(c, 'sources', sources);
      const id = await this.freeFactId(`fact:tenure:${keyOf(person)}:${team ? keyOf(team) : 'none'}:${input.role.toLowerCase().replace(/_/g, '-')}`);
      const refs: Refs = { person, ...(team ? { team } : {}), ...(under ? { under } : {}) };
      const seed: FactSeed = { id, kind: 'tenure', type: input.role, ...dates(start, end), refs, details, sources };
      return this.commitFact(editor, 'ADD_TENURE', seed, null, reason, new Set([...known, ...refIds(refs)]));
    });
  }

  async correctTenure(input: CorrectTenureInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const id = c.id('id', input.id, FACT_ID, 'fact:tenure:…');
    const team = c.optionalId('team', input.team, /^(club|nt):[a-z0-9-]{1,120}$/, 'club:… or nt:…');
    const under = c.optionalId('under', input.under, ENTITY_ID.PERSON, 'person:…');
    if (input.role === null) c.fail('role', 'a tenure needs a role');
    const start = c.date('start', input.start);
    const end = c.date('end', input.end);
    const details = {
      endReason: input.endReason,
      employer: c.optional('employer', input.employer, MAX.name),
      note: c.optional('note', input.note, MAX.text),
    };
    const sources = input.sources === undefined || input.sources === null ? undefined : c.citations('sources', input.sources);
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.factEdit(async () => {
      const current = await this.activeFact(c, id, 'tenure');
      const next = withPatch(current, { type: input.role ?? undefined, start, end, refs: { team, under }, details, sources });
      c.period(next.start, next.end);
      await this.checkEntities(c, [
        ...(team ? [{ field: 'team', id: team, types: TEAM_TYPES }] : []),
        ...(under ? [{ field: 'under', id: under, types: ['PERSON'] as EntityType[] }] : []),
      ]);
      const known = await this.checkSources(c, 'sources', next.sources);
      return this.commitFact(editor, 'CORRECT_TENURE', next, current, reason, new Set([...known, ...refIds(next.refs)]));
    });
  }

  async addRelationship(input: AddRelationshipInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const refs = this.participantRefs(c, input.type, input.participants);
    const team = c.optionalId('team', input.team, /^(club|nt):[a-z0-9-]{1,120}$/, 'club:… or nt:…') ?? undefined;
    const start = c.date('start', input.start);
    const end = c.date('end', input.end);
    c.period(start, end);
    const details = compact({
      kinship: c.optional('kinship', input.kinship, MAX.name),
      topic: c.optional('topic', input.topic, MAX.text),
      medium: c.optional('medium', input.medium, MAX.name),
      note: c.optional('note', input.note, MAX.text),
    });
    const sources = c.citations('sources', input.sources);
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.factEdit(async () => {
      await this.checkEntities(c, [
        ...input.participants.map((p, i) => ({ field: `participants[${i}].person`, id: p.person, types: ['PERSON'] as EntityType[] })),
        ...(team ? [{ field: 'team', id: team, types: TEAM_TYPES }] : []),
      ]);
      const known = await this.checkSources(c, 'sources', sources);
      const people = [...new Set(input.participants.map((p) => keyOf(p.person)))].slice(0, 2).join(':');
      const id = await this.freeFactId(`fact:relation:${input.type.toLowerCase().replace(/_/g, '-')}:${people}`);
      const all: Refs = { ...refs, ...(team ? { team } : {}) };
      const seed: FactSeed = { id, kind: 'relation', type: input.type, ...dates(start, end), refs: all, details, sources };
      return this.commitFact(editor, 'ADD_RELATIONSHIP', seed, null, reason, new Set([...known, ...refIds(all)]));
    });
  }

  async correctRelationship(input: CorrectRelationshipInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const id = c.id('id', input.id, FACT_ID, 'fact:relation:…');
    const team = c.optionalId('team', input.team, /^(club|nt):[a-z0-9-]{1,120}$/, 'club:… or nt:…');
    const start = c.date('start', input.start);
    const end = c.date('end', input.end);
    if (input.participants === null) c.fail('participants', 'a relationship needs participants');
    const details = {
      kinship: c.optional('kinship', input.kinship, MAX.name),
      topic: c.optional('topic', input.topic, MAX.text),
      medium: c.optional('medium', input.medium, MAX.name),
      note: c.optional('note', input.note, MAX.text),
    };
    const sources = input.sources === undefined || input.sources === null ? undefined : c.citations('sources', input.sources);
    const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
    return this.factEdit(async () => {
      const current = await this.activeFact(c, id, 'relation');
      let refs: Record<string, Patch<string | string[]>> = { team };
      if (input.participants) {
        // New participants replace every person role; the team stays unless given.
        refs = { mentor: null, mentee: null, parties: null, relative: null, person: null, spouses: null, ...this.participantRefs(c, current.type ?? '', input.participants), team };
      }
      const next = withPatch(current, { start, end, refs, details, sources });
      c.period(next.start, next.end);
      await this.checkEntities(c, [
        ...(input.participants ?? []).map((p, i) => ({ field: `participants[${i}].person`, id: p.person, types: ['PERSON'] as EntityType[] })),
        ...(team ? [{ field: 'team', id: team, types: TEAM_TYPES }] : []),
      ]);
      const known = await this.checkSources(c, 'sources', next.sources);
      return this.commitFact(editor, 'CORRECT_RELATIONSHIP', next, current, reason, new Set([...known, ...refIds(next.refs)]));
    });
  }

  private participantRefs(c: InputChecker, type: string, participants: readonly ParticipantInput[]): Refs {
    const shape = RELATION_SHAPE[type];
    if (!shape) c.fail('type', `unknown relationship type ${type}`);
    if (participants.length > MAX.participants) c.fail('participants', `at most ${MAX.participants} participants`);
    const byRole = new Map<keyof typeof ROLE_REF, string[]>();
    const seen = new Set<string>();
    participants.forEach((p, i) => {
      const id = c.id(`participants[${i}].person`, p.person, ENTITY_ID.PERSON, 'person:…');
      if (seen.has(id)) c.fail(`participants[${i}].person`, `${id} is listed twice`);
      seen.add(id);
      if (!shape[p.role]) c.fail(`participants[${i}].role`, `a ${type} relationship has no ${p.role} (it takes ${Object.keys(shape).join(' and ')})`);
      byRole.set(p.role, [...(byRole.get(p.role) ?? []), id]);
    });
    const refs: Refs = {};
    for (const [role, [min, max]] of Object.entries(shape) as [keyof typeof ROLE_REF, [number, number]][]) {
      const ids = byRole.get(role) ?? [];
      if (ids.length < min || ids.length > max) {
        c.fail('participants', `a ${type} relationship takes ${min === max ? min : `${min} to ${max}`} ${role} (got ${ids.length})`);
      }
      const key = ROLE_REF[role];
      refs[key] = key === 'parties' || key === 'spouses' ? ids : ids[0]!;
    }
    return refs;
  }

  async retractFact(input: RetractFactInput): Promise<EditResult> {
    const editor = this.requireEditor();
    const c: InputChecker = new InputChecker();
    const id = c.id('id', input.id, FACT_ID, 'fact:…');
    const reason = c.required('reason', input.reason, MAX.reason);
    return this.factEdit(async () => {
      const [state] = await this.engine.read('facts/edit-state', { ids: [id] });
      if (!state || state.id === null) c.fail('id', `no fact with id ${id}`);
      if (state.status !== 'ACTIVE') c.fail('id', `${id} is already retracted`);
      const current = factSeedOf(toFact(state), await this.citations('fact', id));
      const at = this.desk.timestamp();
      const audit = this.auditEntry(editor, 'RETRACT_FACT', id, reason, at, factRecord(current, 'ACTIVE'), factRecord(current, 'RETRACTED'));
      const update = await this.derivedSteps({ before: current, after: null }, audit.id);
      await this.engine.writeAll([
        { op: 'facts/set-status', params: { rows: [{ id, status: 'RETRACTED', updatedAt: at }] } },
        { op: 'audit/record', params: { rows: [audit] } },
        ...update.steps,
        ...this.claimSteps(id, audit),
      ]);
      this.desk.committed(audit);
      this.onWrite();
      return { id, audit, ...(update.rebuild ? { rebuild: true } : {}) };
    });
  }

  // --- audit trail ------------------------------------------------------------------------

  async auditTrail(args: { subject?: string | null; editor?: string | null; first: number; offset: number }): Promise<AuditPage> {
    this.requireEditor();
    const c: InputChecker = new InputChecker('auditTrail');
    const subject = args.subject ? c.id('subject', args.subject, /^(person|club|nt|stadium|fact|article|dataset|editor):[^\s]{1,300}$/, 'a global id such as person:steven-defour') : '';
    const editor = args.editor ? c.required('editor', args.editor, 64) : '';
    const params = { subject, editor };
    const [rows, [count]] = await Promise.all([
      this.engine.read('audit/page', { ...params, skip: args.offset, limit: args.first }),
      this.engine.read('audit/count', params),
    ]);
    return { entries: rows.map(toAuditEntry), offset: args.offset, total: Number(count?.total ?? 0) };
  }

  // --- shared steps -----------------------------------------------------------------------

  private validate(bundle: KnowledgeBundle, known: Set<string>): ParsedBundle {
    try {
      return validateBundle(bundle, { has: (id) => known.has(id) });
    } catch (err) {
      if (err instanceof KnowledgeError) {
        // Input was checked field by field before; this is the knowledge model's last word.
        const field = `input.${(err.field ?? '').replace(/^(refs|details)\./, '').split('.')[0] || 'id'}`;
        throw badUserInput(`${field}: ${err.message}`, field);
      }
      throw err;
    }
  }

  private auditEntry(editor: Editor, action: EditAction, subjectId: string, reason: string | null, at: string, before: unknown, after: unknown): AuditEntryModel {
    return {
      id: this.desk.auditId(at),
      at,
      editor: editor.name,
      action,
      subjectId,
      reason,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    };
  }

  /** Writes the records and the audit entry in one transaction. */
  private async commit(editor: Editor, action: EditAction, subjectId: string, reason: string | null, before: unknown, after: unknown, parsed: ParsedBundle, first: WriteStep[], derived: FactChange | null = null): Promise<EditResult> {
    const at = this.desk.timestamp();
    const audit = this.auditEntry(editor, action, subjectId, reason, at, before, after);
    const update = derived ? await this.derivedSteps(derived, audit.id) : { steps: [], rebuild: false };
    const steps: WriteStep[] = [
      ...first,
      ...bundleSteps(parsed, at),
      { op: 'audit/record', params: { rows: [audit] } },
      ...update.steps,
      ...this.claimSteps(subjectId, audit),
    ];
    await this.engine.writeAll(steps);
    this.desk.committed(audit);
    this.onWrite();
    return { id: subjectId, audit, ...(update.rebuild ? { rebuild: true } : {}) };
  }

  /**
   * The derived squads and links the change needs, written in the edit's own transaction. Should
   * they fail to plan (a read failed), the edit marks derived data stale instead and its answer
   * waits for a full rebuild, as every edit did before.
   */
  private async derivedSteps(change: FactChange, auditId: string): Promise<{ steps: WriteStep[]; rebuild: boolean }> {
    try {
      return { steps: await derivedUpdateSteps(this.engine, change.before && plannerFact(change.before), change.after && plannerFact(change.after)), rebuild: false };
    } catch (err) {
      this.desk.log.error({ err, audit: auditId }, 'planning the derived update of an edit failed; marking derived data stale for a full rebuild');
      return { steps: [{ op: 'meta/set', params: { rows: [{ key: STALE_KEY, value: auditId }] } }], rebuild: true };
    }
  }

  private async commitFact(editor: Editor, action: EditAction, next: FactSeed, current: FactSeed | null, reason: string | null, known: Set<string>): Promise<EditResult> {
    const parsed = this.validate({ sources: [], entities: [], facts: [next] }, known);
    const first: WriteStep[] = current
      ? [
          { op: 'facts/unlink', params: { ids: [next.id] } },
          { op: 'facts/uncite', params: { ids: [next.id] } },
        ]
      : [];
    return this.commit(editor, action, next.id, reason, current ? factRecord(current, 'ACTIVE') : null, factRecord(next, 'ACTIVE'), parsed, first, { before: current, after: next });
  }

  /**
   * Runs a fact edit under the edit lock; its derived squads and links are written with it. Only
   * when they could not be planned does it wait (outside the lock, so the next edit need not) for
   * a full rebuild. The edit is committed either way: when every rebuild attempt failed, the data
   * stays marked stale (the answer's `extensions.derived` and /health say so) and the desk
   * retries in the background.
   */
  private async factEdit(work: () => Promise<EditResult>): Promise<EditResult> {
    const { rebuild, ...result } = await this.desk.exclusive(work);
    if (rebuild) await this.desk.rebuildDerived();
    return result;
  }

  private async entities(ids: string[]): Promise<Map<string, EntityModel>> {
    const rows = await this.engine.read('entities/by-ids', { ids: [...new Set(ids)] });
    const out = new Map<string, EntityModel>();
    for (const r of rows) if (r.id !== null && r.id !== undefined) out.set(String(r.id), toEntity(r));
    return out;
  }

  private async sources(ids: string[]): Promise<Map<string, SourceModel>> {
    const rows = await this.engine.read('sources/by-ids', { ids: [...new Set(ids)] });
    const out = new Map<string, SourceModel>();
    for (const r of rows) if (r.id !== null && r.id !== undefined) out.set(String(r.id), toSource(r));
    return out;
  }

  private async citations(kind: 'fact' | 'entity', id: string): Promise<Citation[]> {
    const rows = await this.engine.read(kind === 'fact' ? 'facts/citations' : 'entities/citations', { ids: [id] });
    return rows
      .map((r) => toCitation(r))
      .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || (a.detail ?? '').localeCompare(b.detail ?? ''))
      .map(citationOf);
  }

  private async checkEntities(c: InputChecker, refs: { field: string; id: string; types: EntityType[] }[]): Promise<void> {
    if (refs.length === 0) return;
    const found = await this.entities(refs.map((r) => r.id));
    for (const r of refs) {
      const e = found.get(r.id);
      const what = r.types.map((t) => t.toLowerCase().replace('_', ' ')).join(' or ');
      if (!e) c.fail(r.field, `no ${what} with id ${r.id}`);
      if (!r.types.includes(e.type)) c.fail(r.field, `${r.id} is a ${e.type.toLowerCase().replace('_', ' ')}, not a ${what}`);
    }
  }

  /** Every cited source must exist; returns their ids for validateBundle. */
  private async checkSources(c: InputChecker, field: string, citations: readonly Citation[]): Promise<Set<string>> {
    const found = await this.sources(citations.map((s) => s.source));
    citations.forEach((s, i) => {
      if (!found.has(s.source)) c.fail(`${field}[${i}].source`, `no source ${s.source}; add it first with addSource`);
    });
    return new Set(found.keys());
  }

  private async activeFact(c: InputChecker, id: string, kind: FactModel['kind']): Promise<FactSeed> {
    const [state] = await this.engine.read('facts/edit-state', { ids: [id] });
    if (!state || state.id === null) c.fail('id', `no fact with id ${id}`);
    if (state.status !== 'ACTIVE') c.fail('id', `${id} is retracted; add a new fact instead`);
    const fact = toFact(state);
    if (fact.kind !== kind) c.fail('id', `${id} is a ${fact.kind}, not a ${kind}`);
    return factSeedOf(fact, await this.citations('fact', id));
  }

  /** `base`, or `base:2` … `base:20`, or `base:<random>`, whichever is not taken (retracted facts keep their ids). */
  private async freeFactId(base: string): Promise<string> {
    let candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}:${i + 2}`)];
    for (let round = 0; round < 5; round++) {
      const rows = await this.engine.read('facts/edit-state', { ids: candidates });
      const taken = new Set(rows.filter((r) => r.id !== null).map((r) => String(r.id)));
      const free = candidates.find((id) => !taken.has(id));
      if (free) return free;
      candidates = Array.from({ length: 5 }, () => `${base}:${randomBytes(4).toString('hex')}`);
    }
    throw new Error(`No free fact id for ${base}`);
  }
}

// --- records ------------------------------------------------------------------------------

function compact<T extends Record<string, unknown>>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}

function dates(start: Patch<string>, end: Patch<string>): { start?: string; end?: string } {
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

function refIds(refs: Refs): string[] {
  return Object.values(refs).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

function citationOf(c: CitationModel): Citation {
  return { source: c.sourceId, ...(c.detail ? { detail: c.detail } : {}), ...(c.teaser ? { teaser: true } : {}), confidence: c.confidence };
}

function factSeedOf(f: FactModel, sources: Citation[]): FactSeed {
  const refs: Refs = {};
  for (const [role, ids] of Object.entries(f.refs)) refs[role] = ids.length === 1 ? ids[0]! : ids;
  return {
    id: f.id,
    kind: f.kind,
    ...(f.type ? { type: f.type } : {}),
    ...dates(f.start?.text, f.end?.text),
    refs,
    details: f.details,
    confidence: f.confidence,
    sources,
  };
}

/** Applies a correction to a fact: undefined keeps, null clears (refs and details alike). */
function withPatch(
  current: FactSeed,
  patch: { type?: string; start: Patch<string>; end: Patch<string>; refs: Record<string, Patch<string | string[]>>; details: Record<string, unknown>; sources?: Citation[] },
): FactSeed {
  const refs: Refs = { ...current.refs };
  for (const [role, v] of Object.entries(patch.refs)) {
    if (v === undefined) continue;
    if (v === null) delete refs[role];
    else refs[role] = v;
  }
  const details: Record<string, unknown> = { ...(current.details ?? {}) };
  for (const [key, v] of Object.entries(patch.details)) {
    if (v === undefined) continue;
    if (v === null) delete details[key];
    else details[key] = v;
  }
  const { start, end, ...rest } = current;
  return {
    ...rest,
    ...(patch.type ? { type: patch.type } : {}),
    ...dates(patched(start, patch.start), patched(end, patch.end)),
    refs,
    details,
    sources: patch.sources ?? current.sources,
  };
}

function entitySeedOf(e: EntityModel, sources: Citation[]): EntitySeed {
  const out: EntitySeed = {
    id: e.id,
    type: e.type,
    name: e.name,
    nicknames: e.nicknames,
    aliases: e.aliases,
    nationalities: e.nationalities,
    positions: e.positions,
    sources,
  };
  const optional = { fullName: e.fullName, shortName: e.shortName, nameNl: e.nameNl, nameFr: e.nameFr, nameEn: e.nameEn, city: e.city, country: e.country, birth: e.birth?.text };
  for (const [k, v] of Object.entries(optional)) if (v) (out as Record<string, unknown>)[k] = v;
  if (Object.keys(e.details).length > 0) out.details = e.details;
  return out;
}

function sourceSeedOf(s: SourceModel): SourceSeed {
  const out: SourceSeed = { id: s.id, kind: s.kind, name: s.name, citedOutlets: s.citedOutlets };
  const optional = { title: s.title, outlet: s.outlet, language: s.language, published: s.published?.text, licence: s.licence, author: s.author, url: s.url };
  for (const [k, v] of Object.entries(optional)) if (v) (out as Record<string, unknown>)[k] = v;
  if (Object.keys(s.details).length > 0) out.details = s.details;
  return out;
}

/** The audit trail's view of a fact, in a stable key order (entities and sources go as their seeds). */
function factRecord(f: FactSeed, status: string) {
  return { id: f.id, kind: f.kind, type: f.type ?? null, start: f.start ?? null, end: f.end ?? null, refs: f.refs, details: f.details ?? {}, confidence: f.confidence ?? 1, status, sources: f.sources };
}

function toAuditEntry(row: Record<string, unknown>): AuditEntryModel {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: String(row.id),
    at: String(row.at),
    editor: String(row.editor),
    action: String(row.action) as EditAction,
    subjectId: String(row.subjectId),
    reason: str(row.reason),
    before: str(row.before),
    after: str(row.after),
  };
}
