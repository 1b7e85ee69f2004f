// Moves (the rows of one transfer folded together), the spells consecutive moves make, and the
// facts and citations both become; how a move or a spell agrees with a curated fact.
import type { Citation, FactSeed } from '../../../domain/types';
import { seasonOf } from '../../../domain/partial-date';
import type { FactModel } from '../../../domain/models/facts';
import { DATASET } from '../../../knowledge/datasets';
import type { BirthRange } from '../person-resolver';
import { birthFromAge, windowRange, type TransferRow, type TransferType, type Window } from './rows';

export interface Side {
  /** Club entity id, or null for a special counterpart. */
  id: string | null;
  /** As the dataset writes it. */
  name: string;
}

export interface TransferEvent {
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

export function transferType(r: TransferRow): TransferType {
  if (r.isLoan) return r.loanStatus?.toLowerCase() === 'end of loan' ? 'END_OF_LOAN' : 'LOAN';
  if (r.special === 'Retired') return 'RETIREMENT';
  if (r.special === 'Without Club') return 'FREE_AGENT';
  if (r.special) return 'UNKNOWN';
  return 'PERMANENT';
}

export function rowBirth(r: TransferRow): BirthRange | null {
  return r.age === null ? null : birthFromAge(r.age, r.season, r.window);
}

export function intersect(ranges: BirthRange[]): BirthRange | null {
  if (ranges.length === 0) return null;
  const lo = Math.max(...ranges.map((r) => r.lo));
  const hi = Math.min(...ranges.map((r) => r.hi));
  return lo <= hi ? { lo, hi } : { lo: Math.min(...ranges.map((r) => r.lo)), hi: Math.max(...ranges.map((r) => r.hi)) };
}

export const mostCommon = (values: string[]): string => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
};

export const rowRef = (r: TransferRow) => `${r.file}#L${r.line}`;
export const part = (id: string) => id.slice(id.indexOf(':') + 1);
export const specialPart = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Seasons a curated spell covers, read the way the derived squads read them. */
export function curatedSeasons(f: FactModel): { first: number | null; last: number | null } {
  const first = f.start ? (f.start.precision === 'YEAR' ? Number(f.start.text) : seasonStart(f.start.lo)) : null;
  const last = f.end ? (f.end.precision === 'YEAR' ? Number(f.end.text) - 1 : seasonStart(f.end.hi)) : null;
  return { first, last };
}

function seasonStart(day: string): number {
  const y = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 7 ? y : y - 1;
}

export function dateAgrees(f: FactModel, e: TransferEvent): boolean {
  if (!f.start) return true;
  const w = windowRange(e.season, e.window);
  return f.start.lo <= w.hi && w.lo <= f.start.hi;
}

export function feeAgrees(f: FactModel, e: { fee: number | null }): boolean {
  const fee = f.details.fee;
  return typeof fee !== 'number' || e.fee === null || fee === e.fee;
}

export function transferDetails(e: TransferEvent): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  if (e.fee !== null) d.fee = e.fee;
  if (e.marketValue !== null) d.marketValue = e.marketValue;
  d.window = e.window;
  if (e.loanStatus) d.loanStatus = e.loanStatus;
  d.fromName = e.from.name;
  d.toName = e.to.name;
  return d;
}

export function transferCitations(e: TransferEvent): Citation[] {
  return e.rows.map((r) => ({
    source: DATASET.transfers,
    detail: `${rowRef(r)}: ${r.movement} at ${r.club}${r.headedAs ? ` (the file heads these rows "${r.headedAs}")` : ''}`,
    confidence: r.headedAs ? 0.9 : 1,
  }));
}

/** Orders a person's moves in time; moves of one window follow the chain of clubs. */
export function chronological(events: TransferEvent[]): TransferEvent[] {
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

export interface SpellDraft {
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

export function spellAgrees(f: FactModel, s: SpellDraft): boolean {
  const { first, last } = curatedSeasons(f);
  if (s.end !== null && last !== null && s.end !== last) return false;
  if (first !== null && (s.inferredStart ? s.start < first : s.start !== first)) return false;
  if (last !== null && s.start > last) return false;
  return true;
}

export function transferFact(person: string, e: TransferEvent): FactSeed {
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

export function spellCitation(sp: SpellDraft): Citation {
  const arrival = sp.arrival ? rowRef(sp.arrival.rows[0]!) : null;
  const departure = sp.departure ? rowRef(sp.departure.rows[0]!) : null;
  return {
    source: DATASET.transfers,
    detail: `derived from consecutive transfers: ${arrival ?? 'no arrival in the data'} → ${departure ?? 'no departure in the data'}`,
    confidence: sp.inferredStart ? 0.7 : 0.9,
  };
}

export function spellFact(person: string, sp: SpellDraft): FactSeed {
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
