// The shape of curated knowledge: sources, entities and facts with their citations. Seeds, the
// importers and editing all produce these records; src/services/write/bundle.ts stores them.
import { z } from 'zod';
import { FACT_KIND_NAMES, type FactKindName } from './facts';
import type { SourceKind as SourceKindEnum } from './__generated__/schema-types';
import { enumOf } from './facts/define';
import { STORED_ID } from './ids';
import { isPartialDate } from './partial-date';

export const SourceKind = enumOf<SourceKindEnum>()(['ARTICLE', 'DATASET', 'EDITOR']);
export const EntityType = z.enum(['PERSON', 'CLUB', 'NATIONAL_TEAM', 'STADIUM']);
export const FactKind = z.enum(FACT_KIND_NAMES as [FactKindName, ...FactKindName[]]);
export type FactKind = z.infer<typeof FactKind>;

const dateText = z.string().refine(isPartialDate, { message: 'not a partial date (YYYY-MM-DD, YYYY-MM, YYYY, YYYY/YY or YYYY-MM-DD..YYYY-MM-DD)' });

export const Citation = z.object({
  /** Source id, e.g. `article:002_71773532a5f1564e` or `dataset:transfermarkt-transfers`. */
  source: z.string().min(1),
  /** Where in the source: a dataset file and row, an article section, an editor's note. */
  detail: z.string().max(500).optional(),
  /** True when the fact comes from a sidebar teaser, not the article's own story. */
  teaser: z.boolean().optional(),
  /** 0..1; teaser mentions and inferences carry less than 1. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Citation = z.infer<typeof Citation>;

export const SourceSeed = z.object({
  id: z.string().regex(STORED_ID.source),
  kind: SourceKind,
  name: z.string().min(1),
  title: z.string().optional(),
  outlet: z.string().optional(),
  language: z.string().optional(),
  published: dateText.optional(),
  citedOutlets: z.array(z.string()).default([]),
  licence: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type SourceSeed = z.input<typeof SourceSeed>;

export const EntitySeed = z.object({
  id: z.string().regex(STORED_ID.entity, 'ids look like person:steven-defour'),
  type: EntityType,
  name: z.string().min(1),
  fullName: z.string().optional(),
  shortName: z.string().optional(),
  nameNl: z.string().optional(),
  nameFr: z.string().optional(),
  nameEn: z.string().optional(),
  nicknames: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  city: z.string().optional(),
  country: z.string().optional(),
  birth: dateText.optional(),
  nationalities: z.array(z.string()).default([]),
  positions: z.array(z.string()).default([]),
  details: z.record(z.string(), z.unknown()).optional(),
  sources: z.array(Citation).min(1, 'every entity needs at least one source'),
});
export type EntitySeed = z.input<typeof EntitySeed>;

export const FactSeed = z.object({
  id: z.string().regex(STORED_ID.fact, 'fact ids look like fact:spell:steven-defour:krc-genk'),
  kind: FactKind,
  type: z.string().optional(),
  start: dateText.optional(),
  end: dateText.optional(),
  /** Role → entity or fact id(s): person, team, from, to, predecessor, mentor … */
  refs: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  details: z.record(z.string(), z.unknown()).default({}),
  confidence: z.number().min(0).max(1).optional(),
  sources: z.array(Citation).min(1, 'every fact needs at least one source'),
});
export type FactSeed = z.input<typeof FactSeed>;

export interface KnowledgeBundle {
  sources: SourceSeed[];
  entities: EntitySeed[];
  facts: FactSeed[];
}
