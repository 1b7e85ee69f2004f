// The fact-kind registry: every kind's declaration (src/domain/facts/<type>.ts, collected by
// codegen into __generated__/registry.ts), by stored kind, GraphQL type and enum value, and the
// typed model of a fact of each kind.
import type { z } from 'zod';
import type { FactKind as FactKindEnum, TimelineKind } from '../__generated__/schema-types';
import type { Relation } from '../__generated__/schema-types';
import type { StoredFact, SummaryView } from './define';
import { BY_TYPENAME, FACT_KIND_LIST } from './__generated__/registry';

export type { DerivedPart, StoredFact, SummaryView } from './define';

type Declaration = (typeof FACT_KIND_LIST)[number];
/** A kind as stored: `spell`, `transfer`, `relation`, `caps` … */
export type FactKindName = Declaration['kind'];
export type DeclarationOf<K extends FactKindName> = Extract<Declaration, { kind: K }>;
export type DetailsOf<K extends FactKindName> = z.infer<DeclarationOf<K>['details']>;
export type TypeOf<K extends FactKindName> = Exclude<z.infer<DeclarationOf<K>['types']>, undefined>;
/** GraphQL type name → stored kind. */
export type KindOfTypename = { [T in keyof typeof BY_TYPENAME]: (typeof BY_TYPENAME)[T]['kind'] };

/** A fact of one kind, its type and details typed by the kind's contract. */
export type FactOf<K extends FactKindName> = K extends FactKindName ? StoredFact<K, TypeOf<K>, DetailsOf<K>> : never;

/** Every declaration by stored kind. */
export const FACT_KINDS = Object.fromEntries(FACT_KIND_LIST.map((d) => [d.kind, d])) as { [K in FactKindName]: DeclarationOf<K> };
export const FACT_KIND_NAMES = FACT_KIND_LIST.map((d) => d.kind) as FactKindName[];

/**
 * Kinds an entity can hold by the thousand once the open data is imported: a club has every
 * spell, transfer and tournament squad of its players and every league match it played. The rest
 * (tenures, successions, honours, events …) are few per entity. Facts are read per group, so a
 * club's head coaches never pull in its matches and spells; on Neo4j a fact of a sparse kind also
 * has a second edge per ref (ABOUT_SPARSE, cypher/facts/about.neo4j.cypher), so that read expands
 * only those edges. The lists in the Neo4j Cypher files are checked against this one
 * (tests/unit/sparse-kinds.test.ts).
 */
export const BULK_KINDS: readonly FactKindName[] = ['match', 'spell', 'squad', 'transfer'];
/** Every other kind: few per entity (see BULK_KINDS). */
export const SPARSE_KINDS: readonly FactKindName[] = FACT_KIND_NAMES.filter((k) => !BULK_KINDS.includes(k)).sort();

export const enumValueOf = (kind: FactKindName): FactKindEnum => FACT_KINDS[kind].enumValue;
export const typenameOf = (kind: FactKindName): string => FACT_KINDS[kind].typename;
export const timelineKindOf = (kind: FactKindName): TimelineKind => FACT_KINDS[kind].timelineKind;
/** Kinds that feed the derived squads and links in the given way. */
export const kindsDerivedAs = (part: 'membership' | 'connector'): ReadonlySet<string> =>
  new Set(FACT_KIND_LIST.filter((d) => (d as { derived?: string }).derived === part).map((d) => d.kind));

/** A fact's one-line summary, by its kind's declaration (which types it for facts of that kind). */
export function summarize(f: StoredFact<FactKindName>, view: SummaryView): string {
  const summary = FACT_KINDS[f.kind].summary as (f: StoredFact<FactKindName>, view: SummaryView) => string;
  return summary(f, view);
}

/** The relation a path hop through a fact of `kind` stands for between two of its LINK roles; null: none. */
export function relationThrough(kind: string, type: string | null, fromRole: string, toRole: string): Relation | null {
  const d = (FACT_KINDS as Record<string, { relation?: (type: string | null, from: string, to: string) => Relation | null }>)[kind];
  return d?.relation?.(type, fromRole, toRole) ?? null;
}
