import type { ResolversOf } from './types';

export const PartialDate: ResolversOf<'PartialDate'> = {
  earliest: (d) => d.lo,
  latest: (d) => d.hi,
};
