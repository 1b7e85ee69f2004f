// Something that happened to people on a day: a last match, an injury, a dismissal, a marathon …
import { z } from 'zod';
import type { EventType } from '../__generated__/schema-types';
import { matchLine, oneLine } from './lines';
import { EVENT_WORDS } from '../wording';
import { isPartialDate } from '../partial-date';
import { defineFactKind, enumOf } from './define';
import { StaffRoles } from './tenure';

const partialDate = z.string().refine(isPartialDate, { message: 'not a partial date' });

const ids = z.union([z.string(), z.array(z.string())]);

export const EventTypes = enumOf<EventType>()([
  'LAST_MATCH_AS_PLAYER', 'RETIREMENT', 'RETIREMENT_ANNOUNCED', 'INJURY', 'FIRST_DAY_ON_STAFF', 'FIRST_MATCH_ON_STAFF', 'CUP_FINAL_QUALIFICATION', 'CUP_FINAL',
  'LEAGUE_MATCH', 'DEATH', 'BURIAL', 'DISMISSAL', 'APPOINTMENT', 'MARATHON', 'INTERVIEW', 'TRIAL_TRAINING', 'MISSED_MATCH', 'DIAGNOSIS', 'PRESS_CONFERENCE',
  'OTHER',
]);

export const event = defineFactKind({
  ...{ kind: 'event', typename: 'Event', enumValue: 'EVENT', timelineKind: 'EVENT' },
  types: EventTypes,
  refs: z.object({
    person: ids,
    match: z.string().optional(),
    team: z.string().optional(),
    beneficiary: z.string().optional(),
    place: z.string().optional(),
    /** Facts the event reports or serves: the contact an interview revealed, the licence trial trainings were for. */
    fact: ids.optional(),
    /** People who cheered the person on (a marathon). */
    supporters: ids.optional(),
    /** The one club in `excludedCountry` a person's stated plans still allow. */
    exceptClub: z.string().optional(),
  }),
  details: z.object({
    minuteSubstituted: z.number().int().optional(),
    cause: z.string().optional(),
    place: z.string().optional(),
    time: z.string().optional(),
    amountRaised: z.object({ amount: z.number(), currency: z.string(), atLeast: z.boolean().optional() }).optional(),
    beneficiary: z.string().optional(),
    role: z.string().optional(),
    outlet: z.string().optional(),
    /** How it was made public or took place: `Twitter`, `online press conference`. */
    medium: z.string().optional(),
    /** When the person had planned it (a retirement planned for the end of a season). */
    plannedFor: partialDate.optional(),
    /** Years of the career it ends, as the source counts them. */
    careerYears: z.number().int().min(0).optional(),
    /** How a diagnosis was made (`ultrasound scan`) and how long it would keep the person out. */
    method: z.string().optional(),
    expectedWeeksOut: z.number().int().min(0).optional(),
    /** How money was raised (`crowdfunding`) and where the effort was logged (`Strava`). */
    fundraising: z.string().optional(),
    trackedWith: z.string().optional(),
    /** Plans stated in an interview: roles sought, roles considered abroad, from when offers are considered, a country ruled out. */
    rolesSought: z.array(StaffRoles).optional(),
    rolesAbroad: z.array(StaffRoles).optional(),
    offersFrom: partialDate.optional(),
    excludedCountry: z.string().optional(),
    note: z.string().optional(),
  }),
  summary: (f, v) => {
    const matchId = f.refs.match?.[0];
    const m = matchId ? v.match(matchId) : undefined;
    const what = EVENT_WORDS[f.type ?? 'OTHER'] ?? 'Event';
    const { place, time, note, cause, outlet, medium, method, expectedWeeksOut } = f.details;
    let base: string;
    if (f.type === 'OTHER' && note) base = oneLine(note);
    else if (f.type === 'INTERVIEW') base = `Interview with ${outlet ?? 'the press'}`;
    else if (f.type === 'MARATHON') base = `${what}${place ? ` in ${place}` : ''}${time ? ` in ${time}` : ''}`;
    else if (f.type === 'DIAGNOSIS') base = `${what}: ${cause ?? 'not stated'}${method ? ` (${method})` : ''}${expectedWeeksOut ? `, ${expectedWeeksOut} weeks out` : ''}`;
    else if ((f.type === 'INJURY' || f.type === 'MISSED_MATCH') && cause) base = `${what}: ${cause}`;
    else if ((f.type === 'PRESS_CONFERENCE' || f.type === 'RETIREMENT') && medium) base = `${what} (${medium})`;
    else base = what;
    const team = v.name('team');
    return `${base}${m ? ` (${matchLine(m, v.nameOf)})` : team && f.type !== 'OTHER' ? ` — ${team}` : ''}`;
  },
});
