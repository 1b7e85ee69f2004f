import { DATASET } from '../knowledge/datasets';
import { ref } from '../domain/models/facts';
import { matchesByIds } from './LeagueRecord';
import type { ResolversOf } from './types';

export const HeadCoachRecord: ResolversOf<'HeadCoachRecord'> = {
  person: (r, _, ctx) => ctx.repos.entities.require(ref(r.tenure, 'person')!),
  uncertainMatches: (r, _, ctx) => matchesByIds(r.uncertainMatchIds, ctx),
  sources: async (r, _, ctx) => {
    const own = await ctx.repos.sources.citationsOf(r.tenure.id);
    const counted = (r.record?.matches ?? 0) + r.uncertainMatchIds.length;
    if (!r.record || counted === 0) return own;
    const detail = `${r.team}: ${counted} league matches ${r.record.from ?? ''}..${r.through ?? ''} read to compute the record (each match cites its file and line)`;
    return [{ sourceId: DATASET.results, detail, teaser: false, confidence: 1 }, ...own];
  },
};
