// A playing spell: a person at a team (senior or youth), the backbone of careers and squads.
import { z } from 'zod';
import type { SpellLevel } from '../__generated__/schema-types';
import { defineFactKind, enumOf } from './define';
import { membershipRelation } from './relations';

export const spell = defineFactKind({
  ...{ kind: 'spell', typename: 'Spell', enumValue: 'SPELL', timelineKind: 'SPELL' },
  types: enumOf<SpellLevel>()(['SENIOR', 'YOUTH']),
  refs: z.object({ person: z.string(), team: z.string() }),
  details: z.object({
    order: z.number().int().optional(),
    note: z.string().optional(),
    /** No source gives the start: he was there by the start's season, perhaps earlier. */
    startUnknown: z.literal(true).optional(),
    /** He left (his next move starts elsewhere), at a time no source gives. */
    endUnknown: z.literal(true).optional(),
  }),
  summary: (f, v) => `${f.type === 'YOUTH' ? 'Youth player' : 'Player'} at ${v.name('team')}`,
  derived: 'membership',
  relation: (_type, from, to) => membershipRelation(false, from, to),
});
