// People, clubs, national teams and stadiums by id, and the entities a source backs, batched
// per request (and entities by id shared across requests through the read cache, when there is one).
import type { ReadCache } from './read-cache';
import type { GraphEngine } from '../graph/engine';
import type { EntityModel, EntityType } from '../domain/models/entities';
import type { CitationModel } from '../domain/models/sources';
import { byKeyset, decodeKeyset, keysetPage, pageSize, type Connection, type Page } from '../domain/paging';
import { KeyedPages, manyLoader, oneLoader } from './loaders';
import { toCitation, toEntity } from './rows';

/** An entity a source backs, with that source's citations of it (a story mention, a teaser or both). */
export interface CitedEntity {
  entity: EntityModel;
  citations: CitationModel[];
}

const TYPE_ORDER: Record<EntityType, number> = { PERSON: 0, CLUB: 1, NATIONAL_TEAM: 2, STADIUM: 3 };

export class EntityRepository {
  private readonly byId;
  private readonly citing;

  private readonly pages;

  constructor(engine: GraphEngine, cache?: ReadCache) {
    this.pages = new KeyedPages(engine);
    this.byId = oneLoader(engine, 'entities/by-ids', toEntity, { cache });
    this.citing = manyLoader(engine, 'entities/citing', (row) => ({ entity: toEntity(row), citation: toCitation(row) }));
  }

  /**
   * Entities a read of facts returned with them (a fact row's `named`, in the columns of
   * entities/by-ids; the Neo4j variants of facts/about-page and facts/about return them), kept for
   * this request so that they are not read again.
   */
  remember(named: unknown): void {
    if (!Array.isArray(named)) return;
    for (const row of named) {
      const entity = toEntity(row);
      this.byId.prime(entity.id, entity);
    }
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

  /**
   * Active entities that cite the source, one item per entity with all its citations of that
   * source (story first), ordered people, clubs, national teams, stadiums, then by id.
   */
  async citingSource(sourceId: string): Promise<CitedEntity[]> {
    const byEntity = new Map<string, CitedEntity>();
    for (const { entity, citation } of await this.citing.load(sourceId)) {
      let item = byEntity.get(entity.id);
      if (!item) {
        byEntity.set(entity.id, (item = { entity, citations: [] }));
        this.byId.prime(entity.id, entity);
      }
      item.citations.push(citation);
    }
    const items = [...byEntity.values()];
    for (const item of items) item.citations.sort((a, b) => Number(a.teaser) - Number(b.teaser) || b.confidence - a.confidence || (a.detail ?? '').localeCompare(b.detail ?? ''));
    return items.sort((a, b) => TYPE_ORDER[a.entity.type] - TYPE_ORDER[b.entity.type] || a.entity.id.localeCompare(b.entity.id));
  }

  /**
   * One page of citingSource, paged in the database (entities/citing-page): the same order, at
   * most `first + 1` entities read, the list's size counted in the same query.
   */
  async citingSourcePage(sourceId: string, page: Page): Promise<Connection<CitedEntity>> {
    const size = pageSize(page.first);
    const after = decodeKeyset(page.after);
    const { rows, total } = await this.pages.load('entities/citing-page', { afterKey: after.key, afterId: after.id, limit: size + 1 }, sourceId);
    const list = rows
      .filter((r) => r.id !== null && r.id !== undefined)
      .map((r) => {
        const entity = toEntity(r);
        this.byId.prime(entity.id, entity);
        const details = (r.citeDetails ?? []) as (string | null)[];
        const teasers = (r.citeTeasers ?? []) as (boolean | null)[];
        const confidences = (r.citeConfidences ?? []) as (number | null)[];
        const citations = details.map((detail, i) => toCitation({ sourceId, detail, teaser: teasers[i], confidence: confidences[i] }));
        citations.sort((a, b) => Number(a.teaser) - Number(b.teaser) || b.confidence - a.confidence || (a.detail ?? '').localeCompare(b.detail ?? ''));
        return { node: { entity, citations }, key: { key: String(r.sortKey), id: entity.id } };
      });
    return keysetPage(list.sort(byKeyset), size, page.after, total);
  }
}
