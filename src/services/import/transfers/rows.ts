// One row of a transfermarkt-transfers file (`data/<season>/<league>.csv`), parsed and checked:
// a row is a move seen from one club (`in` at the buyer, `out` at the seller).
import { countryCode, leagueCountry } from '../countries';
import { clean, personKey } from '../names';
import { dayNumber, type BirthRange } from '../person-resolver';

export const TRANSFER_COLUMNS = [
  'club', 'name', 'age', 'nationality', 'position', 'short_pos', 'market_value', 'dealing_club',
  'dealing_country', 'fee', 'movement', 'window', 'league', 'season', 'is_loan', 'loan_status',
] as const;

/** Counterparts that are not clubs. */
const SPECIAL: Record<string, string> = {
  'without club': 'Without Club',
  retired: 'Retired',
  unknown: 'Unknown',
  'career break': 'Career break',
  ban: 'Ban',
  'own youth': 'Own Youth',
};

export type Window = 'summer' | 'winter';
export type TransferType = 'PERMANENT' | 'LOAN' | 'END_OF_LOAN' | 'RETIREMENT' | 'FREE_AGENT' | 'UNKNOWN';

export interface TransferRow {
  file: string;
  line: number;
  /** The record as written (for the rejects file). */
  raw?: string;
  club: string;
  clubCountry: string | null;
  name: string;
  key: string;
  age: number | null;
  nationality: string | null;
  position: string | null;
  marketValue: number | null;
  /** The other club as written, or null for a special counterpart. */
  dealing: string | null;
  dealingCountry: string | null;
  /** Without Club, Retired, Unknown, Career break, Ban, Own Youth. */
  special: string | null;
  fee: number | null;
  movement: 'in' | 'out';
  window: Window;
  season: number;
  isLoan: boolean;
  loanStatus: string | null;
  /** The heading the file gives the row's club, when the importer corrected it (see repairShiftedFiles). */
  headedAs?: string;
  clubNode?: string | null;
  dealingNode?: string | null;
}
function number(text: string, what: string): number | null | string {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isFinite(n)) return `${what} "${t.slice(0, 30)}" is not a number`;
  if (n < 0) return `${what} ${t} is negative`;
  return n;
}

/** Parses and checks one row; a string is the reason it is rejected. */
export function parseTransferRow(f: Record<string, string>, file: string, line: number, dirSeason: number | null): TransferRow | string {
  const club = clean(f.club ?? '');
  const name = clean(f.name ?? '');
  if (!club) return 'empty club';
  if (!name) return 'empty player name';
  const movement = (f.movement ?? '').trim();
  if (movement !== 'in' && movement !== 'out') return `movement "${movement.slice(0, 20)}" is neither in nor out`;
  const window = (f.window ?? '').trim();
  if (window !== 'summer' && window !== 'winter') return `window "${window.slice(0, 20)}" is neither summer nor winter`;
  const seasonText = (f.season ?? '').trim();
  if (!/^\d{4}$/.test(seasonText) || Number(seasonText) < 1900 || Number(seasonText) > 2100) return `season "${seasonText.slice(0, 20)}" is not a year`;
  const season = Number(seasonText);
  if (dirSeason !== null && dirSeason !== season) return `season ${season} in a file of season ${dirSeason}`;
  const age = number(f.age ?? '', 'age');
  if (typeof age === 'string') return age;
  const fee = number(f.fee ?? '', 'fee');
  if (typeof fee === 'string') return fee;
  const marketValue = number(f.market_value ?? '', 'market value');
  if (typeof marketValue === 'string') return marketValue;
  const loan = (f.is_loan ?? '').trim();
  if (loan !== 'True' && loan !== 'False') return `is_loan "${loan.slice(0, 20)}" is neither True nor False`;
  const dealingText = clean(f.dealing_club ?? '');
  const special = dealingText === '' ? 'Unknown' : (SPECIAL[dealingText.toLowerCase()] ?? null);
  const position = clean(f.position ?? '');
  return {
    file,
    line,
    club,
    clubCountry: leagueCountry(f.league ?? ''),
    name,
    key: personKey(name),
    // Ages outside 14..50 are data errors (a 9-year-old, a 63-year-old): kept as unknown.
    age: age !== null && age >= 14 && age <= 50 ? Math.floor(age) : null,
    nationality: countryCode(f.nationality),
    position: position || null,
    marketValue,
    dealing: special ? null : dealingText,
    dealingCountry: countryCode(f.dealing_country),
    special,
    fee,
    movement,
    window,
    season,
    isLoan: loan === 'True',
    loanStatus: clean(f.loan_status ?? '') || null,
  };
}

/** Birth range from an age at a transfer window (summer: June–September; winter: January–February). */
export function birthFromAge(age: number, season: number, window: Window): BirthRange {
  return window === 'summer'
    ? { lo: dayNumber(season - age - 1, 6, 2), hi: dayNumber(season - age, 9, 30) }
    : { lo: dayNumber(season - age, 1, 2), hi: dayNumber(season + 1 - age, 2, 28) };
}

/** The days a transfer of a season and window can fall on. */
export function windowRange(season: number, window: Window): { lo: string; hi: string } {
  return window === 'summer' ? { lo: `${season}-05-15`, hi: `${season}-09-30` } : { lo: `${season + 1}-01-01`, hi: `${season + 1}-02-28` };
}


/** What the two rows of one move (one at each club) share. */
export const moveKey = (r: TransferRow) => [r.key, r.nationality ?? '', r.season, r.window, r.isLoan, r.loanStatus ?? '', r.fee ?? ''].join('|');

/** Rows grouped by the move they may describe: a move between covered clubs has a row at each. */
export function groupByMove(rows: readonly TransferRow[]): Map<string, TransferRow[]> {
  const groups = new Map<string, TransferRow[]>();
  for (const r of rows) {
    const k = moveKey(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}
