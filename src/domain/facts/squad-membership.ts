// A person in a national team's squad at a tournament (shirt number, position).
import { z } from 'zod';
import { defineFactKind } from './define';

export const squadMembership = defineFactKind({
  ...{ kind: 'squad', typename: 'SquadMembership', enumValue: 'SQUAD_MEMBERSHIP', timelineKind: 'TOURNAMENT' },
  types: z.enum(['WORLD_CUP', 'EURO', 'OTHER']),
  refs: z.object({ person: z.string(), team: z.string() }),
  details: z.object({ tournament: z.string(), tournamentId: z.string().optional(), shirtNumber: z.number().int().optional(), position: z.string().optional() }),
  summary: (f, v) => `In the ${v.name('team')} squad at ${f.details.tournament ?? 'a tournament'}`,
  derived: 'membership',
});
