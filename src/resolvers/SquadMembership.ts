import { factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const SquadMembership: ResolversOf<'SquadMembership'> = {
  ...factFields,
  person: requiredEntityRef('person'),
  team: requiredEntityRef('team'),
  tournament: (f) => f.details.tournament ?? '',
  shirtNumber: (f) => f.details.shirtNumber ?? null,
  position: (f) => f.details.position ?? null,
  date: (f) => f.start,
};
