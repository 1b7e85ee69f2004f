// How a fact kind is declared: once, in src/domain/facts/<graphql-type>.ts. Its stored name, its
// GraphQL type and enum value, its timeline kind, its contract (types, reference roles, details),
// the one-line summary a timeline shows, how it takes part in the derived squads and links that
// path queries walk, and the relation a path hop through it stands for all come from that one
// declaration; src/domain/facts/__generated__/registry.ts (npm run codegen) collects them.
import { z } from 'zod';
import type { FactKind as FactKindEnum, Relation, TimelineKind } from '../__generated__/schema-types';
import type { PartialDate } from '../partial-date';

/** A stored fact, its details typed by its kind's contract. */
export interface StoredFact<K extends string = string, T extends string = string, D extends object = Record<string, unknown>> {
  id: string;
  kind: K;
  type: T | null;
  start: PartialDate | null;
  end: PartialDate | null;
  details: D;
  confidence: number;
  /** Role → ids, in a stable order (role, then id). */
  refs: Record<string, string[]>;
}

/** What a summary may look up: names of the entities and the matches a fact refers to. */
export interface SummaryView {
  /** The person whose timeline this is. */
  personId: string;
  /** The display name of an entity the fact refers to in `role` (null when the role is empty). */
  name(role: string): string | null;
  /** A match fact the fact refers to, when read with it. */
  match(id: string): StoredFact | undefined;
  /** Names of every entity read for the timeline, by id. */
  nameOf(id: string): string | null;
}

/** How facts of a kind feed the derived squads and links (src/domain/squads.ts). */
export type DerivedPart =
  /** It puts its person in a team's squad for the seasons it covers (spells, tenures, tournament squads). */
  | 'membership'
  /** It links the people (or teams) it names directly, as one hop (relationships, successions, transfers). */
  | 'connector';

export interface FactKindDeclaration<K extends string, TS extends z.ZodType<string | undefined>, RS extends z.ZodObject, DS extends z.ZodObject> {
  /** The kind as stored (`Fact.kind`) and in fact ids (`fact:<kind>:…`). */
  kind: K;
  /** Its GraphQL object type, which implements `Fact`. */
  typename: string;
  /** Its value of the GraphQL `FactKind` enum. */
  enumValue: FactKindEnum;
  /** Where it sits on a person's timeline (`TimelineKind`). */
  timelineKind: TimelineKind;
  /** Allowed `type` values (e.g. SENIOR | YOUTH); optional ones accept none. */
  types: TS;
  /** Reference roles → entity (or fact) ids. */
  refs: RS;
  /** Kind-specific details, stored as JSON. */
  details: DS;
  /** One line for a timeline, built from the data (never from article text). */
  summary(f: StoredFact<K, Exclude<z.infer<TS>, undefined>, z.infer<DS>>, view: SummaryView): string;
  /** How it takes part in derived squads and links; absent: not at all. */
  derived?: DerivedPart;
  /**
   * The relation a path hop through a fact of this kind stands for, between two of its LINK
   * roles (a connector's ends; a membership with no start links person and team); null: none.
   */
  relation?(type: string | null, fromRole: string, toRole: string): Relation | null;
}

/** Declares a fact kind; the type parameters are inferred from the zod schemas. */
export function defineFactKind<K extends string, TS extends z.ZodType<string | undefined>, RS extends z.ZodObject, DS extends z.ZodObject>(
  d: FactKindDeclaration<K, TS, RS, DS>,
): FactKindDeclaration<K, TS, RS, DS> {
  return d;
}

/**
 * A zod enum of exactly a GraphQL enum's values (from the generated schema types): a value left
 * out or added fails `npm run typecheck`, so the contract and the schema cannot drift apart.
 */
export function enumOf<U extends string>() {
  return <const V extends readonly [U, ...U[]]>(values: V & ([U] extends [V[number]] ? unknown : { missing: Exclude<U, V[number]> })) =>
    z.enum(values as unknown as [V[number], ...V[number][]]);
}
