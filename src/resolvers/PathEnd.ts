import { ENTITY_TYPENAME } from './shared';
import type { TypeResolverOf } from './types';

export const PathEnd: TypeResolverOf<'PathEnd'> = { __resolveType: (e) => ENTITY_TYPENAME[e.type] as 'Person' | 'Club' | 'NationalTeam' };
