// Something that happened to people on a day: a last match, an injury, a dismissal, a marathon …
import { z } from 'zod';
import type { EventType } from '../../graphql/__generated__/schema-types';
import { matchLine, oneLine } from '../../presentation/fact-lines';
import { EVENT_WORDS } from '../../presentation/wording';
import { defineFactKind, enumOf } from './define';

const ids = z.union([z.string(), z.array(z.string())]);

export const EventTypes = enumOf<EventType>()([
  'LAST_MATCH_AS_PLAYER', 'RETIREMENT', 'RETIREMENT_ANNOUNCED', 'INJURY', 'FIRST_DAY_ON_STAFF', 'FIRST_MATCH_ON_STAFF', 'CUP_FINAL_QUALIFICATION', 'CUP_FINAL',
  'LEAGUE_MATCH', 'DEATH', 'BURIAL', 'DISMISSAL', 'APPOINTMENT', 'MARATHON', 'INTERVIEW', 'TRIAL_TRAINING', 'OTHER',
]);

export const event = defineFactKind({
  ...{ kind: 'event', typename: 'Event', enumValue: 'EVENT', timelineKind: 'EVENT' },
  types: EventTypes,
  refs: z.object({ person: ids, match: z.string().optional(), team: z.string().optional(), beneficiary: z.string().optional(), place: z.string().optional() }),
  details: z.object({
    minuteSubstituted: z.number().int().optional(),
    cause: z.string().optional(),
    place: z.string().optional(),
    time: z.string().optional(),
    amountRaised: z.object({ amount: z.number(), currency: z.string(), atLeast: z.boolean().optional() }).optional(),
    beneficiary: z.string().optional(),
    role: z.string().optional(),
    outlet: z.string().optional(),
    note: z.string().optional(),
  }),
  summary: (f, v) => {
    const matchId = f.refs.match?.[0];
    const m = matchId ? v.match(matchId) : undefined;
    const what = EVENT_WORDS[f.type ?? 'OTHER'] ?? 'Event';
    const { place, time, note, cause, outlet } = f.details;
    let base: string;
    if (f.type === 'OTHER' && note) base = oneLine(note);
    else if (f.type === 'INTERVIEW') base = `Interview with ${outlet ?? 'the press'}`;
    else if (f.type === 'MARATHON') base = `${what}${place ? ` in ${place}` : ''}${time ? ` in ${time}` : ''}`;
    else if (f.type === 'INJURY' && cause) base = `${what}: ${cause}`;
    else base = what;
    const team = v.name('team');
    return `${base}${m ? ` (${matchLine(m, v.nameOf)})` : team && f.type !== 'OTHER' ? ` — ${team}` : ''}`;
  },
});
