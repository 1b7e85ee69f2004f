// Folding for search and matching: lower case, accents removed, invisible characters dropped,
// punctuation to spaces.

/**
 * Characters that show nothing: zero-width spaces and joiners, the word joiner, the byte-order
 * mark, soft hyphens, bidirectional controls, variation selectors, tags (Unicode's
 * Default_Ignorable_Code_Point, plus every other format character). Dropped, not turned into a
 * space: `De\u200Bfour` is `defour`, as it reads.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every distinct folded name, joined with `|` so a CONTAINS match cannot span two names. */
export function searchText(names: (string | undefined | null)[]): string {
  const folded = new Set<string>();
  for (const n of names) if (n && n.trim()) folded.add(fold(n));
  return `|${[...folded].join('|')}|`;
}
