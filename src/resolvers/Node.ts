import type { EntityModel } from '../domain/models/entities';
import type { FactModel } from '../domain/models/facts';
import type { SourceModel } from '../domain/models/sources';
import { typenameOfNode } from './shared';
import type { TypeResolverOf } from './types';

export const Node: TypeResolverOf<'Node'> = { __resolveType: (n) => typenameOfNode(n as EntityModel | FactModel | SourceModel) as never };
