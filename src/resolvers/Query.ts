// Root queries: nodes by id, search, connections, the audit trail and disagreements. Thin: ids are
// checked here, the rest is repositories and services.
import { isWellFormedId, prefixOf, type IdPrefix } from '../domain/ids';
import { pageSize, toConnection } from '../domain/paging';
import { badUserInput } from '../errors';
import type { GraphContext } from '../context';
import { disagreementPage } from '../services/disagreements';
import type { ResolversOf } from './types';

function checkId(id: string, prefix?: IdPrefix): void {
  if (!isWellFormedId(id, prefix ? [prefix] : undefined)) {
    throw badUserInput(`Malformed id "${id.slice(0, 80)}": expected ${prefix ? `${prefix}:…` : 'a global id such as person:steven-defour'}`, 'id');
  }
}

/** Loads any node by its global id; the prefix says where to look. */
export async function loadNode(id: string, ctx: GraphContext) {
  checkId(id);
  const prefix = prefixOf(id);
  if (prefix === 'fact') return ctx.repos.facts.get(id);
  if (prefix === 'article' || prefix === 'dataset' || prefix === 'editor') return ctx.repos.sources.get(id);
  return ctx.repos.entities.get(id);
}

const auditCursor = (offset: number) => Buffer.from(`a:${offset}`, 'utf8').toString('base64url');

function auditOffset(cursor: string): number {
  const m = Buffer.from(cursor, 'base64url').toString('utf8').match(/^a:(\d{1,9})$/);
  if (!m) throw badUserInput('Invalid cursor: pass an endCursor from a previous page of the audit trail', 'after');
  return Number(m[1]);
}

export const Query: ResolversOf<'Query'> = {
  node: (_, { id }, ctx) => loadNode(id, ctx),
  nodes: (_, { ids }, ctx) => {
    if (ids.length > 100) throw badUserInput('At most 100 ids per call', 'ids');
    return Promise.all(ids.map((id) => loadNode(id, ctx)));
  },
  person: (_, { id }, ctx) => (checkId(id, 'person'), ctx.repos.entities.get(id, 'PERSON')),
  club: (_, { id }, ctx) => (checkId(id, 'club'), ctx.repos.entities.get(id, 'CLUB')),
  nationalTeam: (_, { id }, ctx) => (checkId(id, 'nt'), ctx.repos.entities.get(id, 'NATIONAL_TEAM')),
  stadium: (_, { id }, ctx) => (checkId(id, 'stadium'), ctx.repos.entities.get(id, 'STADIUM')),
  source: (_, { id }, ctx) => (checkId(id), ctx.repos.sources.get(id)),
  sources: (_, __, ctx) => ctx.repos.sources.all(),
  fact: (_, { id }, ctx) => (checkId(id, 'fact'), ctx.repos.facts.get(id)),
  search: async (_, { query, types, ...page }, ctx) => toConnection(await ctx.services.search.search(query, types), page),
  connections: async (_, { from, to, maxHops, relationTypes, window, ...page }, ctx) => {
    const result = await ctx.services.paths.connections({ from, to, maxHops, relationTypes, window });
    return { ...toConnection(result.routes, page), shortestLength: result.shortestLength, method: result.method };
  },
  disagreements: (_, args, ctx) => disagreementPage(ctx.repos, args),
  auditTrail: async (_, { subject, editor, first, after }, ctx) => {
    const size = pageSize(first);
    const offset = after ? auditOffset(after) + 1 : 0;
    const page = await ctx.editing.auditTrail({ subject, editor, first: size, offset });
    const edges = page.entries.map((node, i) => ({ node, cursor: auditCursor(offset + i) }));
    return {
      edges,
      pageInfo: { hasNextPage: offset + edges.length < page.total, hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
      totalCount: page.total,
    };
  },
};
