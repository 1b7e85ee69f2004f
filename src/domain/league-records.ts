// League records computed from matches, and how they compare with a record a source states.
// Pure functions over facts: the repository reads the tenure's matches from the database.
//
// A tenure known only to the month (Defour: 2022-10..2023-11) may or may not include the matches
// of that month: those are "uncertain" and left out of the counted record, listed instead. A
// stated record ("26 matches: 12 won, 5 drawn, 9 lost") is compared with the data's first N
// league matches of the tenure (N as stated), trying each uncertain start in turn: when one fits,
// the record agrees (and dates the first match in charge); when none does, the differences are
// listed, and a source that counts more matches than the league had by its publication day is
// counting other competitions too: a difference of scope, not an error.
import type { CoachingRecordModel } from './models/graph-parts';
import type { FactOf } from './models/facts';
import { ref } from './models/facts';
import { recordWords } from './wording';
import type { PartialDate } from './partial-date';

export interface LeagueRecordModel {
  matches: number;
  wins: number;
  draws: number;
  losses: number;
  goalsFor: number;
  goalsAgainst: number;
  /** Of `matches`, those of the play-offs after the regular season. */
  playOffMatches: number;
  /** First and last day counted (null for no match). */
  from: string | null;
  to: string | null;
  /** The matches counted, in date order. */
  matchIds: string[];
}

export type RecordField = 'MATCHES' | 'WINS' | 'DRAWS' | 'LOSSES';

export interface RecordDisagreementModel {
  field: RecordField;
  stated: number;
  data: number;
  /** SCOPE: the source counts other competitions as well (not an error); DIFFERENT: the same matches, other figures. */
  kind: 'SCOPE' | 'DIFFERENT';
  explanation: string;
}

export interface StatedRecordCheckModel {
  stated: CoachingRecordModel;
  statedBy: string | null;
  /** The data's first N league matches of the tenure (N as stated), from the start that fits best. */
  data: LeagueRecordModel | null;
  /** League matches from the tenure's start to the stating source's publication (its latest day). */
  byPublication: LeagueRecordModel | null;
  agrees: boolean;
  /** When agreeing needs an uncertain match to be the first in charge: that match. */
  firstMatchId: string | null;
  disagreements: RecordDisagreementModel[];
  summary: string;
}

export interface HeadCoachRecordModel {
  tenure: FactOf<'tenure'>;
  team: string;
  /** Null when the tenure's start is unknown: the data cannot tell which matches were his. */
  record: LeagueRecordModel | null;
  uncertainMatchIds: string[];
  /** No known end: counted to the last match the data holds, which does not mean the tenure lasted. */
  openEnd: boolean;
  /** The last day counted (the tenure's end, or the data's last match when it has none). */
  through: string | null;
  summary: string;
  stated: StatedRecordCheckModel[];
}

/** League matches (regular season and play-offs) with a known score. */
export function isScoredLeagueMatch(f: FactOf<'match'>): boolean {
  return f.kind === 'match' && (f.type === 'LEAGUE' || f.type === 'PLAYOFF') && typeof f.details.homeGoals === 'number' && typeof f.details.awayGoals === 'number' && f.start !== null;
}

export function recordOf(team: string, matches: FactOf<'match'>[]): LeagueRecordModel {
  const r: LeagueRecordModel = { matches: 0, wins: 0, draws: 0, losses: 0, goalsFor: 0, goalsAgainst: 0, playOffMatches: 0, from: null, to: null, matchIds: [] };
  for (const m of matches) {
    const home = ref(m, 'home') === team;
    const [h, a] = [m.details.homeGoals as number, m.details.awayGoals as number];
    const [gf, ga] = home ? [h, a] : [a, h];
    r.matches++;
    r.goalsFor += gf;
    r.goalsAgainst += ga;
    if (gf > ga) r.wins++;
    else if (gf < ga) r.losses++;
    else r.draws++;
    if (m.type === 'PLAYOFF') r.playOffMatches++;
    const day = m.start!.lo;
    if (!r.from || day < r.from) r.from = day;
    const last = m.start!.hi;
    if (!r.to || last > r.to) r.to = last;
    r.matchIds.push(m.id);
  }
  return r;
}


/**
 * The tenure's league record from the team's scored league matches (sorted by day) between its
 * start and end. `publishedHi` gives the latest day each stating source can have counted to.
 */
export function headCoachRecord(tenure: FactOf<'tenure'>, team: string, matches: FactOf<'match'>[], sources: Map<string, PartialDate | null>): HeadCoachRecordModel {
  const league = matches.filter(isScoredLeagueMatch);
  const start = tenure.start;
  const end = tenure.end;
  const stated = tenure.details.record as (CoachingRecordModel & { statedBy?: string; scope?: string }) | undefined;
  if (!start) {
    return {
      tenure, team, record: null, uncertainMatchIds: [], openEnd: end === null, through: end?.hi ?? null,
      summary: end ? `The start of the tenure is unknown (it ended ${end.text}): the data cannot tell which league matches were in charge of this coach.` : 'The tenure is undated: the data cannot tell which league matches it covers.',
      stated: stated ? [{ stated, statedBy: stated.statedBy ?? null, data: null, byPublication: null, agrees: false, firstMatchId: null, disagreements: [], summary: 'Not compared: the tenure\'s start is unknown.' }] : [],
    };
  }
  const lastData = league.length > 0 ? league[league.length - 1]!.start!.hi : null;
  const hi = end ? end.hi : (lastData ?? start.hi);
  // Possible: could be in the tenure; certain: surely in it (after the start's span, before the end's).
  const possible = league.filter((m) => m.start!.hi >= start.lo && m.start!.lo <= hi);
  const certain = possible.filter((m) => m.start!.lo > start.hi || (start.precision === 'DAY' && m.start!.lo >= start.lo)).filter((m) => !end || m.start!.hi < end.lo || (end.precision === 'DAY' && m.start!.hi <= end.hi));
  if (possible.length === 0) {
    const none = 'The graph holds no league result in the span of this tenure: import the league results (npm run import -- results) to compute its record.';
    return {
      tenure, team, record: recordOf(team, []), uncertainMatchIds: [], openEnd: end === null, through: end?.hi ?? null, summary: none,
      stated: stated ? [{ stated, statedBy: stated.statedBy ?? null, data: null, byPublication: null, agrees: false, firstMatchId: null, disagreements: [], summary: 'Not compared: no league result in the span of the tenure.' }] : [],
    };
  }
  const certainIds = new Set(certain.map((m) => m.id));
  const uncertain = possible.filter((m) => !certainIds.has(m.id));
  const record = recordOf(team, certain);
  const openEnd = end === null;
  const summary =
    `${recordWords(record)} (goals ${record.goalsFor}-${record.goalsAgainst}) in the league from ${record.from ?? '—'} to ${record.to ?? '—'}` +
    (uncertain.length > 0 ? `; ${uncertain.length} more in the month${start.precision !== 'DAY' && end && end.precision !== 'DAY' ? 's' : ''} the tenure is known only to (${[start.precision !== 'DAY' ? start.text : null, end && end.precision !== 'DAY' ? end.text : null].filter(Boolean).join(', ')}) are not counted` : '') +
    (openEnd ? `; the tenure has no known end, so this counts to the last match the data holds (${lastData ?? '—'}), which does not mean he was still in charge` : '') +
    '.';
  const checks: StatedRecordCheckModel[] = [];
  if (stated) checks.push(checkStated(stated, team, possible, uncertain.filter((m) => m.start!.lo <= start.hi), sources));
  return { tenure, team, record, uncertainMatchIds: uncertain.map((m) => m.id), openEnd, through: openEnd ? lastData : end!.hi, summary, stated: checks };
}

function checkStated(stated: CoachingRecordModel & { statedBy?: string; scope?: string }, team: string, possible: FactOf<'match'>[], uncertainStart: FactOf<'match'>[], sources: Map<string, PartialDate | null>): StatedRecordCheckModel {
  const n = stated.matches;
  const published = stated.statedBy ? (sources.get(stated.statedBy) ?? null) : null;
  const cutoff = published?.hi ?? null;
  const u = uncertainStart.length;
  const windows: { i: number; rec: LeagueRecordModel; last: string }[] = [];
  for (let i = 0; i <= u && i + n <= possible.length; i++) {
    const w = possible.slice(i, i + n);
    windows.push({ i, rec: recordOf(team, w), last: w[w.length - 1]?.start!.lo ?? '' });
  }
  const fits = windows.filter((w) => w.rec.wins === stated.wins && w.rec.draws === stated.draws && w.rec.losses === stated.losses && (!cutoff || w.last <= cutoff));
  // By publication: league matches from the first certain one (and from the earliest possible) to the cutoff.
  const byPub = cutoff ? recordOf(team, possible.slice(u).filter((m) => m.start!.lo <= cutoff)) : null;
  const byPubMax = cutoff ? possible.filter((m) => m.start!.lo <= cutoff).length : null;
  if (fits.length > 0) {
    const f = fits[fits.length - 1]!;
    const first = possible[f.i]!;
    return {
      stated, statedBy: stated.statedBy ?? null, data: f.rec, byPublication: byPub, agrees: true, firstMatchId: f.i < u ? first.id : null, disagreements: [],
      summary: `The data agrees: its ${n} league matches from ${f.rec.from} to ${f.rec.to} give ${recordWords(f.rec)}` + (f.i < u ? `, if the first match in charge was the one of ${first.start!.text} (the tenure's start is known only to ${first.start!.text.slice(0, 7)})` : '') + '.',
    };
  }
  const base = windows.find((w) => w.i === u) ?? windows[windows.length - 1] ?? null;
  const data = base?.rec ?? null;
  const disagreements: RecordDisagreementModel[] = [];
  const compareWith = byPub && byPubMax !== null && byPubMax < n ? byPub : data;
  const scope = byPubMax !== null && byPubMax < n;
  if (scope && byPub) {
    disagreements.push({
      field: 'MATCHES', stated: n, data: byPub.matches, kind: 'SCOPE',
      explanation: `The source counts ${n} matches by ${cutoff} at the latest, when the league had played only ${byPubMax} in the tenure's span (${byPub.matches} surely in it): at least ${n - byPubMax} of its matches are from other competitions (the cup), so its record is over all competitions and the data's over the league. A difference of scope, not an error.`,
    });
  } else if (compareWith && compareWith.matches < n) {
    disagreements.push({ field: 'MATCHES', stated: n, data: compareWith.matches, kind: 'DIFFERENT', explanation: `The data holds only ${compareWith.matches} league matches in the tenure, the source counts ${n}.` });
  }
  if (compareWith) {
    for (const [field, s, d] of [['WINS', stated.wins, compareWith.wins], ['DRAWS', stated.draws, compareWith.draws], ['LOSSES', stated.losses, compareWith.losses]] as const) {
      if (s === d) continue;
      disagreements.push({
        field, stated: s, data: d, kind: scope ? 'SCOPE' : 'DIFFERENT',
        explanation: scope
          ? `${field.toLowerCase()}: ${s} stated over all competitions, ${d} in the league from ${compareWith.from} to ${compareWith.to}; the rest are cup matches the data does not hold.`
          : `${field.toLowerCase()}: the source says ${s}, the data's ${compareWith.matches} league matches from ${compareWith.from} to ${compareWith.to} give ${d}.`,
      });
    }
  }
  return {
    stated, statedBy: stated.statedBy ?? null, data, byPublication: byPub, agrees: false, firstMatchId: null, disagreements,
    summary: scope
      ? `The source's ${recordWords(stated)} cannot all be league matches: by its publication (${cutoff} at the latest) the league had played ${byPubMax} in the tenure's span. The data's league record to then is ${byPub ? recordWords(byPub) : '—'}.`
      : `The data's first ${data?.matches ?? 0} league matches of the tenure give ${data ? recordWords(data) : '—'}, the source ${recordWords(stated)}.`,
  };
}
