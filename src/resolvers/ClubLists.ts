// Fields schema/club-lists.graphql adds: a club's matches, transfers and shared players (paged in
// the database by ClubRepository) and head coaches' league records (RecordRepository), with their
// own types. Thin: arguments are checked and turned into day ranges here, the rest is repositories.
import type {
  ClubResolvers,
  HeadCoachRecordResolvers,
  LeagueRecordResolvers,
  SharedPlayerResolvers,
  StatedRecordCheckResolvers,
  TenureResolvers,
} from '../graphql/__generated__/resolvers-types';
import type { GraphContext } from '../context';
import { badUserInput } from '../errors';
import { DATASET } from '../knowledge/datasets';
import { parsePartialDate } from '../domain/partial-date';
import { seasonText } from '../services/team-seasons';
import type { FactModel } from '../models/facts';
import { ref } from '../models/facts';
import { ALL_DAYS, intersect, type DayRange } from '../repositories/club-repository';
import { byDate } from '../repositories/fact-repository';

function seasonDays(season: string | null | undefined): DayRange {
  if (season === null || season === undefined) return ALL_DAYS;
  const text = seasonText(season);
  if (!text) throw badUserInput(`season must be a football season such as 2019/20 (got "${String(season).slice(0, 40)}")`, 'season');
  const d = parsePartialDate(text);
  return { lo: d.lo, hi: d.hi };
}

function clubId(id: string, field: string): string {
  if (!/^club:[a-z0-9-]{1,200}$/.test(id)) throw badUserInput(`Malformed club id "${id.slice(0, 80)}" for ${field}: expected club:…`, field);
  return id;
}

const facts = (ids: string[], ctx: GraphContext) => Promise.all(ids.map((id) => ctx.repos.facts.get(id))).then((l) => l.filter((f): f is FactModel => f !== null));

export const ClubLists: ClubResolvers = {
  matches: (c, args, ctx) => {
    let days = seasonDays(args.season);
    days = intersect(days, { lo: args.from ?? ALL_DAYS.lo, hi: args.to ?? ALL_DAYS.hi });
    if (args.from && args.to && args.from > args.to) throw badUserInput('`from` is after `to`', 'from');
    return ctx.repos.clubs.matches(c.id, { days, opponent: args.opponent ? clubId(args.opponent, 'opponent') : null }, args);
  },
  transfers: (c, args, ctx) => ctx.repos.clubs.transfers(c.id, { days: seasonDays(args.season), direction: args.direction ?? null }, args),
  sharedPlayers: async (c, args, ctx) => {
    const other = clubId(args.with, 'with');
    const page = await ctx.repos.clubs.sharedPlayers(c.id, other, args);
    const edges = await Promise.all(
      page.edges.map(async ({ node, cursor }) => {
        const spells = await ctx.repos.facts.about(node, ['spell'], 'person');
        const at = (team: string) => spells.filter((s) => ref(s, 'team') === team).sort(byDate);
        return { cursor, node: { personId: node, spells: at(c.id), otherSpells: at(other) } };
      }),
    );
    return { ...page, edges };
  },
  headCoachRecords: (c, _, ctx) => ctx.repos.records.headCoachRecords(c.id),
};

export const TenureLists: TenureResolvers = {
  endKnown: (t) => t.end !== null || typeof t.details.endReason === 'string' && t.details.endReason !== 'UNKNOWN',
  lastAttested: (t, _, ctx) => ctx.repos.careers.lastAttested(t),
  laterHolders: (t, _, ctx) => ctx.repos.careers.laterHolders(t),
  leagueRecord: (t, _, ctx) => ctx.repos.records.ofTenure(t),
};

export const SharedPlayer: SharedPlayerResolvers = {
  person: (s, _, ctx) => ctx.repos.entities.require(s.personId),
};

export const LeagueRecord: LeagueRecordResolvers = {
  points: (r) => r.wins * 3 + r.draws,
  matchList: (r, _, ctx) => facts(r.matchIds, ctx),
};

export const HeadCoachRecord: HeadCoachRecordResolvers = {
  person: (r, _, ctx) => ctx.repos.entities.require(ref(r.tenure, 'person')!),
  uncertainMatches: (r, _, ctx) => facts(r.uncertainMatchIds, ctx),
  sources: async (r, _, ctx) => {
    const own = await ctx.repos.sources.citationsOf(r.tenure.id);
    const counted = (r.record?.matches ?? 0) + r.uncertainMatchIds.length;
    if (!r.record || counted === 0) return own;
    const data = { sourceId: DATASET.results, detail: `${r.team}: ${counted} league matches ${r.record.from ?? ''}..${r.through ?? ''} read to compute the record (each match cites its file and line)`, teaser: false, confidence: 1 };
    return [data, ...own];
  },
};

export const StatedRecordCheck: StatedRecordCheckResolvers = {
  statedBy: (s, _, ctx) => (s.statedBy ? ctx.repos.sources.get(s.statedBy) : null),
  firstMatch: (s, _, ctx) => (s.firstMatchId ? ctx.repos.facts.get(s.firstMatchId) : null),
};
