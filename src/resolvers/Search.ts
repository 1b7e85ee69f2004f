// Search hits: the edge carries how the hit matched; its node is loaded (batched) on demand.
import type { QueryResolvers, SearchEdgeResolvers, SearchResultResolvers } from '../graphql/__generated__/resolvers-types';
import type { EntityModel } from '../models/entities';
import type { SourceModel } from '../models/sources';
import { toConnection } from '../domain/paging';
import { ENTITY_TYPENAME } from './shared';

export const searchQuery: Pick<QueryResolvers, 'search'> = {
  search: async (_, { query, types, ...page }, ctx) => toConnection(await ctx.services.search.search(query, types), page),
};

export const SearchEdge: SearchEdgeResolvers = {
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

export const SearchResult: SearchResultResolvers = {
  __resolveType: (n) => ('kind' in n && (n as SourceModel).kind === 'ARTICLE' ? 'Article' : ENTITY_TYPENAME[(n as EntityModel).type]),
};
