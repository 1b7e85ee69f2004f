// The audit trail (editors only), paged in the database newest first.
import type { QueryResolvers } from '../graphql/__generated__/resolvers-types';
import { badUserInput } from '../errors';
import { pageSize } from '../domain/paging';

const encode = (offset: number) => Buffer.from(`a:${offset}`, 'utf8').toString('base64url');

function decode(cursor: string): number {
  const m = Buffer.from(cursor, 'base64url').toString('utf8').match(/^a:(\d{1,9})$/);
  if (!m) throw badUserInput('Invalid cursor: pass an endCursor from a previous page of the audit trail', 'after');
  return Number(m[1]);
}

export const auditQuery: Pick<QueryResolvers, 'auditTrail'> = {
  auditTrail: async (_, { subject, editor, first, after }, ctx) => {
    const size = pageSize(first);
    const offset = after ? decode(after) + 1 : 0;
    const page = await ctx.editing.auditTrail({ subject, editor, first: size, offset });
    const edges = page.entries.map((node, i) => ({ node, cursor: encode(offset + i) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: offset + edges.length < page.total,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: page.total,
    };
  },
};
