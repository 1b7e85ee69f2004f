// Global ids, in one place: `person:steven-defour`, `club:kv-mechelen`, `nt:belgium`,
// `stadium:…`, `fact:spell:steven-defour:krc-genk`, `article:002_…`, `dataset:…`, `editor:…`.
// What a stored id may look like (seeds, imports, edits) and what a client may ask for
// (anything of the right prefix and length: an unknown id answers null, a malformed one
// BAD_USER_INPUT) are both here.
export const ENTITY_PREFIXES = ['person', 'club', 'nt', 'stadium'] as const;
export const SOURCE_PREFIXES = ['article', 'dataset', 'editor'] as const;
export type IdPrefix = (typeof ENTITY_PREFIXES)[number] | (typeof SOURCE_PREFIXES)[number] | 'fact';

/** The longest id a client may send (longer ids are malformed, not unknown). */
export const MAX_ID_LENGTH = 300;

/** Stored ids: the shapes the write path accepts. */
export const STORED_ID = {
  entity: /^(person|club|nt|stadium):[a-z0-9][a-z0-9-]{0,199}$/,
  fact: /^fact:[a-z0-9\-:.]{1,290}$/,
  source: /^(article|dataset|editor):[A-Za-z0-9_.\-]{1,200}$/,
} as const;

/** Whether a client-sent id is well formed, with one of `prefixes` (any prefix when none given). */
export function isWellFormedId(id: string, prefixes?: readonly IdPrefix[]): boolean {
  const colon = id.indexOf(':');
  if (colon < 1 || id.length > MAX_ID_LENGTH || /\s/.test(id) || colon === id.length - 1) return false;
  const prefix = id.slice(0, colon) as IdPrefix;
  const known = [...ENTITY_PREFIXES, ...SOURCE_PREFIXES, 'fact'] as readonly string[];
  return known.includes(prefix) && (!prefixes || prefixes.includes(prefix));
}

export const prefixOf = (id: string): string => id.slice(0, Math.max(0, id.indexOf(':')));
export const isFactId = (id: string): boolean => id.startsWith('fact:');
export const isSourceId = (id: string): boolean => (SOURCE_PREFIXES as readonly string[]).includes(prefixOf(id));
export const isTeamId = (id: string): boolean => id.startsWith('club:') || id.startsWith('nt:');
