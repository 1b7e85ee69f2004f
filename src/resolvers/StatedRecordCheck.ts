import { isKind } from '../domain/models/facts';
import type { ResolversOf } from './types';

export const StatedRecordCheck: ResolversOf<'StatedRecordCheck'> = {
  statedBy: (s, _, ctx) => (s.statedBy ? ctx.repos.sources.get(s.statedBy) : null),
  firstMatch: async (s, _, ctx) => {
    const m = s.firstMatchId ? await ctx.repos.facts.get(s.firstMatchId) : null;
    return m && isKind(m, 'match') ? m : null;
  },
};
