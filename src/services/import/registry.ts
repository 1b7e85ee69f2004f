// What the graph already holds that an import must match against: entities of a type with their
// names and identity fields (and whether they are curated), and the curated transfers and spells
// that dataset rows may confirm.
import type { GraphEngine, Row } from '../../graph/engine';
import { parsePartialDate, type PartialDate } from '../../domain/partial-date';
import type { EntityType } from '../../domain/models/entities';
import type { FactModel } from '../../domain/models/facts';
import { ref } from '../../domain/models/facts';
import { toFact } from '../../repositories/rows';

export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Every name and alias (not nicknames). */
  names: string[];
  country: string | null;
  birth: PartialDate | null;
  nationalities: string[];
  positions: string[];
  details: Record<string, unknown>;
  /** Cites an article or the editors: its own fields are never overwritten by an import. */
  curated: boolean;
  /** Ids of the sources it cites. */
  sources: string[];
  /** Its citations of datasets (how an earlier import linked it). */
  citations: { source: string; detail: string; confidence: number }[];
}

/**
 * How an earlier run of `dataset` linked this entity, when it did: the evidence is kept as it was
 * then (what the dataset itself filled in since must not count as corroboration).
 */
export function priorLink(k: KnownEntity, dataset: string, pattern: RegExp): { how: string; confidence: number } | null {
  for (const c of k.citations) {
    if (c.source !== dataset) continue;
    const m = c.detail.match(pattern);
    if (m?.[1]) return { how: m[1], confidence: c.confidence };
  }
  return null;
}

/**
 * A dataset's citation of an entity that was in the graph before it: the transfers write
 * "linked: <how>; …", the World Cup "…, linked by <how>".
 */
const LINK_DETAIL = /^linked: |, linked by /;

/**
 * True when `dataset` created the entity in an earlier run: it cites the entity, not as a link to
 * someone already there, and every other source that cites it is a dataset that linked its own
 * rows to it later (the World Cup linking a player to a person the transfers made). Such an
 * entity is planned exactly as when it was created, so that a re-run (after a kill) rewrites
 * nothing: counting it as "already there" rewrote the transfers' citations of the ~2,950 people
 * the World Cup links to.
 */
export function ownedBy(k: KnownEntity, dataset: string): boolean {
  if (k.curated || !k.sources.includes(dataset)) return false;
  const linkedBy = (source: string) => k.citations.some((c) => c.source === source && LINK_DETAIL.test(c.detail));
  if (linkedBy(dataset)) return false;
  return k.sources.every((s) => s === dataset || linkedBy(s));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function toKnown(type: EntityType, r: Row): KnownEntity {
  let birth: PartialDate | null = null;
  const birthText = str(r.birthText);
  if (birthText) {
    try {
      birth = parsePartialDate(birthText);
    } catch {
      birth = null;
    }
  }
  let details: Record<string, unknown> = {};
  const d = str(r.details);
  if (d) {
    try {
      details = JSON.parse(d) as Record<string, unknown>;
    } catch {
      details = {};
    }
  }
  const name = str(r.name) ?? String(r.id);
  const citations = (Array.isArray(r.citations) ? r.citations : [])
    .map((c) => c as Record<string, unknown>)
    .filter((c) => typeof c.source === 'string')
    .map((c) => ({ source: c.source as string, kind: str(c.kind) ?? '', detail: str(c.detail) ?? '', confidence: typeof c.confidence === 'number' ? c.confidence : 1 }));
  const kinds = citations.map((c) => c.kind);
  return {
    id: String(r.id),
    type,
    name,
    names: [...new Set([name, ...[r.fullName, r.shortName, r.nameNl, r.nameFr, r.nameEn].map(str).filter((x): x is string => x !== null), ...strings(r.aliases)])],
    country: str(r.country),
    birth,
    nationalities: strings(r.nationalities),
    positions: strings(r.positions),
    details,
    curated: kinds.some((k) => k !== 'DATASET'),
    sources: [...new Set(citations.map((c) => c.source))],
    citations: citations.filter((c) => c.kind === 'DATASET').map(({ source, detail, confidence }) => ({ source, detail, confidence })),
  };
}

export async function loadEntities(engine: GraphEngine, type: EntityType): Promise<KnownEntity[]> {
  const rows = await engine.read('entities/of-type', { type });
  return rows.map((r) => toKnown(type, r)).sort((a, b) => a.id.localeCompare(b.id));
}

export interface CuratedFacts {
  transfersOf(personId: string): FactModel[];
  spellsOf(personId: string): FactModel[];
}

export async function loadCuratedFacts(engine: GraphEngine): Promise<CuratedFacts> {
  const facts = (await engine.read('facts/curated')).map(toFact);
  const byPerson = new Map<string, FactModel[]>();
  for (const f of facts) {
    const p = ref(f, 'person');
    if (!p) continue;
    const list = byPerson.get(p);
    if (list) list.push(f);
    else byPerson.set(p, [f]);
  }
  for (const list of byPerson.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  return {
    transfersOf: (id) => (byPerson.get(id) ?? []).filter((f) => f.kind === 'transfer'),
    spellsOf: (id) => (byPerson.get(id) ?? []).filter((f) => f.kind === 'spell'),
  };
}
