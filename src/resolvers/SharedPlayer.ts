// A person who played for two clubs; the spells at each are read only when asked for, so a page
// of shared players that selects only people reads no one's career.
import { ref } from '../domain/models/facts';
import { byDate } from '../repositories/fact-repository';
import type { GraphContext } from '../context';
import type { SharedPlayerModel } from '../repositories/club-repository';
import type { ResolversOf } from './types';

const spellsAt = (team: 'clubId' | 'otherId') => async (s: SharedPlayerModel, _: unknown, ctx: GraphContext) =>
  (await ctx.repos.facts.about(s.personId, ['spell'], 'person')).filter((f) => ref(f, 'team') === s[team]).sort(byDate);

export const SharedPlayer: ResolversOf<'SharedPlayer'> = {
  person: (s, _, ctx) => ctx.repos.entities.require(s.personId),
  spells: spellsAt('clubId'),
  otherSpells: spellsAt('otherId'),
};
