// Editing mutations: thin — the editing service validates, writes and audits; these load what
// was written through the request's repositories. Each runs at most once per Idempotency-Key
// (src/services/editing/idempotency.ts).
import type { GraphContext } from '../context';
import type { EditResult } from '../models/audit';
import type { ResolversOf } from './types';
import type { FactKindName } from '../domain/facts';
import { asKind } from '../models/facts';

async function fact<K extends FactKindName>(ctx: GraphContext, r: EditResult, kind: K) {
  const f = await ctx.repos.facts.get(r.id);
  if (!f) throw new Error(`Edited ${kind} ${r.id} cannot be read back`);
  return asKind(f, kind);
}

async function entity(ctx: GraphContext, r: EditResult, type: 'PERSON' | 'CLUB') {
  const e = await ctx.repos.entities.get(r.id, type);
  if (!e) throw new Error(`Edited entity ${r.id} cannot be read back`);
  return e;
}

async function source(ctx: GraphContext, r: EditResult) {
  const s = await ctx.repos.sources.get(r.id);
  if (!s) throw new Error(`Edited source ${r.id} cannot be read back`);
  return s;
}

export const Mutation: ResolversOf<'Mutation'> = {
  createPerson: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('createPerson', input, () => ctx.editing.createPerson(input));
    return { person: await entity(ctx, r, 'PERSON'), audit: r.audit };
  },
  correctPerson: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('correctPerson', input, () => ctx.editing.correctPerson(input));
    return { person: await entity(ctx, r, 'PERSON'), audit: r.audit };
  },
  createClub: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('createClub', input, () => ctx.editing.createClub(input));
    return { club: await entity(ctx, r, 'CLUB'), audit: r.audit };
  },
  correctClub: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('correctClub', input, () => ctx.editing.correctClub(input));
    return { club: await entity(ctx, r, 'CLUB'), audit: r.audit };
  },
  addSource: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('addSource', input, () => ctx.editing.addSource(input));
    return { source: await source(ctx, r), audit: r.audit };
  },
  correctSource: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('correctSource', input, () => ctx.editing.correctSource(input));
    return { source: await source(ctx, r), audit: r.audit };
  },
  addSpell: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('addSpell', input, () => ctx.editing.addSpell(input));
    return { spell: await fact(ctx, r, 'spell'), audit: r.audit };
  },
  correctSpell: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('correctSpell', input, () => ctx.editing.correctSpell(input));
    return { spell: await fact(ctx, r, 'spell'), audit: r.audit };
  },
  addTenure: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('addTenure', input, () => ctx.editing.addTenure(input));
    return { tenure: await fact(ctx, r, 'tenure'), audit: r.audit };
  },
  correctTenure: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('correctTenure', input, () => ctx.editing.correctTenure(input));
    return { tenure: await fact(ctx, r, 'tenure'), audit: r.audit };
  },
  addRelationship: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('addRelationship', input, () => ctx.editing.addRelationship(input));
    return { relationship: await fact(ctx, r, 'relation'), audit: r.audit };
  },
  correctRelationship: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('correctRelationship', input, () => ctx.editing.correctRelationship(input));
    return { relationship: await fact(ctx, r, 'relation'), audit: r.audit };
  },
  retractFact: async (_, { input }, ctx) => {
    const r = await ctx.editing.once('retractFact', input, () => ctx.editing.retractFact(input));
    return { factId: r.id, audit: r.audit };
  },
};
