import type { ResolversOf } from './types';

export const StaffMember: ResolversOf<'StaffMember'> = {
  role: (m) => m.tenure.type ?? 'HEAD_COACH',
};
