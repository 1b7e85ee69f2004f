// What an importer wants the graph to hold after it ran, before it is compared with what the
// graph holds now: entities to create or merge into, facts to create, and curated facts to
// attach dataset rows to. The writer turns the difference into batched writes.
import type { Citation, FactSeed } from '../../domain/types';
import type { EntityType } from '../../domain/models/entities';

export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  /** Every spelling seen in this dataset (the name included). */
  spellings: string[];
  shortName?: string | null;
  city?: string | null;
  country?: string | null;
  birth?: string | null;
  nationalities?: string[];
  positions?: string[];
  details?: Record<string, unknown>;
  /** The citation of this dataset: where the entity was seen and how it was matched. */
  citation: Citation;
  /** When set, the entity exists: only add spellings, fill empty fields and cite. */
  merge?: {
    /** Curated entities keep every field they have; imported ones may get a more precise birth date. */
    curated: boolean;
    /** A birth date more precise than the stored range (imported entities only). */
    refineBirth?: string;
  };
}

export interface Attachment {
  /** The existing (curated) fact the rows describe. */
  factId: string;
  citations: Citation[];
  /** Details the dataset adds; keys the fact already has are kept as they are. */
  details: Record<string, unknown>;
}

/** Facts to write, possibly built one by one as they are read (`size` is known up front). */
export interface FactStream extends Iterable<FactSeed> {
  readonly size: number;
}

export interface ImportPlan {
  entities: Map<string, EntityDraft>;
  facts: FactStream;
  attachments: Map<string, Attachment>;
}

/** Facts built all at once, by id. */
export class FactList implements FactStream {
  private readonly byId = new Map<string, FactSeed>();
  set(id: string, fact: FactSeed): void {
    this.byId.set(id, fact);
  }
  get(id: string): FactSeed | undefined {
    return this.byId.get(id);
  }
  get size(): number {
    return this.byId.size;
  }
  [Symbol.iterator](): Iterator<FactSeed> {
    return this.byId.values();
  }
}

export function emptyPlan(): ImportPlan & { facts: FactList } {
  return { entities: new Map(), facts: new FactList(), attachments: new Map() };
}

/** Adds an attachment, merging citations and details with one already planned for the fact. */
export function attach(plan: ImportPlan, a: Attachment): void {
  const prev = plan.attachments.get(a.factId);
  if (!prev) {
    plan.attachments.set(a.factId, { factId: a.factId, citations: [...a.citations], details: { ...a.details } });
    return;
  }
  for (const c of a.citations) if (!prev.citations.some((p) => p.source === c.source && p.detail === c.detail)) prev.citations.push(c);
  for (const [k, v] of Object.entries(a.details)) if (!(k in prev.details)) prev.details[k] = v;
}
