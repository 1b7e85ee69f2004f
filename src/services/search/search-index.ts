// An in-process name index for search: every name, alias and nickname folded (case, accents,
// punctuation), looked up exactly, by prefix, by word, by substring (trigrams) and, for typos, by
// a bounded edit distance on words. Built from one read of all names; pure and engine-free.
import { fold } from '../../domain/fold';
import type { SearchField, SearchHitModel, SearchMatch, SearchType } from '../../domain/models/paths';

export interface NameRecord {
  id: string;
  type: SearchType;
  names: { text: string; field: SearchField }[];
}

export type IndexHit = SearchHitModel;

interface Entry {
  node: number;
  text: string;
  folded: string;
  field: SearchField;
}

const MATCH_SCORE: Readonly<Record<SearchMatch, number>> = { EXACT: 100, PREFIX: 85, WORD: 75, SUBSTRING: 55, FUZZY: 40 };
const FIELD_BONUS: Readonly<Record<SearchField, number>> = {
  NAME: 6, FULL_NAME: 4, SHORT_NAME: 4, DUTCH_NAME: 3, FRENCH_NAME: 3, ENGLISH_NAME: 3, NICKNAME: 3, ALIAS: 2, TITLE: 1,
};
/** Tie-break when fields and match are equal: more specific kinds of thing first. */
const TYPE_ORDER: Readonly<Record<SearchType, number>> = { PERSON: 0, CLUB: 1, NATIONAL_TEAM: 2, STADIUM: 3, ARTICLE: 4 };
/** Candidates read per lookup before scoring; enough for any page (100) after ranking. */
const CANDIDATE_CAP = 5000;

const trigrams = (s: string): string[] => {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return [...out];
};

// Three rows of the edit-distance table, reused across calls (words are short).
let rowsBuffer = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance with adjacent transpositions (Defuor → Defour is 1), or max + 1 when above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowsBuffer[0]!.length) rowsBuffer = [0, 1, 2].map(() => new Int32Array(b.length + 1));
  let [prev2, prev, cur] = rowsBuffer as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

/** Typos tolerated in a word of this length. */
const typosFor = (len: number) => (len >= 8 ? 2 : len >= 4 ? 1 : 0);

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SearchIndex {
  private readonly nodes: { id: string; type: SearchType }[] = [];
  private readonly entries: Entry[] = [];
  /** Folded names, sorted, with their entry. */
  private readonly sortedNames: string[] = [];
  private readonly sortedNameEntries: number[] = [];
  /** Distinct words, sorted, and the entries holding each. */
  private readonly words: string[] = [];
  private readonly wordEntries = new Map<string, number[]>();
  private readonly wordsByLength = new Map<number, { words: string[]; masks: Int32Array }>();
  private readonly trigramEntries = new Map<string, number[]>();

  constructor(records: readonly NameRecord[]) {
    for (const r of records) {
      const node = this.nodes.push({ id: r.id, type: r.type }) - 1;
      const seen = new Set<string>();
      for (const n of r.names) {
        const folded = fold(n.text);
        if (!folded || seen.has(folded)) continue;
        seen.add(folded);
        this.entries.push({ node, text: n.text, folded, field: n.field });
      }
    }
    const order = this.entries.map((_, i) => i).sort((a, b) => (this.entries[a]!.folded < this.entries[b]!.folded ? -1 : this.entries[a]!.folded > this.entries[b]!.folded ? 1 : a - b));
    for (const i of order) {
      this.sortedNames.push(this.entries[i]!.folded);
      this.sortedNameEntries.push(i);
    }
    this.entries.forEach((e, i) => {
      for (const w of new Set(e.folded.split(' '))) {
        let list = this.wordEntries.get(w);
        if (!list) this.wordEntries.set(w, (list = []));
        list.push(i);
      }
      for (const t of trigrams(e.folded)) {
        let list = this.trigramEntries.get(t);
        if (!list) this.trigramEntries.set(t, (list = []));
        list.push(i);
      }
    });
    this.words.push(...[...this.wordEntries.keys()].sort());
    const byLength = new Map<number, string[]>();
    for (const w of this.words) {
      let list = byLength.get(w.length);
      if (!list) byLength.set(w.length, (list = []));
      list.push(w);
    }
    for (const [len, words] of byLength) this.wordsByLength.set(len, { words, masks: Int32Array.from(words, letterMask) });
  }

  get size(): { nodes: number; names: number; words: number } {
    return { nodes: this.nodes.length, names: this.entries.length, words: this.words.length };
  }

  /** Every node matching the query, best first: one hit per node, with the name that matched best. */
  search(query: string, types?: ReadonlySet<SearchType> | null): IndexHit[] {
    const q = fold(query);
    if (!q) return [];
    const qWords = q.split(' ');
    const best = new Map<number, { entry: number; match: SearchMatch; score: number }>();
    const consider = (entry: number, match: SearchMatch, penalty = 0) => {
      const e = this.entries[entry]!;
      if (types && !types.has(this.nodes[e.node]!.type)) return;
      // Shorter names are closer matches of the same kind.
      const score = MATCH_SCORE[match] + FIELD_BONUS[e.field] - penalty - Math.min(8, (e.folded.length - q.length) / 8);
      const prev = best.get(e.node);
      if (!prev || score > prev.score) best.set(e.node, { entry, match, score });
    };

    // Exact and prefix: one range of the sorted names.
    let i = lowerBound(this.sortedNames, q);
    for (let n = 0; i < this.sortedNames.length && this.sortedNames[i]!.startsWith(q) && n < CANDIDATE_CAP; i++, n++) {
      consider(this.sortedNameEntries[i]!, this.sortedNames[i] === q ? 'EXACT' : 'PREFIX');
    }
    // Words: every query word is a word of the name; the last may be the start of one.
    const wordSets = qWords.map((w, k) => this.entriesWithWord(w, k === qWords.length - 1));
    for (const entry of intersect(wordSets)) consider(entry, 'WORD');
    // Substring: the names holding the query's rarest trigram, checked in full.
    if (q.length >= 3) {
      let rarest: number[] | undefined;
      for (const t of trigrams(q)) {
        const list = this.trigramEntries.get(t) ?? [];
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      for (const entry of rarest ?? []) if (this.entries[entry]!.folded.includes(q)) consider(entry, 'SUBSTRING');
    }
    // Typos: each query word is a name word within a few edits (or the start of one, for the last).
    if (qWords.some((w) => typosFor(w.length) > 0)) {
      const fuzzy: Map<number, number>[] = qWords.map((w, k) => this.entriesNearWord(w, k === qWords.length - 1));
      const common = intersect(fuzzy.map((m) => new Set(m.keys())));
      for (const entry of common) {
        const distance = fuzzy.reduce((sum, m) => sum + (m.get(entry) ?? 0), 0);
        if (distance > 0) consider(entry, 'FUZZY', 6 * distance);
      }
    }

    return [...best.values()]
      .map(({ entry, match, score }) => {
        const e = this.entries[entry]!;
        const node = this.nodes[e.node]!;
        return { id: node.id, type: node.type, matched: e.text, field: e.field, match, score: Math.round(score * 100) / 100, folded: e.folded };
      })
      .sort((a, b) => b.score - a.score || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || compare(a.folded, b.folded) || compare(a.id, b.id))
      .map(({ folded: _f, ...hit }) => hit);
  }

  private entriesWithWord(word: string, prefix: boolean): Set<number> {
    const out = new Set<number>();
    if (!prefix) {
      for (const e of this.wordEntries.get(word) ?? []) out.add(e);
      return out;
    }
    for (let i = lowerBound(this.words, word); i < this.words.length && this.words[i]!.startsWith(word) && out.size < CANDIDATE_CAP; i++) {
      for (const e of this.wordEntries.get(this.words[i]!)!) out.add(e);
    }
    return out;
  }

  /** Entries with a word near `word`, each with the smallest distance found (0 for exact or prefix). */
  private entriesNearWord(word: string, prefix: boolean): Map<number, number> {
    const out = new Map<number, number>();
    for (const e of this.entriesWithWord(word, prefix)) out.set(e, 0);
    const max = typosFor(word.length);
    if (max === 0) return out;
    const mask = letterMask(word);
    for (let len = word.length - max; len <= word.length + max; len++) {
      const bucket = this.wordsByLength.get(len);
      if (!bucket) continue;
      for (let k = 0; k < bucket.words.length; k++) {
        // Each edit changes at most two letters' presence: a cheap test before the real distance.
        if (popcount(mask ^ bucket.masks[k]!) > 2 * max) continue;
        const candidate = bucket.words[k]!;
        const d = editDistance(word, candidate, max);
        if (d === 0 || d > max) continue;
        for (const e of this.wordEntries.get(candidate)!) {
          const prev = out.get(e);
          if (prev === undefined || d < prev) out.set(e, d);
        }
      }
    }
    return out;
  }
}

/** Which of 31 letter classes a word contains (a–z, digits, anything else), one bit each. */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    m |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + ((c - 48) % 4) : 30);
  }
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function intersect(sets: readonly ReadonlySet<number>[] | readonly Set<number>[]): number[] {
  if (sets.length === 0) return [];
  const sorted = [...sets].sort((a, b) => a.size - b.size);
  const out: number[] = [];
  for (const x of sorted[0]!) if (sorted.every((s) => s.has(x))) out.push(x);
  return out;
}
