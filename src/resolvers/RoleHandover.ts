import type { ResolversOf } from './types';

export const RoleHandover: ResolversOf<'RoleHandover'> = {
  otherTenure: (h) => h.other,
  inferred: (h) => h.succession === null,
};
