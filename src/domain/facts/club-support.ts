// A person who supports a club, their club of the heart, as a source states it.
import { z } from 'zod';
import { defineFactKind } from './define';

export const clubSupport = defineFactKind({
  ...{ kind: 'support', typename: 'ClubSupport', enumValue: 'CLUB_SUPPORT', timelineKind: 'RELATIONSHIP' },
  types: z.enum(['SUPPORTER']).optional(),
  refs: z.object({ person: z.string(), club: z.string() }),
  details: z.object({}),
  summary: (_f, v) => `Supporter of ${v.name('club')}`,
});
