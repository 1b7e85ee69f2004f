// A match between two teams: the league results and the articles' matches.
import { z } from 'zod';
import type { MatchType } from '../__generated__/schema-types';
import { matchLine } from './lines';
import { defineFactKind, enumOf } from './define';

const goals = z.number().int().min(0);
const text = z.string().optional();

export const match = defineFactKind({
  ...{ kind: 'match', typename: 'Match', enumValue: 'MATCH', timelineKind: 'MATCH' },
  types: enumOf<MatchType>()(['LEAGUE', 'CUP', 'PLAYOFF', 'FRIENDLY', 'INTERNATIONAL', 'WORLD_CUP']),
  refs: z.object({ home: z.string(), away: z.string(), venue: z.string().optional(), winner: z.string().optional() }),
  details: z.object({
    homeGoals: goals.optional(),
    awayGoals: goals.optional(),
    stage: text,
    competition: text,
    homeName: text,
    awayName: text,
    /** Half-time score, where the source gives it (the results data writes `?` when unknown). */
    halfTimeHomeGoals: goals.optional(),
    halfTimeAwayGoals: goals.optional(),
    /** The season of the competition, e.g. 2019/20. */
    season: text,
  }),
  summary: (f, v) => matchLine(f, v.nameOf),
});
