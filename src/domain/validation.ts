// What every write of knowledge checks before anything is stored, whoever writes it (seeding,
// editing, the importers): seed shapes, the contract of each fact kind, ids, references, dates.
import { FACT_KINDS } from './facts';
import { parsePartialDate } from './partial-date';
import { Citation, EntitySeed, FactSeed, SourceSeed, type KnowledgeBundle } from './types';

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

export type ParsedSource = ReturnType<typeof SourceSeed.parse>;
export type ParsedEntity = ReturnType<typeof EntitySeed.parse>;
export type ParsedFact = ReturnType<typeof FactSeed.parse>;

export interface ParsedBundle {
  sources: ParsedSource[];
  entities: ParsedEntity[];
  facts: ParsedFact[];
}

export interface KnownIds {
  /** Ids already stored in the graph that a bundle may refer to. */
  has(id: string): boolean;
}

type Issues = { issues: { path: PropertyKey[]; message: string }[] };
type Schema<T = unknown> = { safeParse(v: unknown): { success: true; data: T } | { success: false; error: Issues } };

function parseAll<T>(schema: Schema<T>, items: unknown[], what: string): T[] {
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

const ENTITY_PREFIX = { PERSON: 'person:', CLUB: 'club:', NATIONAL_TEAM: 'nt:', STADIUM: 'stadium:' } as const;
const SOURCE_PREFIXES = ['article:', 'dataset:', 'editor:'];

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
    for (const c of cites) if (!exists(c.source) || !SOURCE_PREFIXES.some((p) => c.source.startsWith(p))) {
      throw new KnowledgeError(`${holder} cites unknown source ${c.source}`, 'sources');
    }
  };
  for (const e of entities) {
    checkCitations(e.id, e.sources);
    const prefix = ENTITY_PREFIX[e.type];
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
    checkDateOrder(f);
  }
  return { sources, entities, facts };
}

/** The fact's type, refs and details against the contract of its kind (src/domain/facts). */
export function checkKindContract(f: Pick<FactSeed, 'id' | 'kind' | 'type' | 'refs' | 'details'>): void {
  const contract = FACT_KINDS[f.kind];
  const checks: [string, Schema, unknown][] = [
    ['type', contract.types as Schema, f.type],
    ['refs', contract.refs.strict() as Schema, f.refs],
    ['details', contract.details.strict() as Schema, f.details ?? {}],
  ];
  for (const [field, schema, value] of checks) {
    const r = schema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const where = [field, ...issue.path.map(String)].join('.');
      throw new KnowledgeError(`Fact ${f.id} (${f.kind}): ${where}: ${issue.message}`, where);
    }
  }
}

function checkDateOrder(f: Pick<FactSeed, 'id' | 'start' | 'end'>): void {
  if (f.start && f.end && parsePartialDate(f.start).lo > parsePartialDate(f.end).hi) throw new KnowledgeError(`Fact ${f.id} ends before it starts`, 'end');
}

const ENTITY_ID = /^(person|club|nt|stadium):[a-z0-9-]+$/;
const FACT_ID = /^fact:[a-z0-9\-:.]+$/;

/** An entity id as every writer makes them (`person:steven-defour`). */
export function checkEntityId(id: string): void {
  if (!ENTITY_ID.test(id)) throw new KnowledgeError(`Entity id ${id} is malformed`, 'id');
}

/**
 * Checks facts that bulk writers produce by the hundred thousand, without a seed parse: every fact
 * gets the cheap structural checks (id, a source, non-empty refs, dates in order), and the kind
 * contract runs once per shape (kind, type, roles, detail keys and value types), since importers
 * produce a few shapes over and over.
 */
export class FactChecker {
  private readonly shapes = new Set<string>();

  check(f: FactSeed): void {
    if (!FACT_ID.test(f.id)) throw new KnowledgeError(`Fact id ${f.id} is malformed`, 'id');
    if (!f.sources || f.sources.length === 0) throw new KnowledgeError(`Fact ${f.id} has no source`, 'sources');
    for (const [role, t] of Object.entries(f.refs)) {
      for (const id of Array.isArray(t) ? t : [t]) if (typeof id !== 'string' || id === '') throw new KnowledgeError(`Fact ${f.id} has an empty ${role}`, `refs.${role}`);
    }
    checkDateOrder(f);
    const shape = shapeOf(f);
    if (this.shapes.has(shape)) return;
    checkKindContract(f);
    this.shapes.add(shape);
  }
}

/** Free-text detail keys: their values do not make a new shape. */
const FREE_TEXT = new Set(['note', 'fromName', 'toName', 'tournament']);

function shapeOf(f: FactSeed): string {
  const details = (f.details ?? {}) as Record<string, unknown>;
  let shape = `${f.kind}|${f.type ?? ''}|${Object.keys(f.refs).sort().join(',')}|`;
  for (const k of Object.keys(details).sort()) {
    const v = details[k];
    shape += `${k}:${typeof v === 'number' ? (Number.isInteger(v) ? (v < 0 ? 'neg' : 'int') : v < 0 ? 'neg' : 'float') : typeof v === 'string' && !FREE_TEXT.has(k) ? `s=${v}` : typeof v},`;
  }
  return shape;
}
