// Materialises what path queries traverse. A Squad is a group of people who were at one team
// together at one moment of one season (or of one tournament); people LINK to the squads their
// spells, tenures and tournament squads put them in, and to the relationship, succession and
// "worked under" facts they take part in. Teams LINK to their squads and to the transfers between
// them, so a club can end a path (never sit inside one). Every LINK keeps the id of the fact it
// comes from and the period it covers, so each hop of a path can be explained and sourced.
// Rebuilt whole after seeding, imports and edits; idempotent.
import { randomUUID } from 'node:crypto';
import type { GraphEngine, WriteStep } from '../graph/engine';
import type { FactModel } from '../models/facts';
import { ref, refsOf } from '../models/facts';
import { toFact } from '../repositories/rows';
import { seasonOf, seasonStartYear, type PartialDate } from './partial-date';

/** Meta key holding a new random value after every rebuild: caches of graph data key on it. */
export const DERIVED_VERSION_KEY = 'derived:version';

/** LINK role of a team to its squads. */
export const TEAM_ROLE = 'TEAM';
/** LINK role of a person's playing membership (spells, tournament squads). */
export const PLAYER_ROLE = 'PLAYER';

export interface SquadRow { id: string; teamId: string; season: string; seasonLo: string; seasonHi: string }
export interface LinkRow { person: string; squad?: string; fact?: string; factId: string; role: string; lo: string | null; hi: string | null }

/** The part of one season (or tournament) a membership fact covers. */
export interface MembershipSegment {
  /** Season text (`2008/09`) or tournament key. */
  season: string;
  seasonLo: string;
  seasonHi: string;
  /** First and last day covered; null for an undated tournament squad (the whole tournament). */
  lo: string | null;
  hi: string | null;
}

/**
 * Seasons a membership covers. Year-precision playing spells follow the football calendar: a
 * spell "2011–2014" starts in the 2011/12 season and ends with 2013/14. An open tenure runs to
 * the season of `today`; an open spell covers its first season only.
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

/** The segments of seasons (or the tournament) a spell, tenure or tournament squad covers. */
export function membershipSegments(f: FactModel, today: string): MembershipSegment[] {
  if (f.kind === 'squad') {
    const season = String(f.details.tournamentId ?? f.details.tournament ?? 'tournament');
    const lo = f.start?.lo ?? null;
    const hi = f.end?.hi ?? f.start?.hi ?? null;
    return [{ season, seasonLo: lo ?? '', seasonHi: hi ?? '', lo, hi }];
  }
  return membershipSeasons(f, today).map((y) => {
    const season = seasonOf(y);
    // The part of the season the fact covers, as precisely as the fact's dates allow.
    const lo = f.start && f.start.precision !== 'YEAR' ? max(season.lo, f.start.lo) : season.lo;
    const hi = f.end && f.end.precision !== 'YEAR' ? min(season.hi, f.end.hi) : season.hi;
    return { season: season.text, seasonLo: season.lo, seasonHi: season.hi, lo, hi: hi < lo ? lo : hi };
  });
}

/**
 * Groups intervals into the maximal sets that share a common day (the maximal cliques of an
 * interval graph): two intervals overlap exactly when some group holds both. Closed intervals,
 * so [a, b] and [b, c] overlap on b.
 */
export function overlapGroups<T extends { lo: string; hi: string }>(items: readonly T[]): T[][] {
  let latestStart = '';
  let earliestEnd = '\uffff';
  for (const it of items) {
    latestStart = max(latestStart, it.lo);
    earliestEnd = min(earliestEnd, it.hi);
  }
  if (latestStart <= earliestEnd) return [[...items]];
  const events = items.flatMap((it, i) => [
    { at: it.lo, start: true, i },
    { at: it.hi, start: false, i },
  ]);
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.start === b.start ? a.i - b.i : a.start ? -1 : 1));
  const active = new Set<number>();
  const groups: T[][] = [];
  let grown = false;
  for (const e of events) {
    if (e.start) {
      active.add(e.i);
      grown = true;
    } else {
      if (grown) groups.push([...active].sort((a, b) => a - b).map((i) => items[i]!));
      grown = false;
      active.delete(e.i);
    }
  }
  return groups;
}

/**
 * Connector facts known only by a start hold at that moment (a source reports a relationship,
 * a succession or a transfer when it happens); a tenure with no end still runs.
 */
export function isMoment(f: FactModel): boolean {
  return f.kind !== 'tenure';
}

function connectorPeriod(f: FactModel): { lo: string | null; hi: string | null } {
  const lo = f.start?.lo ?? f.end?.lo ?? null;
  const hi = f.end?.hi ?? (f.start && isMoment(f) ? f.start.hi : null);
  return { lo, hi };
}

/**
 * The (entity, role) pairs a connector fact links: people; the two teams of a transfer; an
 * assistant and the head coach they worked under; and, for a membership with no start (which
 * puts nobody in a squad), the person and the team, so a team can still end a path.
 */
function connectorEnds(f: FactModel): { entity: string; role: string }[] {
  if (f.kind === 'transfer') {
    const from = ref(f, 'from');
    const to = ref(f, 'to');
    return from && to && from !== to ? [{ entity: from, role: 'from' }, { entity: to, role: 'to' }] : [];
  }
  if (f.kind === 'tenure' || f.kind === 'spell') {
    const person = ref(f, 'person');
    const under = f.kind === 'tenure' ? ref(f, 'under') : null;
    // With a start the membership is in squads already (tournament squads always are).
    const team = f.start ? null : ref(f, 'team');
    const ends = [
      ...(under && under !== person ? [{ entity: under, role: 'under' }] : []),
      ...(team ? [{ entity: team, role: TEAM_ROLE }] : []),
    ];
    return person && ends.length > 0 ? [{ entity: person, role: 'person' }, ...ends] : [];
  }
  return Object.keys(f.refs)
    .filter((role) => role !== 'team')
    .flatMap((role) => refsOf(f, role).filter((id) => id.startsWith('person:')).map((entity) => ({ entity, role })));
}

interface Member { person: string; factId: string; role: string; lo: string; hi: string; undated: boolean }

export function planDerived(memberships: FactModel[], connectors: FactModel[], today = new Date().toISOString().slice(0, 10)) {
  // team → season → members
  const groups = new Map<string, { teamId: string; season: string; seasonLo: string; seasonHi: string; members: Member[] }>();
  for (const f of memberships) {
    const person = ref(f, 'person');
    const team = ref(f, 'team');
    if (!person || !team) continue;
    const role = f.kind === 'tenure' ? (f.type ?? 'STAFF') : PLAYER_ROLE;
    for (const s of membershipSegments(f, today)) {
      const key = `${team}\u0000${s.season}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { teamId: team, season: s.season, seasonLo: s.seasonLo, seasonHi: s.seasonHi, members: [] }));
      g.members.push({ person, factId: f.id, role, lo: s.lo ?? '0000-01-01', hi: s.hi ?? '9999-12-31', undated: s.lo === null });
    }
  }
  const squads: SquadRow[] = [];
  const links: LinkRow[] = [];
  for (const g of groups.values()) {
    const cliques = overlapGroups(g.members);
    cliques.forEach((members, i) => {
      const id = cliques.length === 1 ? squadId(g.teamId, g.season) : `${squadId(g.teamId, g.season)}:${i + 1}`;
      squads.push({ id, teamId: g.teamId, season: g.season, seasonLo: g.seasonLo, seasonHi: g.seasonHi });
      let lo = '';
      let hi = '\uffff';
      for (const m of members) {
        links.push({ person: m.person, squad: id, factId: m.factId, role: m.role, lo: m.undated ? null : m.lo, hi: m.undated ? null : m.hi });
        if (!m.undated) {
          lo = max(lo, m.lo);
          hi = min(hi, m.hi);
        }
      }
      const dated = lo !== '' && hi !== '\uffff';
      links.push({ person: g.teamId, squad: id, factId: id, role: TEAM_ROLE, lo: dated ? lo : null, hi: dated ? hi : null });
    });
  }
  for (const f of [...connectors, ...memberships]) {
    const { lo, hi } = connectorPeriod(f);
    for (const end of connectorEnds(f)) links.push({ person: end.entity, fact: f.id, factId: f.id, role: end.role, lo, hi });
  }
  return { squads, links };
}

export function squadId(teamId: string, season: string): string {
  return `squad:${teamId}:${season}`;
}

/** Rows per write batch: measured on the imported graph, 20k rows a batch wrote links fastest. */
const BATCH = 20_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * Rows → one list per property, each led by a typed placeholder the Cypher skips (so a column
 * that is null in every row still has a type). The embedded engine takes columns several times
 * faster than lists of row objects (the importers write the same way).
 */
function columns<R extends Record<string, string | null>>(rows: R[], keys: (keyof R & string)[]): Record<string, (string | null)[]> {
  const out: Record<string, (string | null)[]> = {};
  for (const k of keys) {
    const col: (string | null)[] = new Array(rows.length + 1);
    col[0] = '';
    for (let i = 0; i < rows.length; i++) col[i + 1] = rows[i]![k] ?? null;
    out[k] = col;
  }
  return out;
}

/**
 * One LINK per (person, squad or fact, fact id): the last row wins, as MERGE … SET did when the
 * links were merged one by one (an entity in two roles of one fact keeps the later role).
 */
export function uniqueLinks(links: LinkRow[]): LinkRow[] {
  const byKey = new Map<string, LinkRow>();
  for (const l of links) {
    const key = `${l.person}\u0000${l.squad ?? ''}\u0000${l.fact ?? ''}\u0000${l.factId}`;
    byKey.delete(key);
    byKey.set(key, l);
  }
  return [...byKey.values()];
}

export interface DerivedSummary {
  squads: number;
  links: number;
  ms: number;
  version: string;
  /** Milliseconds per phase: reading facts, planning, clearing, writing squads and links. */
  phases: { read: number; plan: number; clear: number; write: number };
}

/**
 * Clears and rebuilds squads and links from the active facts, then stamps a new version. Squads
 * and links are created (not merged) into the tables just cleared, in columnar batches: on the
 * imported graph (489k links) the write went from ~54 s (MERGE, 5k rows of objects a batch) to
 * a few seconds.
 */
export async function rebuildDerived(engine: GraphEngine): Promise<DerivedSummary> {
  const started = Date.now();
  let lap = started;
  const phase = () => {
    const now = Date.now();
    const ms = now - lap;
    lap = now;
    return ms;
  };
  const memberships = (await engine.read('derived/membership-facts')).map(toFact);
  const connectors = (await engine.read('derived/connector-facts')).map(toFact);
  const read = phase();
  const plan = planDerived(memberships, connectors);
  const squads = plan.squads;
  const links = uniqueLinks(plan.links);
  const planMs = phase();
  await engine.writeAll([{ op: 'derived/clear-links' }, { op: 'derived/clear-squads' }]);
  const clear = phase();
  const steps: WriteStep[] = [
    ...chunks(squads).map((rows) => ({ op: 'derived/create-squads' as const, params: columns(rows as unknown as Record<string, string>[], ['id', 'teamId', 'season', 'seasonLo', 'seasonHi']) })),
    ...chunks(links.filter((l) => l.squad)).map((rows) => ({ op: 'derived/create-squad-links' as const, params: columns(rows as unknown as Record<string, string | null>[], ['person', 'squad', 'factId', 'role', 'lo', 'hi']) })),
    ...chunks(links.filter((l) => l.fact)).map((rows) => ({ op: 'derived/create-fact-links' as const, params: columns(rows as unknown as Record<string, string | null>[], ['person', 'fact', 'factId', 'role', 'lo', 'hi']) })),
  ];
  for (const step of steps) await engine.writeAll([step]);
  const version = `${new Date().toISOString()}:${randomUUID()}`;
  await engine.write('write/set-meta', { rows: [{ key: DERIVED_VERSION_KEY, value: version }] });
  const write = phase();
  return { squads: squads.length, links: links.length, ms: Date.now() - started, version, phases: { read, plan: planMs, clear, write } };
}
