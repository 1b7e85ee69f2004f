// A search hit: the edge says how it matched; its node is loaded (batched) on demand.
import type { ResolversOf } from './types';

export const SearchEdge: ResolversOf<'SearchEdge'> = {
  node: async (edge, _, ctx) => {
    const node = await ctx.services.search.node(edge.node);
    if (!node) throw new Error(`Search hit ${edge.node.id} is no longer in the graph`);
    return node;
  },
  matched: (edge) => edge.node.matched,
  field: (edge) => edge.node.field,
  match: (edge) => edge.node.match,
  score: (edge) => edge.node.score,
};
