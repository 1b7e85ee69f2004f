// Models the repositories read by key (an entity, the facts about an entity, the citations of a
// fact …), shared by every request and kept until the next write through the engine. Bounded by an
// estimate of their size in bytes; least recently used go first.
import { GenerationalLru, type LruStats } from './generational-lru';

export interface ReadCacheOptions {
  /** Estimated bytes of models kept; 0 turns the cache off. */
  maxBytes: number;
  /** The engine's write generation (undefined: nothing is cached). */
  generation: () => number | undefined;
  /** Freeze cached models (under test), so a resolver that mutates a shared model fails loudly. */
  freeze?: boolean;
}

export class ReadCache {
  private readonly lru: GenerationalLru<unknown>;
  private readonly freeze: boolean;

  constructor(options: ReadCacheOptions) {
    this.freeze = options.freeze ?? false;
    this.lru = new GenerationalLru(options.maxBytes, options.generation);
  }

  /** The stamp to store values read from now on with; undefined when caching is off. */
  readStamp(): number | undefined {
    return this.lru.readStamp();
  }

  get<T>(namespace: string, key: string): T | undefined {
    return this.lru.get(`${namespace}\u0000${key}`) as T | undefined;
  }

  set(namespace: string, key: string, value: unknown, readAt: number | undefined): void {
    if (readAt === undefined) return;
    if (this.freeze) deepFreeze(value);
    this.lru.set(`${namespace}\u0000${key}`, value, approxBytes(value) + namespace.length + key.length + 64, readAt);
  }

  stats(): LruStats {
    return this.lru.stats();
  }
}

/** A rough size of a plain JS value in bytes (V8 strings ~2 bytes a character, ~16 per slot). */
export function approxBytes(value: unknown, depth = 0): number {
  if (value === null || value === undefined) return 8;
  switch (typeof value) {
    case 'string':
      return 16 + value.length * 2;
    case 'number':
    case 'boolean':
      return 8;
    case 'object': {
      if (depth > 8) return 64;
      let n = 32;
      if (Array.isArray(value)) for (const v of value) n += 8 + approxBytes(v, depth + 1);
      else for (const [k, v] of Object.entries(value)) n += 16 + k.length + approxBytes(v, depth + 1);
      return n;
    }
    default:
      return 16;
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
