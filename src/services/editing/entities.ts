// People and clubs: created from an input (the id made from the name unless given) and corrected
// field by field; a create and a correction of one type read the same table of fields.
import type { CorrectClubInput, CorrectPersonInput, CreateClubInput, CreatePersonInput, EditAction } from '../../domain/__generated__/schema-types';
import type { EntitySeed } from '../../domain/types';
import type { WriteStep } from '../../graph/engine';
import type { EditResult } from '../../domain/models/audit';
import { applyFields, as, countries, country, date, list, name, text, type FieldRules } from './fields';
import { idFromName, InputChecker, MAX, storedId } from './inputs';
import { entitySeedOf } from './records';
import type { EditSession } from './session';

/** The audit actions of creating and correcting each editable entity type. */
const ACTIONS: Readonly<Record<'PERSON' | 'CLUB', { create: EditAction; correct: EditAction }>> = {
  PERSON: { create: 'CREATE_PERSON', correct: 'CORRECT_PERSON' },
  CLUB: { create: 'CREATE_CLUB', correct: 'CORRECT_CLUB' },
};

/** An editable type of entity: its id prefix and its fields. */
export interface EntityEdit<Create, Correct> {
  type: 'PERSON' | 'CLUB';
  prefix: 'person' | 'club';
  /** The correcting mutation, named when a create finds the id taken. */
  correct: 'correctPerson' | 'correctClub';
  fields: FieldRules<Create & Correct>;
}

export const PERSON: EntityEdit<CreatePersonInput, CorrectPersonInput> = {
  ...{ type: 'PERSON', prefix: 'person', correct: 'correctPerson' },
  fields: { name, fullName: text(), shortName: text(), aliases: list, nicknames: list, birthDate: as('birth', date), nationalities: countries, positions: list },
};

export const CLUB: EntityEdit<CreateClubInput, CorrectClubInput> = {
  ...{ type: 'CLUB', prefix: 'club', correct: 'correctClub' },
  fields: { name, shortName: text(), nameNl: text(), nameFr: text(), nameEn: text(), nicknames: list, aliases: list, city: text(), country },
};

export async function createEntity<I extends CreatePersonInput | CreateClubInput>(s: EditSession, kind: EntityEdit<I, object>, input: I): Promise<EditResult> {
  const editor = s.requireEditor();
  const c: InputChecker = new InputChecker();
  const fields = applyFields<I, Omit<EntitySeed, 'id' | 'type' | 'sources'>>(c, kind.fields, input, {});
  const shape = storedId('entity', kind.prefix);
  const example = `${kind.prefix}:first-last (lower case, digits and hyphens)`;
  const id = input.id ? c.id('id', input.id, shape, example) : idFromName(kind.prefix, fields.name);
  if (!id || !shape(id)) c.fail('name', `cannot make an id from this name; pass input.id (${example})`);
  const sources = c.citations('sources', input.sources);
  const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
  return s.desk.exclusive(async () => {
    if ((await s.entities([id])).size > 0) c.fail(input.id ? 'id' : 'name', `${id} already exists; correct it with ${kind.correct} or pass another input.id`);
    const known = await s.checkSources(c, 'sources', sources);
    const seed: EntitySeed = { type: kind.type, ...fields, id, sources };
    const parsed = s.validate({ sources: [], entities: [seed], facts: [] }, known);
    return s.commit(editor, { action: ACTIONS[kind.type].create, subjectId: id, reason, before: null, after: seed }, parsed, () => []);
  });
}

export async function correctEntity<I extends CorrectPersonInput | CorrectClubInput>(s: EditSession, kind: EntityEdit<object, I>, input: I): Promise<EditResult> {
  const editor = s.requireEditor();
  const c: InputChecker = new InputChecker();
  const id = c.id('id', input.id, storedId('entity', kind.prefix), `${kind.prefix}:…`);
  const newSources = input.sources === undefined || input.sources === null ? undefined : c.citations('sources', input.sources);
  const reason = c.optional('reason', input.reason, MAX.reason) ?? null;
  return s.desk.exclusive(async () => {
    const entity = (await s.entities([id])).get(id);
    if (!entity || entity.type !== kind.type) c.fail('id', `no ${kind.prefix} with id ${id}`);
    const current = entitySeedOf(entity, await s.citations('entity', id));
    const next: EntitySeed = { ...applyFields(c, kind.fields, input, current), id, type: kind.type, sources: newSources ?? current.sources };
    const known = await s.checkSources(c, 'sources', next.sources);
    const parsed = s.validate({ sources: [], entities: [next], facts: [] }, known);
    const uncite = (): WriteStep[] => [{ op: 'entities/uncite', params: { ids: [id] } }];
    return s.commit(editor, { action: ACTIONS[kind.type].correct, subjectId: id, reason, before: current, after: next }, parsed, uncite);
  });
}
