import { toConnection } from '../domain/paging';
import type { ResolversOf } from './types';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

export const Article: ResolversOf<'Article'> = {
  publishedNote: (s) => text(s.details.publishedNote),
  publishedResolvedBy: (s) => text(s.details.publishedResolvedBy),
  facts: async (s, args, ctx) => toConnection(await ctx.repos.facts.citingSource(s.id), args),
  entities: async (s, args, ctx) => {
    const page = toConnection(await ctx.repos.entities.citingSource(s.id), args);
    return { ...page, edges: page.edges.map(({ node, cursor }) => ({ node: node.entity, cursor, citations: node.citations })) };
  },
};
