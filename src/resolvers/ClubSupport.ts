import { factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const ClubSupport: ResolversOf<'ClubSupport'> = {
  ...factFields,
  person: requiredEntityRef('person'),
  club: requiredEntityRef('club'),
  since: (f) => f.start,
};
