// Facts about entities, facts by id and facts citing a source, batched per request.
import type { GraphEngine } from '../graph/engine';
import type { FactKindName } from '../knowledge/fact-kinds';
import type { FactModel } from '../models/facts';
import { manyLoader, oneLoader } from './loaders';
import { toFact } from './rows';

/** Stable date order: by earliest start, then order detail, then id; undated facts last. */
export function byDate(a: FactModel, b: FactModel): number {
  const sa = a.start?.lo ?? '9999-12-31';
  const sb = b.start?.lo ?? '9999-12-31';
  if (sa !== sb) return sa < sb ? -1 : 1;
  const oa = typeof a.details.order === 'number' ? a.details.order : 0;
  const ob = typeof b.details.order === 'number' ? b.details.order : 0;
  if (oa !== ob) return oa - ob;
  const ea = a.end?.hi ?? '9999-12-31';
  const eb = b.end?.hi ?? '9999-12-31';
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.id.localeCompare(b.id);
}

export class FactRepository {
  private readonly aboutLoader;
  private readonly byId;
  private readonly citing;

  constructor(engine: GraphEngine) {
    this.aboutLoader = manyLoader(engine, 'read/facts-about', toFact);
    this.byId = oneLoader(engine, 'read/facts-by-ids', toFact);
    this.citing = manyLoader(engine, 'read/facts-citing', toFact);
  }

  /** Active facts that refer to the entity, optionally of some kinds and in a given role. */
  async about(entityId: string, kinds?: FactKindName[], role?: string): Promise<FactModel[]> {
    const all = await this.aboutLoader.load(entityId);
    return all
      .filter((f) => !kinds || kinds.includes(f.kind))
      .filter((f) => !role || (f.refs[role] ?? []).includes(entityId))
      .sort(byDate);
  }

  get(id: string): Promise<FactModel | null> {
    return this.byId.load(id);
  }

  async citingSource(sourceId: string): Promise<FactModel[]> {
    return (await this.citing.load(sourceId)).sort(byDate);
  }
}
