// Fields schema/import.graphql adds to Person, Club, NationalTeam, Transfer, Spell, Dataset and
// Query, and its own types (TeamSeason, TournamentSquad, Disagreement). Thin: they read args and
// call the team-season and disagreement rules over the request's repositories.
import type {
  ClubResolvers,
  DatasetResolvers,
  DisagreementResolvers,
  NationalTeamResolvers,
  PersonResolvers,
  QueryResolvers,
  SpellResolvers,
  TeamSeasonMemberResolvers,
  TeamSeasonResolvers,
  TournamentSquadResolvers,
  TransferResolvers,
} from '../graphql/__generated__/resolvers-types';
import type { GraphContext } from '../context';
import { badUserInput } from '../errors';
import { attribution } from '../knowledge/datasets';
import { allDisagreements, disagreementsOf } from '../services/disagreements';
import { seasonText, sharedSeasons, teamSeason, tournamentSquads } from '../services/team-seasons';
import type { FactModel } from '../models/facts';
import { ref } from '../models/facts';
import { toConnection } from '../domain/paging';

const byDate = (a: FactModel, b: FactModel) => (a.start?.lo ?? '9999').localeCompare(b.start?.lo ?? '9999') || a.id.localeCompare(b.id);

function checkEntityId(id: string, prefixes: string[], field: string): void {
  if (!new RegExp(`^(${prefixes.join('|')}):[^\\s]{1,200}$`).test(id)) {
    throw badUserInput(`Malformed id "${id.slice(0, 80)}" for ${field}: expected ${prefixes.map((p) => `${p}:…`).join(' or ')}`, field);
  }
}

/** Disagreements about the person a fact is about that involve this fact. */
async function disagreementsOfFact(f: FactModel, ctx: GraphContext) {
  const person = ref(f, 'person');
  if (!person) return [];
  return (await disagreementsOf(person, ctx.repos)).filter((d) => d.curated.id === f.id || d.dataset.id === f.id);
}

export const PersonImport: PersonResolvers = {
  squadMemberships: async (p, _, ctx) => (await ctx.repos.facts.about(p.id, ['squad'], 'person')).sort(byDate),
  sharedSquads: async (p, args, ctx) => {
    checkEntityId(args.with, ['person'], 'with');
    if (args.team) checkEntityId(args.team, ['club', 'nt'], 'team');
    return sharedSeasons(p, args.with, args.team ?? null, ctx.repos);
  },
  disagreements: (p, _, ctx) => disagreementsOf(p.id, ctx.repos),
};

export const ClubImport: ClubResolvers = {
  squad: (c, { season }, ctx) => {
    const text = seasonText(season);
    if (!text) throw badUserInput(`season must be a football season such as 2005/06 (got "${String(season).slice(0, 40)}")`, 'season');
    return teamSeason(c, text, ctx.repos);
  },
};

export const NationalTeamImport: NationalTeamResolvers = {
  squads: (t, { tournament }, ctx) => {
    if (tournament && tournament.length > 100) throw badUserInput('tournament is at most 100 characters', 'tournament');
    return tournamentSquads(t, tournament, ctx.repos);
  },
};

export const TransferImport: TransferResolvers = {
  disagreements: (f, _, ctx) => disagreementsOfFact(f, ctx),
};

export const SpellImport: SpellResolvers = {
  disagreements: (f, _, ctx) => disagreementsOfFact(f, ctx),
};

export const DatasetImport: DatasetResolvers = {
  attribution: (s) => attribution(s),
};

export const importQuery: QueryResolvers = {
  disagreements: async (_, args, ctx) => toConnection(await allDisagreements(ctx.repos), args),
};

export const Disagreement: DisagreementResolvers = {};

export const TeamSeason: TeamSeasonResolvers = {};

export const TeamSeasonMember: TeamSeasonMemberResolvers = {};

export const TournamentSquad: TournamentSquadResolvers = {};
