import { attribution } from '../knowledge/datasets';
import type { ResolversOf } from './types';

export const Dataset: ResolversOf<'Dataset'> = {
  attribution: (s) => attribution(s),
};
