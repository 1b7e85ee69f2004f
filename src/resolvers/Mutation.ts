// Editing mutations: thin — the editing service validates, writes and audits (each mutation at
// most once per Idempotency-Key, src/services/editing/idempotency.ts); these load what was
// written through the request's repositories. The fact mutations come from the registry of
// editable kinds (src/services/editing/__generated__/registry.ts), two for each kind.
import type { GraphContext } from '../context';
import type { MutationResolvers } from '../graphql/__generated__/resolvers-types';
import type { Mutation as Payloads } from '../domain/__generated__/schema-types';
import type { EditResult } from '../domain/models/audit';
import { asKind } from '../domain/models/facts';
import { EDITABLE_FACTS, storedKind, type EditableType } from '../services/editing/facts';
import type { EditInput, EditMutation } from '../services/editing/editing-service';
import type { ResolversOf } from './types';

type Load = (ctx: GraphContext, r: EditResult) => Promise<unknown>;
/** The field of a mutation's payload that holds what it wrote (`person`, `spell` …). */
type PayloadField<N extends EditMutation> = N extends unknown ? Exclude<keyof Payloads[N], 'audit' | '__typename'> & string : never;

function readBack<T>(what: string, read: (ctx: GraphContext, id: string) => Promise<T | null>) {
  return async (ctx: GraphContext, r: EditResult): Promise<T> => {
    const found = await read(ctx, r.id);
    if (!found) throw new Error(`Edited ${what} ${r.id} cannot be read back`);
    return found;
  };
}

const person = readBack('entity', (ctx, id) => ctx.repos.entities.get(id, 'PERSON'));
const club = readBack('entity', (ctx, id) => ctx.repos.entities.get(id, 'CLUB'));
const source = readBack('source', (ctx, id) => ctx.repos.sources.get(id));
const fact = (typename: EditableType) =>
  readBack(storedKind(typename), async (ctx, id) => {
    const f = await ctx.repos.facts.get(id);
    return f && asKind(f, storedKind(typename));
  });

/** The resolver of an editing mutation: the edit, then `{ <field>: what it wrote, audit }`. */
function edit<N extends EditMutation>(name: N, field: PayloadField<N>, load: Load): NonNullable<MutationResolvers[N]> {
  const resolve = async (_: unknown, args: { input: EditInput<N> }, ctx: GraphContext) => {
    const r = await ctx.editing.mutate(name, args.input);
    return { [field]: await load(ctx, r), audit: r.audit };
  };
  return resolve as unknown as NonNullable<MutationResolvers[N]>;
}

type Editable = typeof EDITABLE_FACTS;
type FactMutation = { [T in EditableType]: Editable[T]['add'] | Editable[T]['correct'] }[EditableType];

const factMutations = Object.fromEntries(
  Object.values(EDITABLE_FACTS).flatMap((e) => [e.add, e.correct].map((name) => [name, edit(name, e.payload, fact(e.typename))])),
) as Pick<ResolversOf<'Mutation'>, FactMutation>;

export const Mutation: ResolversOf<'Mutation'> = {
  createPerson: edit('createPerson', 'person', person),
  correctPerson: edit('correctPerson', 'person', person),
  createClub: edit('createClub', 'club', club),
  correctClub: edit('correctClub', 'club', club),
  addSource: edit('addSource', 'source', source),
  correctSource: edit('correctSource', 'source', source),
  ...factMutations,
  retractFact: async (_, { input }, ctx) => {
    const r = await ctx.editing.mutate('retractFact', input);
    return { factId: r.id, audit: r.audit };
  },
};
