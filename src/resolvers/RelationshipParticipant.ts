import type { ResolversOf } from './types';

export const RelationshipParticipant: ResolversOf<'RelationshipParticipant'> = {
  person: (p, _, ctx) => ctx.repos.entities.require(p.personId),
};
