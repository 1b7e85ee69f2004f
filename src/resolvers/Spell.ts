import { disagreementsOfFact } from '../services/disagreements';
import { factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const Spell: ResolversOf<'Spell'> = {
  ...factFields,
  person: requiredEntityRef('person'),
  team: requiredEntityRef('team'),
  level: (f) => (f.type === 'YOUTH' ? 'YOUTH' : 'SENIOR'),
  order: (f) => f.details.order ?? null,
  startUnknown: (f) => f.details.startUnknown === true,
  endUnknown: (f) => f.details.endUnknown === true,
  disagreements: (f, _, ctx) => disagreementsOfFact(f, ctx.repos),
};
