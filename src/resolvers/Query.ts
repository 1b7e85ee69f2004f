import type { QueryResolvers } from '../graphql/__generated__/resolvers-types';
import { badUserInput } from '../errors';
import type { GraphContext } from '../context';

const ID_PATTERN = /^(person|club|nt|stadium|fact|article|dataset|editor):[^\s]{1,200}$/;

function checkId(id: string, prefix?: string): void {
  if (!ID_PATTERN.test(id) || (prefix && !id.startsWith(`${prefix}:`))) {
    throw badUserInput(`Malformed id "${id.slice(0, 80)}": expected ${prefix ? `${prefix}:…` : 'a global id such as person:steven-defour'}`, 'id');
  }
}

/** Loads any node by its global id; the prefix says where to look. */
export async function loadNode(id: string, ctx: GraphContext) {
  checkId(id);
  const prefix = id.slice(0, id.indexOf(':'));
  if (prefix === 'fact') return ctx.repos.facts.get(id);
  if (prefix === 'article' || prefix === 'dataset' || prefix === 'editor') return ctx.repos.sources.get(id);
  return ctx.repos.entities.get(id);
}

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => loadNode(id, ctx),
  nodes: (_, { ids }, ctx) => {
    if (ids.length > 100) throw badUserInput('At most 100 ids per call', 'ids');
    return Promise.all(ids.map((id) => loadNode(id, ctx)));
  },
  person: (_, { id }, ctx) => (checkId(id, 'person'), ctx.repos.entities.get(id, 'PERSON')),
  club: (_, { id }, ctx) => (checkId(id, 'club'), ctx.repos.entities.get(id, 'CLUB')),
  nationalTeam: (_, { id }, ctx) => (checkId(id, 'nt'), ctx.repos.entities.get(id, 'NATIONAL_TEAM')),
  stadium: (_, { id }, ctx) => (checkId(id, 'stadium'), ctx.repos.entities.get(id, 'STADIUM')),
  source: (_, { id }, ctx) => (checkId(id), ctx.repos.sources.get(id)),
  sources: (_, __, ctx) => ctx.repos.sources.all(),
  fact: (_, { id }, ctx) => (checkId(id, 'fact'), ctx.repos.facts.get(id)),
};
