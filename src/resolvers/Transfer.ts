import { disagreementsOfFact } from '../services/disagreements';
import { entityRef, factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const Transfer: ResolversOf<'Transfer'> = {
  ...factFields,
  person: requiredEntityRef('person'),
  from: entityRef('from'),
  to: entityRef('to'),
  fromName: (f) => f.details.fromName ?? null,
  toName: (f) => f.details.toName ?? null,
  date: (f) => f.start,
  type: (f) => f.type ?? 'UNKNOWN',
  window: (f) => f.details.window ?? null,
  feeEur: (f) => f.details.fee ?? null,
  marketValueEur: (f) => f.details.marketValue ?? null,
  loanStatus: (f) => f.details.loanStatus ?? null,
  labels: (f) => f.details.labels ?? [],
  disagreements: (f, _, ctx) => disagreementsOfFact(f, ctx.repos),
};
