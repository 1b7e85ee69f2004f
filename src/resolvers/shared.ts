// Field resolvers every fact type and every entity type shares, and the typename of any node.
import type { GraphContext } from '../context';
import { enumValueOf, typenameOf } from '../domain/facts';
import { isFactId, isSourceId } from '../domain/ids';
import type { EntityModel } from '../domain/models/entities';
import type { FactModel } from '../domain/models/facts';
import { ref } from '../domain/models/facts';
import type { SourceModel } from '../domain/models/sources';

export const ENTITY_TYPENAME = { PERSON: 'Person', CLUB: 'Club', NATIONAL_TEAM: 'NationalTeam', STADIUM: 'Stadium' } as const;
export const SOURCE_TYPENAME = { ARTICLE: 'Article', DATASET: 'Dataset', EDITOR: 'Editor' } as const;

/** The GraphQL type of any node: entity, fact or source. */
export function typenameOfNode(n: EntityModel | FactModel | SourceModel): string {
  if (isFactId(n.id)) return typenameOf((n as FactModel).kind);
  if (isSourceId(n.id)) return SOURCE_TYPENAME[(n as SourceModel).kind];
  return ENTITY_TYPENAME[(n as EntityModel).type];
}

/** `kind` and `sources` of every fact type (the rest of `Fact` the model answers itself). */
export const factFields = {
  kind: (f: FactModel) => enumValueOf(f.kind),
  sources: (f: FactModel, _: unknown, ctx: GraphContext) => ctx.repos.sources.citationsOf(f.id),
};

export const entitySources = (e: EntityModel, _: unknown, ctx: GraphContext) => ctx.repos.sources.citationsOf(e.id);

/** Resolves the entity a fact refers to in `role` (null when the role is empty). */
export const entityRef = (role: string) => (f: FactModel, _: unknown, ctx: GraphContext) => {
  const id = ref(f, role);
  return id ? ctx.repos.entities.require(id) : null;
};

/** The same, for roles the schema declares non-null. */
export const requiredEntityRef = (role: string) => async (f: FactModel, _: unknown, ctx: GraphContext) => {
  const id = ref(f, role);
  if (!id) throw new Error(`Fact ${f.id} has no ${role}`);
  return ctx.repos.entities.require(id);
};
