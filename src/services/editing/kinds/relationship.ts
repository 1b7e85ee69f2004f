// Editing a relationship between people: its participants, each with their part, by type.
import type { AddRelationshipInput, CorrectRelationshipInput, ParticipantInput, RelationRole, RelationType } from '../../../domain/__generated__/schema-types';
import { text } from '../fields';
import { InputChecker, keyOf, MAX, storedId } from '../inputs';
import type { Refs } from '../records';
import { defineFactEdit, TEAM } from './define';

/** The reference role each part fills. */
const ROLE_REF: Record<RelationRole, string> = { MENTOR: 'mentor', MENTEE: 'mentee', PARTY: 'parties', RELATIVE: 'relative', PERSON: 'person', SPOUSE: 'spouses' };
/** Roles that hold several people. */
const MANY = new Set(['parties', 'spouses']);

/** The participants each relationship type takes: part → [min, max]. */
const SHAPE: Record<RelationType, Partial<Record<RelationRole, [number, number]>>> = {
  MENTORSHIP: { MENTOR: [1, 1], MENTEE: [1, 1] },
  CONTACT: { PARTY: [2, MAX.participants] },
  WORKED_WITH: { PARTY: [2, MAX.participants] },
  FAMILY: { RELATIVE: [1, 1], PERSON: [1, 1] },
  MARRIAGE: { SPOUSE: [2, 2] },
};

const PERSON_ID = storedId('entity', 'person');

function participantRefs(c: InputChecker, type: string, participants: readonly ParticipantInput[]): Refs {
  const shape = SHAPE[type as RelationType];
  if (!shape) c.fail('type', `unknown relationship type ${type}`);
  if (participants.length > MAX.participants) c.fail('participants', `at most ${MAX.participants} participants`);
  const byRole = new Map<RelationRole, string[]>();
  const seen = new Set<string>();
  participants.forEach((p, i) => {
    const id = c.id(`participants[${i}].person`, p.person, PERSON_ID, 'person:…');
    if (seen.has(id)) c.fail(`participants[${i}].person`, `${id} is listed twice`);
    seen.add(id);
    if (!shape[p.role]) c.fail(`participants[${i}].role`, `a ${type} relationship has no ${p.role} (it takes ${Object.keys(shape).join(' and ')})`);
    byRole.set(p.role, [...(byRole.get(p.role) ?? []), id]);
  });
  const refs: Refs = {};
  for (const [role, [min, max]] of Object.entries(shape) as [RelationRole, [number, number]][]) {
    const ids = byRole.get(role) ?? [];
    if (ids.length < min || ids.length > max) {
      c.fail('participants', `a ${type} relationship takes ${min === max ? min : `${min} to ${max}`} ${role} (got ${ids.length})`);
    }
    const key = ROLE_REF[role];
    refs[key] = MANY.has(key) ? ids : ids[0]!;
  }
  return refs;
}

export const relationship = defineFactEdit<AddRelationshipInput, CorrectRelationshipInput>({
  typeField: 'type',
  roles: { team: TEAM },
  participants: { roles: Object.values(ROLE_REF), refs: participantRefs },
  details: { kinship: text(), topic: text(MAX.text), medium: text(), note: text(MAX.text) },
  idParts: (input) => [input.type.toLowerCase().replace(/_/g, '-'), ...[...new Set(input.participants.map((p) => keyOf(p.person)))].slice(0, 2)],
});
