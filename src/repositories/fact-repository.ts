// Facts about entities, facts by id and facts citing a source, batched per request (and shared
// across requests through the read cache, when there is one).
import type DataLoader from 'dataloader';
import type { ReadCache } from './read-cache';
import type { GraphEngine } from '../graph/engine';
import { BULK_KINDS, SPARSE_KINDS, type FactKindName } from '../domain/facts';
import { ofKind, type AnyFact, type FactModel, type FactOf } from '../domain/models/facts';
import { byKeyset, decodeKeyset, keysetPage, pageSize, type Connection, type Page } from '../domain/paging';
import type { Row } from '../graph/engine';
import { KeyedPages, manyLoader, oneLoader } from './loaders';
import { toFact } from './rows';
import { isTeamId } from '../domain/ids';

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

const ALL = ['*'];


/** Which facts about an entity a connection lists, and in which order (facts/about-page). */
export interface AboutFilter<K extends FactKindName> {
  kinds: readonly K[];
  /** The entity's roles in the fact (any when absent). */
  roles?: readonly string[];
  /** The fact's types (any when absent or empty). */
  types?: readonly string[] | null;
  /** 'start' (default): by start, undated last; 'known': a fact known only by its end sorts by that end. */
  order?: 'start' | 'known';
}

/** The rows of a keyed page as a connection: back in keyset order (Neo4j returns them grouped). */
function toPage<T>(rows: Row[], toNode: (r: Row) => T, size: number, page: Page, total: number): Connection<T> {
  const list = rows.filter((r) => r.id !== null && r.id !== undefined).map((r) => ({ node: toNode(r), key: { key: String(r.sortKey), id: String(r.id) } }));
  return keysetPage(list.sort(byKeyset), size, page.after, total);
}

export class FactRepository {
  private readonly aboutLoaders = new Map<string, DataLoader<string, AnyFact[]>>();
  private readonly byId;
  private readonly citing;
  private readonly pages;

  /** `named`: where the entities a fact row names (its `named` column, when the engine returns one) go. */
  constructor(
    private readonly engine: GraphEngine,
    private readonly cache?: ReadCache,
    private readonly named?: (entities: unknown) => void,
  ) {
    this.pages = new KeyedPages(engine);
    this.byId = oneLoader(engine, 'facts/by-ids', toFact, { cache });
    this.citing = manyLoader(engine, 'facts/citing', toFact);
  }

  /** A fact row as its model, handing on the entities it names. */
  private readonly toNamingFact = (row: Row): AnyFact => {
    if (row.named !== undefined) this.named?.(row.named);
    return toFact(row);
  };

  /** Active facts that refer to the entity, of some kinds (typed), in a given role when one is given. */
  async about<K extends FactKindName>(entityId: string, kinds: readonly K[], role?: string): Promise<FactOf<K>[]>;
  /** Every active fact that refers to the entity. */
  async about(entityId: string): Promise<AnyFact[]>;
  async about(entityId: string, kinds?: readonly FactKindName[], role?: string): Promise<AnyFact[]> {
    const all = await this.aboutLoader(this.kindsToRead(entityId, kinds)).load(entityId);
    return (kinds ? ofKind(all, ...kinds) : all).filter((f) => !role || (f.refs[role] ?? []).includes(entityId)).sort(byDate);
  }

  /**
   * One page of the facts about an entity, paged in the database (facts/about-page): at most
   * `first + 1` facts read, the list's size counted in the same query. Order: by start (undated
   * last), then end, then id; see AboutFilter.order.
   */
  async aboutPage<K extends FactKindName>(entityId: string, filter: AboutFilter<K>, page: Page): Promise<Connection<FactOf<K>>> {
    const size = pageSize(page.first);
    const after = decodeKeyset(page.after);
    const params = {
      kinds: [...filter.kinds].sort(),
      roles: filter.roles && filter.roles.length > 0 ? [...filter.roles].sort() : ['*'],
      types: filter.types && filter.types.length > 0 ? [...filter.types].sort() : ['*'],
      sortBy: filter.order ?? 'start',
      afterKey: after.key,
      afterId: after.id,
      limit: size + 1,
    };
    const { rows, total } = await this.pages.load('facts/about-page', params, entityId);
    return toPage(rows, (r) => this.toNamingFact(r) as FactOf<K>, size, page, total);
  }

  /** One page of the active facts citing a source, in date order, paged in the database (facts/citing-page). */
  async citingPage(sourceId: string, page: Page): Promise<Connection<AnyFact>> {
    const size = pageSize(page.first);
    const after = decodeKeyset(page.after);
    const { rows, total } = await this.pages.load('facts/citing-page', { afterKey: after.key, afterId: after.id, limit: size + 1 }, sourceId);
    return toPage(rows, toFact, size, page, total);
  }

  get(id: string): Promise<AnyFact | null> {
    return this.byId.load(id);
  }

  async citingSource(sourceId: string): Promise<AnyFact[]> {
    return [...(await this.citing.load(sourceId))].sort(byDate);
  }

  /**
   * The kinds one read fetches: everything for a person (tens of facts); for a team, the groups the
   * asked kinds fall in (those of BULK_KINDS asked for, with every sparse kind when one is asked).
   */
  private kindsToRead(entityId: string, kinds: readonly FactKindName[] | undefined): string[] {
    if (!kinds || !isTeamId(entityId)) return ALL;
    const bulk = BULK_KINDS.filter((k) => kinds.includes(k));
    return kinds.some((k) => !BULK_KINDS.includes(k)) ? [...bulk, ...SPARSE_KINDS].sort() : bulk;
  }

  /** One loader per set of kinds: the keys of one loader share one engine call per tick. */
  private aboutLoader(kinds: string[]): DataLoader<string, AnyFact[]> {
    const name = kinds.join(',');
    let loader = this.aboutLoaders.get(name);
    if (!loader) {
      loader = manyLoader(this.engine, 'facts/about', this.toNamingFact, { cache: this.cache, namespace: `facts/about|${name}`, params: { kinds } });
      this.aboutLoaders.set(name, loader);
    }
    return loader;
  }
}
