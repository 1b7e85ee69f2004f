import type { ResolversOf } from './types';

export const LocalizedNames: ResolversOf<'LocalizedNames'> = {
  nl: (e) => e.nameNl,
  fr: (e) => e.nameFr,
  en: (e) => e.nameEn,
};
