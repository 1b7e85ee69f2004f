import { entityRef, factFields } from './shared';
import type { ResolversOf } from './types';

const PARTICIPANT_ROLE: Readonly<Record<string, string>> = { parties: 'party', spouses: 'spouse' };

export const Relationship: ResolversOf<'Relationship'> = {
  ...factFields,
  type: (f) => f.type ?? 'CONTACT',
  participants: (f) =>
    Object.entries(f.refs)
      .filter(([role]) => role !== 'team')
      .flatMap(([role, ids]) => ids.map((personId) => ({ personId, role: PARTICIPANT_ROLE[role] ?? role }))),
  kinship: (f) => f.details.kinship ?? null,
  topic: (f) => f.details.topic ?? null,
  medium: (f) => f.details.medium ?? null,
  team: entityRef('team'),
  note: (f) => f.details.note ?? null,
};
