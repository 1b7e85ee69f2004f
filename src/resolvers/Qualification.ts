import { detailDate } from '../domain/models/facts';
import { factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const Qualification: ResolversOf<'Qualification'> = {
  ...factFields,
  person: requiredEntityRef('person'),
  type: (f) => f.type ?? 'OTHER',
  status: (f) => f.details.status ?? 'IN_PROGRESS',
  date: (f) => f.start,
  statusAsOf: (f) => detailDate(f, 'statusAsOf'),
  note: (f) => f.details.note ?? null,
};
