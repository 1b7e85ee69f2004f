// Folding for search and matching: lower case, accents removed, punctuation to spaces.
export function fold(text: string): string {
  return text
    .normalize('NFKD')
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
