import type { NodeResolvers, FactResolvers, SourceResolvers, TeamResolvers, SourcedResolvers } from '../graphql/__generated__/resolvers-types';
import type { EntityModel } from '../models/entities';
import type { FactModel } from '../models/facts';
import type { SourceModel } from '../models/sources';
import { ENTITY_TYPENAME, KIND_TO_TYPENAME } from './shared';

type AnyNode = EntityModel | FactModel | SourceModel;

const SOURCE_TYPENAME = { ARTICLE: 'Article', DATASET: 'Dataset', EDITOR: 'Editor' } as const;

function typename(n: AnyNode) {
  if (n.id.startsWith('fact:')) return KIND_TO_TYPENAME[(n as FactModel).kind];
  if (/^(article|dataset|editor):/.test(n.id)) return SOURCE_TYPENAME[(n as SourceModel).kind];
  return ENTITY_TYPENAME[(n as EntityModel).type];
}

export const Node: NodeResolvers = { __resolveType: (n) => typename(n as AnyNode) };
export const Sourced: SourcedResolvers = { __resolveType: (n) => typename(n as AnyNode) as never };
export const Fact: FactResolvers = { __resolveType: (f) => KIND_TO_TYPENAME[f.kind] };
export const Source: SourceResolvers = { __resolveType: (s) => SOURCE_TYPENAME[s.kind] };
export const Team: TeamResolvers = { __resolveType: (t) => (t.type === 'NATIONAL_TEAM' ? 'NationalTeam' : 'Club') };
