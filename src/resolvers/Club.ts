// A club: its names and ground, staff and head coaches, and its long lists (players, matches,
// transfers, shared players) paged in the database by ClubRepository.
import { isWellFormedId } from '../domain/ids';
import { parsePartialDate, seasonText } from '../domain/partial-date';
import { badUserInput } from '../errors';
import { ref } from '../domain/models/facts';
import { ALL_DAYS, intersect, type DayRange } from '../repositories/club-repository';
import { teamSeason } from '../services/team-seasons';
import { entitySources } from './shared';
import type { ResolversOf } from './types';

function season(input: string): string {
  const text = seasonText(input);
  if (!text) throw badUserInput(`season must be a football season such as 2019/20 (got "${String(input).slice(0, 40)}")`, 'season');
  return text;
}

function seasonDays(input: string | null | undefined): DayRange {
  if (input === null || input === undefined) return ALL_DAYS;
  const d = parsePartialDate(season(input));
  return { lo: d.lo, hi: d.hi };
}

function clubId(id: string, field: string): string {
  if (!isWellFormedId(id, ['club'])) throw badUserInput(`Malformed club id "${id.slice(0, 80)}" for ${field}: expected club:…`, field);
  return id;
}

export const Club: ResolversOf<'Club'> = {
  names: (c) => c,
  sources: entitySources,
  stadium: async (c, _, ctx) => {
    const [ground] = await ctx.repos.facts.about(c.id, ['home-ground'], 'team');
    const id = ground ? ref(ground, 'stadium') : null;
    return id ? ctx.repos.entities.get(id, 'STADIUM') : null;
  },
  headCoaches: async (c, _, ctx) => (await ctx.repos.careers.succession(c.id, 'HEAD_COACH')).ordered,
  undatedHeadCoaches: async (c, _, ctx) => (await ctx.repos.careers.succession(c.id, 'HEAD_COACH')).undated,
  staff: (c, { asOf }, ctx) => ctx.repos.careers.staffOn(c.id, asOf),
  staffHistory: (c, page, ctx) => ctx.repos.facts.aboutPage(c.id, { kinds: ['tenure'], roles: ['team'], order: 'known' }, page),
  players: (c, page, ctx) => ctx.repos.clubs.players(c.id, page),
  honours: (c, page, ctx) => ctx.repos.facts.aboutPage(c.id, { kinds: ['honour'], roles: ['team'] }, page),
  staffDuring: (c, { from, to }, ctx) => ctx.repos.timelines.staffDuring(c.id, from, to),
  squad: (c, args, ctx) => teamSeason(c, season(args.season), ctx.repos),
  matches: (c, args, ctx) => {
    if (args.from && args.to && args.from > args.to) throw badUserInput('`from` is after `to`', 'from');
    const days = intersect(seasonDays(args.season), { lo: args.from ?? ALL_DAYS.lo, hi: args.to ?? ALL_DAYS.hi });
    return ctx.repos.clubs.matches(c.id, { days, opponent: args.opponent ? clubId(args.opponent, 'opponent') : null }, args);
  },
  transfers: (c, args, ctx) => ctx.repos.clubs.transfers(c.id, { days: seasonDays(args.season), direction: args.direction ?? null }, args),
  sharedPlayers: async (c, args, ctx) => {
    const other = clubId(args.with, 'with');
    const page = await ctx.repos.clubs.sharedPlayers(c.id, other, args);
    return { ...page, edges: page.edges.map(({ node, cursor }) => ({ cursor, node: { personId: node, clubId: c.id, otherId: other } })) };
  },
  headCoachRecords: (c, _, ctx) => ctx.repos.records.headCoachRecords(c.id),
};
