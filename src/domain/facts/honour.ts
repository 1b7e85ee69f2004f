// A title or cup a person won with a team.
import { z } from 'zod';
import type { HonourType } from '../__generated__/schema-types';
import { capital } from '../wording';
import { defineFactKind, enumOf } from './define';

export const honour = defineFactKind({
  ...{ kind: 'honour', typename: 'Honour', enumValue: 'HONOUR', timelineKind: 'HONOUR' },
  types: enumOf<HonourType>()(['LEAGUE_TITLE', 'CUP', 'SUPERCUP', 'OTHER']),
  refs: z.object({ person: z.string(), team: z.string() }),
  details: z.object({ title: z.string(), country: z.string().optional() }),
  summary: (f, v) => `${f.details.title ?? capital((f.type ?? 'honour').toLowerCase().replace(/_/g, ' '))} with ${v.name('team')}`,
});
