import { isWellFormedId } from '../domain/ids';
import { toConnection } from '../domain/paging';
import { badUserInput } from '../errors';
import { byDate } from '../repositories/fact-repository';
import { disagreementsOf } from '../services/disagreements';
import { sharedSeasons } from '../services/team-seasons';
import { entitySources } from './shared';
import type { ResolversOf } from './types';

const NAME_GIVEN = ['FULL', 'FIRST_NAME_ONLY', 'NONE'] as const;

function nonNull<T>(items: (T | null)[]): T[] {
  return items.filter((x): x is T => x !== null);
}

export const Person: ResolversOf<'Person'> = {
  birthDate: (p) => p.birth,
  nameGiven: (p) => NAME_GIVEN.find((n) => n === p.details.nameGiven) ?? 'FULL',
  sources: entitySources,
  spells: (p, { level, ...page }, ctx) => ctx.repos.facts.aboutPage(p.id, { kinds: ['spell'], roles: ['person'], types: level ? [level] : null }, page),
  transfers: (p, page, ctx) => ctx.repos.facts.aboutPage(p.id, { kinds: ['transfer'], roles: ['person'] }, page),
  staffRoles: (p, { role, ...page }, ctx) => ctx.repos.facts.aboutPage(p.id, { kinds: ['tenure'], roles: ['person'], types: role ? [role] : null }, page),
  relationships: (p, { types, ...page }, ctx) => ctx.repos.facts.aboutPage(p.id, { kinds: ['relation'], types }, page),
  mentors: async (p, _, ctx) => nonNull(await ctx.repos.entities.getMany(await ctx.repos.careers.mentorIds(p.id))),
  mentees: async (p, _, ctx) => nonNull(await ctx.repos.entities.getMany(await ctx.repos.careers.menteeIds(p.id))),
  honours: (p, page, ctx) => ctx.repos.facts.aboutPage(p.id, { kinds: ['honour'], roles: ['person'] }, page),
  nationalTeamRecords: (p, _, ctx) => ctx.repos.facts.about(p.id, ['caps'], 'person'),
  events: (p, { types, ...page }, ctx) => ctx.repos.facts.aboutPage(p.id, { kinds: ['event'], roles: ['person'], types }, page),
  qualifications: (p, _, ctx) => ctx.repos.facts.about(p.id, ['qualification'], 'person'),
  teammates: (p, { club, from, to, ...page }, ctx) => ctx.services.teammates.page(p.id, { team: club, from, to }, page),
  timeline: (p, { kinds, ...page }, ctx) => ctx.repos.timelines.timeline(p.id, kinds, page),
  predecessors: (p, { role, team }, ctx) => ctx.repos.timelines.handovers(p.id, 'predecessor', { role, team }),
  successors: (p, { role, team }, ctx) => ctx.repos.timelines.handovers(p.id, 'successor', { role, team }),
  mentorTree: (p, { depth, ...page }, ctx) => ctx.repos.coaching.tree(p.id, 'UP', depth ?? 3, page),
  menteeTree: (p, { depth, ...page }, ctx) => ctx.repos.coaching.tree(p.id, 'DOWN', depth ?? 3, page),
  squadMemberships: async (p, _, ctx) => (await ctx.repos.facts.about(p.id, ['squad'], 'person')).sort(byDate),
  sharedSquads: async (p, args, ctx) => {
    if (!isWellFormedId(args.with, ['person'])) throw badUserInput(`Malformed id "${args.with.slice(0, 80)}" for with: expected person:…`, 'with');
    if (args.team && !isWellFormedId(args.team, ['club', 'nt'])) throw badUserInput(`Malformed id "${args.team.slice(0, 80)}" for team: expected club:… or nt:…`, 'team');
    return sharedSeasons(p, args.with, args.team ?? null, ctx.repos);
  },
  disagreements: (p, _, ctx) => disagreementsOf(p.id, ctx.repos),
};
