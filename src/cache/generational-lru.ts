// A size-bounded LRU map whose entries hold only for the engine's write generation they were read
// at: every write through the engine bumps the generation, and the next access empties the map.
// With no generation (an engine other processes may write to, e.g. Neo4j) nothing is kept.

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
  private readonly map = new Map<string, { value: V; weight: number }>();
  private weight = 0;
  private seen: number | undefined;
  private readonly counters = { hits: 0, misses: 0, evictions: 0, invalidations: 0 };

  /**
   * @param maxWeight bound on the summed weights (the caller's unit, e.g. estimated bytes); 0 = off
   * @param generation the engine's current write generation, or undefined when it cannot tell
   */
  constructor(
    private readonly maxWeight: number,
    private readonly generation: () => number | undefined,
  ) {}

  /** The generation to pass to `set` for a value about to be read; undefined = do not cache. */
  readStamp(): number | undefined {
    return this.maxWeight > 0 ? this.generation() : undefined;
  }

  get(key: string): V | undefined {
    if (this.maxWeight <= 0 || this.current() === undefined) return undefined;
    const entry = this.map.get(key);
    if (!entry) {
      this.counters.misses++;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.map.delete(key);
    this.map.set(key, entry);
    this.counters.hits++;
    return entry.value;
  }

  /** Keeps a value read at generation `readAt`; dropped when a write has happened since. */
  set(key: string, value: V, weight: number, readAt: number | undefined): void {
    if (readAt === undefined || this.maxWeight <= 0) return;
    if (this.current() !== readAt) return;
    // One value may not crowd out the rest.
    if (weight > this.maxWeight / 8) return;
    const old = this.map.get(key);
    if (old) {
      this.weight -= old.weight;
      this.map.delete(key);
    }
    this.map.set(key, { value, weight });
    this.weight += weight;
    while (this.weight > this.maxWeight) {
      const oldest = this.map.keys().next().value as string;
      this.weight -= this.map.get(oldest)!.weight;
      this.map.delete(oldest);
      this.counters.evictions++;
    }
  }

  stats(): LruStats {
    return { ...this.counters, entries: this.map.size, weight: this.weight, maxWeight: this.maxWeight };
  }

  /** The engine's generation, emptying the map when it moved on. */
  private current(): number | undefined {
    const g = this.generation();
    if (g !== this.seen) {
      if (this.map.size > 0) this.counters.invalidations++;
      this.map.clear();
      this.weight = 0;
      this.seen = g;
    }
    return g;
  }
}
