// Article, Dataset, Editor and Citation.
import type { ArticleResolvers, CitationResolvers, DatasetResolvers, EditorResolvers } from '../graphql/__generated__/resolvers-types';
import { toConnection } from '../domain/paging';

const note = (key: string) => (s: { details: Record<string, unknown> }) => (typeof s.details[key] === 'string' ? (s.details[key] as string) : null);

export const Article: ArticleResolvers = {
  publishedNote: note('publishedNote'),
  publishedResolvedBy: note('publishedResolvedBy'),
  facts: async (s, args, ctx) => toConnection(await ctx.repos.facts.citingSource(s.id), args),
  entities: async (s, args, ctx) => {
    const page = toConnection(await ctx.repos.entities.citingSource(s.id), args);
    return { ...page, edges: page.edges.map(({ node, cursor }) => ({ node: node.entity, cursor, citations: node.citations })) };
  },
};

export const Dataset: DatasetResolvers = {};

export const Editor: EditorResolvers = { note: note('note') };

export const Citation: CitationResolvers = {
  source: async (c, _, ctx) => {
    const s = await ctx.repos.sources.get(c.sourceId);
    if (!s) throw new Error(`Dangling citation of ${c.sourceId}`);
    return s;
  },
};
