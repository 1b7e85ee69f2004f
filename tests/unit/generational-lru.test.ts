// The caches' bounded map: entries hold only for the write generation they were read at, the
// summed weight stays under the bound (least recently used out first), one value may not take
// more than an eighth, and a cached "not found" (null) is a hit like any other value.
import { GenerationalLru } from '../../src/repositories/generational-lru';

describe('GenerationalLru', () => {
  let generation: number | undefined;
  const make = (maxWeight: number) => new GenerationalLru<string | null>(maxWeight, () => generation);

  beforeEach(() => {
    generation = 1;
  });

  it('keeps a value until a write moves the generation on', () => {
    const lru = make(800);
    lru.set('a', 'A', 10, lru.readStamp());
    expect(lru.get('a')).toBe('A');
    generation = 2;
    expect(lru.get('a')).toBeUndefined();
    expect(lru.stats()).toMatchObject({ hits: 1, misses: 1, invalidations: 1, entries: 0, weight: 0 });
  });

  it('drops a value read before a write that happened meanwhile', () => {
    const lru = make(800);
    const stamp = lru.readStamp();
    generation = 2;
    lru.set('a', 'A', 10, stamp);
    expect(lru.get('a')).toBeUndefined();
  });

  it('evicts the least recently used first and stays within its weight', () => {
    const lru = make(800);
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) lru.set(k, k, 100, lru.readStamp());
    expect(lru.get('a')).toBe('a'); // a is now the most recent
    lru.set('i', 'i', 100, lru.readStamp());
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('a');
    expect(lru.stats()).toMatchObject({ evictions: 1, entries: 8, weight: 800, maxWeight: 800 });
  });

  it('refuses one value heavier than an eighth of the bound', () => {
    const lru = make(800);
    lru.set('big', 'x', 101, lru.readStamp());
    expect(lru.get('big')).toBeUndefined();
  });

  it('keeps null as a value', () => {
    const lru = make(800);
    lru.set('missing', null, 1, lru.readStamp());
    expect(lru.get('missing')).toBeNull();
    expect(lru.stats().hits).toBe(1);
  });

  it('keeps nothing when off or when the engine cannot tell its generation', () => {
    const off = make(0);
    off.set('a', 'A', 1, 1);
    expect(off.get('a')).toBeUndefined();
    generation = undefined;
    const blind = make(800);
    blind.set('a', 'A', 1, blind.readStamp());
    expect(blind.get('a')).toBeUndefined();
  });
});
