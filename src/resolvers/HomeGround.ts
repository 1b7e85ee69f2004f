import { factFields, requiredEntityRef } from './shared';
import type { ResolversOf } from './types';

export const HomeGround: ResolversOf<'HomeGround'> = {
  ...factFields,
  team: requiredEntityRef('team'),
  stadium: requiredEntityRef('stadium'),
};
