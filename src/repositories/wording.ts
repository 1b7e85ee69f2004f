// Readable periods and one-line sentences built from the data (never from article text): the
// explanation of a path hop and the summary of a timeline entry.
import type { PartialDate } from '../knowledge/partial-date';
import type { EntityModel } from '../models/entities';
import { detail, ref, type FactModel } from '../models/facts';
import type { PeriodModel, Relation } from '../models/paths';

export const ROLE_WORDS: Readonly<Record<string, string>> = {
  HEAD_COACH: 'head coach',
  ASSISTANT_COACH: 'assistant coach',
  VIDEO_ANALYST: 'video analyst',
  KIT_MANAGER: 'kit manager',
  YOUTH_COACH: 'youth coach',
  TV_ANALYST: 'TV analyst',
  MANAGER: 'manager',
  STAFF: 'staff member',
  PLAYER: 'player',
};

export const roleWord = (role: string | null): string => ROLE_WORDS[role ?? ''] ?? (role ? role.toLowerCase().replace(/_/g, ' ') : 'staff member');

const UNDATED: PeriodModel = { from: null, to: null, text: 'undated', undated: true };

function lastDayOfMonth(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

/** `2006/07–2010/11`, `2021`, `2023-11`, `2021-05-11`, or a day range, whichever is exact. */
export function rangeText(lo: string, hi: string): string {
  const [ly, lm, ld] = [lo.slice(0, 4), lo.slice(5, 7), lo.slice(8, 10)];
  const [hy, hm, hd] = [hi.slice(0, 4), hi.slice(5, 7), hi.slice(8, 10)];
  if (lm === '07' && ld === '01' && hm === '06' && hd === '30' && Number(hy) > Number(ly)) {
    const season = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
    const first = Number(ly);
    const last = Number(hy) - 1;
    return first === last ? season(first) : `${season(first)}–${season(last)}`;
  }
  if (lm === '01' && ld === '01' && hm === '12' && hd === '31') return ly === hy ? ly : `${ly}–${hy}`;
  if (ld === '01' && lastDayOfMonth(hi)) {
    const a = lo.slice(0, 7);
    const b = hi.slice(0, 7);
    return a === b ? a : `${a}–${b}`;
  }
  return lo === hi ? lo : `${lo} to ${hi}`;
}

/** A period between two days; `ongoing` when the link still holds (no end stated). */
export function periodOfDays(lo: string | null, hi: string | null, ongoing = false): PeriodModel {
  if (!lo) return UNDATED;
  if (ongoing || !hi) return { from: lo, to: null, text: `since ${shortStart(lo)}`, undated: false };
  return { from: lo, to: hi, text: rangeText(lo, hi), undated: false };
}

/** A start day as a season when it opens one. */
function shortStart(lo: string): string {
  if (lo.endsWith('-07-01')) return `${lo.slice(0, 4)}/${String((Number(lo.slice(0, 4)) + 1) % 100).padStart(2, '0')}`;
  return lo;
}

/**
 * Seasons as runs, `2007/08, 2009/10–2010/11`, when a season range would hide a gap; null when
 * the seasons are contiguous or not all seasons (a tournament).
 */
export function seasonRunsText(seasons: readonly string[]): string | null {
  if (seasons.length < 2 || !seasons.every((x) => /^\d{4}\/\d{2}$/.test(x))) return null;
  const years = [...new Set(seasons.map((x) => Number(x.slice(0, 4))))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  if (runs.length < 2) return null;
  const season = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  return runs.map(([a, b]) => (a === b ? season(a) : `${season(a)}–${season(b)}`)).join(', ');
}

const dateText = (d: PartialDate) => (d.precision === 'RANGE' ? `between ${d.lo} and ${d.hi}` : d.text);

/** The period a fact states: `2022/23`, `2022-10–2023-11`, `since 2023-11`, `until 2004`, `undated`. */
export function periodOfFact(f: FactModel, moment: boolean): PeriodModel {
  const { start, end } = f;
  if (!start && !end) return UNDATED;
  if (start && end) {
    const text = start.text === end.text ? dateText(start) : `${dateText(start)}–${dateText(end)}`;
    return { from: start.lo, to: end.hi, text, undated: false };
  }
  if (start) return moment ? { from: start.lo, to: start.hi, text: dateText(start), undated: false } : { from: start.lo, to: null, text: `since ${dateText(start)}`, undated: false };
  return { from: null, to: end!.hi, text: `until ${dateText(end!)}`, undated: false };
}

/** Everything a hop sentence needs, already resolved. */
export interface HopWords {
  relation: Relation;
  from: EntityModel;
  to: EntityModel;
  team: EntityModel | null;
  period: PeriodModel;
  /** Staff role of each end in a squad hop (null for a player). */
  fromRole: string | null;
  toRole: string | null;
  /** The connector fact, for hops through one. */
  fact: FactModel | null;
  /** The person who moved, for a transfer hop. */
  mover: EntityModel | null;
  tournament: string | null;
}

const youth = (f: FactModel | null) => (f?.kind === 'spell' && f.type === 'YOUTH' ? ' as a youth player' : '');
const at = (team: EntityModel | null) => (team ? ` at ${team.name}` : '');

/** One sentence saying how two ends are linked, where and when. */
export function explainHop(w: HopWords): string {
  const a = w.from.name;
  const b = w.to.name;
  const when = ` (${w.period.text})`;
  const team = w.team?.name ?? 'the team';
  switch (w.relation) {
    case 'PLAYED_TOGETHER':
      return w.tournament ? `${a} and ${b} were both in the ${team} squad at ${w.tournament}${w.period.undated ? '' : when}.` : `${a} and ${b} played together at ${team}${when}.`;
    case 'COACHED':
      return `${a} was ${roleWord(w.fromRole)} of ${team} while ${b} played there${when}.`;
    case 'COACHED_BY':
      return `${a} played for ${team} while ${b} was its ${roleWord(w.toRole)}${when}.`;
    case 'SAME_CLUB':
      return w.fromRole ? `${a} was ${roleWord(w.fromRole)} of ${team} while ${b} played there${when}.` : `${a} played for ${team} while ${b} was its ${roleWord(w.toRole)}${when}.`;
    case 'SAME_STAFF': {
      if (w.fact?.kind === 'tenure') {
        const role = roleWord(w.fact.type);
        const underId = ref(w.fact, 'under');
        return underId === w.to.id ? `${a} was ${role} under ${b}${at(w.team)}${when}.` : `${a} had ${b} as ${role} on the staff${at(w.team)}${when}.`;
      }
      return `${a} (${roleWord(w.fromRole)}) and ${b} (${roleWord(w.toRole)}) were on the staff of ${team} together${when}.`;
    }
    case 'MENTORED':
      return `${a} mentored ${b}${at(w.team)}${when}.`;
    case 'MENTORED_BY':
      return `${a} was mentored by ${b}${at(w.team)}${when}.`;
    case 'IN_CONTACT': {
      const topic = w.fact ? detail<string>(w.fact, 'topic') : null;
      return `${a} and ${b} were in contact${topic ? ` about ${topic}` : ''}${when}.`;
    }
    case 'WORKED_WITH':
      return `${a} and ${b} worked together${at(w.team)}${when}.`;
    case 'SUCCEEDED':
      return `${a} succeeded ${b} as ${roleWord(w.fact?.type ?? null)}${at(w.team)}${when}.`;
    case 'SUCCEEDED_BY':
      return `${a} was succeeded by ${b} as ${roleWord(w.fact?.type ?? null)}${at(w.team)}${when}.`;
    case 'FAMILY': {
      const kinship = w.fact ? detail<string>(w.fact, 'kinship') : null;
      if (!kinship || !w.fact) return `${a} and ${b} are family${when}.`;
      const relative = ref(w.fact, 'relative');
      return relative === w.from.id ? `${a} is the ${kinship} of ${b}.` : `${b} is the ${kinship} of ${a}.`;
    }
    case 'MARRIED':
      return `${a} and ${b} are married${w.period.undated ? '' : ` (${w.period.text})`}.`;
    case 'PLAYED_FOR':
      return `${a} played for ${b}${youth(w.fact)}${when}.`;
    case 'HAD_PLAYER':
      return `${b} played for ${a}${youth(w.fact)}${when}.`;
    case 'WORKED_AT':
      return `${a} was ${roleWord(w.fromRole)} of ${b}${when}.`;
    case 'EMPLOYED':
      return `${b} was ${roleWord(w.toRole)} of ${a}${when}.`;
    case 'TRANSFER': {
      const fromId = w.fact ? ref(w.fact, 'from') : null;
      const [left, joined] = fromId === w.to.id ? [b, a] : [a, b];
      return `${w.mover?.name ?? 'A player'} moved from ${left} to ${joined}${when}.`;
    }
  }
}

/** Short words for a path summary: `Steven Defour → in contact with → Vincent Kompany`. */
export const RELATION_WORDS: Readonly<Record<Relation, string>> = {
  PLAYED_TOGETHER: 'played with',
  SAME_STAFF: 'on the same staff as',
  COACHED: 'coached',
  COACHED_BY: 'was coached by',
  SAME_CLUB: 'at the same club as',
  MENTORED: 'mentored',
  MENTORED_BY: 'was mentored by',
  IN_CONTACT: 'in contact with',
  WORKED_WITH: 'worked with',
  SUCCEEDED: 'succeeded',
  SUCCEEDED_BY: 'was succeeded by',
  FAMILY: 'family of',
  MARRIED: 'married to',
  PLAYED_FOR: 'played for',
  HAD_PLAYER: 'had as a player',
  WORKED_AT: 'worked at',
  EMPLOYED: 'employed',
  TRANSFER: 'transfer with',
};
