// The transfermarkt-transfers importer: reads `data/<season>/<league>.csv` row by row, rejects
// malformed rows, resolves clubs and people, folds the two rows of a transfer between covered
// clubs into one transfer, derives playing spells from consecutive moves, and attaches rows that
// confirm a curated transfer or spell to that fact instead of duplicating it.
import type { Citation, FactSeed } from '../../domain/types';
import { parsePartialDate, seasonOf } from '../../domain/partial-date';
import type { FactModel } from '../../models/facts';
import { ref } from '../../models/facts';
import { ClubResolver, type ResolvedClub } from './club-resolver';
import { countryCode, leagueCountry } from './countries';
import { readCsv } from './csv';
import { DATASET } from '../../knowledge/datasets';
import { citedName, listFiles } from './files';
import { clean, clubKey, personKey } from './names';
import {
  clusterBirth,
  clusterMentions,
  dayNumber,
  dayText,
  linkConfidence,
  naturalIds,
  pickMatch,
  PersonIndex,
  type BirthRange,
  type Mention,
  type PersonCluster,
} from './person-resolver';
import { attach, emptyPlan, type EntityDraft, type FactStream, type ImportPlan } from './plan';
import type { Progress } from './progress';
import { ownedBy, priorLink, type CuratedFacts, type KnownEntity } from './registry';
import type { ImportReport, ReviewItem } from './report';

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

type Window = 'summer' | 'winter';
type TransferType = 'PERMANENT' | 'LOAN' | 'END_OF_LOAN' | 'RETIREMENT' | 'FREE_AGENT' | 'UNKNOWN';

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

const GENERIC_POSITIONS = new Set(['midfield', 'attack', 'defence']);

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

const pairKey = (r: TransferRow) => [r.key, r.nationality ?? '', r.season, r.window, r.isLoan, r.loanStatus ?? '', r.fee ?? ''].join('|');

/**
 * Some season files head every club's rows with the next club's name (in the 2021 files the
 * rows under "RSC Anderlecht" are Royal Antwerp's, those under "KRC Genk" Anderlecht's, and the
 * champion's heading is missing). A file is suspect when almost none of its transfers seen from
 * both sides agree on the clubs while other files agree on most. In a suspect file each block of
 * rows under one heading is given the club that the other side's rows name (they name the
 * counterpart correctly); a block nothing names is rejected rather than guessed.
 */
export function repairShiftedFiles(rows: TransferRow[], report: ImportReport): TransferRow[] {
  const groups = new Map<string, TransferRow[]>();
  for (const r of rows) {
    const k = pairKey(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  // How often the other side of a move names a row's club as the file heads it, and how often it
  // names another club this same file heads (the sign of a shift). Names match when folded alike
  // or alike without designators; a name that matches neither (Man Utd for Manchester United)
  // counts for nothing.
  const keys = new Map<string, [string, string]>();
  const key = (name: string): [string, string] => {
    let k = keys.get(name);
    if (!k) {
      const c = clubKey(name);
      keys.set(name, (k = [c.full, c.core ?? c.full]));
    }
    return k;
  };
  const same = (a: string, b: string) => {
    const [fa, ca] = key(a);
    const [fb, cb] = key(b);
    return fa === fb || ca === cb;
  };
  const headings = new Map<string, Set<string>>();
  for (const r of rows) {
    const h = headings.get(r.file) ?? new Set<string>();
    h.add(r.club);
    headings.set(r.file, h);
  }
  const stats = new Map<string, { agree: number; shifted: number }>();
  for (const g of groups.values()) {
    if (g.length !== 2 || g[0]!.movement === g[1]!.movement) continue;
    for (const [r, o] of [[g[0]!, g[1]!], [g[1]!, g[0]!]] as const) {
      if (!o.dealing) continue;
      const st = stats.get(r.file) ?? { agree: 0, shifted: 0 };
      if (same(o.dealing, r.club)) st.agree++;
      else if ([...headings.get(r.file)!].some((h) => h !== r.club && same(o.dealing!, h))) st.shifted++;
      stats.set(r.file, st);
    }
  }
  const suspect = new Set([...stats].filter(([, st]) => st.shifted >= 20 && st.shifted > 2 * st.agree).map(([f]) => f));
  if (suspect.size === 0) return rows;
  const drop = new Set<TransferRow>();
  for (const file of [...suspect].sort()) {
    const blocks: { heading: string; rows: TransferRow[] }[] = [];
    for (const r of rows) {
      if (r.file !== file) continue;
      const last = blocks[blocks.length - 1];
      if (last && last.heading === r.club) last.rows.push(r);
      else blocks.push({ heading: r.club, rows: [r] });
    }
    let relabelled = 0;
    blocks.forEach((block, i) => {
      const votes = new Map<string, number>();
      for (const r of block.rows) {
        for (const o of groups.get(pairKey(r)) ?? []) if (o !== r && o.movement !== r.movement && o.dealing) votes.set(o.dealing, (votes.get(o.dealing) ?? 0) + 1);
      }
      const total = [...votes.values()].reduce((t, n) => t + n, 0);
      const [top, n] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
      const previous = blocks[i - 1]?.heading;
      const ok = top !== null && ((n >= 2 && n / total >= 0.6) || (n === total && previous !== undefined && same(top, previous)));
      if (!ok) {
        for (const r of block.rows) {
          drop.add(r);
          report.reject({ source: 'transfers', file: r.file, line: r.line, reason: `club heading "${block.heading}" is unreliable: this file heads clubs' rows with another club's name, and no counterpart row tells whose rows these are`, raw: r.raw ?? '' });
        }
        return;
      }
      for (const r of block.rows) {
        r.headedAs = r.club;
        r.club = top!;
      }
      relabelled += block.rows.length;
    });
    report.note({ kind: 'data-warning', ids: [], names: [file], note: `${file} heads each club's rows with another club's name; ${relabelled} rows given the club their counterpart rows name` });
  }
  return drop.size > 0 ? rows.filter((r) => !drop.has(r)) : rows;
}

export interface TransferFiles {
  rows: TransferRow[];
  files: number;
  /** The files as citations name them. */
  names: Set<string>;
  read: number;
}

export async function readTransfers(root: string, report: ImportReport, progress: Progress): Promise<TransferFiles> {
  const files = listFiles(root, (n) => n.endsWith('.csv'), 'transfer CSV files');
  const rows: TransferRow[] = [];
  let read = 0;
  progress.phase('transfers: reading', files.length);
  for (const [i, file] of files.entries()) {
    const cited = citedName(file);
    const dir = cited.includes('/') ? Number(cited.slice(0, 4)) : null;
    for await (const row of readCsv(file, TRANSFER_COLUMNS, (r) => {
      read++;
      report.reject({ source: 'transfers', file: cited, line: r.line, reason: r.reason, raw: r.raw });
    })) {
      read++;
      const parsed = parseTransferRow(row.fields, cited, row.line, dir);
      if (typeof parsed === 'string') report.reject({ source: 'transfers', file: cited, line: row.line, reason: parsed, raw: row.raw });
      else {
        parsed.raw = row.raw;
        rows.push(parsed);
      }
    }
    progress.update(i + 1);
  }
  const repaired = repairShiftedFiles(rows, report);
  // The raw text is only needed for rejects; drop it before planning holds the rows.
  for (const r of repaired) r.raw = undefined;
  return { rows: repaired, files: files.length, names: new Set(files.map(citedName)), read };
}

interface Side {
  /** Club entity id, or null for a special counterpart. */
  id: string | null;
  /** As the dataset writes it. */
  name: string;
}

interface TransferEvent {
  index: number;
  rows: TransferRow[];
  key: string;
  name: string;
  nationality: string | null;
  season: number;
  window: Window;
  from: Side;
  to: Side;
  type: TransferType;
  fee: number | null;
  marketValue: number | null;
  loanStatus: string | null;
  birth: BirthRange | null;
  when: number;
  /** Set when the rows confirm a curated transfer. */
  attachedTo?: string;
  /** The id of the imported transfer fact, when the rows make one. */
  factId?: string;
}

function transferType(r: TransferRow): TransferType {
  if (r.isLoan) return r.loanStatus?.toLowerCase() === 'end of loan' ? 'END_OF_LOAN' : 'LOAN';
  if (r.special === 'Retired') return 'RETIREMENT';
  if (r.special === 'Without Club') return 'FREE_AGENT';
  if (r.special) return 'UNKNOWN';
  return 'PERMANENT';
}

function rowBirth(r: TransferRow): BirthRange | null {
  return r.age === null ? null : birthFromAge(r.age, r.season, r.window);
}

function intersect(ranges: BirthRange[]): BirthRange | null {
  if (ranges.length === 0) return null;
  const lo = Math.max(...ranges.map((r) => r.lo));
  const hi = Math.min(...ranges.map((r) => r.hi));
  return lo <= hi ? { lo, hi } : { lo: Math.min(...ranges.map((r) => r.lo)), hi: Math.max(...ranges.map((r) => r.hi)) };
}

const mostCommon = (values: string[]): string => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
};

const rowRef = (r: TransferRow) => `${r.file}#L${r.line}`;
const part = (id: string) => id.slice(id.indexOf(':') + 1);
const specialPart = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export interface TransferContext {
  clubs: KnownEntity[];
  people: KnownEntity[];
  curated: CuratedFacts;
  report: ImportReport;
}

export interface TransferPlan extends ImportPlan {
  facts: FactStream;
  stats: { events: number; people: number; clubs: number; pairs: number; linksRefused: number };
}

/** Links covered club headings to the names other clubs' rows give them, from transfers seen twice. */
function learnPairs(rows: TransferRow[], resolver: ClubResolver): number {
  const groups = new Map<string, TransferRow[]>();
  for (const r of rows) {
    const k = pairKey(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const votes = new Map<string, number>();
  const byDealing = new Map<string, number>();
  const byCovered = new Map<string, number>();
  for (const g of groups.values()) {
    if (g.length !== 2) continue;
    const [a, b] = g as [TransferRow, TransferRow];
    const inRow = a.movement === 'in' ? a : b;
    const outRow = a.movement === 'in' ? b : a;
    if (inRow.movement !== 'in' || outRow.movement !== 'out' || inRow.club === outRow.club) continue;
    if (inRow.age !== null && outRow.age !== null && Math.abs(inRow.age - outRow.age) > 1) continue;
    for (const [dealing, covered] of [[inRow.dealingNode, outRow.clubNode], [outRow.dealingNode, inRow.clubNode]] as const) {
      if (!dealing || !covered || dealing === covered) continue;
      const k = `${dealing}\u0000${covered}`;
      votes.set(k, (votes.get(k) ?? 0) + 1);
      byDealing.set(dealing, (byDealing.get(dealing) ?? 0) + 1);
      byCovered.set(covered, (byCovered.get(covered) ?? 0) + 1);
    }
  }
  const accepted: [string, string, number][] = [];
  for (const [k, n] of votes) {
    const [dealing, covered] = k.split('\u0000') as [string, string];
    const shareD = n / byDealing.get(dealing)!;
    const shareC = n / byCovered.get(covered)!;
    const strong = n >= 2 && (shareD >= 0.5 || shareC >= 0.5);
    const single = n === 1 && shareD === 1 && shareC === 1 && sharesWord(dealing, covered);
    if (strong || single) accepted.push([dealing, covered, n]);
  }
  accepted.sort((x, y) => y[2] - x[2] || x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
  let linked = 0;
  for (const [dealing, covered, n] of accepted) if (resolver.linkPair(dealing, covered, n)) linked++;
  return linked;
}

function sharesWord(a: string, b: string): boolean {
  const words = (k: string) => new Set(k.slice(k.indexOf('|') + 1).split(' ').filter((w) => w.length >= 4));
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

/** Seasons a curated spell covers, read the way the derived squads read them. */
function curatedSeasons(f: FactModel): { first: number | null; last: number | null } {
  const first = f.start ? (f.start.precision === 'YEAR' ? Number(f.start.text) : seasonStart(f.start.lo)) : null;
  const last = f.end ? (f.end.precision === 'YEAR' ? Number(f.end.text) - 1 : seasonStart(f.end.hi)) : null;
  return { first, last };
}

function seasonStart(day: string): number {
  const y = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 7 ? y : y - 1;
}

function dateAgrees(f: FactModel, e: TransferEvent): boolean {
  if (!f.start) return true;
  const w = windowRange(e.season, e.window);
  return f.start.lo <= w.hi && w.lo <= f.start.hi;
}

function feeAgrees(f: FactModel, e: { fee: number | null }): boolean {
  const fee = f.details.fee;
  return typeof fee !== 'number' || e.fee === null || fee === e.fee;
}

function transferDetails(e: TransferEvent): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  if (e.fee !== null) d.fee = e.fee;
  if (e.marketValue !== null) d.marketValue = e.marketValue;
  d.window = e.window;
  if (e.loanStatus) d.loanStatus = e.loanStatus;
  d.fromName = e.from.name;
  d.toName = e.to.name;
  return d;
}

function transferCitations(e: TransferEvent): Citation[] {
  return e.rows.map((r) => ({
    source: DATASET.transfers,
    detail: `${rowRef(r)}: ${r.movement} at ${r.club}${r.headedAs ? ` (the file heads these rows "${r.headedAs}")` : ''}`,
    confidence: r.headedAs ? 0.9 : 1,
  }));
}

/** Orders a person's moves in time; moves of one window follow the chain of clubs. */
function chronological(events: TransferEvent[]): TransferEvent[] {
  const sorted = [...events].sort((a, b) => a.when - b.when || a.index - b.index);
  const out: TransferEvent[] = [];
  let current: string | null = null;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.when === sorted[i]!.when) j++;
    const pending = sorted.slice(i, j);
    while (pending.length > 0) {
      const next = pending.findIndex((e) => e.from.id !== null && e.from.id === current);
      const pick = pending.splice(next >= 0 ? next : 0, 1)[0]!;
      out.push(pick);
      current = pick.to.id;
    }
    i = j;
  }
  return out;
}

interface SpellDraft {
  team: string;
  start: number;
  end: number | null;
  inferredStart: boolean;
  /** He left at a time the data does not show (the next move starts elsewhere). */
  left?: boolean;
  factId?: string;
  arrival: TransferEvent | null;
  departure: TransferEvent | null;
}

/** Playing spells from consecutive moves: arrival season to the last season before departure. */
export function spellsFrom(events: TransferEvent[]): SpellDraft[] {
  const spells: SpellDraft[] = [];
  let open: { team: string; start: number; arrival: TransferEvent } | null = null;
  const lastSeason = (e: TransferEvent) => (e.window === 'summer' ? e.season - 1 : e.season);
  for (const e of events) {
    if (open && (e.from.id === null || e.from.id !== open.team)) {
      // Left at a time the data does not show.
      spells.push({ team: open.team, start: open.start, end: null, inferredStart: false, left: true, arrival: open.arrival, departure: null });
      open = null;
    }
    if (e.from.id !== null) {
      const end = lastSeason(e);
      if (open) {
        if (end >= open.start) spells.push({ team: open.team, start: open.start, end, inferredStart: false, arrival: open.arrival, departure: e });
      } else {
        spells.push({ team: e.from.id, start: end, end, inferredStart: true, arrival: null, departure: e });
      }
      open = null;
    }
    if (e.to.id !== null) open = { team: e.to.id, start: e.season, arrival: e };
  }
  if (open) spells.push({ team: open.team, start: open.start, end: null, inferredStart: false, arrival: open.arrival, departure: null });
  return spells;
}

function spellAgrees(f: FactModel, s: SpellDraft): boolean {
  const { first, last } = curatedSeasons(f);
  if (s.end !== null && last !== null && s.end !== last) return false;
  if (first !== null && (s.inferredStart ? s.start < first : s.start !== first)) return false;
  if (last !== null && s.start > last) return false;
  return true;
}

export function planTransfers(rows: TransferRow[], ctx: TransferContext, progress: Progress): TransferPlan {
  const plan = emptyPlan();
  const notes: ReviewItem[] = [];

  // 1. Clubs.
  progress.phase('transfers: clubs', 1);
  const resolver = new ClubResolver();
  const anchors = [...ctx.clubs].sort((a, b) => Number(b.curated) - Number(a.curated) || a.id.localeCompare(b.id));
  for (const k of anchors) resolver.addAnchor({ id: k.id, name: k.name, names: k.names, country: k.country, existing: true, curated: k.curated });
  for (const r of rows) {
    r.clubNode = resolver.addName(r.club, r.clubCountry, 'covered', r.season);
    r.dealingNode = r.dealing ? resolver.addName(r.dealing, r.dealingCountry, 'dealing', r.season) : null;
  }
  const pairs = learnPairs(rows, resolver);
  resolver.linkCores();
  notes.push(...resolver.notes);
  progress.update(1);

  // 2. Transfers: the rows of one move (normally `in` at the buyer and `out` at the seller) become one event.
  progress.phase('transfers: moves', rows.length);
  const events = new Map<string, TransferEvent>();
  const clubOf = (node: string | null | undefined): ResolvedClub | null => (node ? resolver.resolveKey(node) : null);
  rows.forEach((r, i) => {
    const club = clubOf(r.clubNode)!;
    const other = r.special ? null : clubOf(r.dealingNode);
    const here: Side = { id: club.id, name: r.club };
    const there: Side = { id: other?.id ?? null, name: r.special ?? r.dealing ?? 'Unknown' };
    const [from, to] = r.movement === 'in' ? [there, here] : [here, there];
    const type = transferType(r);
    const ref = (s: Side) => s.id ?? `special:${s.name}`;
    const key = [r.key, r.nationality ?? '', r.season, r.window, ref(from), ref(to), type].join('|');
    let e = events.get(key);
    if (!e) {
      e = { index: events.size, rows: [], key: r.key, name: r.name, nationality: r.nationality, season: r.season, window: r.window, from, to, type, fee: null, marketValue: null, loanStatus: r.loanStatus, birth: null, when: r.season * 2 + (r.window === 'winter' ? 1 : 0) };
      events.set(key, e);
    }
    // The buying club's row names the seller as the data spells it, and vice versa: keep each club's own heading.
    if (r.movement === 'in') e.to = here;
    else e.from = here;
    e.rows.push(r);
    e.fee ??= r.fee;
    e.marketValue = r.marketValue ?? e.marketValue;
    if (i % 5000 === 0) progress.update(i);
  });
  const eventList = [...events.values()];
  for (const e of eventList) {
    e.name = mostCommon(e.rows.map((r) => r.name));
    e.birth = intersect(e.rows.map(rowBirth).filter((b): b is BirthRange => b !== null));
  }
  progress.update(rows.length);

  // 3. People: one mention per move, clustered per name.
  progress.phase('transfers: people', eventList.length);
  const byName = new Map<string, Mention[]>();
  for (const e of eventList) {
    const positions = [...new Set(e.rows.map((r) => r.position).filter((p): p is string => p !== null))];
    const gk = positions.length === 0 ? null : positions.includes('Goalkeeper');
    const m: Mention = { key: e.key, name: e.name, nationality: e.nationality, birth: e.birth, goalkeeper: gk, positions, when: e.when, from: e.from.id, to: e.to.id, event: e.index };
    const list = byName.get(e.key);
    if (list) list.push(m);
    else byName.set(e.key, [m]);
  }
  const clustersByName = new Map<string, PersonCluster[]>();
  for (const [key, mentions] of byName) {
    mentions.sort((a, b) => a.when - b.when || a.event - b.event);
    clustersByName.set(key, clusterMentions(mentions, notes));
  }
  const displayName = (c: PersonCluster) => mostCommon(c.mentions.map((m) => m.name));
  naturalIds(clustersByName, displayName);
  const clusters = [...clustersByName.values()].flat().sort((a, b) => a.natural.localeCompare(b.natural));
  progress.update(eventList.length);

  // 4. Match people already in the graph; a person claimed twice stays with the best-supported claim.
  const index = new PersonIndex(ctx.people);
  const claims = new Map<string, { cluster: PersonCluster; strength: number }[]>();
  for (const c of clusters) {
    const birth = clusterBirth(c);
    const found = pickMatch(index.candidates({ keys: [c.key], nationalities: c.nationality ? [c.nationality] : [], birth }), c.natural);
    if (found === 'ambiguous') {
      const names = index.candidates({ keys: [c.key], nationalities: c.nationality ? [c.nationality] : [], birth }).map((x) => x.known.id);
      notes.push({ kind: 'person-ambiguous', ids: names, names: [displayName(c)], note: 'several people in the graph fit this player equally; not linked to any' });
      continue;
    }
    if (!found) continue;
    const list = claims.get(found.known.id) ?? [];
    list.push({ cluster: c, strength: found.strength });
    claims.set(found.known.id, list);
  }
  for (const [id, list] of claims) {
    // The cluster whose own id this is keeps it (stable re-runs); otherwise the best-supported claim.
    list.sort((a, b) => Number(b.cluster.natural === id) - Number(a.cluster.natural === id) || b.strength - a.strength);
    const winner = list.length === 1 || list[0]!.cluster.natural === id || list[0]!.strength > list[1]!.strength ? list[0]! : null;
    if (!winner) {
      notes.push({ kind: 'person-ambiguous', ids: [id], names: list.map((l) => displayName(l.cluster)), note: `${list.length} players fit ${id} equally; none linked` });
      continue;
    }
    winner.cluster.matched = index.byId.get(id)!;
    winner.cluster.strength = winner.strength;
  }
  const taken = new Set(ctx.people.map((p) => p.id));
  for (const c of clusters) {
    if (c.matched) {
      c.id = c.matched.id;
      continue;
    }
    let id = c.natural;
    for (let i = 2; taken.has(id); i++) id = `${c.natural}-${i}`;
    taken.add(id);
    c.id = id;
  }

  // 5. Facts: transfers (or attachments to curated transfers) and spells. Ids and attachments are
  // settled here; the fact objects are built only while they are written (a full import holds
  // close to 300,000 of them).
  progress.phase('transfers: facts', clusters.length);
  const eventsOf = new Map<PersonCluster, TransferEvent[]>();
  const spellsOf = new Map<PersonCluster, SpellDraft[]>();
  for (const c of clusters) eventsOf.set(c, chronological(c.mentions.map((m) => eventList[m.event]!)));
  const usedFactIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let i = 2; usedFactIds.has(id); i++) id = `${base}-${i}`;
    usedFactIds.add(id);
    return id;
  };
  let done = 0;
  let count = 0;
  for (const c of clusters) {
    const person = c.id;
    const evs = eventsOf.get(c)!;
    const curatedTransfers = c.matched ? ctx.curated.transfersOf(person) : [];
    const curatedSpells = c.matched ? ctx.curated.spellsOf(person) : [];
    if (curatedTransfers.length > 0) attachTransfers(plan, person, evs, curatedTransfers, notes);
    for (const e of evs) {
      if (e.attachedTo) continue;
      e.factId = uniqueId(`fact:transfer:${part(person)}:${e.season}-${e.window}:${e.from.id ? part(e.from.id) : specialPart(e.from.name)}:${e.to.id ? part(e.to.id) : specialPart(e.to.name)}${e.type === 'LOAN' ? ':loan' : e.type === 'END_OF_LOAN' ? ':loan-end' : ''}`);
      count++;
      const clash = curatedTransfers.find((f) => ref(f, 'from') === (e.from.id ?? null) && ref(f, 'to') === (e.to.id ?? null));
      if (clash) notes.push({ kind: 'curated-disagreement', ids: [clash.id, e.factId], note: `the dataset dates or prices this move differently from the curated fact (${seasonOf(e.season).text}, ${e.window}${e.fee !== null ? `, fee ${e.fee}` : ''})` });
    }
    const pending: SpellDraft[] = [];
    for (const sp of spellsFrom(evs)) {
      const match = curatedSpells.filter((f) => ref(f, 'team') === sp.team).sort((a, b) => Number(b.type === 'SENIOR') - Number(a.type === 'SENIOR')).find((f) => spellAgrees(f, sp));
      if (match) {
        attach(plan, { factId: match.id, citations: [spellCitation(sp)], details: {} });
        continue;
      }
      sp.factId = uniqueId(`fact:spell:${part(person)}:${part(sp.team)}:${sp.start}`);
      pending.push(sp);
      count++;
      const clash = curatedSpells.find((f) => ref(f, 'team') === sp.team && f.type !== 'YOUTH');
      if (clash) notes.push({ kind: 'curated-disagreement', ids: [clash.id, sp.factId], note: `the dataset's moves give this spell different seasons (${seasonOf(sp.start).text}–${sp.end !== null ? seasonOf(sp.end).text : 'open'})` });
    }
    spellsOf.set(c, pending);
    if (++done % 2000 === 0) progress.update(done);
  }
  progress.update(clusters.length);
  function* facts(): Generator<FactSeed> {
    for (const c of clusters) {
      for (const e of eventsOf.get(c)!) if (e.factId) yield transferFact(c.id, e);
      for (const sp of spellsOf.get(c)!) yield spellFact(c.id, sp);
    }
  }
  const stream: FactStream = { [Symbol.iterator]: facts, size: count };

  // 6. Entities: people and clubs, created or merged into what exists.
  for (const c of clusters) plan.entities.set(c.id, personDraft(c, eventsOf.get(c)!, notes));
  const seenClubs = new Set<string>();
  for (const e of eventList) for (const s of [e.from, e.to]) if (s.id) seenClubs.add(s.id);
  for (const club of resolver.clubs().values()) if (seenClubs.has(club.id) && club.rows > 0) plan.entities.set(club.id, clubDraft(club));

  for (const n of notes) ctx.report.note(n);
  return {
    ...plan,
    facts: stream,
    stats: { events: eventList.length, people: clusters.length, clubs: [...plan.entities.values()].filter((d) => d.type === 'CLUB').length, pairs, linksRefused: resolver.refusedLinks },
  };
}

function transferFact(person: string, e: TransferEvent): FactSeed {
  return {
    id: e.factId!,
    kind: 'transfer',
    type: e.type,
    start: seasonOf(e.season).text,
    refs: { person, ...(e.from.id ? { from: e.from.id } : {}), ...(e.to.id ? { to: e.to.id } : {}) },
    details: transferDetails(e),
    sources: transferCitations(e),
  };
}

function spellCitation(sp: SpellDraft): Citation {
  const arrival = sp.arrival ? rowRef(sp.arrival.rows[0]!) : null;
  const departure = sp.departure ? rowRef(sp.departure.rows[0]!) : null;
  return {
    source: DATASET.transfers,
    detail: `derived from consecutive transfers: ${arrival ?? 'no arrival in the data'} → ${departure ?? 'no departure in the data'}`,
    confidence: sp.inferredStart ? 0.7 : 0.9,
  };
}

function spellFact(person: string, sp: SpellDraft): FactSeed {
  const citation = spellCitation(sp);
  // The data has no move bringing him here (the spell began no later than its first season), or
  // none taking him away although his next move starts elsewhere (it ended at a time it does not show).
  const unknown = sp.inferredStart ? { startUnknown: true } : sp.end === null && sp.departure === null && sp.left ? { endUnknown: true } : null;
  return {
    id: sp.factId!,
    kind: 'spell',
    type: 'SENIOR',
    start: seasonOf(sp.start).text,
    ...(sp.end !== null ? { end: seasonOf(sp.end).text } : {}),
    refs: { person, team: sp.team },
    details: unknown ?? {},
    confidence: citation.confidence,
    sources: [citation],
  };
}

function attachTransfers(plan: ImportPlan, person: string, evs: TransferEvent[], curated: FactModel[], notes: ReviewItem[]): void {
  for (const f of curated) {
    const from = ref(f, 'from');
    const to = ref(f, 'to');
    const same = evs.filter((e) => !e.attachedTo && e.from.id === from && e.to.id === to);
    const hit = same.find((e) => dateAgrees(f, e) && feeAgrees(f, e));
    if (hit) {
      hit.attachedTo = f.id;
      attach(plan, { factId: f.id, citations: transferCitations(hit), details: transferDetails(hit) });
      continue;
    }
    if (same.length > 0) continue;
    // Released and signed elsewhere in the same window: the dataset tells the curated move as
    // two rows through "Without Club".
    const out = evs.find((e) => !e.attachedTo && e.from.id === from && e.to.id === null && e.to.name === 'Without Club' && dateAgrees(f, e));
    const inn = out && evs.find((e) => !e.attachedTo && e.to.id === to && e.from.id === null && e.from.name === 'Without Club' && e.season === out.season && e.window === out.window);
    if (out && inn) {
      out.attachedTo = f.id;
      inn.attachedTo = f.id;
      const details: Record<string, unknown> = {};
      const mv = inn.marketValue ?? out.marketValue;
      if (mv !== null) details.marketValue = mv;
      details.window = out.window;
      details.fromName = out.from.name;
      details.toName = inn.to.name;
      attach(plan, { factId: f.id, citations: [...transferCitations(out), ...transferCitations(inn)], details });
      notes.push({ kind: 'data-warning', ids: [f.id, person], note: 'the dataset records this move as a release and a signing as a free agent in the same window; both rows attached' });
    }
  }
}

function personDraft(c: PersonCluster, evs: TransferEvent[], notes: ReviewItem[]): EntityDraft {
  const rows = evs.flatMap((e) => e.rows);
  const spellings = [...new Set(rows.map((r) => r.name))].sort();
  const name = mostCommon(rows.map((r) => r.name));
  const counts = new Map<string, number>();
  for (const r of rows) if (r.position) counts.set(r.position, (counts.get(r.position) ?? 0) + 1);
  let positions = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  if (positions.some((p) => !GENERIC_POSITIONS.has(p))) positions = positions.filter((p) => !GENERIC_POSITIONS.has(p));
  const birth = clusterBirth(c);
  const birthText = birth ? (birth.lo === birth.hi ? dayText(birth.lo) : `${dayText(birth.lo)}..${dayText(birth.hi)}`) : null;
  const first = rows.map(rowRef).sort()[0]!;
  const seen = `${rows.length} row${rows.length === 1 ? '' : 's'}, first ${first}`;
  if (c.matched && !ownedBy(c.matched, DATASET.transfers)) {
    // A link made by an earlier run keeps the evidence it had then: since, this dataset may have
    // filled the nationality and birth date it would now seem to agree with.
    const prior = priorLink(c.matched, DATASET.transfers, /^linked: ([^;]+);/);
    const strength = prior ? (prior.confidence >= 1 ? 2 : prior.confidence >= 0.8 ? 1 : 0) : c.strength;
    const how = prior?.how ?? (strength >= 2 ? 'name, nationality and birth year agree' : strength === 1 ? 'name and one of nationality or birth year agree, the other is unknown' : 'name only, nothing else is known on one side');
    if (strength < 2) notes.push({ kind: 'person-merge', ids: [c.matched.id], names: spellings, note: `linked to an existing person on weak evidence (${how})` });
    return {
      id: c.id,
      type: 'PERSON',
      name,
      spellings,
      nationalities: c.nationality ? [c.nationality] : [],
      positions,
      birth: birthText,
      citation: { source: DATASET.transfers, detail: `linked: ${how}; ${seen}`, confidence: linkConfidence(strength) },
      merge: { curated: c.matched.curated },
    };
  }
  return {
    id: c.id,
    type: 'PERSON',
    name,
    spellings,
    nationalities: c.nationality ? [c.nationality] : [],
    positions,
    birth: birthText,
    details: birth ? { birthNote: 'range from the ages the transfer rows give' } : undefined,
    citation: { source: DATASET.transfers, detail: seen, confidence: 1 },
  };
}

function clubDraft(club: ResolvedClub): EntityDraft {
  const spellings = [...club.spellings.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
  const listed = spellings.join(', ');
  const detail = `spellings: ${listed.length > 380 ? `${listed.slice(0, 377)}…` : listed}; ${club.rows} rows`;
  return {
    id: club.id,
    type: 'CLUB',
    name: club.name,
    spellings: spellings.length > 0 ? spellings : [club.name],
    country: club.country,
    citation: { source: DATASET.transfers, detail, confidence: 1 },
    ...(club.anchor?.existing ? { merge: { curated: Boolean(club.anchor.curated) } } : {}),
  };
}

