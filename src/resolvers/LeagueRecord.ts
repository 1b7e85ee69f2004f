import type { GraphContext } from '../context';
import { ofKind } from '../domain/models/facts';
import type { ResolversOf } from './types';

/** The match facts of a record, in the order given (any that vanished are left out). */
export async function matchesByIds(ids: string[], ctx: GraphContext) {
  const found = await Promise.all(ids.map((id) => ctx.repos.facts.get(id)));
  return ofKind(found.filter((f) => f !== null), 'match');
}

export const LeagueRecord: ResolversOf<'LeagueRecord'> = {
  points: (r) => r.wins * 3 + r.draws,
  matchList: (r, _, ctx) => matchesByIds(r.matchIds, ctx),
};
