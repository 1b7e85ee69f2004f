// What the graph already holds of the entities and facts an import writes, read in batches, so
// that the importer writes only the difference (and a re-run writes nothing).
import type { GraphEngine, Row } from '../../graph/engine';
import { chunks } from '../write/bulk';
import type { Progress } from './progress';

export interface WriteOptions {
  batchSize: number;
  now: string;
  progress: Progress;
}

export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export interface StoredCitation {
  source: string;
  detail: string;
  confidence: number | null;
}

export function citationsOf(row: Row): StoredCitation[] {
  const list = Array.isArray(row.citations) ? row.citations : [];
  return list
    .map((c) => c as Record<string, unknown>)
    .filter((c) => typeof c.source === 'string')
    .map((c) => ({ source: c.source as string, detail: str(c.detail) ?? '', confidence: typeof c.confidence === 'number' ? c.confidence : null }));
}

/** True when `stored` already holds a citation of this source with this detail. */
export const cited = (stored: StoredCitation[], c: { source: string; detail: string }) => stored.some((x) => x.source === c.source && x.detail === c.detail);

export async function readState(engine: GraphEngine, op: 'entities/state' | 'facts/state', ids: string[], size: number): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (const chunk of chunks(ids, size)) for (const row of await engine.read(op, { ids: chunk })) out.set(String(row.key), row);
  return out;
}
