// A coaching licence a person holds or is pursuing.
import { z } from 'zod';
import type { QualificationStatus, QualificationType } from '../__generated__/schema-types';
import { defineFactKind, enumOf } from './define';

export const qualification = defineFactKind({
  ...{ kind: 'qualification', typename: 'Qualification', enumValue: 'QUALIFICATION', timelineKind: 'QUALIFICATION' },
  types: enumOf<QualificationType>()(['UEFA_A', 'UEFA_PRO', 'UEFA_B', 'OTHER']),
  refs: z.object({ person: z.string() }),
  details: z.object({
    status: enumOf<QualificationStatus>()(['IN_PROGRESS', 'OBTAINED']),
    /** When a source attests the status (a partial date): being pursued then, say. */
    statusAsOf: z.string().optional(),
    note: z.string().optional(),
  }),
  summary: (f) => {
    const state = f.details.status === 'OBTAINED' ? ' obtained' : f.details.statusAsOf ? ' being pursued' : ' (in progress)';
    return `${(f.type ?? 'Coaching').replace('UEFA_', 'UEFA ')} licence${state}`;
  },
});
