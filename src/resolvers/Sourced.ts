import type { EntityModel } from '../models/entities';
import type { FactModel } from '../models/facts';
import { typenameOfNode } from './shared';
import type { TypeResolverOf } from './types';

export const Sourced: TypeResolverOf<'Sourced'> = { __resolveType: (n) => typenameOfNode(n as EntityModel | FactModel) as never };
