/**
 * A map of bounded size that forgets its least recently used entry first: how the executor keeps
 * the experiments each worker has prepared (executor.ts), so that a long search, which opens an
 * experiment at each of its steps, holds a few prepared models and not every one it has seen.
 */

/** Up to `capacity` entries; adding one beyond that evicts the least recently used. */
export class RecentCache<K, V> {
  /** Entries from the least to the most recently used (a Map keeps insertion order). */
  private readonly entries = new Map<K, V>();

  /** @param capacity the most entries kept, a whole number of at least 1 */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(
        `a cache holds a whole number of entries of at least 1, got ${capacity}`,
      );
    }
  }

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Whether `key` is held (without counting as a use). */
  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value of `key`, which becomes the most recently used; undefined when not held. */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** The keys that adding `key` would evict (none when it is held already), without adding it. */
  evictedBy(key: K): K[] {
    if (this.entries.has(key)) return [];
    const excess = this.entries.size + 1 - this.capacity;
    return excess > 0 ? [...this.entries.keys()].slice(0, excess) : [];
  }

  /** Holds `key` as the most recently used, evicting as needed; returns the keys evicted. */
  set(key: K, value: V): K[] {
    const evicted = this.evictedBy(key);
    for (const old of evicted) this.entries.delete(old);
    this.entries.delete(key);
    this.entries.set(key, value);
    return evicted;
  }
}
