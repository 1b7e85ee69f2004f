import { typenameOf } from '../domain/facts';
import type { TypeResolverOf } from './types';

export const Fact: TypeResolverOf<'Fact'> = { __resolveType: (f) => typenameOf(f.kind) as never };
