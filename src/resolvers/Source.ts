import { SOURCE_TYPENAME } from './shared';
import type { TypeResolverOf } from './types';

export const Source: TypeResolverOf<'Source'> = { __resolveType: (s) => SOURCE_TYPENAME[s.kind] };
