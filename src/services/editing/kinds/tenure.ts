// Editing a tenure: a staff or media role held for a period, at a team or for an employer.
import type { AddTenureInput, CorrectTenureInput } from '../../../domain/__generated__/schema-types';
import { given, text } from '../fields';
import { keyOf, MAX } from '../inputs';
import { defineFactEdit, PERSON, TEAM } from './define';

export const tenure = defineFactEdit<AddTenureInput, CorrectTenureInput>({
  typeField: 'role',
  roles: { person: { ...PERSON, required: true, fixed: true }, team: TEAM, under: PERSON },
  details: { endReason: given, employer: text(), note: text(MAX.text) },
  idParts: (input) => [keyOf(input.person), input.team ? keyOf(input.team) : 'none', input.role.toLowerCase().replace(/_/g, '-')],
});
