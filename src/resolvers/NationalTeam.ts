import { toConnection } from '../domain/paging';
import { badUserInput } from '../errors';
import { tournamentSquads } from '../services/team-seasons';
import { entitySources } from './shared';
import type { ResolversOf } from './types';

export const NationalTeam: ResolversOf<'NationalTeam'> = {
  names: (t) => t,
  sources: entitySources,
  records: (t, _, ctx) => ctx.repos.facts.about(t.id, ['caps'], 'team'),
  staffHistory: async (t, page, ctx) => toConnection(await ctx.repos.careers.tenuresAt(t.id), page),
  squads: (t, { tournament }, ctx) => {
    if (tournament && tournament.length > 100) throw badUserInput('tournament is at most 100 characters', 'tournament');
    return tournamentSquads(t, tournament, ctx.repos);
  },
};
