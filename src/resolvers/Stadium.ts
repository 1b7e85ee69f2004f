import { ref } from '../domain/models/facts';
import { entitySources } from './shared';
import type { ResolversOf } from './types';

export const Stadium: ResolversOf<'Stadium'> = {
  sources: entitySources,
  clubs: async (s, _, ctx) => {
    const grounds = await ctx.repos.facts.about(s.id, ['home-ground'], 'stadium');
    const clubs = await ctx.repos.entities.getMany(grounds.map((g) => ref(g, 'team')!).filter(Boolean));
    return clubs.filter((c): c is NonNullable<typeof c> => c !== null);
  },
};
