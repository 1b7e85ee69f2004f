// DataLoader factories: one engine call per batch of keys, results returned in key order.
import DataLoader from 'dataloader';
import type { GraphEngine, Row } from '../graph/engine';
import type { OperationName } from '../graph/operations';

/** Key → at most one model (rows whose `id` is null mean "not found"). */
export function oneLoader<T>(engine: GraphEngine, op: OperationName, toModel: (row: Row) => T): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await engine.read(op, { ids: [...keys] });
    const byKey = new Map<string, T>();
    for (const row of rows) if (row.id !== null && row.id !== undefined) byKey.set(String(row.key), toModel(row));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Key → many models, in the order the rows came. */
export function manyLoader<T>(engine: GraphEngine, op: OperationName, toModel: (row: Row) => T): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await engine.read(op, { ids: [...keys] });
    const byKey = new Map<string, T[]>();
    for (const row of rows) {
      const k = String(row.key);
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(toModel(row));
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}
