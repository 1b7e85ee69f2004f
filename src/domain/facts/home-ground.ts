// The stadium a team plays at.
import { z } from 'zod';
import { defineFactKind } from './define';

export const homeGround = defineFactKind({
  ...{ kind: 'home-ground', typename: 'HomeGround', enumValue: 'HOME_GROUND', timelineKind: 'HOME_GROUND' },
  types: z.enum(['HOME']).optional(),
  refs: z.object({ team: z.string(), stadium: z.string() }),
  details: z.object({}),
  summary: (_f, v) => `${v.name('team')} plays at ${v.name('stadium')}`,
});
