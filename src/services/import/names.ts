// Name handling shared by the importers: folded keys for matching, ASCII slugs for ids, and the
// club "core" key (the name without designators such as KRC, KV, RSC, R., Royal, FC).
import { fold } from '../../domain/fold';

export { fold };

const TRANSLITERATE: Record<string, string> = { ı: 'i', ð: 'd', þ: 'th', ŋ: 'n', ħ: 'h', ŧ: 't', ĸ: 'k', ſ: 's' };

/** An ASCII slug for ids: `Standard Liège` → `standard-liege`; empty when nothing is left. */
export function slug(name: string): string {
  return fold(name)
    .replace(/[^\x00-\x7f]/g, (c) => TRANSLITERATE[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Club designators: legal-form and honorific tokens that Belgian (and other) club names carry in
 * front or at the end. Stripping them gives a core key used only as a candidate for matching:
 * two names with the same core are merged only when their designators do not contradict each
 * other (see `designatorsCompatible`). `club` and `sporting` are not designators: they tell
 * Club Brugge from Cercle Brugge and Sporting from other clubs.
 */
export const DESIGNATORS = new Set([
  'k', 'kon', 'koninklijke', 'r', 'royal', 'royale', 're',
  'fc', 'kfc', 'rfc', 'afc', 'cf', 'sc', 'ksc', 'rsc', 'sk', 'ksk', 'sv', 'ksv', 'vv', 'kvv', 'kv', 'kvc', 'krc', 'rc',
  'aa', 'kaa', 'as', 'kas', 'ac', 'rwd', 'cd', 'ud', 'sd', 'ss', 'ssc', 'us', 'fk', 'vfb', 'vfl', 'tsv', 'bv', 'ca',
]);

export interface ClubKey {
  /** The whole folded name. */
  full: string;
  /** The folded name without leading and trailing designators; null when nothing is left. */
  core: string | null;
  /** The designators stripped, sorted. */
  designators: string[];
}

export function clubKey(name: string): ClubKey {
  // Initials written with dots are one token: `Beerschot V.A.` is `beerschot va`, `A.S. Roma` `as roma`.
  const full = fold(name).replace(/\b([a-z0-9])(?: ([a-z0-9])\b)+/g, (run) => run.replace(/ /g, ''));
  const tokens = full.split(' ').filter(Boolean);
  const stripped: string[] = [];
  while (tokens.length > 1 && DESIGNATORS.has(tokens[0]!)) stripped.push(tokens.shift()!);
  while (tokens.length > 1 && DESIGNATORS.has(tokens[tokens.length - 1]!)) stripped.push(tokens.pop()!);
  const core = tokens.length > 0 && !(tokens.length === 1 && DESIGNATORS.has(tokens[0]!)) ? tokens.join(' ') : null;
  return { full, core, designators: [...new Set(stripped)].sort() };
}

/**
 * Two names with the same core may name the same club only when the designators of one are
 * part of the other's: `Genk` ~ `KRC Genk`, `Royal Antwerp` ~ `Royal Antwerp FC`, but never
 * `KV Mechelen` ~ `RC Mechelen` or `KAA Gent` ~ `KRC Gent`.
 */
export function designatorsCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((d) => big.includes(d));
}

/** A person's name as a matching key (case, accents, punctuation and spacing ignored). */
export function personKey(name: string): string {
  return fold(name);
}

/** Trims and collapses inner whitespace (`Cercle Brugge ` → `Cercle Brugge`). */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
