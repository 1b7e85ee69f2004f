// Zod schemas for rows at the engine boundary, and their conversion into models.
import { z } from 'zod';
import { FACT_KINDS, type FactKindName } from '../domain/facts';
import { parsePartialDate } from '../domain/partial-date';
import type { EntityModel } from '../domain/models/entities';
import type { AnyFact, FactModel } from '../domain/models/facts';
import type { CitationModel, SourceModel } from '../domain/models/sources';

export const str = z.string().nullable().optional().transform((v) => v ?? null);
export const strList = z.array(z.string()).nullable().optional().transform((v) => v ?? []);
const jsonObject = z
  .string()
  .nullable()
  .optional()
  .transform((v): Record<string, unknown> => (v ? (JSON.parse(v) as Record<string, unknown>) : {}));
const date = z
  .string()
  .nullable()
  .optional()
  .transform((v) => (v ? parsePartialDate(v) : null));

export const EntityRow = z.object({
  id: z.string(),
  type: z.enum(['PERSON', 'CLUB', 'NATIONAL_TEAM', 'STADIUM']),
  name: z.string(),
  fullName: str,
  shortName: str,
  nameNl: str,
  nameFr: str,
  nameEn: str,
  nicknames: strList,
  aliases: strList,
  city: str,
  country: str,
  birthText: date,
  nationalities: strList,
  positions: strList,
  details: jsonObject,
});

export function toEntity(row: unknown): EntityModel {
  const r = EntityRow.parse(row);
  const { birthText, ...rest } = r;
  return { ...rest, birth: birthText };
}

const kinds = Object.keys(FACT_KINDS) as [FactKindName, ...FactKindName[]];

export const FactRow = z.object({
  id: z.string(),
  kind: z.enum(kinds),
  type: str,
  startText: date,
  endText: date,
  details: jsonObject,
  confidence: z.number().nullable().optional().transform((v) => v ?? 1),
  // What the fact is about: the copy of its ABOUT edges every fact carries (Fact.refs, JSON
  // [[role, id], …], written with the edges on both engines; tests/integration/fact-refs checks it).
  refs: z.string(),
});

const RefPairs = z.array(z.tuple([z.string(), z.string()]));

/** Each kind's details, keeping keys the contract does not name (older data may carry more). */
const DETAILS = Object.fromEntries(kinds.map((k) => [k, FACT_KINDS[k].details.loose()])) as unknown as Record<FactKindName, z.ZodType<Record<string, unknown>>>;

/**
 * A fact row as its kind's typed model: the details are parsed by the kind's contract (the write
 * path checked them against the same contract, so a failure here is a defect in stored data).
 */
export function toFact(row: unknown): AnyFact {
  const r = FactRow.parse(row);
  const pairs = RefPairs.parse(JSON.parse(r.refs)).sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  const refs: Record<string, string[]> = {};
  for (const [role, id] of pairs) (refs[role] ??= []).push(id);
  const details = DETAILS[r.kind].safeParse(r.details);
  if (!details.success) throw new Error(`Stored fact ${r.id} breaks the ${r.kind} contract: ${details.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const fact: FactModel = { id: r.id, kind: r.kind, type: r.type, start: r.startText, end: r.endText, details: details.data, confidence: r.confidence, refs };
  return fact as AnyFact;
}

export const SourceRow = z.object({
  id: z.string(),
  kind: z.enum(['ARTICLE', 'DATASET', 'EDITOR']),
  name: z.string(),
  title: str,
  outlet: str,
  language: str,
  publishedText: date,
  citedOutlets: strList,
  licence: str,
  author: str,
  url: str,
  details: jsonObject,
});

export function toSource(row: unknown): SourceModel {
  const { publishedText, ...rest } = SourceRow.parse(row);
  return { ...rest, published: publishedText };
}

export const CitationRow = z.object({
  sourceId: z.string(),
  detail: z.string().nullable().optional().transform((v) => (v ? v : null)),
  teaser: z.boolean().nullable().optional().transform((v) => v ?? false),
  confidence: z.number().nullable().optional().transform((v) => v ?? 1),
});

export function toCitation(row: unknown): CitationModel {
  return CitationRow.parse(row);
}
