import type { ResolversOf } from './types';

export const Citation: ResolversOf<'Citation'> = {
  source: async (c, _, ctx) => {
    const s = await ctx.repos.sources.get(c.sourceId);
    if (!s) throw new Error(`Dangling citation of ${c.sourceId}`);
    return s;
  },
};
