// Connection paths, their hops and teammates: thin wrappers over ctx.services.paths. A page of
// routes is explained (facts, names, citations) in one batch when its fields are read.
import type { PathEndResolvers, PathHopResolvers, PathResolvers, PeriodResolvers, QueryResolvers, TeammateResolvers } from '../graphql/__generated__/resolvers-types';
import type { GraphContext } from '../context';
import type { RouteModel } from '../models/paths';
import { toConnection } from '../domain/paging';
import { ENTITY_TYPENAME } from './shared';

export const pathQuery: Pick<QueryResolvers, 'connections'> = {
  connections: async (_, { from, to, maxHops, relationTypes, window, ...page }, ctx) => {
    const result = await ctx.services.paths.connections({ from, to, maxHops, relationTypes, window });
    return { ...toConnection(result.routes, page), shortestLength: result.shortestLength, method: result.method };
  },
};

async function explained(route: RouteModel, ctx: GraphContext) {
  const path = await ctx.services.paths.explained(route);
  if (!path) throw new Error(`Path ${route.key} lost a fact before it was explained`);
  return path;
}

export const Path: PathResolvers = {
  length: (r) => r.hops.length,
  ends: async (r, _, ctx) => (await explained(r, ctx)).ends,
  hops: async (r, _, ctx) => (await explained(r, ctx)).hops,
  summary: async (r, _, ctx) => (await explained(r, ctx)).summary,
};

export const PathHop: PathHopResolvers = {};

export const Period: PeriodResolvers = { startUnknown: (p) => p.startUnknown === true };

export const PathEnd: PathEndResolvers = {
  __resolveType: (e) => ENTITY_TYPENAME[e.type] as 'Person' | 'Club' | 'NationalTeam',
};

export const Teammate: TeammateResolvers = {
  laterStaffRoles: (t, _, ctx) => ctx.services.teammates.laterStaffRoles(t),
  sources: (t, _, ctx) => ctx.services.teammates.sourcesOf(t),
};
