// Timeline entries, role handovers and coaching-tree entries: plain models from ctx.repos.timelines.
import type { CoachingTreeEntryResolvers, RoleHandoverResolvers, StaffMemberResolvers, TimelineEntryResolvers } from '../graphql/__generated__/resolvers-types';

export const TimelineEntry: TimelineEntryResolvers = {
  undated: (e) => e.date === null && e.end === null,
};

export const RoleHandover: RoleHandoverResolvers = {
  otherTenure: (h) => h.other,
  inferred: (h) => h.succession === null,
};

export const CoachingTreeEntry: CoachingTreeEntryResolvers = {};

export const StaffMember: StaffMemberResolvers = {
  role: (m) => m.tenure.type as never,
};
