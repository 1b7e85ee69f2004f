// A connection path: explained (facts, names, citations) in one batch when its fields are read.
import type { GraphContext } from '../context';
import type { RouteModel } from '../domain/models/paths';
import type { ResolversOf } from './types';

async function explained(route: RouteModel, ctx: GraphContext) {
  const path = await ctx.services.paths.explained(route);
  if (!path) throw new Error(`Path ${route.key} lost a fact before it was explained`);
  return path;
}

export const Path: ResolversOf<'Path'> = {
  length: (r) => r.hops.length,
  ends: async (r, _, ctx) => (await explained(r, ctx)).ends,
  hops: async (r, _, ctx) => (await explained(r, ctx)).hops,
  summary: async (r, _, ctx) => (await explained(r, ctx)).summary,
};
