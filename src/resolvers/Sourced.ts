import type { EntityModel } from '../domain/models/entities';
import type { FactModel } from '../domain/models/facts';
import { typenameOfNode } from './shared';
import type { TypeResolverOf } from './types';

export const Sourced: TypeResolverOf<'Sourced'> = { __resolveType: (n) => typenameOfNode(n as EntityModel | FactModel) as never };
