import type { EntityModel } from '../models/entities';
import type { FactModel } from '../models/facts';
import type { SourceModel } from '../models/sources';
import { typenameOfNode } from './shared';
import type { TypeResolverOf } from './types';

export const Node: TypeResolverOf<'Node'> = { __resolveType: (n) => typenameOfNode(n as EntityModel | FactModel | SourceModel) as never };
