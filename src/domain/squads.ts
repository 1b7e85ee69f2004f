// Materialises what path queries traverse. A Squad is a group of people who were at one team
// together at one moment of one season (or of one tournament); people LINK to the squads their
// spells, tenures and tournament squads put them in, and to the relationship, succession and
// "worked under" facts they take part in. Teams LINK to their squads and to the transfers between
// them, so a club can end a path (never sit inside one). Every LINK keeps the id of the fact it
// comes from and the period it covers, so each hop of a path can be explained and sourced.
// Rebuilt whole after seeding, imports and restores (idempotent); an edit updates only the squads
// and links of what it changed, in its own transaction (derived-update.ts).
import type { FactModel } from './models/facts';
import { ref, refsOf } from './models/facts';
import { PLAYER_ROLE, TEAM_ROLE } from './link-roles';
import { seasonOf, seasonStartYear, type PartialDate } from './partial-date';


/** Meta key holding a new random value after every rebuild: caches of graph data key on it. */
export const DERIVED_VERSION_KEY = 'derived:version';


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

interface SquadGroup { teamId: string; season: string; seasonLo: string; seasonHi: string; members: Member[] }

/**
 * Plans squads and links one fact at a time, so that the facts need not all be held at once
 * (rebuildDerived parses them one by one). Squads are cut when every membership is in.
 */
export class DerivedPlanner {
  /** team + season → members */
  private readonly groups = new Map<string, SquadGroup>();
  /** Links to facts, one per (entity, fact). */
  readonly factLinks: LinkRow[] = [];

  constructor(private readonly today = new Date().toISOString().slice(0, 10)) {}

  /** A spell, tenure or tournament squad: puts its person in squads, and may link facts too. */
  membership(f: FactModel): void {
    const person = ref(f, 'person');
    const team = ref(f, 'team');
    if (person && team) {
      const role = f.kind === 'tenure' ? (f.type ?? 'STAFF') : PLAYER_ROLE;
      for (const s of membershipSegments(f, this.today)) {
        const key = `${team}\u0000${s.season}`;
        let g = this.groups.get(key);
        if (!g) this.groups.set(key, (g = { teamId: team, season: s.season, seasonLo: s.seasonLo, seasonHi: s.seasonHi, members: [] }));
        g.members.push({ person, factId: f.id, role, lo: s.lo ?? '0000-01-01', hi: s.hi ?? '9999-12-31', undated: s.lo === null });
      }
    }
    this.connector(f);
  }

  /**
   * Links the ends of a fact to it. An entity in two roles of one fact gets one link, in the later
   * role (as when links were merged one by one).
   */
  connector(f: FactModel): void {
    const ends = connectorEnds(f);
    if (ends.length === 0) return;
    const { lo, hi } = connectorPeriod(f);
    let roles: Map<string, string> | null = null;
    if (ends.length > 1) {
      roles = new Map();
      for (const end of ends) {
        roles.delete(end.entity);
        roles.set(end.entity, end.role);
      }
    }
    const unique = roles ? [...roles].map(([entity, role]) => ({ entity, role })) : ends;
    for (const end of unique) this.factLinks.push({ person: end.entity, fact: f.id, factId: f.id, role: end.role, lo, hi });
  }

  /**
   * Cuts every team-season into squads (the maximal sets of members there on a common day) and
   * lists their links: one per member and squad (a fact is in a squad once), and the team's.
   */
  squads(): { squads: SquadRow[]; squadLinks: LinkRow[] } {
    const squads: SquadRow[] = [];
    const squadLinks: LinkRow[] = [];
    for (const g of this.groups.values()) {
      const cliques = overlapGroups(g.members);
      cliques.forEach((members, i) => {
        const id = cliques.length === 1 ? squadId(g.teamId, g.season) : `${squadId(g.teamId, g.season)}:${i + 1}`;
        squads.push({ id, teamId: g.teamId, season: g.season, seasonLo: g.seasonLo, seasonHi: g.seasonHi });
        let lo = '';
        let hi = '\uffff';
        for (const m of members) {
          squadLinks.push({ person: m.person, squad: id, factId: m.factId, role: m.role, lo: m.undated ? null : m.lo, hi: m.undated ? null : m.hi });
          if (!m.undated) {
            lo = max(lo, m.lo);
            hi = min(hi, m.hi);
          }
        }
        const dated = lo !== '' && hi !== '\uffff';
        squadLinks.push({ person: g.teamId, squad: id, factId: id, role: TEAM_ROLE, lo: dated ? lo : null, hi: dated ? hi : null });
      });
    }
    this.groups.clear();
    return { squads, squadLinks };
  }
}

/** Squads and links from all the facts at once; each link appears once. */
export function planDerived(memberships: FactModel[], connectors: FactModel[], today = new Date().toISOString().slice(0, 10)) {
  const planner = new DerivedPlanner(today);
  for (const f of memberships) planner.membership(f);
  for (const f of connectors) planner.connector(f);
  const { squads, squadLinks } = planner.squads();
  return { squads, links: [...squadLinks, ...planner.factLinks] };
}

export function squadId(teamId: string, season: string): string {
  return `squad:${teamId}:${season}`;
}
