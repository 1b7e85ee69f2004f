// A person's caps (and goals) for a national team, as of a date.
import { z } from 'zod';
import { defineFactKind } from './define';

export const nationalTeamRecord = defineFactKind({
  ...{ kind: 'caps', typename: 'NationalTeamRecord', enumValue: 'NATIONAL_TEAM_RECORD', timelineKind: 'NATIONAL_TEAM' },
  types: z.enum(['SENIOR']).optional(),
  refs: z.object({ person: z.string(), team: z.string() }),
  details: z.object({ caps: z.number().int().min(0), goals: z.number().int().min(0).optional() }),
  summary: (f, v) => {
    const goals = f.details.goals;
    return `${f.details.caps ?? 0} caps${goals !== undefined ? ` and ${goals} goals` : ''} for ${v.name('team')}${f.start ? ` (as of ${f.start.text})` : ''}`;
  },
});
