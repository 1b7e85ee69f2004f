// A size-bounded LRU map whose entries hold only for the engine's write generation they were read
// at: every write through the engine bumps the generation, and the next access empties the map.
// With no generation (an engine other processes may write to, e.g. Neo4j) nothing is kept. The
// bounded map itself is lru-cache's; this adds the generation rule and the counters.
import { LRUCache } from 'lru-cache';

export interface LruStats {
  hits: number;
  misses: number;
  evictions: number;
  /** Times a write emptied the map. */
  invalidations: number;
  entries: number;
  weight: number;
  maxWeight: number;
}

export class GenerationalLru<V> {
  /** Values are boxed: lru-cache keeps no null or undefined, and a cached "not found" is null. */
  private readonly lru: LRUCache<string, { value: V }> | null;
  private seen: number | undefined;
  private readonly counters = { hits: 0, misses: 0, evictions: 0, invalidations: 0 };

  /**
   * @param maxWeight bound on the summed weights (the caller's unit, e.g. estimated bytes); 0 = off
   * @param generation the engine's current write generation, or undefined when it cannot tell
   */
  constructor(
    private readonly maxWeight: number,
    private readonly generation: () => number | undefined,
  ) {
    this.lru =
      maxWeight > 0
        ? new LRUCache<string, { value: V }>({
            maxSize: maxWeight,
            dispose: (_value, _key, reason) => {
              if (reason === 'evict') this.counters.evictions++;
            },
          })
        : null;
  }

  /** The generation to pass to `set` for a value about to be read; undefined = do not cache. */
  readStamp(): number | undefined {
    return this.maxWeight > 0 ? this.generation() : undefined;
  }

  get(key: string): V | undefined {
    if (!this.lru || this.current() === undefined) return undefined;
    const box = this.lru.get(key);
    if (box === undefined) this.counters.misses++;
    else this.counters.hits++;
    return box?.value;
  }

  /** Keeps a value read at generation `readAt`; dropped when a write has happened since. */
  set(key: string, value: V, weight: number, readAt: number | undefined): void {
    if (readAt === undefined || !this.lru) return;
    if (this.current() !== readAt) return;
    // One value may not crowd out the rest.
    if (weight > this.maxWeight / 8) return;
    this.lru.set(key, { value }, { size: Math.max(1, weight) });
  }

  stats(): LruStats {
    return { ...this.counters, entries: this.lru?.size ?? 0, weight: this.lru?.calculatedSize ?? 0, maxWeight: this.maxWeight };
  }

  /** The engine's generation, emptying the map when it moved on. */
  private current(): number | undefined {
    const g = this.generation();
    if (g !== this.seen) {
      if (this.lru && this.lru.size > 0) this.counters.invalidations++;
      this.lru?.clear();
      this.seen = g;
    }
    return g;
  }
}
