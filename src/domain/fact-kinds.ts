// The contract of each fact kind: which reference roles it takes and which details it carries.
// Curated seeds, importers and editing are validated against it; repositories parse with it.
import { z } from 'zod';
import { EventType, RelationType, StaffRole } from './types';

const id = z.string();
const ids = z.union([z.string(), z.array(z.string())]);
const int = z.number().int();

const TenureEnd = z.enum(['RETIRED', 'DISMISSED', 'MUTUAL_CONSENT', 'RESIGNED', 'CONTRACT_ENDED', 'PROMOTED', 'UNKNOWN']);

const ScoreDetails = z.object({ homeGoals: int.min(0), awayGoals: int.min(0) }).partial();

export const FACT_KINDS = {
  spell: {
    types: z.enum(['SENIOR', 'YOUTH']),
    refs: z.object({ person: id, team: id }),
    details: z.object({
      order: int.optional(),
      note: z.string().optional(),
      /** No source gives the start: he was there by the start's season, perhaps earlier. */
      startUnknown: z.literal(true).optional(),
      /** He left (his next move starts elsewhere), at a time no source gives. */
      endUnknown: z.literal(true).optional(),
    }),
  },
  transfer: {
    types: z.enum(['PERMANENT', 'LOAN', 'END_OF_LOAN', 'RETIREMENT', 'FREE_AGENT', 'UNKNOWN']),
    refs: z.object({ person: id, from: id.optional(), to: id.optional() }),
    details: z.object({
      fee: z.number().nonnegative().optional(),
      feeText: z.string().optional(),
      marketValue: z.number().nonnegative().optional(),
      window: z.enum(['summer', 'winter']).optional(),
      loanStatus: z.string().optional(),
      /** Free text labels such as 'controversial' (the press called it so). */
      labels: z.array(z.string()).optional(),
      fromName: z.string().optional(),
      toName: z.string().optional(),
    }),
  },
  tenure: {
    types: StaffRole,
    refs: z.object({ person: id, team: id.optional(), under: id.optional() }),
    details: z.object({
      endReason: TenureEnd.optional(),
      /** How each source says the tenure ended, where they say it differently (the first is `endReason`). */
      endReasons: z.array(z.object({ reason: TenureEnd, statedBy: z.string() })).optional(),
      record: z
        .object({
          matches: int.min(0),
          wins: int.min(0),
          draws: int.min(0),
          losses: int.min(0),
          asOf: z.string().optional(),
          /** The source (an article id) that states the record: its publication bounds what it can have counted. */
          statedBy: z.string().optional(),
          /** What the source counts, where it says: a league or all competitions. */
          scope: z.enum(['LEAGUE', 'ALL_COMPETITIONS', 'UNSTATED']).optional(),
        })
        .optional(),
      focus: z.array(z.string()).optional(),
      employer: z.string().optional(),
      note: z.string().optional(),
    }),
  },
  succession: {
    types: StaffRole,
    refs: z.object({ predecessor: id, successor: id, team: id }),
    details: z.object({ note: z.string().optional() }),
  },
  relation: {
    types: RelationType,
    // MENTORSHIP: mentor, mentee; CONTACT / WORKED_WITH: parties; FAMILY: relative, person (+ kinship);
    // MARRIAGE: spouses.
    refs: z.object({ mentor: id.optional(), mentee: id.optional(), parties: ids.optional(), relative: id.optional(), person: id.optional(), spouses: ids.optional(), team: id.optional() }),
    details: z.object({
      kinship: z.string().optional(),
      topic: z.string().optional(),
      medium: z.string().optional(),
      note: z.string().optional(),
    }),
  },
  honour: {
    types: z.enum(['LEAGUE_TITLE', 'CUP', 'SUPERCUP', 'OTHER']),
    refs: z.object({ person: id, team: id }),
    details: z.object({ title: z.string(), country: z.string().optional() }),
  },
  caps: {
    types: z.enum(['SENIOR']).optional(),
    refs: z.object({ person: id, team: id }),
    details: z.object({ caps: int.min(0), goals: int.min(0).optional() }),
  },
  match: {
    types: z.enum(['LEAGUE', 'CUP', 'PLAYOFF', 'FRIENDLY', 'INTERNATIONAL', 'WORLD_CUP']),
    refs: z.object({ home: id, away: id, venue: id.optional(), winner: id.optional() }),
    details: ScoreDetails.extend({
      stage: z.string().optional(),
      competition: z.string().optional(),
      homeName: z.string().optional(),
      awayName: z.string().optional(),
      /** Half-time score, where the source gives it (the results data writes `?` when unknown). */
      halfTimeHomeGoals: int.min(0).optional(),
      halfTimeAwayGoals: int.min(0).optional(),
      /** The season of the competition, e.g. 2019/20. */
      season: z.string().optional(),
    }),
  },
  event: {
    types: EventType,
    refs: z.object({ person: ids, match: id.optional(), team: id.optional(), beneficiary: id.optional(), place: id.optional() }),
    details: z.object({
      minuteSubstituted: int.optional(),
      cause: z.string().optional(),
      place: z.string().optional(),
      time: z.string().optional(),
      amountRaised: z.object({ amount: z.number(), currency: z.string(), atLeast: z.boolean().optional() }).optional(),
      beneficiary: z.string().optional(),
      role: z.string().optional(),
      outlet: z.string().optional(),
      note: z.string().optional(),
    }),
  },
  qualification: {
    types: z.enum(['UEFA_A', 'UEFA_PRO', 'UEFA_B', 'OTHER']),
    refs: z.object({ person: id }),
    details: z.object({
      status: z.enum(['IN_PROGRESS', 'OBTAINED']),
      /** When a source attests the status (a partial date): being pursued then, say. */
      statusAsOf: z.string().optional(),
      note: z.string().optional(),
    }),
  },
  'home-ground': {
    types: z.enum(['HOME']).optional(),
    refs: z.object({ team: id, stadium: id }),
    details: z.object({}),
  },
  squad: {
    types: z.enum(['WORLD_CUP', 'EURO', 'OTHER']),
    refs: z.object({ person: id, team: id }),
    details: z.object({ tournament: z.string(), tournamentId: z.string().optional(), shirtNumber: int.optional(), position: z.string().optional() }),
  },
} as const;

export type FactKindName = keyof typeof FACT_KINDS;
