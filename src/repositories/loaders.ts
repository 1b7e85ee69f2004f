// DataLoader factories: one engine call per batch of keys, results returned in key order. With a
// shared read cache, keys cached since the last write are answered from it and only the others
// go to the engine (no call at all when every key is cached).
import DataLoader from 'dataloader';
import type { ReadCache } from './read-cache';
import type { GraphEngine, Params, Row } from '../graph/engine';
import type { OperationName } from '../graph/operations';

export interface LoaderOptions {
  /** Shared across requests; entries are keyed by `namespace` and the key. */
  cache?: ReadCache;
  /** Defaults to the operation name; must change with anything in `params`. */
  namespace?: string;
  /** Extra parameters of every call besides `ids`. */
  params?: Params;
}

/**
 * Loads the uncached keys with one engine call and fills the cache with what it read (misses too:
 * "not found" holds until the next write like anything else).
 */
function cachedBatch<T>(engine: GraphEngine, op: OperationName, options: LoaderOptions, group: (rows: Row[], keys: readonly string[]) => T[]) {
  const { cache, params } = options;
  const namespace = options.namespace ?? op;
  return async (keys: readonly string[]): Promise<T[]> => {
    if (!cache) return group(await engine.read(op, { ...params, ids: [...keys] }), keys);
    const out: (T | undefined)[] = keys.map((k) => cache.get<T>(namespace, k));
    const missing = keys.filter((_, i) => out[i] === undefined);
    if (missing.length === 0) return out as T[];
    const stamp = cache.readStamp();
    const loaded = group(await engine.read(op, { ...params, ids: missing }), missing);
    const byKey = new Map(missing.map((k, i) => [k, loaded[i]!]));
    for (const [k, v] of byKey) cache.set(namespace, k, v, stamp);
    return keys.map((k, i) => (out[i] !== undefined ? out[i]! : byKey.get(k)!));
  };
}

/** Key → at most one model (rows whose `id` is null mean "not found"). */
export function oneLoader<T>(engine: GraphEngine, op: OperationName, toModel: (row: Row) => T, options: LoaderOptions = {}): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    cachedBatch<T | null>(engine, op, options, (rows, keys) => {
      const byKey = new Map<string, T>();
      for (const row of rows) if (row.id !== null && row.id !== undefined) byKey.set(String(row.key), toModel(row));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  );
}

/** Key → many models, in the order the rows came. */
export function manyLoader<T>(engine: GraphEngine, op: OperationName, toModel: (row: Row) => T, options: LoaderOptions = {}): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(
    cachedBatch<T[]>(engine, op, options, (rows, keys) => {
      const byKey = new Map<string, T[]>();
      for (const row of rows) {
        const k = String(row.key);
        let list = byKey.get(k);
        if (!list) byKey.set(k, (list = []));
        list.push(toModel(row));
      }
      return keys.map((k) => byKey.get(k) ?? []);
    }),
  );
}

/**
 * One page per key of a list paged in the database: the rows of each key's page (each carrying
 * `total`, the size of that key's whole list) and, when a key's page came back empty after a
 * cursor, that size read once more (the first row of its list). With `countOp`, the pages carry no
 * `total` and the size is that operation's one row per key (`total`), read beside the page with
 * the page's parameters but the cursor and limit. One
 * loader per page arguments: keys asking for the same page (20 people's first 5 spells) share one
 * engine call per tick.
 */
function keyedPageLoader(engine: GraphEngine, op: OperationName, params: Params, countOp?: OperationName): DataLoader<string, { rows: Row[]; total: number }> {
  const pages = manyLoader(engine, op, (row) => row, { params });
  const firsts = manyLoader(engine, op, (row) => row, { params: { ...params, afterKey: '', afterId: '', limit: 1 } });
  const listParams = Object.fromEntries(Object.entries(params).filter(([k]) => k !== 'afterKey' && k !== 'afterId' && k !== 'limit'));
  const counts = countOp ? manyLoader(engine, countOp, (row) => Number(row.total ?? 0), { params: listParams }) : null;
  return new DataLoader<string, { rows: Row[]; total: number }>(async (keys: readonly string[]) => {
    const [rows, totals] = await Promise.all([pages.loadMany(keys), counts ? counts.loadMany(keys) : null]);
    const resumed = params.afterKey !== '' || params.afterId !== '';
    return Promise.all(
      keys.map(async (key, i) => {
        const page = rows[i] ?? [];
        if (page instanceof Error) throw page;
        if (totals) {
          const total = totals[i] ?? [];
          if (total instanceof Error) throw total;
          return { rows: page, total: total[0] ?? 0 };
        }
        if (page.length > 0) return { rows: page, total: Number(page[0]!.total ?? 0) };
        // An empty page after a cursor says nothing about the list's size: ask for its first row.
        if (!resumed) return { rows: page, total: 0 };
        const [first] = await firsts.load(key);
        return { rows: page, total: Number(first?.total ?? 0) };
      }),
    );
  });
}

/** The keyed page loaders of one request, one per operation and page arguments. */
export class KeyedPages {
  private readonly loaders = new Map<string, DataLoader<string, { rows: Row[]; total: number }>>();
  constructor(private readonly engine: GraphEngine) {}

  /** `countOp`: the list's size comes from that operation (one row per key) instead of the page's rows. */
  load(op: OperationName, params: Params, key: string, countOp?: OperationName): Promise<{ rows: Row[]; total: number }> {
    const name = `${op}|${countOp ?? ''}|${JSON.stringify(params)}`;
    let loader = this.loaders.get(name);
    if (!loader) this.loaders.set(name, (loader = keyedPageLoader(this.engine, op, params, countOp)));
    return loader.load(key);
  }
}

/**
 * One page of a list computed and paged in the database by one query whose rows each carry the
 * size of the whole list (`total`): at most `limit` rows. A page after the last item has no row to
 * carry the size, so the list's first row is read for it then (one row).
 */
export async function countedPage(engine: GraphEngine, op: OperationName, params: Params, cursor: Record<string, string | number>, limit: number): Promise<{ rows: Row[]; total: number }> {
  const rows = await engine.read(op, { ...params, ...cursor, limit });
  if (rows.length > 0) return { rows, total: Number(rows[0]!.total ?? 0) };
  const start = Object.fromEntries(Object.entries(cursor).map(([k, v]) => [k, typeof v === 'number' ? 0 : '']));
  if (Object.entries(cursor).every(([k, v]) => v === start[k])) return { rows, total: 0 };
  const [first] = await engine.read(op, { ...params, ...start, limit: 1 });
  return { rows, total: Number(first?.total ?? 0) };
}
