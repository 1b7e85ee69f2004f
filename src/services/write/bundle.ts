// Validates a knowledge bundle (shapes, dates, references, sources) and turns it into the row
// batches the write operations take. Storing is atomic per bundle.
import { createHash } from 'node:crypto';
import type { GraphEngine, WriteStep } from '../../graph/engine';
import { FACT_KINDS } from '../../domain/fact-kinds';
import { searchText } from '../../domain/fold';
import { parsePartialDate } from '../../domain/partial-date';
import { aboutRows, factRefs } from '../../domain/refs';
import { Citation, EntitySeed, FactSeed, SourceSeed, type KnowledgeBundle } from '../../domain/types';

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

type ParsedBundle = {
  sources: ReturnType<typeof SourceSeed.parse>[];
  entities: ReturnType<typeof EntitySeed.parse>[];
  facts: ReturnType<typeof FactSeed.parse>[];
};

export interface KnownIds {
  /** Ids already stored in the graph that a bundle may refer to. */
  has(id: string): boolean;
}

function parseAll<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, items: unknown[], what: string): T[] {
  return items.map((item, i) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const id = (item as { id?: string }).id ?? `#${i}`;
      const field = issue.path.map(String).join('.');
      throw new KnowledgeError(`${what} ${id}: ${field ? `${field}: ` : ''}${issue.message}`, field || undefined);
    }
    return r.data;
  });
}

/** Parses and checks a bundle: unique ids, known references and sources, ordered dates. */
export function validateBundle(bundle: KnowledgeBundle, known: KnownIds = { has: () => false }): ParsedBundle {
  const sources = parseAll(SourceSeed, bundle.sources, 'Source');
  const entities = parseAll(EntitySeed, bundle.entities, 'Entity');
  const facts = parseAll(FactSeed, bundle.facts, 'Fact');
  const ids = new Set<string>();
  for (const x of [...sources, ...entities, ...facts]) {
    if (ids.has(x.id)) throw new KnowledgeError(`Duplicate id ${x.id}`, 'id');
    ids.add(x.id);
  }
  const exists = (id: string) => ids.has(id) || known.has(id);
  const checkCitations = (holder: string, cites: Citation[]) => {
    for (const c of cites) if (!exists(c.source) || !(c.source.startsWith('article:') || c.source.startsWith('dataset:') || c.source.startsWith('editor:'))) {
      throw new KnowledgeError(`${holder} cites unknown source ${c.source}`, 'sources');
    }
  };
  for (const e of entities) {
    checkCitations(e.id, e.sources);
    const prefix = { PERSON: 'person:', CLUB: 'club:', NATIONAL_TEAM: 'nt:', STADIUM: 'stadium:' }[e.type];
    if (!e.id.startsWith(prefix)) throw new KnowledgeError(`Entity ${e.id} of type ${e.type} must have an id starting with ${prefix}`, 'id');
  }
  for (const f of facts) {
    checkCitations(f.id, f.sources);
    checkKindContract(f);
    for (const [role, target] of Object.entries(f.refs)) {
      for (const t of Array.isArray(target) ? target : [target]) {
        if (!exists(t)) throw new KnowledgeError(`Fact ${f.id} refers to unknown ${t} as ${role}`, `refs.${role}`);
      }
    }
    if (f.start && f.end && parsePartialDate(f.start).lo > parsePartialDate(f.end).hi) {
      throw new KnowledgeError(`Fact ${f.id} ends before it starts`, 'end');
    }
  }
  return { sources, entities, facts };
}

function checkKindContract(f: ReturnType<typeof FactSeed.parse>): void {
  const contract = FACT_KINDS[f.kind];
  const checks: [string, { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, unknown][] = [
    ['type', contract.types, f.type],
    ['refs', contract.refs.strict(), f.refs],
    ['details', contract.details.strict(), f.details],
  ];
  for (const [field, schema, value] of checks) {
    const r = schema.safeParse(value);
    if (!r.success) {
      const issue = r.error!.issues[0]!;
      const where = [field, ...issue.path.map(String)].join('.');
      throw new KnowledgeError(`Fact ${f.id} (${f.kind}): ${where}: ${issue.message}`, where);
    }
  }
}

const opt = (v: string | undefined) => v ?? null;
const json = (v: unknown) => (v && typeof v === 'object' && Object.keys(v).length > 0 ? JSON.stringify(v) : null);

function dateColumns(prefix: 'start' | 'end', text: string | undefined) {
  if (!text) return prefix === 'start' ? { startText: null, startPrecision: null, startLo: null } : { endText: null, endPrecision: null, endHi: null };
  const d = parsePartialDate(text);
  return prefix === 'start'
    ? { startText: d.text, startPrecision: d.precision, startLo: d.lo }
    : { endText: d.text, endPrecision: d.precision, endHi: d.hi };
}

/** The write steps that store a validated bundle. */
export function bundleSteps(b: ParsedBundle, now = new Date().toISOString()): WriteStep[] {
  const sourceRows = b.sources.map((s) => {
    const published = s.published ? parsePartialDate(s.published) : undefined;
    return {
      id: s.id, kind: s.kind, name: s.name, title: opt(s.title), outlet: opt(s.outlet), language: opt(s.language),
      publishedText: published?.text ?? null, publishedPrecision: published?.precision ?? null,
      citedOutlets: s.citedOutlets, licence: opt(s.licence), author: opt(s.author), url: opt(s.url),
      details: json(s.details), updatedAt: now,
    };
  });
  const entityRows = b.entities.map((e) => {
    const birth = e.birth ? parsePartialDate(e.birth) : undefined;
    return {
      id: e.id, type: e.type, name: e.name, fullName: opt(e.fullName), shortName: opt(e.shortName),
      nameNl: opt(e.nameNl), nameFr: opt(e.nameFr), nameEn: opt(e.nameEn), nicknames: e.nicknames, aliases: e.aliases,
      city: opt(e.city), country: opt(e.country), birthText: birth?.text ?? null, birthPrecision: birth?.precision ?? null,
      nationalities: e.nationalities, positions: e.positions,
      searchText: searchText([e.name, e.fullName, e.shortName, e.nameNl, e.nameFr, e.nameEn, ...e.nicknames, ...e.aliases]),
      details: json(e.details), status: 'ACTIVE', updatedAt: now,
    };
  });
  const factRows = b.facts.map((f) => ({
    id: f.id, kind: f.kind, type: opt(f.type), ...dateColumns('start', f.start), ...dateColumns('end', f.end),
    details: json(f.details), status: 'ACTIVE', confidence: f.confidence ?? 1.0, updatedAt: now,
  }));
  const refRows = b.facts.map((f) => ({ id: f.id, ...factRefs(f) }));
  const aboutEntity: { fact: string; target: string; role: string }[] = [];
  const aboutFact: { fact: string; target: string; role: string }[] = [];
  for (const { fact, target, role } of aboutRows(b.facts)) (target.startsWith('fact:') ? aboutFact : aboutEntity).push({ fact, target, role });
  const cite = (holder: string, c: Citation) => ({ holder, source: c.source, detail: c.detail ?? '', teaser: c.teaser ?? false, confidence: c.confidence ?? (c.teaser ? 0.5 : 1.0) });
  const citeFact = b.facts.flatMap((f) => f.sources.map((c) => cite(f.id, c)));
  const citeEntity = b.entities.flatMap((e) => e.sources.map((c) => cite(e.id, c)));
  return [
    { op: 'sources/upsert', params: { rows: sourceRows } },
    { op: 'entities/upsert', params: { rows: entityRows } },
    { op: 'facts/upsert', params: { rows: factRows } },
    { op: 'facts/link-about-entity', params: { rows: aboutEntity } },
    { op: 'facts/link-about-fact', params: { rows: aboutFact } },
    { op: 'facts/set-refs', params: { rows: refRows } },
    { op: 'facts/cite', params: { rows: dedupe(citeFact) } },
    { op: 'entities/cite', params: { rows: dedupe(citeEntity) } },
  ];
}

function dedupe<T extends { holder: string; source: string; detail: string }>(rows: T[]): T[] {
  const seen = new Map<string, T>();
  for (const r of rows) seen.set(`${r.holder}\u0000${r.source}\u0000${r.detail}`, r);
  return [...seen.values()];
}

export function bundleHash(bundle: KnowledgeBundle): string {
  return createHash('sha256').update(JSON.stringify(bundle)).digest('hex').slice(0, 16);
}

/** Validates and stores a bundle in one transaction. */
export async function writeBundle(engine: GraphEngine, bundle: KnowledgeBundle, known?: KnownIds): Promise<void> {
  const parsed = validateBundle(bundle, known);
  await engine.writeAll(bundleSteps(parsed));
}
