import { factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const Honour: ResolversOf<'Honour'> = {
  ...factFields,
  person: requiredEntityRef('person'),
  team: requiredEntityRef('team'),
  type: (f) => f.type ?? 'OTHER',
  title: (f) => f.details.title ?? String(f.type),
  country: (f) => f.details.country ?? null,
  date: (f) => f.start,
};
