// Materialises what path queries traverse. A Squad is one team in one season (or one
// tournament); people LINK to the squads their spells, tenures and tournament squads put them
// in, and to the relationship and succession facts they take part in. Every LINK keeps the id
// of the fact it comes from and the period it covers, so each hop of a path can be explained
// and sourced. Rebuilt whole after seeding, imports and edits; idempotent.
import type { GraphEngine, WriteStep } from '../graph/engine';
import type { FactModel } from '../models/facts';
import { ref } from '../models/facts';
import { toFact } from '../repositories/rows';
import { seasonOf, seasonStartYear, type PartialDate } from './partial-date';

const BATCH = 5000;

export interface SquadRow { id: string; teamId: string; season: string; seasonLo: string; seasonHi: string }
export interface LinkRow { person: string; squad?: string; fact?: string; factId: string; role: string; lo: string | null; hi: string | null }

export function squadId(teamId: string, season: string): string {
  return `squad:${teamId}:${season}`;
}

/**
 * Seasons a membership covers. Year-precision playing spells follow the football calendar: a
 * spell "2011–2014" starts in the 2011/12 season and ends with 2013/14.
 */
export function membershipSeasons(f: FactModel, today: string): number[] {
  const first = f.start ? startSeason(f.kind, f.start) : null;
  if (first === null) return [];
  let last = f.end ? endSeason(f.kind, f.end) : f.kind === 'spell' ? first : seasonStartYear(today);
  if (last < first) last = first;
  const out: number[] = [];
  for (let y = first; y <= last && out.length < 60; y++) out.push(y);
  return out;
}

function startSeason(kind: string, d: PartialDate): number {
  if (d.precision === 'YEAR' && kind === 'spell') return Number(d.text);
  return seasonStartYear(d.lo);
}

function endSeason(kind: string, d: PartialDate): number {
  if (d.precision === 'YEAR' && kind === 'spell') return Number(d.text) - 1;
  return seasonStartYear(d.hi);
}

const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

export function planDerived(memberships: FactModel[], connectors: FactModel[], today = new Date().toISOString().slice(0, 10)) {
  const squads = new Map<string, SquadRow>();
  const links: LinkRow[] = [];
  for (const f of memberships) {
    const person = ref(f, 'person');
    const team = ref(f, 'team');
    if (!person || !team) continue;
    const role = f.kind === 'tenure' ? (f.type ?? 'STAFF') : 'PLAYER';
    if (f.kind === 'squad') {
      const tournament = String(f.details.tournamentId ?? f.details.tournament ?? 'tournament');
      const id = squadId(team, tournament);
      squads.set(id, { id, teamId: team, season: tournament, seasonLo: f.start?.lo ?? '', seasonHi: f.end?.hi ?? f.start?.hi ?? '' });
      links.push({ person, squad: id, factId: f.id, role, lo: f.start?.lo ?? null, hi: f.end?.hi ?? f.start?.hi ?? null });
      continue;
    }
    for (const y of membershipSeasons(f, today)) {
      const season = seasonOf(y);
      const id = squadId(team, season.text);
      squads.set(id, { id, teamId: team, season: season.text, seasonLo: season.lo, seasonHi: season.hi });
      // The part of the season the fact covers, as precisely as the fact's dates allow.
      const lo = f.start && f.start.precision !== 'YEAR' ? max(season.lo, f.start.lo) : season.lo;
      const hi = f.end && f.end.precision !== 'YEAR' ? min(season.hi, f.end.hi) : season.hi;
      links.push({ person, squad: id, factId: f.id, role, lo, hi: hi < lo ? lo : hi });
    }
  }
  for (const f of connectors) {
    for (const [roleName, ids] of Object.entries(f.refs)) {
      if (roleName === 'team') continue;
      for (const person of ids) {
        if (!person.startsWith('person:')) continue;
        links.push({ person, fact: f.id, factId: f.id, role: roleName, lo: f.start?.lo ?? null, hi: f.end?.hi ?? null });
      }
    }
  }
  return { squads: [...squads.values()], links };
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export interface DerivedSummary { squads: number; links: number; ms: number }

/** Clears and rebuilds squads and links from the active facts. */
export async function rebuildDerived(engine: GraphEngine): Promise<DerivedSummary> {
  const started = Date.now();
  const memberships = (await engine.read('derived/membership-facts')).map(toFact);
  const connectors = (await engine.read('derived/connector-facts')).map(toFact);
  const { squads, links } = planDerived(memberships, connectors);
  await engine.writeAll([{ op: 'derived/clear-links' }, { op: 'derived/clear-squads' }]);
  const steps: WriteStep[] = [
    ...chunks(squads).map((rows) => ({ op: 'derived/upsert-squads' as const, params: { rows } })),
    ...chunks(links.filter((l) => l.squad)).map((rows) => ({ op: 'derived/link-person-squad' as const, params: { rows: rows.map(({ fact: _f, ...r }) => r) } })),
    ...chunks(links.filter((l) => l.fact)).map((rows) => ({ op: 'derived/link-person-fact' as const, params: { rows: rows.map(({ squad: _s, ...r }) => r) } })),
  ];
  for (const step of steps) await engine.writeAll([step]);
  return { squads: squads.length, links: links.length, ms: Date.now() - started };
}
