import type { PartialDateResolvers } from '../graphql/__generated__/resolvers-types';

export const PartialDate: PartialDateResolvers = {
  earliest: (d) => d.lo,
  latest: (d) => d.hi,
};
