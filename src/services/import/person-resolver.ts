// Person entity resolution. The transfer data has no person ids: a person is a name plus a
// nationality, a birth date narrowed from the ages given at each move, and a position. Mentions
// with the same name are clustered: a mention joins a cluster only if nationality, birth range
// (looser when the move starts where the person's last move ended) and position (goalkeeper or
// not; defence or attack) agree. When it agrees with several (namesakes of similar age), the one
// whose last move ended at the club this move starts from wins, else the only one playing in the
// same position family, else it stays apart and the case is written to the review file.
// Clusters (and World Cup players) are then matched to people already in the graph under the
// same policy, preferring a match that keeps ids stable.
import type { KnownEntity } from './registry';
import { personKey, slug } from './names';
import type { ReviewItem } from './report';

export const DAY_MS = 86_400_000;
/** Ages in the data are off by one now and then; ranges this close still agree. */
export const BIRTH_TOLERANCE_DAYS = 183;
/** A move that starts at the club the person's last move ended at may be off by a year more. */
export const CONTINUING_TOLERANCE_DAYS = 550;

export interface BirthRange {
  /** Days since 1970-01-01. */
  lo: number;
  hi: number;
}

export const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
export const dayText = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const parseDay = (text: string) => Date.parse(`${text}T00:00:00Z`) / DAY_MS;

export function rangesAgree(a: BirthRange | null, b: BirthRange | null, tolerance = BIRTH_TOLERANCE_DAYS): boolean {
  if (!a || !b) return true;
  return a.lo - tolerance <= b.hi && b.lo - tolerance <= a.hi;
}

export interface Mention {
  key: string;
  name: string;
  nationality: string | null;
  birth: BirthRange | null;
  goalkeeper: boolean | null;
  positions: string[];
  /** Sort key in time (season * 2 + window). */
  when: number;
  from: string | null;
  to: string | null;
  /** Index of the event the mention stands for. */
  event: number;
}

export interface PersonCluster {
  key: string;
  mentions: Mention[];
  nationality: string | null;
  /** Greatest lower and least upper bound over the mentions' ranges (may cross on noisy ages). */
  maxLo: number | null;
  minHi: number | null;
  goalkeeper: boolean | null;
  lastTo: string | null;
  /** Position families seen (GK, DEF, MID, ATT). */
  families: Set<string>;
  /** Central roles seen: centre-back (CB) or centre-forward (CF). */
  central: Set<string>;
  /** Assigned after matching. */
  id: string;
  natural: string;
  matched: KnownEntity | null;
  strength: number;
}

function agrees(c: PersonCluster, m: Mention): boolean {
  if (c.nationality && m.nationality && c.nationality !== m.nationality) return false;
  if (c.goalkeeper !== null && m.goalkeeper !== null && c.goalkeeper !== m.goalkeeper) return false;
  // A centre-back is not a centre-forward (wide players do move between back and wing).
  const mine = centralRoles(m.positions);
  const only = (set: Set<string>, role: string) => set.size === 1 && set.has(role);
  if ((only(mine, 'CB') && only(c.central, 'CF')) || (only(mine, 'CF') && only(c.central, 'CB'))) return false;
  if (m.birth && c.maxLo !== null && c.minHi !== null) {
    const tolerance = m.from !== null && m.from === c.lastTo ? CONTINUING_TOLERANCE_DAYS : BIRTH_TOLERANCE_DAYS;
    if (m.birth.lo - tolerance > c.minHi || m.birth.hi + tolerance < c.maxLo) return false;
  }
  return true;
}

function join(c: PersonCluster, m: Mention): void {
  c.mentions.push(m);
  c.nationality ??= m.nationality;
  c.goalkeeper ??= m.goalkeeper;
  if (m.birth) {
    c.maxLo = c.maxLo === null ? m.birth.lo : Math.max(c.maxLo, m.birth.lo);
    c.minHi = c.minHi === null ? m.birth.hi : Math.min(c.minHi, m.birth.hi);
  }
  if (m.to) c.lastTo = m.to;
  for (const f of families(m.positions)) c.families.add(f);
  for (const r of centralRoles(m.positions)) c.central.add(r);
}

/** Centre-back (CB), centre-forward (CF) or anything else (OTHER), for each position given. */
export function centralRoles(positions: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of positions.map((x) => x.toLowerCase())) {
    if (p === 'centre-back' || p === 'sweeper') out.add('CB');
    else if (p === 'centre-forward' || p === 'second striker') out.add('CF');
    else out.add('OTHER');
  }
  return out;
}

const FAMILY: Record<string, string> = {
  goalkeeper: 'GK', 'centre-back': 'DEF', 'left-back': 'DEF', 'right-back': 'DEF', sweeper: 'DEF', defence: 'DEF',
  'defensive midfield': 'MID', 'central midfield': 'MID', 'attacking midfield': 'MID', 'left midfield': 'MID', 'right midfield': 'MID', midfield: 'MID',
  'centre-forward': 'ATT', 'second striker': 'ATT', 'left winger': 'ATT', 'right winger': 'ATT', attack: 'ATT',
  defender: 'DEF', midfielder: 'MID', forward: 'ATT',
};

/** Defender, midfielder, forward or goalkeeper: positions shift within a family more than across. */
export function families(positions: string[]): Set<string> {
  return new Set(positions.map((p) => FAMILY[p.toLowerCase()]).filter((f): f is string => f !== undefined));
}

function newCluster(m: Mention): PersonCluster {
  const c: PersonCluster = { key: m.key, mentions: [], nationality: null, maxLo: null, minHi: null, goalkeeper: null, lastTo: null, families: new Set(), central: new Set(), id: '', natural: '', matched: null, strength: 0 };
  join(c, m);
  return c;
}

/** The birth range a cluster supports; when noisy ages cross, the span between them. */
export function clusterBirth(c: Pick<PersonCluster, 'maxLo' | 'minHi'>): BirthRange | null {
  if (c.maxLo === null || c.minHi === null) return null;
  return c.maxLo <= c.minHi ? { lo: c.maxLo, hi: c.minHi } : { lo: c.minHi, hi: c.maxLo };
}

/** Clusters the mentions of one name (already in time order). */
export function clusterMentions(mentions: Mention[], notes: ReviewItem[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  for (const m of mentions) {
    const fits = clusters.filter((c) => agrees(c, m));
    if (fits.length === 1) {
      join(fits[0]!, m);
      continue;
    }
    if (fits.length > 1) {
      const continuing = m.from ? fits.filter((c) => c.lastTo === m.from) : [];
      if (continuing.length === 1) {
        join(continuing[0]!, m);
        continue;
      }
      // Namesakes of one age at one club: a defender and a forward are told apart by position.
      const mine = families(m.positions);
      const alike = mine.size > 0 ? (continuing.length > 1 ? continuing : fits).filter((c) => [...mine].some((f) => c.families.has(f))) : [];
      if (alike.length === 1) {
        join(alike[0]!, m);
        continue;
      }
      notes.push({
        kind: 'person-ambiguous',
        ids: [],
        names: [m.name],
        note: `a move (${m.from ?? '?'} → ${m.to ?? '?'}) fits ${fits.length} people named "${m.name}" equally well; kept as a separate person`,
      });
    }
    clusters.push(newCluster(m));
  }
  return clusters;
}

/** Ids that would be given without looking at the graph: the name, or name + birth year for namesakes. */
export function naturalIds(clustersByName: Map<string, PersonCluster[]>, displayName: (c: PersonCluster) => string): void {
  const used = new Set<string>();
  const entries = [...clustersByName.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  for (const [, clusters] of entries) {
    const ordered = [...clusters].sort((a, b) => a.mentions[0]!.when - b.mentions[0]!.when || a.mentions[0]!.event - b.mentions[0]!.event);
    for (const c of ordered) {
      const base = slug(displayName(c)) || 'person';
      const birth = clusterBirth(c);
      const year = birth ? new Date(((birth.lo + birth.hi) / 2) * DAY_MS).getUTCFullYear() : null;
      const candidates = ordered.length === 1 ? [`person:${base}`] : [];
      if (year) candidates.push(`person:${base}-${year}`);
      if (c.nationality) candidates.push(`person:${base}-${year ? `${year}-` : ''}${c.nationality.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
      let id = candidates.find((x) => !used.has(x));
      for (let i = 2; !id; i++) if (!used.has(`person:${base}-${i}`)) id = `person:${base}-${i}`;
      used.add(id);
      c.natural = id;
    }
  }
}

export interface Identity {
  /** Folded names the person goes by. */
  keys: string[];
  nationalities: string[];
  birth: BirthRange | null;
}

export interface MatchResult {
  known: KnownEntity;
  /** 2: birth and nationality agree; 1: one of them; 0: the name alone. */
  strength: number;
}

export function identityOf(k: KnownEntity): Identity {
  return {
    keys: k.names.map(personKey),
    nationalities: k.nationalities,
    birth: k.birth ? { lo: parseDay(k.birth.lo), hi: parseDay(k.birth.hi) } : null,
  };
}

/** People already in the graph, by every folded name they go by. */
export class PersonIndex {
  private readonly byKey = new Map<string, KnownEntity[]>();
  readonly byId = new Map<string, KnownEntity>();

  constructor(known: KnownEntity[]) {
    for (const k of known) this.add(k);
  }

  add(k: KnownEntity): void {
    this.byId.set(k.id, k);
    for (const key of new Set(k.names.map(personKey))) {
      const list = this.byKey.get(key);
      if (list) {
        if (!list.includes(k)) list.push(k);
      } else this.byKey.set(key, [k]);
    }
  }

  /** Candidates that nothing contradicts, with how much corroborates them. */
  candidates(who: Identity): MatchResult[] {
    const seen = new Set<string>();
    const out: MatchResult[] = [];
    for (const key of who.keys) {
      for (const k of this.byKey.get(key) ?? []) {
        if (seen.has(k.id)) continue;
        seen.add(k.id);
        const other = identityOf(k);
        let strength = 0;
        if (who.birth && other.birth) {
          if (!rangesAgree(who.birth, other.birth)) continue;
          strength++;
        }
        if (who.nationalities.length > 0 && other.nationalities.length > 0) {
          if (!who.nationalities.some((n) => other.nationalities.includes(n))) continue;
          strength++;
        }
        out.push({ known: k, strength });
      }
    }
    return out.sort((a, b) => b.strength - a.strength || a.known.id.localeCompare(b.known.id));
  }
}

/**
 * Picks the existing person a newcomer is: the one with its natural id (stable re-runs), the only
 * candidate, or the single best-corroborated one; null when it is ambiguous.
 */
export function pickMatch(candidates: MatchResult[], natural: string): MatchResult | null | 'ambiguous' {
  if (candidates.length === 0) return null;
  const same = candidates.find((c) => c.known.id === natural);
  if (same) return same;
  if (candidates.length === 1) return candidates[0]!;
  if (candidates[0]!.strength > candidates[1]!.strength) return candidates[0]!;
  return 'ambiguous';
}

/** Citation confidence of a link to an existing person, by how much corroborates it. */
export function linkConfidence(strength: number): number {
  return strength >= 2 ? 1 : strength === 1 ? 0.8 : 0.6;
}
