import type { EntityModel } from '../domain/models/entities';
import type { SourceModel } from '../domain/models/sources';
import { ENTITY_TYPENAME } from './shared';
import type { TypeResolverOf } from './types';

export const SearchResult: TypeResolverOf<'SearchResult'> = {
  __resolveType: (n) => ('kind' in n && (n as SourceModel).kind === 'ARTICLE' ? 'Article' : ENTITY_TYPENAME[(n as EntityModel).type]),
};
