// A stated handover of a role at a team: who succeeded whom.
import { z } from 'zod';
import { roleWord } from '../wording';
import { defineFactKind } from './define';
import { StaffRoles } from './tenure';

export const succession = defineFactKind({
  ...{ kind: 'succession', typename: 'Succession', enumValue: 'SUCCESSION', timelineKind: 'SUCCESSION' },
  types: StaffRoles,
  refs: z.object({ predecessor: z.string(), successor: z.string(), team: z.string() }),
  details: z.object({ note: z.string().optional() }),
  summary: (f, v) =>
    f.refs.successor?.[0] === v.personId
      ? `Succeeded ${v.name('predecessor')} as ${roleWord(f.type)} of ${v.name('team')}`
      : `Succeeded as ${roleWord(f.type)} of ${v.name('team')} by ${v.name('successor')}`,
  derived: 'connector',
  relation: (_type, from) => (from === 'successor' ? 'SUCCEEDED' : from === 'predecessor' ? 'SUCCEEDED_BY' : null),
});
