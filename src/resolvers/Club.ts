import type { ClubResolvers } from '../graphql/__generated__/resolvers-types';
import { badUserInput } from '../errors';
import { parsePartialDate } from '../domain/partial-date';
import { ref } from '../models/facts';
import { toConnection } from '../domain/paging';
import { entitySources } from './shared';

export const Club: ClubResolvers = {
  names: (c) => c,
  sources: entitySources,
  stadium: async (c, _, ctx) => {
    const [ground] = await ctx.repos.facts.about(c.id, ['home-ground'], 'team');
    const id = ground ? ref(ground, 'stadium') : null;
    return id ? ctx.repos.entities.get(id, 'STADIUM') : null;
  },
  headCoaches: async (c, _, ctx) => (await ctx.repos.careers.succession(c.id, 'HEAD_COACH')).ordered,
  undatedHeadCoaches: async (c, _, ctx) => (await ctx.repos.careers.succession(c.id, 'HEAD_COACH')).undated,
  staff: (c, { asOf }, ctx) => {
    let day: string;
    try {
      const d = parsePartialDate(asOf);
      if (d.precision !== 'DAY') throw new Error();
      day = d.lo;
    } catch {
      throw badUserInput(`asOf must be a day, YYYY-MM-DD (got "${String(asOf).slice(0, 40)}")`, 'asOf');
    }
    return ctx.repos.careers.staffOn(c.id, day);
  },
  staffHistory: async (c, page, ctx) => toConnection(await ctx.repos.careers.tenuresAt(c.id), page),
  players: (c, page, ctx) => ctx.repos.clubs.players(c.id, page),
  honours: async (c, page, ctx) => toConnection(await ctx.repos.facts.about(c.id, ['honour'], 'team'), page),
  staffDuring: (c, { from, to }, ctx) => ctx.repos.timelines.staffDuring(c.id, from, to),
};
