// A staff or media role: a person at a team (or for an employer), perhaps under a head coach.
import { z } from 'zod';
import type { StaffRole, TenureEnd } from '../__generated__/schema-types';
import { capital, roleWord } from '../wording';
import { isPartialDate } from '../partial-date';
import { defineFactKind, enumOf } from './define';
import { membershipRelation } from './relations';

export const TenureEndReason = enumOf<TenureEnd>()(['RETIRED', 'DISMISSED', 'MUTUAL_CONSENT', 'RESIGNED', 'CONTRACT_ENDED', 'PROMOTED', 'UNKNOWN']);
export const StaffRoles = enumOf<StaffRole>()(['HEAD_COACH', 'ASSISTANT_COACH', 'VIDEO_ANALYST', 'KIT_MANAGER', 'YOUTH_COACH', 'TV_ANALYST', 'MANAGER']);
const count = z.number().int().min(0);
const partialDate = z.string().refine(isPartialDate, { message: 'not a partial date' });

export const tenure = defineFactKind({
  ...{ kind: 'tenure', typename: 'Tenure', enumValue: 'TENURE', timelineKind: 'STAFF_ROLE' },
  types: StaffRoles,
  refs: z.object({ person: z.string(), team: z.string().optional(), under: z.string().optional() }),
  details: z.object({
    endReason: TenureEndReason.optional(),
    /** How each source says the tenure ended, where they say it differently (the first is `endReason`). */
    endReasons: z.array(z.object({ reason: TenureEndReason, statedBy: z.string() })).optional(),
    record: z
      .object({
        matches: count,
        wins: count,
        draws: count,
        losses: count,
        asOf: z.string().optional(),
        /** The source (an article id) that states the record: its publication bounds what it can have counted. */
        statedBy: z.string().optional(),
        /** What the source counts, where it says: a league or all competitions. */
        scope: z.enum(['LEAGUE', 'ALL_COMPETITIONS', 'UNSTATED']).optional(),
        /** Points as the source states them (`3 of 6`), where it gives points rather than results. */
        statedPoints: count.optional(),
        statedMaxPoints: count.optional(),
      })
      .optional(),
    focus: z.array(z.string()).optional(),
    /** A source states this was the person's first job in this role. */
    firstInRole: z.literal(true).optional(),
    /** A day or month a source places the person in the role, for a tenure whose start and end are not stated. */
    attestedOn: partialDate.optional(),
    /** It ended (a source says so) at a time no source gives. */
    endUnknown: z.literal(true).optional(),
    employer: z.string().optional(),
    note: z.string().optional(),
  }),
  summary: (f, v) => {
    const team = v.name('team');
    const under = v.name('under');
    const employer = f.details.employer;
    return `${capital(roleWord(f.type))}${team ? ` at ${team}` : ''}${under ? ` under ${under}` : ''}${employer ? ` for ${employer}` : ''}`;
  },
  derived: 'membership',
  relation: (_type, from, to) => membershipRelation(true, from, to),
});
