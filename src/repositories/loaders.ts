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
