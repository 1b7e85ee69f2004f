// LadybugDB 0.19.1 now and then loses the key-index entry of a fact it has just created in a
// bulk write (1 fact in 3 of 9 full imports): the node is stored, a table scan finds it, no
// lookup by id does, so the links written after it by key were lost with it. The embedded engine
// finds such facts here; Neo4j keeps its constraint's index in the writing transaction.
import type { Row } from './engine';
import type { OperationName } from './operations';

type Read = (op: OperationName) => Promise<Row[]>;

/** Ids of facts a scan finds and the key index does not (one entry per stored node). */
export async function findUnkeyedFacts(read: Read): Promise<string[]> {
  const [check] = await read('facts/key-check');
  if (!check || Number(check.total) === Number(check.keyed)) return [];
  const [[all], [keyedRow]] = [await read('facts/ids'), await read('facts/ids-keyed')];
  return unkeyed(strings(all?.ids), strings(keyedRow?.keyed));
}

/** The ids of `stored` left once every id `keyed` finds is taken off, as a multiset. */
export function unkeyed(stored: readonly string[], keyed: readonly string[]): string[] {
  const found = new Map<string, number>();
  for (const id of keyed) found.set(id, (found.get(id) ?? 0) + 1);
  const out = new Set<string>();
  for (const id of stored) {
    const n = found.get(id) ?? 0;
    if (n === 0) out.add(id);
    else found.set(id, n - 1);
  }
  return [...out];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
