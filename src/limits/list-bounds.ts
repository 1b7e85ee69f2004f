// The most items each plain list field can return, in one table keyed by Type.field: the cost
// estimate (analyse.ts) repeats a list's selection this many times, so nested lists multiply.
// Connections are not here (their `first` is the bound) and neither is `nodes(ids:)` (its ids).
//
// Where a bound comes from:
// - "by construction": a rule of the schema or of editing caps it (an edit cites at most 20
//   sources, lists hold at most 50 items, a relationship at most 20 participants, a hop rests on
//   at most two facts, a path has at most MAX_HOPS hops);
// - "measured": the longest list on the fully imported graph (`bench/sampling/list-bounds.ts`
//   over `npm run import -- all ../shared/data`, 2026-12-02: 51k entities), with headroom for
//   edits. A list that outgrows its bound later is still stopped by the execution budget
//   (MAX_RESULT_FIELDS, budget.ts), never by a crash.
// tests/unit/list-bounds.test.ts fails when a list field of the schema has no bound here.
import type { QueryLimits } from '../config';

type Bound = number | ((limits: Pick<QueryLimits, 'maxHops'>) => number);

/** An edit cites at most this many sources (src/services/editing/inputs.ts MAX.sources); imports at most 7. */
const SOURCES = 20;
/** Aliases, nicknames, positions … : at most 50 per edit (MAX.listItems); scalar lists cost 1 anyway. */
const NAMES = 50;

export const LIST_BOUNDS: Readonly<Record<string, Bound>> = {
  // --- sources and citations: every `sources` list is bounded by SOURCES_BOUND (below) unless listed here.
  // Sources of a hop, a teammate or a staff member: those of the facts behind them (≤ 2 facts).
  'PathHop.sources': 2 * SOURCES,
  'Teammate.sources': 2 * SOURCES,
  'StaffMember.sources': 2 * SOURCES,
  /** An article cites an entity in its story, in a sidebar teaser, or both. */
  'ArticleEntityEdge.citations': 4,
  /** Every source of the graph: 9 on the full import; editors add some. */
  'Query.sources': 200,

  // --- names and other scalar lists (by construction)
  'Article.citedOutlets': NAMES,
  'Person.aliases': NAMES,
  'Person.nationalities': NAMES,
  'Person.positions': NAMES,
  'Team.nicknames': NAMES,
  'Team.aliases': NAMES,
  'Club.nicknames': NAMES,
  'Club.aliases': NAMES,
  'NationalTeam.nicknames': NAMES,
  'NationalTeam.aliases': NAMES,
  'Stadium.aliases': NAMES,
  'Transfer.labels': NAMES,
  'Tenure.focus': NAMES,
  'PathHop.seasons': NAMES,
  'Teammate.seasons': NAMES,

  // --- squads (measured: 22 World Cup squads for Brazil, 26 players per squad, 7 tournament
  // memberships for one person, 2 managers per squad, 171 people in one team-season)
  'NationalTeam.squads': 25,
  'TournamentSquad.players': 30,
  'TournamentSquad.managers': 5,
  'Person.squadMemberships': 10,
  'TeamSeason.members': 200,
  /** Team-seasons two people shared: at most one per season of a career. */
  'Person.sharedSquads': 30,

  // --- people and staff (measured: 5 head coaches of one club, 4 predecessors, 5 successors,
  // 1 mentor and 1 mentee, 2 qualifications, 1 stadium per club; edits add more)
  'Club.headCoaches': 50,
  'Club.undatedHeadCoaches': 50,
  // --- league results and records (measured on the full import with the results: at most 40
  // league matches a season; the longest dated tenure of the graph is under five seasons)
  'Club.headCoachRecords': 50,
  'HeadCoachRecord.sources': SOURCES,
  'HeadCoachRecord.stated': 5,
  // Matches in the uncertain first or last month (or season) of a tenure: at most a season's.
  'HeadCoachRecord.uncertainMatches': 45,
  'LeagueRecord.matchList': 250,
  'StatedRecordCheck.disagreements': 5,
  // --- shared players: a person's spells at one club (a loan and a return make two or three;
  // not measured yet — the execution budget stops a longer list)
  'SharedPlayer.spells': 6,
  'SharedPlayer.otherSpells': 6,
  // --- open ends: later holders of a role that sources name (a handful)
  'Tenure.laterHolders': 10,
  // --- how each source says a tenure ended (three for Defour's at KV Mechelen)
  'Tenure.statedEndReasons': 5,
  'Club.staff': 50,
  'Club.staffDuring': 100,
  'StaffMember.attestedBy': 20,
  'Stadium.clubs': 10,
  'Person.mentors': 20,
  'Person.mentees': 20,
  'Person.predecessors': 10,
  'Person.successors': 10,
  'Person.qualifications': 10,
  'Person.nationalTeamRecords': 10,
  'NationalTeam.records': 50,
  'Event.people': 20,
  /** An interview reveals, a training serves, a fact or two; roles are the seven staff roles at most. */
  'Event.relatedFacts': 5,
  'Event.supporters': 20,
  'Event.rolesSought': 7,
  'Event.rolesAbroad': 7,
  'Relationship.participants': 20,

  // --- disagreements between sources (measured: none on the import; curated ones are few)
  'Person.disagreements': 10,
  'Spell.disagreements': 10,
  'Transfer.disagreements': 10,

  // --- paths and teammates (by construction)
  /** A hop rests on two playing spells or tenures, or on one relationship, succession, tenure or transfer. */
  'PathHop.facts': 2,
  'Path.hops': (l) => l.maxHops,
  'Path.ends': (l) => l.maxHops + 1,
  /** The spells (or tournament squads) of the two people at the shared team. */
  'Teammate.facts': 10,
  'Teammate.laterStaffRoles': 10,
};

/**
 * The `sources` of any record (an entity, a fact of any kind, a timeline entry …): by construction
 * ≤ 20 citations per record (an edit cites at most 20; imports at most 7; measured max 7), so a
 * new fact kind needs no line here.
 */
export const SOURCES_BOUND = SOURCES;

/** A list field missing from the table counts as a full page (MAX_PAGE_SIZE's ceiling). */
export const UNKNOWN_LIST_BOUND = 100;

/** The declared bound of a list field: its own line, or the rule for `sources` lists; undefined when none. */
export function declaredBound(type: string, field: string): Bound | undefined {
  return LIST_BOUNDS[`${type}.${field}`] ?? (field === 'sources' ? SOURCES_BOUND : undefined);
}

export function listBound(type: string, field: string, limits: Pick<QueryLimits, 'maxHops'>): number {
  const bound = declaredBound(type, field);
  if (bound === undefined) return UNKNOWN_LIST_BOUND;
  return typeof bound === 'function' ? bound(limits) : bound;
}
