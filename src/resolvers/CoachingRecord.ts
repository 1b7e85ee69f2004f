import type { ResolversOf } from './types';

export const CoachingRecord: ResolversOf<'CoachingRecord'> = {
  points: (r) => r.wins * 3 + r.draws,
  asOf: (r) => r.asOf ?? null,
  statedPoints: (r) => r.statedPoints ?? null,
  statedMaxPoints: (r) => r.statedMaxPoints ?? null,
};
