// Periods and one-line sentences built from the data (never from article text): the explanation
// of a path hop. The words themselves (roles, relations, date forms) come from
// src/domain/wording.ts, which the explorer page shares.
import type { PartialDate } from './partial-date';
import type { EntityModel } from './models/entities';
import { detail, ref, type FactModel } from './models/facts';
import type { PeriodModel, Relation } from './models/paths';
import { periodText, rangeText, roleWord, shortStart } from './wording';


const UNDATED: PeriodModel = { from: null, to: null, text: 'undated', undated: true };

/** A period between two days; `ongoing` when the link still holds (no end stated). */
export function periodOfDays(lo: string | null, hi: string | null, ongoing = false): PeriodModel {
  if (!lo) return UNDATED;
  if (ongoing || !hi) return { from: lo, to: null, text: `since ${shortStart(lo)}`, undated: false };
  return { from: lo, to: hi, text: rangeText(lo, hi), undated: false };
}

const dateText = (d: PartialDate) => (d.precision === 'RANGE' ? `between ${d.lo} and ${d.hi}` : d.text);

/** The period a fact states: `2022/23`, `2022-10–2023-11`, `since 2023-11`, `until 2004`, `undated`. */
export function periodOfFact(f: FactModel, moment: boolean): PeriodModel {
  const { start, end } = f;
  if (!start && !end) return UNDATED;
  // A moment (a match, a transfer) is its start alone; anything else without an end is ongoing.
  const text = periodText(start && dateText(start), end && dateText(end));
  if (start && end) return { from: start.lo, to: end.hi, text, undated: false };
  if (start) return moment ? { from: start.lo, to: start.hi, text: dateText(start), undated: false } : { from: start.lo, to: null, text, undated: false };
  return { from: null, to: end!.hi, text, undated: false };
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
