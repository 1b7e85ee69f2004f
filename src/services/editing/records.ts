// Records as editing reads and writes them: the seeds of what the database holds (before an
// edit), a correction applied to a fact, and the audit trail's view of a fact.
import type { Citation, EntitySeed, FactSeed, SourceSeed } from '../../domain/types';
import type { EntityModel } from '../../domain/models/entities';
import type { FactModel } from '../../domain/models/facts';
import type { CitationModel, SourceModel } from '../../domain/models/sources';
import { patched, type Patch } from './inputs';

/** A fact's references: role → id, or ids for roles that hold several. */
export type Refs = Record<string, string | string[]>;

export function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}

export function dates(start: Patch<string>, end: Patch<string>): { start?: string; end?: string } {
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

export function refIds(refs: Refs): string[] {
  return Object.values(refs).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

export function citationOf(c: CitationModel): Citation {
  return { source: c.sourceId, ...(c.detail ? { detail: c.detail } : {}), ...(c.teaser ? { teaser: true } : {}), confidence: c.confidence };
}

export function factSeedOf(f: FactModel, sources: Citation[]): FactSeed {
  const refs: Refs = {};
  for (const [role, ids] of Object.entries(f.refs)) refs[role] = ids.length === 1 ? ids[0]! : ids;
  return {
    id: f.id,
    kind: f.kind,
    ...(f.type ? { type: f.type } : {}),
    ...dates(f.start?.text, f.end?.text),
    refs,
    details: f.details,
    confidence: f.confidence,
    sources,
  };
}

/** `current` with `patch` applied key by key: undefined keeps, null removes. */
function patchMap<T>(current: Record<string, T>, patch: Record<string, Patch<T>>): Record<string, T> {
  const out = { ...current };
  for (const [key, v] of Object.entries(patch)) {
    if (v === null) delete out[key];
    else if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Applies a correction to a fact: undefined keeps, null clears (refs and details alike). */
export function withPatch(
  current: FactSeed,
  patch: { type?: string; start: Patch<string>; end: Patch<string>; refs: Record<string, Patch<string | string[]>>; details: Record<string, unknown>; sources?: Citation[] },
): FactSeed {
  const { start, end, ...rest } = current;
  return {
    ...rest,
    ...(patch.type ? { type: patch.type } : {}),
    ...dates(patched(start, patch.start), patched(end, patch.end)),
    refs: patchMap(current.refs, patch.refs),
    details: patchMap(current.details ?? {}, patch.details),
    sources: patch.sources ?? current.sources,
  };
}

export function entitySeedOf(e: EntityModel, sources: Citation[]): EntitySeed {
  const out: EntitySeed = {
    id: e.id,
    type: e.type,
    name: e.name,
    nicknames: e.nicknames,
    aliases: e.aliases,
    nationalities: e.nationalities,
    positions: e.positions,
    sources,
  };
  const optional = { fullName: e.fullName, shortName: e.shortName, nameNl: e.nameNl, nameFr: e.nameFr, nameEn: e.nameEn, city: e.city, country: e.country, birth: e.birth?.text };
  for (const [k, v] of Object.entries(optional)) if (v) (out as Record<string, unknown>)[k] = v;
  if (Object.keys(e.details).length > 0) out.details = e.details;
  return out;
}

export function sourceSeedOf(s: SourceModel): SourceSeed {
  const out: SourceSeed = { id: s.id, kind: s.kind, name: s.name, citedOutlets: s.citedOutlets };
  const optional = { title: s.title, outlet: s.outlet, language: s.language, published: s.published?.text, licence: s.licence, author: s.author, url: s.url };
  for (const [k, v] of Object.entries(optional)) if (v) (out as Record<string, unknown>)[k] = v;
  if (Object.keys(s.details).length > 0) out.details = s.details;
  return out;
}

/** The audit trail's view of a fact, in a stable key order (entities and sources go as their seeds). */
export function factRecord(f: FactSeed, status: 'ACTIVE' | 'RETRACTED') {
  return { id: f.id, kind: f.kind, type: f.type ?? null, start: f.start ?? null, end: f.end ?? null, refs: f.refs, details: f.details ?? {}, confidence: f.confidence ?? 1, status, sources: f.sources };
}
