import type { ResolversOf } from './types';

/** The fact's sources are read for the entries asked for (batched per page). */
export const CoachingTreeEntry: ResolversOf<'CoachingTreeEntry'> = {
  sources: (e, _, ctx) => ctx.repos.sources.citationsOf(e.fact.id),
};
