import { detailDate, isKind, ref } from '../domain/models/facts';
import { entityRef, factFields } from './shared';
import type { ResolversOf } from './types';

export const Event: ResolversOf<'Event'> = {
  ...factFields,
  type: (f) => f.type ?? 'OTHER',
  people: (f, _, ctx) => Promise.all((f.refs.person ?? []).map((id) => ctx.repos.entities.require(id))),
  match: async (f, _, ctx) => {
    const id = ref(f, 'match');
    const m = id ? await ctx.repos.facts.get(id) : null;
    return m && isKind(m, 'match') ? m : null;
  },
  team: entityRef('team'),
  date: (f) => f.start,
  minuteSubstituted: (f) => f.details.minuteSubstituted ?? null,
  cause: (f) => f.details.cause ?? null,
  place: (f) => f.details.place ?? null,
  stadium: async (f, _, ctx) => {
    const id = ref(f, 'place');
    const e = id ? await ctx.repos.entities.require(id) : null;
    return e?.type === 'STADIUM' ? e : null;
  },
  time: (f) => f.details.time ?? null,
  amountRaised: (f) => {
    const m = f.details.amountRaised;
    return m ? { amount: m.amount, currency: m.currency, atLeast: m.atLeast ?? false } : null;
  },
  beneficiary: (f) => f.details.beneficiary ?? null,
  role: (f) => f.details.role ?? null,
  outlet: (f) => f.details.outlet ?? null,
  medium: (f) => f.details.medium ?? null,
  plannedFor: (f) => detailDate(f, 'plannedFor'),
  careerYears: (f) => f.details.careerYears ?? null,
  method: (f) => f.details.method ?? null,
  expectedWeeksOut: (f) => f.details.expectedWeeksOut ?? null,
  fundraising: (f) => f.details.fundraising ?? null,
  trackedWith: (f) => f.details.trackedWith ?? null,
  relatedFacts: async (f, _, ctx) => (await Promise.all((f.refs.fact ?? []).map((id) => ctx.repos.facts.get(id)))).filter((x) => x !== null),
  supporters: (f, _, ctx) => Promise.all((f.refs.supporters ?? []).map((id) => ctx.repos.entities.require(id))),
  rolesSought: (f) => f.details.rolesSought ?? [],
  rolesAbroad: (f) => f.details.rolesAbroad ?? [],
  offersFrom: (f) => detailDate(f, 'offersFrom'),
  excludedCountry: (f) => f.details.excludedCountry ?? null,
  exceptClub: entityRef('exceptClub'),
  note: (f) => f.details.note ?? null,
};
