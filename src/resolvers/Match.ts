import { entityRef, factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

const score = (h: number | undefined, a: number | undefined) => (h !== undefined && a !== undefined ? `${h}-${a}` : null);

export const Match: ResolversOf<'Match'> = {
  ...factFields,
  type: (f) => f.type ?? 'LEAGUE',
  home: requiredEntityRef('home'),
  away: requiredEntityRef('away'),
  homeName: (f) => f.details.homeName ?? null,
  awayName: (f) => f.details.awayName ?? null,
  homeGoals: (f) => f.details.homeGoals ?? null,
  awayGoals: (f) => f.details.awayGoals ?? null,
  score: (f) => score(f.details.homeGoals, f.details.awayGoals),
  halfTimeScore: (f) => score(f.details.halfTimeHomeGoals, f.details.halfTimeAwayGoals),
  season: (f) => f.details.season ?? null,
  winner: entityRef('winner'),
  stage: (f) => f.details.stage ?? null,
  competition: (f) => f.details.competition ?? null,
  venue: entityRef('venue'),
  date: (f) => f.start,
};
