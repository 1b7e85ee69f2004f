import type { ResolversOf } from './types';

export const SharedPlayer: ResolversOf<'SharedPlayer'> = {
  person: (s, _, ctx) => ctx.repos.entities.require(s.personId),
};
