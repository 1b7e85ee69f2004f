import { detailDate } from '../domain/models/facts';
import { ROLE_LABELS } from '../domain/wording';
import { entityRef, factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const Tenure: ResolversOf<'Tenure'> = {
  ...factFields,
  person: requiredEntityRef('person'),
  team: entityRef('team'),
  role: (f) => f.type ?? 'HEAD_COACH',
  roleLabel: (f) => ROLE_LABELS[f.type ?? ''] ?? String(f.type),
  endReason: (f) => f.details.endReason ?? null,
  statedEndReasons: async (f, _, ctx) => {
    const stated = f.details.endReasons ?? [];
    const sources = await Promise.all(stated.map((s) => ctx.repos.sources.get(s.statedBy)));
    return stated.flatMap((s, i) => (sources[i] ? [{ reason: s.reason, source: sources[i]! }] : []));
  },
  record: (f) => f.details.record ?? null,
  focus: (f) => f.details.focus ?? [],
  under: entityRef('under'),
  employer: (f) => f.details.employer ?? null,
  firstInRole: (f) => f.details.firstInRole === true,
  attestedOn: (f) => detailDate(f, 'attestedOn'),
  endUnknown: (f) => f.details.endUnknown === true,
  note: (f) => f.details.note ?? null,
  predecessor: (f, _, ctx) => ctx.repos.careers.predecessor(f),
  successor: (f, _, ctx) => ctx.repos.careers.successor(f),
  endKnown: (f) => f.end !== null || f.details.endUnknown === true || (f.details.endReason !== undefined && f.details.endReason !== 'UNKNOWN'),
  lastAttested: (f, _, ctx) => ctx.repos.careers.lastAttested(f),
  laterHolders: (f, _, ctx) => ctx.repos.careers.laterHolders(f),
  leagueRecord: (f, _, ctx) => ctx.repos.records.ofTenure(f),
};
