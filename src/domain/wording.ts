// Words for the graph's codes and dates, shared by the server (explanations, summaries) and the
// explorer page (labels, readable dates): one table per thing, so the two never drift apart.
// Pure functions and tables only (type imports alone), so the browser bundle can take it as it is.
import type { EventType } from './__generated__/schema-types';

/** Staff roles as words in a sentence: `head coach`. */
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

/** A staff role as a label, with the Belgian shorthand (T1, T2) where there is one. */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
  HEAD_COACH: 'Head coach (T1)',
  ASSISTANT_COACH: 'Assistant coach (T2)',
  VIDEO_ANALYST: 'Video analyst',
  KIT_MANAGER: 'Kit manager',
  YOUTH_COACH: 'Youth coach',
  TV_ANALYST: 'TV analyst',
  MANAGER: 'Manager',
};

export const roleWord = (role: string | null): string => ROLE_WORDS[role ?? ''] ?? (role ? role.toLowerCase().replace(/_/g, ' ') : 'staff member');

export type RelationWord =
  | 'PLAYED_TOGETHER'
  | 'SAME_STAFF'
  | 'COACHED'
  | 'COACHED_BY'
  | 'SAME_CLUB'
  | 'MENTORED'
  | 'MENTORED_BY'
  | 'IN_CONTACT'
  | 'WORKED_WITH'
  | 'SUCCEEDED'
  | 'SUCCEEDED_BY'
  | 'FAMILY'
  | 'MARRIED'
  | 'PLAYED_FOR'
  | 'HAD_PLAYER'
  | 'WORKED_AT'
  | 'EMPLOYED'
  | 'TRANSFER';

/** How a hop reads from its `from` end to its `to` end: `Steven Defour → in contact with → Vincent Kompany`. */
export const RELATION_WORDS: Readonly<Record<RelationWord, string>> = {
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
  EMPLOYED: 'had on its staff',
  TRANSFER: 'transfer with',
};

/** Timeline kinds as badges. */
export const TIMELINE_KIND_WORDS = {
  SPELL: 'Playing spell',
  TRANSFER: 'Transfer',
  STAFF_ROLE: 'Staff role',
  SUCCESSION: 'Succession',
  RELATIONSHIP: 'Relationship',
  HONOUR: 'Honour',
  NATIONAL_TEAM: 'National team',
  MATCH: 'Match',
  EVENT: 'Event',
  FAMILY_EVENT: 'Family',
  QUALIFICATION: 'Qualification',
  TOURNAMENT: 'Tournament',
  HOME_GROUND: 'Home ground',
  ARTICLE: 'Article',
} as const;

/** Events as the start of a line: `Died`, `Ran a marathon`. */
export const EVENT_WORDS: Readonly<Record<EventType, string>> = {
  LAST_MATCH_AS_PLAYER: 'Last match as a player',
  RETIREMENT: 'Retired as a player',
  RETIREMENT_ANNOUNCED: 'Announced the end of the playing career',
  INJURY: 'Injury',
  FIRST_DAY_ON_STAFF: 'First day on the staff',
  FIRST_MATCH_ON_STAFF: 'First match on the staff',
  CUP_FINAL_QUALIFICATION: 'Reached the cup final',
  CUP_FINAL: 'Cup final',
  LEAGUE_MATCH: 'League match',
  DEATH: 'Died',
  BURIAL: 'Buried',
  DISMISSAL: 'Dismissed',
  APPOINTMENT: 'Appointed',
  MARATHON: 'Ran a marathon',
  INTERVIEW: 'Interview',
  TRIAL_TRAINING: 'Trial training sessions',
  MISSED_MATCH: 'Missed a match',
  DIAGNOSIS: 'Diagnosis',
  PRESS_CONFERENCE: 'Press conference',
  OTHER: 'Event',
};

/**
 * The explorer's relation filter, one choice per pair of relations (the API treats either
 * relation of a pair as both): each relation names the choice it belongs to.
 */
export const RELATION_CHOICE_WORDS: Readonly<Record<RelationWord, { value: RelationWord; label: string }>> = (() => {
  const pairs: [RelationWord, string, RelationWord[]][] = [
    ['PLAYED_TOGETHER', 'Played together', []],
    ['SAME_STAFF', 'Same staff', []],
    ['COACHED', 'Coach and player', ['COACHED_BY']],
    ['SAME_CLUB', 'Same club (player and staff)', []],
    ['MENTORED', 'Mentorship', ['MENTORED_BY']],
    ['IN_CONTACT', 'In contact', []],
    ['WORKED_WITH', 'Worked with', []],
    ['SUCCEEDED', 'Succession', ['SUCCEEDED_BY']],
    ['FAMILY', 'Family', []],
    ['MARRIED', 'Marriage', []],
    ['PLAYED_FOR', 'Player of a team', ['HAD_PLAYER']],
    ['WORKED_AT', 'Staff of a team', ['EMPLOYED']],
    ['TRANSFER', 'Transfer between teams', []],
  ];
  const out: Partial<Record<RelationWord, { value: RelationWord; label: string }>> = {};
  for (const [value, label, others] of pairs) {
    const choice = { value, label };
    for (const r of [value, ...others]) out[r] = choice;
  }
  return out as Record<RelationWord, { value: RelationWord; label: string }>;
})();

export const RELATIONSHIP_TYPE_WORDS = {
  MENTORSHIP: 'Mentorship',
  CONTACT: 'Contact',
  WORKED_WITH: 'Worked with',
  FAMILY: 'Family',
  MARRIAGE: 'Marriage',
} as const;

export const TENURE_END_WORDS = {
  RETIRED: 'retired',
  DISMISSED: 'dismissed',
  MUTUAL_CONSENT: 'left by mutual consent',
  RESIGNED: 'resigned',
  CONTRACT_ENDED: 'contract ended',
  PROMOTED: 'promoted',
  UNKNOWN: 'end reason unknown',
} as const;

export const TRANSFER_TYPE_WORDS = {
  PERMANENT: 'permanent',
  LOAN: 'loan',
  END_OF_LOAN: 'end of loan',
  RETIREMENT: 'retirement',
  FREE_AGENT: 'free agent',
  UNKNOWN: 'kind not stated',
} as const;

export const STAFF_EVIDENCE_WORDS = {
  DATED: 'tenure dates cover the period',
  ATTESTED: 'undated tenure, attested by a dated fact in the period',
  OPEN_END: 'no source gives the end, and none attests the tenure this late: perhaps no longer in the role',
} as const;

/** Search matches by the name that matched: `nickname “Malinwa”`. */
export const SEARCH_FIELD_WORDS = {
  NAME: 'name',
  FULL_NAME: 'full name',
  SHORT_NAME: 'short name',
  DUTCH_NAME: 'Dutch name',
  FRENCH_NAME: 'French name',
  ENGLISH_NAME: 'English name',
  NICKNAME: 'nickname',
  ALIAS: 'alias',
  TITLE: 'title',
} as const;

/** The transfer dataset's counterparts that are not clubs, as the other end of a move: `from no club`, `to retirement`. */
export const NOT_A_CLUB_WORDS: Readonly<Record<string, string>> = {
  'Without Club': 'no club',
  Retired: 'retirement',
  Unknown: 'a club not named',
  'Career break': 'a career break',
  Ban: 'a ban',
  'Own Youth': 'the club’s own youth',
};

/** The other end of a move that the graph holds no team for, by the name a source gives. */
export const counterpartWords = (name: string | null | undefined): string => (name ? (NOT_A_CLUB_WORDS[name] ?? name) : 'a club not named');

/** A run of results: `12 won, 5 drawn, 9 lost`. */
export const resultWords = (r: { wins: number; draws: number; losses: number }): string => `${r.wins} won, ${r.draws} drawn, ${r.losses} lost`;

/** A league record as articles state it and the data is counted: `26 matches: 12 won, 5 drawn, 9 lost`. */
export const recordWords = (r: { matches: number; wins: number; draws: number; losses: number }): string => `${r.matches} matches: ${resultWords(r)}`;

export const capital = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Euros as a journalist writes them: `€21.76m`, `€750k`, `€0`. */
export function euros(amount: number): string {
  const trim = (n: number) => n.toFixed(2).replace(/\.?0+$/, '');
  if (Math.abs(amount) >= 1_000_000) return `€${trim(amount / 1_000_000)}m`;
  if (Math.abs(amount) >= 1_000) return `€${trim(amount / 1_000)}k`;
  return `€${trim(amount)}`;
}

// ---- Dates ---------------------------------------------------------------------------------
// The API writes partial dates canonically (2021-05-11, 2021-05, 2021, 2021/22,
// 1987-05-12..1988-05-11) and periods from them (`2006/07–2010/11`, `since 2023-11`). The
// functions below make the same text readable, day before month: `11 May 2021`, `Nov 2023`,
// `between Nov 2023 and Apr 2025`, `born 1987 or 1988`.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The season that starts in July of a year: `2008/09`. */
export const seasonName = (y: number): string => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;

function lastDayOfMonth(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

/** `2021-05-11` → `11 May 2021`. */
export function dayWords(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** `2023-11` → `Nov 2023`. */
export function monthWords(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** `2006/07–2010/11`, `2021`, `2023-11`, `2021-05-11`, or a day range, whichever is exact (canonical, for the API). */
export function rangeText(lo: string, hi: string): string {
  const [ly, lm, ld] = [lo.slice(0, 4), lo.slice(5, 7), lo.slice(8, 10)];
  const [hy, hm, hd] = [hi.slice(0, 4), hi.slice(5, 7), hi.slice(8, 10)];
  if (lm === '07' && ld === '01' && hm === '06' && hd === '30' && Number(hy) > Number(ly)) {
    const first = Number(ly);
    const last = Number(hy) - 1;
    return first === last ? seasonName(first) : `${seasonName(first)}–${seasonName(last)}`;
  }
  if (lm === '01' && ld === '01' && hm === '12' && hd === '31') return ly === hy ? ly : `${ly}–${hy}`;
  if (ld === '01' && lastDayOfMonth(hi)) {
    const a = lo.slice(0, 7);
    const b = hi.slice(0, 7);
    return a === b ? a : `${a}–${b}`;
  }
  return lo === hi ? lo : `${lo} to ${hi}`;
}

/** A start day as a season when it opens one. */
export function shortStart(lo: string): string {
  if (lo.endsWith('-07-01')) return seasonName(Number(lo.slice(0, 4)));
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
  return runs.map(([a, b]) => (a === b ? seasonName(a) : `${seasonName(a)}–${seasonName(b)}`)).join(', ');
}

/** A period from the canonical texts of its ends: `2004–2006`, `since 2023-11`, `until 2004`, `undated`. */
export function periodText(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return start === end ? start : `${start}–${end}`;
  if (start) return `since ${start}`;
  if (end) return `until ${end}`;
  return 'undated';
}

/** The same period in words, day first: `Oct 2022–Nov 2023`, `since Nov 2023`. */
export const periodWords = (start: string | null | undefined, end: string | null | undefined): string => readable(periodText(start, end));

/** A range between two days in words: `between Nov 2023 and Apr 2025`, `between 12 May 1987 and 11 May 1988`. */
export function rangeWords(lo: string, hi: string): string {
  const exact = rangeText(lo, hi);
  if (!exact.includes(' to ')) {
    // Whole seasons, years or months: one of them reads as itself, several as "between".
    const [a, b] = exact.split('–');
    return b === undefined ? readable(a!) : `between ${readable(a!)} and ${readable(b)}`;
  }
  return `between ${dayWords(lo)} and ${dayWords(hi)}`;
}

/**
 * Any text the API writes with canonical dates, made readable: partial dates, periods
 * (`2022-10–2023-11` → `Oct 2022–Nov 2023`), explanations and summaries. Seasons and years stay
 * as they are; nothing else in the text changes.
 */
export function readable(text: string): string {
  return text
    .replace(/\b(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})\b/g, (_m, lo: string, hi: string) => rangeWords(lo, hi))
    // The API's sentences write a range as `between 2023-11-01 and 2025-04-30`: the same words as `..`.
    .replace(/\bbetween (\d{4}-\d{2}-\d{2}) and (\d{4}-\d{2}-\d{2})\b/g, (_m, lo: string, hi: string) => rangeWords(lo, hi))
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => dayWords(m))
    .replace(/\b(\d{4})-(0[1-9]|1[0-2])\b(?!-)/g, (m) => monthWords(m))
    // A start or an end known only to a range: `since between …` says it badly.
    .replace(/\bsince between\b/g, 'began between')
    .replace(/\buntil between\b/g, 'ended between');
}

/**
 * A birth date in words: a range from an age on a dated article (`1987-05-12..1988-05-11`)
 * reads `1987 or 1988` (or its one year); anything else as `readable`.
 */
export function bornWords(text: string): string {
  const m = /^(\d{4})-\d{2}-\d{2}\.\.(\d{4})-\d{2}-\d{2}$/.exec(text);
  if (!m) return readable(text);
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a === b) return String(a);
  return b === a + 1 ? `${a} or ${b}` : `between ${a} and ${b}`;
}

// ---- Day inputs -----------------------------------------------------------------------------
// Dates are typed day first, whatever the browser's locale: `15-01-2023` (also with / or .),
// or ISO `2023-01-15`. The URL and the API keep ISO days.

/** `2023-01-15` → `15-01-2023`, the form a day input shows. */
export function dayInputText(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}` : '';
}

/** What the reader typed as an ISO day, or null when it is not a calendar day. */
export function parseDayInput(input: string): string | null {
  const text = input.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
