// Editing a playing spell: a person at a team, senior or youth.
import type { AddSpellInput, CorrectSpellInput } from '../../../domain/__generated__/schema-types';
import { int, text } from '../fields';
import { keyOf, MAX } from '../inputs';
import { defineFactEdit, PERSON, TEAM } from './define';

export const spell = defineFactEdit<AddSpellInput, CorrectSpellInput>({
  typeField: 'level',
  roles: { person: { ...PERSON, required: true, fixed: true }, team: { ...TEAM, required: true } },
  details: { order: int(1, MAX.order), note: text(MAX.text) },
  idParts: (input) => [keyOf(input.person), keyOf(input.team), ...(input.level === 'YOUTH' ? ['youth'] : [])],
});
