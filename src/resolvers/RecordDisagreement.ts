import type { ResolversOf } from './types';

/** Every field is the model's own. */
export const RecordDisagreement: ResolversOf<'RecordDisagreement'> = {};
