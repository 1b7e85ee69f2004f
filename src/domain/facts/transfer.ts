// A move of a person between teams (or into retirement or free agency), with fee and market value.
import { z } from 'zod';
import type { TransferType } from '../__generated__/schema-types';
import { counterpartWords, TRANSFER_TYPE_WORDS } from '../wording';
import { defineFactKind, enumOf } from './define';

export const transfer = defineFactKind({
  ...{ kind: 'transfer', typename: 'Transfer', enumValue: 'TRANSFER', timelineKind: 'TRANSFER' },
  types: enumOf<TransferType>()(['PERMANENT', 'LOAN', 'END_OF_LOAN', 'RETIREMENT', 'FREE_AGENT', 'UNKNOWN']),
  refs: z.object({ person: z.string(), from: z.string().optional(), to: z.string().optional() }),
  details: z.object({
    fee: z.number().nonnegative().optional(),
    feeText: z.string().optional(),
    marketValue: z.number().nonnegative().optional(),
    window: z.enum(['summer', 'winter']).optional(),
    loanStatus: z.string().optional(),
    /** Free text labels such as 'controversial' (the press called it so). */
    labels: z.array(z.string()).optional(),
    fromName: z.string().optional(),
    toName: z.string().optional(),
  }),
  summary: (f, v) => {
    const labels = (f.details.labels ?? []).join(', ');
    const from = v.name('from') ?? counterpartWords(f.details.fromName);
    const to = v.name('to') ?? counterpartWords(f.details.toName);
    const kind = f.type && f.type !== 'PERMANENT' ? ` (${TRANSFER_TYPE_WORDS[f.type]})` : '';
    return `Moved from ${from} to ${to}${kind}${labels ? ` — called ${labels}` : ''}`;
  },
  derived: 'connector',
  relation: () => 'TRANSFER',
});
