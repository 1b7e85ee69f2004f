// Resolvers of the fact types: every one shares id/kind/sources/confidence; the rest reads the
// fact's references and kind-specific details.
import type { Resolvers } from '../graphql/__generated__/resolvers-types';
import { detail, detailDate, ref, refsOf, type FactModel } from '../models/facts';
import type { CoachingRecordModel } from '../models/graph-parts';
import { entityRef, factFields, num, requiredEntityRef, str } from './shared';

const ROLE_LABELS: Record<string, string> = {
  HEAD_COACH: 'Head coach (T1)',
  ASSISTANT_COACH: 'Assistant coach (T2)',
  VIDEO_ANALYST: 'Video analyst',
  KIT_MANAGER: 'Kit manager',
  YOUTH_COACH: 'Youth coach',
  TV_ANALYST: 'TV analyst',
  MANAGER: 'Manager',
};

const type = (f: FactModel) => f.type as never;
const date = (f: FactModel) => f.start;
const list = (key: string) => (f: FactModel) => {
  const v = f.details[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

export const factResolvers: Resolvers = {
  Spell: {
    ...factFields,
    person: requiredEntityRef('person'),
    team: requiredEntityRef('team'),
    level: (f) => (f.type === 'YOUTH' ? 'YOUTH' : 'SENIOR'),
    order: num('order'),
    startUnknown: (f) => f.details.startUnknown === true,
    endUnknown: (f) => f.details.endUnknown === true,
  },
  Transfer: {
    ...factFields,
    person: requiredEntityRef('person'),
    from: entityRef('from'),
    to: entityRef('to'),
    fromName: str('fromName'),
    toName: str('toName'),
    date,
    type: (f) => (f.type ?? 'UNKNOWN') as never,
    window: str('window'),
    feeEur: num('fee'),
    marketValueEur: num('marketValue'),
    loanStatus: str('loanStatus'),
    labels: list('labels'),
  },
  Tenure: {
    ...factFields,
    person: requiredEntityRef('person'),
    team: entityRef('team'),
    role: type,
    roleLabel: (f) => ROLE_LABELS[f.type ?? ''] ?? String(f.type),
    endReason: (f) => detail(f, 'endReason'),
    statedEndReasons: async (f, _, ctx) => {
      const stated = detail<{ reason: string; statedBy: string }[]>(f, 'endReasons') ?? [];
      const sources = await Promise.all(stated.map((s) => ctx.repos.sources.get(s.statedBy)));
      return stated.flatMap((s, i) => (sources[i] ? [{ reason: s.reason as never, source: sources[i]! }] : []));
    },
    record: (f) => detail<CoachingRecordModel>(f, 'record'),
    focus: list('focus'),
    under: entityRef('under'),
    employer: str('employer'),
    note: str('note'),
    predecessor: (f, _, ctx) => ctx.repos.careers.predecessor(f),
    successor: (f, _, ctx) => ctx.repos.careers.successor(f),
  },
  CoachingRecord: {
    points: (r) => r.wins * 3 + r.draws,
    asOf: (r) => r.asOf ?? null,
  },
  Succession: {
    ...factFields,
    predecessor: requiredEntityRef('predecessor'),
    successor: requiredEntityRef('successor'),
    team: requiredEntityRef('team'),
    role: type,
    date,
  },
  Relationship: {
    ...factFields,
    type,
    participants: (f) =>
      Object.keys(f.refs)
        .filter((role) => role !== 'team')
        .flatMap((role) => refsOf(f, role).map((personId) => ({ personId, role: role === 'parties' ? 'party' : role === 'spouses' ? 'spouse' : role }))),
    kinship: str('kinship'),
    topic: str('topic'),
    medium: str('medium'),
    team: entityRef('team'),
    note: str('note'),
  },
  RelationshipParticipant: {
    person: (p, _, ctx) => ctx.repos.entities.require(p.personId),
  },
  Honour: {
    ...factFields,
    person: requiredEntityRef('person'),
    team: requiredEntityRef('team'),
    type,
    title: (f) => str('title')(f) ?? String(f.type),
    country: str('country'),
    date,
  },
  NationalTeamRecord: {
    ...factFields,
    person: requiredEntityRef('person'),
    team: requiredEntityRef('team'),
    caps: (f) => num('caps')(f) ?? 0,
    goals: num('goals'),
    asOf: date,
  },
  Match: {
    ...factFields,
    type,
    home: requiredEntityRef('home'),
    away: requiredEntityRef('away'),
    homeName: str('homeName'),
    awayName: str('awayName'),
    homeGoals: num('homeGoals'),
    awayGoals: num('awayGoals'),
    score: (f) => {
      const h = num('homeGoals')(f);
      const a = num('awayGoals')(f);
      return h !== null && a !== null ? `${h}-${a}` : null;
    },
    halfTimeScore: (f) => {
      const h = num('halfTimeHomeGoals')(f);
      const a = num('halfTimeAwayGoals')(f);
      return h !== null && a !== null ? `${h}-${a}` : null;
    },
    season: str('season'),
    winner: entityRef('winner'),
    stage: str('stage'),
    competition: str('competition'),
    venue: entityRef('venue'),
    date,
  },
  Event: {
    ...factFields,
    type,
    people: async (f, _, ctx) => Promise.all(refsOf(f, 'person').map((id) => ctx.repos.entities.require(id))),
    match: (f, _, ctx) => {
      const id = ref(f, 'match');
      return id ? ctx.repos.facts.get(id) : null;
    },
    team: entityRef('team'),
    date,
    minuteSubstituted: num('minuteSubstituted'),
    cause: str('cause'),
    place: str('place'),
    stadium: async (f, _, ctx) => {
      const id = ref(f, 'place');
      const e = id ? await ctx.repos.entities.require(id) : null;
      return e?.type === 'STADIUM' ? e : null;
    },
    time: str('time'),
    amountRaised: (f) => {
      const m = detail<{ amount: number; currency: string; atLeast?: boolean }>(f, 'amountRaised');
      return m ? { amount: m.amount, currency: m.currency, atLeast: m.atLeast ?? false } : null;
    },
    beneficiary: str('beneficiary'),
    role: str('role'),
    outlet: str('outlet'),
    note: str('note'),
  },
  Qualification: {
    ...factFields,
    person: requiredEntityRef('person'),
    type,
    status: (f) => (str('status')(f) ?? 'IN_PROGRESS') as never,
    date,
    statusAsOf: (f) => detailDate(f, 'statusAsOf'),
    note: str('note'),
  },
  HomeGround: {
    ...factFields,
    team: requiredEntityRef('team'),
    stadium: requiredEntityRef('stadium'),
  },
  SquadMembership: {
    ...factFields,
    person: requiredEntityRef('person'),
    team: requiredEntityRef('team'),
    tournament: (f) => str('tournament')(f) ?? '',
    shirtNumber: num('shirtNumber'),
    position: str('position'),
    date,
  },
};
