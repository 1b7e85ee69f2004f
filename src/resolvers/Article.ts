// An article: its facts and the entities it backs, each list paged in the database.
import type { ResolversOf } from './types';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

export const Article: ResolversOf<'Article'> = {
  publishedNote: (s) => text(s.details.publishedNote),
  publishedResolvedBy: (s) => text(s.details.publishedResolvedBy),
  facts: (s, args, ctx) => ctx.repos.facts.citingPage(s.id, args),
  entities: async (s, args, ctx) => {
    const page = await ctx.repos.entities.citingSourcePage(s.id, args);
    return { ...page, edges: page.edges.map(({ node, cursor }) => ({ node: node.entity, cursor, citations: node.citations })) };
  },
};
