import { badUserInput } from '../errors';
import { tournamentSquads } from '../services/team-seasons';
import { entitySources } from './shared';
import type { ResolversOf } from './types';

export const NationalTeam: ResolversOf<'NationalTeam'> = {
  names: (t) => t,
  sources: entitySources,
  records: (t, _, ctx) => ctx.repos.facts.about(t.id, ['caps'], 'team'),
  staffHistory: (t, page, ctx) => ctx.repos.facts.aboutPage(t.id, { kinds: ['tenure'], roles: ['team'], order: 'known' }, page),
  squads: (t, { tournament }, ctx) => {
    if (tournament && tournament.length > 100) throw badUserInput('tournament is at most 100 characters', 'tournament');
    return tournamentSquads(t, tournament, ctx.repos);
  },
};
