// The stored columns of sources, entities and facts, and the builders that turn a validated seed
// into them: one place for how a date, a name list or a citation is stored, whichever strategy
// (upsert.ts small, bulk.ts batches) writes it and whoever restores it (services/backup).
import { searchText } from '../../domain/fold';
import { parsePartialDate } from '../../domain/partial-date';
import { aboutRows } from '../../domain/refs';
import type { Citation, EntitySeed, FactSeed, SourceSeed } from '../../domain/types';

const S = 'string' as const;
const L = 'strings' as const;
const N = 'number' as const;
const B = 'boolean' as const;

/** Every property a Source node stores, with its type (all but the key may be null). */
export const SOURCE_COLUMNS = { id: S, kind: S, name: S, title: S, outlet: S, language: S, publishedText: S, publishedPrecision: S, citedOutlets: L, licence: S, author: S, url: S, details: S, updatedAt: S } as const;
/** Every property an Entity node stores. */
export const ENTITY_COLUMNS = {
  id: S, type: S, name: S, fullName: S, shortName: S, nameNl: S, nameFr: S, nameEn: S, nicknames: L, aliases: L, city: S, country: S,
  birthText: S, birthPrecision: S, nationalities: L, positions: L, searchText: S, details: S, status: S, updatedAt: S,
} as const;
/** Every property a Fact node stores apart from its copy of the refs (src/graph/fact-refs.ts). */
export const FACT_COLUMNS = { id: S, kind: S, type: S, startText: S, startPrecision: S, startLo: S, endText: S, endPrecision: S, endHi: S, details: S, status: S, confidence: N, updatedAt: S } as const;
/** A CITES edge, from its holder (a fact or an entity) to a source. */
export const CITATION_COLUMNS = { holder: S, source: S, detail: S, teaser: B, confidence: N } as const;
/** An ABOUT edge with the copy of its fact's kind. */
export const ABOUT_COLUMNS = { fact: S, target: S, role: S, kind: S } as const;

type RowOf<C> = { [K in keyof C]: unknown };

/** Details as stored: JSON text, or null when there are none. */
export const detailsText = (v: unknown): string | null => (v && typeof v === 'object' && Object.keys(v).length > 0 ? JSON.stringify(v) : null);
const opt = (v: string | null | undefined) => v ?? null;

/** A partial date's columns (text, precision and the bound reads compare). */
export function dateColumns(start: string | null | undefined, end: string | null | undefined) {
  const s = start ? parsePartialDate(start) : null;
  const e = end ? parsePartialDate(end) : null;
  return {
    startText: s?.text ?? null, startPrecision: s?.precision ?? null, startLo: s?.lo ?? null,
    endText: e?.text ?? null, endPrecision: e?.precision ?? null, endHi: e?.hi ?? null,
  };
}

export function birthColumns(birth: string | null | undefined) {
  const b = birth ? parsePartialDate(birth) : null;
  return { birthText: b?.text ?? null, birthPrecision: b?.precision ?? null };
}

/** The folded names search matches (src/domain/fold.ts), from every name an entity goes by. */
export function entitySearchText(e: Pick<EntitySeed, 'name' | 'fullName' | 'shortName' | 'nameNl' | 'nameFr' | 'nameEn' | 'nicknames' | 'aliases'>): string {
  return searchText([e.name, e.fullName, e.shortName, e.nameNl, e.nameFr, e.nameEn, ...(e.nicknames ?? []), ...(e.aliases ?? [])]);
}

export function sourceRow(s: SourceSeed, now: string): RowOf<typeof SOURCE_COLUMNS> {
  const published = s.published ? parsePartialDate(s.published) : undefined;
  return {
    id: s.id, kind: s.kind, name: s.name, title: opt(s.title), outlet: opt(s.outlet), language: opt(s.language),
    publishedText: published?.text ?? null, publishedPrecision: published?.precision ?? null,
    citedOutlets: s.citedOutlets ?? [], licence: opt(s.licence), author: opt(s.author), url: opt(s.url),
    details: detailsText(s.details), updatedAt: now,
  };
}

/** An entity as created; its citations are written apart (citationRow). */
export function entityRow(e: Omit<EntitySeed, 'sources'>, now: string): RowOf<typeof ENTITY_COLUMNS> {
  return {
    id: e.id, type: e.type, name: e.name, fullName: opt(e.fullName), shortName: opt(e.shortName),
    nameNl: opt(e.nameNl), nameFr: opt(e.nameFr), nameEn: opt(e.nameEn), nicknames: e.nicknames ?? [], aliases: e.aliases ?? [],
    city: opt(e.city), country: opt(e.country), ...birthColumns(e.birth),
    nationalities: e.nationalities ?? [], positions: e.positions ?? [], searchText: entitySearchText(e),
    details: detailsText(e.details), status: 'ACTIVE', updatedAt: now,
  };
}

/** A fact as created; its ABOUTs (aboutRows), refs copy (factRefs) and citations are written with it. */
export function factRow(f: FactSeed, now: string): RowOf<typeof FACT_COLUMNS> {
  return {
    id: f.id, kind: f.kind, type: opt(f.type), ...dateColumns(f.start, f.end),
    details: detailsText(f.details), status: 'ACTIVE', confidence: f.confidence ?? 1.0, updatedAt: now,
  };
}

export type CitationRow = { holder: string; source: string; detail: string; teaser: boolean; confidence: number };

/** A CITES edge: no detail is '', a teaser counts half unless it says otherwise. */
export function citationRow(holder: string, c: Citation): CitationRow {
  return { holder, source: c.source, detail: c.detail ?? '', teaser: c.teaser ?? false, confidence: c.confidence ?? (c.teaser ? 0.5 : 1.0) };
}

/**
 * One citation per (holder, source, detail), the last one given winning: the embedded engine
 * gives wrong results for a key twice in one batch.
 */
export function uniqueCitations<T extends { holder: string; source: string; detail: string }>(rows: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const r of rows) seen.set(`${r.holder}\u0000${r.source}\u0000${r.detail}`, r);
  return [...seen.values()];
}

/** A fact's citations as CITES rows, each (source, detail) once, the first one given winning. */
export function factCitationRows(f: Pick<FactSeed, 'id' | 'sources'>): CitationRow[] {
  const seen = new Set<string>();
  const out: CitationRow[] = [];
  for (const c of f.sources) {
    const row = citationRow(f.id, c);
    const k = `${row.source}\u0000${row.detail}`;
    if (!seen.has(k)) out.push(row);
    seen.add(k);
  }
  return out;
}

/** The ABOUT rows of facts, split by what they point at (an entity or another fact). */
export function aboutRowsByTarget(facts: readonly Pick<FactSeed, 'id' | 'kind' | 'refs'>[]) {
  const entity: ReturnType<typeof aboutRows> = [];
  const fact: ReturnType<typeof aboutRows> = [];
  for (const r of aboutRows(facts)) (r.target.startsWith('fact:') ? fact : entity).push(r);
  return { entity, fact };
}
