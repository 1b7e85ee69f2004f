// People, clubs, national teams and stadiums by id, batched per request.
import type { GraphEngine } from '../graph/engine';
import type { EntityModel, EntityType } from '../models/entities';
import { oneLoader } from './loaders';
import { toEntity } from './rows';

export class EntityRepository {
  private readonly byId;

  constructor(engine: GraphEngine) {
    this.byId = oneLoader(engine, 'read/entities-by-ids', toEntity);
  }

  async get(id: string, type?: EntityType): Promise<EntityModel | null> {
    const e = await this.byId.load(id);
    return e && (!type || e.type === type) ? e : null;
  }

  async getMany(ids: readonly string[]): Promise<(EntityModel | null)[]> {
    const out = await this.byId.loadMany(ids);
    return out.map((e) => (e instanceof Error ? null : e));
  }

  /** Like get, for ids a stored fact refers to: a dangling reference is a data defect. */
  async require(id: string): Promise<EntityModel> {
    const e = await this.byId.load(id);
    if (!e) throw new Error(`Dangling reference to ${id}`);
    return e;
  }
}
