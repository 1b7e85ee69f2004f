import type { ResolversOf } from './types';

export const Period: ResolversOf<'Period'> = { startUnknown: (p) => p.startUnknown === true };
