import { factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const NationalTeamRecord: ResolversOf<'NationalTeamRecord'> = {
  ...factFields,
  person: requiredEntityRef('person'),
  team: requiredEntityRef('team'),
  caps: (f) => f.details.caps ?? 0,
  goals: (f) => f.details.goals ?? null,
  asOf: (f) => f.start,
};
