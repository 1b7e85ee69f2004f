import type { ResolversOf } from './types';

export const Teammate: ResolversOf<'Teammate'> = {
  laterStaffRoles: (t, _, ctx) => ctx.services.teammates.laterStaffRoles(t),
  sources: (t, _, ctx) => ctx.services.teammates.sourcesOf(t),
};
