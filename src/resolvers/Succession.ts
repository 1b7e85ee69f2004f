import { factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const Succession: ResolversOf<'Succession'> = {
  ...factFields,
  predecessor: requiredEntityRef('predecessor'),
  successor: requiredEntityRef('successor'),
  team: requiredEntityRef('team'),
  role: (f) => f.type ?? 'HEAD_COACH',
  date: (f) => f.start,
};
