import type { ResolversOf } from './types';

export const Editor: ResolversOf<'Editor'> = {
  note: (s) => (typeof s.details.note === 'string' ? s.details.note : null),
};
