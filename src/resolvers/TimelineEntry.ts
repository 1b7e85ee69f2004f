import type { ResolversOf } from './types';

export const TimelineEntry: ResolversOf<'TimelineEntry'> = {
  undated: (e) => e.date === null && e.end === null,
  sources: (e, _, ctx) => ctx.repos.timelines.sourcesOf(e),
};
