import type { LocalizedNamesResolvers, NationalTeamResolvers, StadiumResolvers } from '../graphql/__generated__/resolvers-types';
import { ref } from '../models/facts';
import { toConnection } from '../domain/paging';
import { entitySources } from './shared';

export const NationalTeam: NationalTeamResolvers = {
  names: (t) => t,
  sources: entitySources,
  records: (t, _, ctx) => ctx.repos.facts.about(t.id, ['caps'], 'team'),
  staffHistory: async (t, page, ctx) => toConnection(await ctx.repos.careers.tenuresAt(t.id), page),
};

export const Stadium: StadiumResolvers = {
  sources: entitySources,
  clubs: async (s, _, ctx) => {
    const grounds = await ctx.repos.facts.about(s.id, ['home-ground'], 'stadium');
    const clubs = await ctx.repos.entities.getMany(grounds.map((g) => ref(g, 'team')!).filter(Boolean));
    return clubs.filter((c): c is NonNullable<typeof c> => c !== null);
  },
};

export const LocalizedNames: LocalizedNamesResolvers = {
  nl: (e) => e.nameNl,
  fr: (e) => e.nameFr,
  en: (e) => e.nameEn,
};
