import type { TypeResolverOf } from './types';

export const Team: TypeResolverOf<'Team'> = { __resolveType: (t) => (t.type === 'NATIONAL_TEAM' ? 'NationalTeam' : 'Club') };
