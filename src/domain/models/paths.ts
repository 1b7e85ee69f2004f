// What the path, teammate, timeline and search repositories return; codegen mappers point here.
import type { PartialDate } from '../partial-date';
import type { CoachingLink as CoachingLinkEnum, SearchField, SearchMatch, SearchType, TimelineKind } from '../__generated__/schema-types';
import type { EntityModel } from './entities';
import type { AnyFact, FactOf } from './facts';
import type { RelationWord } from '../wording';
import type { CitationModel, SourceModel } from './sources';

/** How the two ends of a hop are linked; read as "from <relation> to" (the one list is in the presentation module). */
export type Relation = RelationWord;

/** The days a link holds, as precisely as its facts allow. */
export interface PeriodModel {
  from: string | null;
  to: string | null;
  text: string;
  undated: boolean;
  /** The link may have begun before `from`: a membership it rests on has an unknown start. */
  startUnknown?: boolean;
}

export interface HopModel {
  from: EntityModel;
  to: EntityModel;
  relation: Relation;
  team: EntityModel | null;
  period: PeriodModel;
  /** Seasons (or the tournament) the two shared, for hops through a team. */
  seasons: string[];
  explanation: string;
  facts: AnyFact[];
  sources: CitationModel[];
}

/** One LINK a route crosses, as the path search read it. */
export interface RouteLink {
  role: string;
  factId: string;
  lo: string | null;
  hi: string | null;
}

/** One hop of a route before it is explained: two ends, the squad or fact between them, two LINKs. */
export interface RouteHop {
  from: string;
  to: string;
  via: string;
  teamId: string | null;
  kind: string | null;
  type: string | null;
  confidence: number | null;
  relation: Relation;
  fromLink: RouteLink;
  toLink: RouteLink;
  /**
   * The same step through other facts (another pair of spells at the same team, another fact of
   * the same relation between the same two): folded into this hop, so a path is listed once.
   */
  also?: { via: string; fromLink: RouteLink; toLink: RouteLink }[];
}

/**
 * A path as found and ranked, before it is explained: cheap to hold by the hundred. Its ends,
 * explained hops and summary are loaded (batched) only for the page a client reads.
 */
export interface RouteModel {
  /** Stable key of the route (ends and connectors). */
  key: string;
  hops: RouteHop[];
  /** Routes found that link the same ends the same way at the same teams, folded into this one (1 = itself). */
  variants: number;
}

/** A route explained from its facts. */
export interface ExplainedPathModel {
  ends: EntityModel[];
  hops: HopModel[];
  summary: string;
}

export interface PathResultModel {
  routes: RouteModel[];
  /** Hops of the shortest paths, or null when none exists within maxHops. */
  shortestLength: number | null;
  /** How the paths were found: the engine's shortest-path search or the filtered search. */
  method: 'ENGINE_SHORTEST_PATHS' | 'FILTERED_SEARCH';
}

export interface TeammateModel {
  person: EntityModel;
  team: EntityModel;
  period: PeriodModel;
  seasons: string[];
  /** The membership facts the overlap comes from: the asked person's first. */
  facts: AnyFact[];
}

export type { TimelineKind };

/** A page's timeline entry; its sources are read when asked for (TimelineRepository.sourcesOf). */
export interface TimelineEntryModel {
  kind: TimelineKind;
  date: PartialDate | null;
  end: PartialDate | null;
  summary: string;
  fact: AnyFact | null;
  article: SourceModel | null;
  /** For a FAMILY_EVENT: the family relationship or marriage that brings the event here. */
  relation: AnyFact | null;
}

export interface HandoverModel {
  /** The asked person's tenure. */
  tenure: FactOf<'tenure'>;
  /** The other person's tenure, when the graph has one. */
  other: FactOf<'tenure'> | null;
  person: EntityModel;
  /** The succession a source states; null when inferred from the order of dated tenures. */
  succession: FactOf<'succession'> | null;
  sources: CitationModel[];
}

export type CoachingLink = CoachingLinkEnum;

export interface CoachingTreeEntryModel {
  person: EntityModel;
  parent: EntityModel;
  depth: number;
  link: CoachingLink;
  fact: AnyFact;
}

export type { SearchField, SearchMatch, SearchType };

export interface SearchHitModel {
  id: string;
  type: SearchType;
  matched: string;
  field: SearchField;
  match: SearchMatch;
  score: number;
}

/** A search edge before its node is loaded: the hit and its cursor. */
export interface SearchEdgeModel {
  node: SearchHitModel;
  cursor: string;
}

export interface StaffMemberModel {
  person: EntityModel;
  tenure: FactOf<'tenure'>;
  evidence: 'DATED' | 'ATTESTED' | 'OPEN_END';
  period: PeriodModel;
  attestedBy: AnyFact[];
  sources: CitationModel[];
}
