/**
 * Id → index of its first occurrence in a list of keys, as an open-addressing hash table in
 * one typed array sized once for the list.
 *
 * Why not a `Map`: a `Map` grows by rehashing into ever larger tables, and from about ten
 * thousand entries those tables are large heap objects that every scavenge has to visit; on
 * the 2-core machine of issue 18 building a `Map` of 10 000 ids took about 60 times as long
 * as one of 1 000, and 100 000 about 11 times more again. This table is filled without
 * growing and lives outside the JavaScript heap, so its cost is linear up to the memory
 * caches.
 *
 * Keys are compared with SameValueZero, as a `Map` does. Strings are hashed from their
 * characters (FNV-1a with a final mix); any other key (values built without parsing) goes to
 * one bucket. If the probes run long (many colliding keys), the index falls back to a `Map`,
 * so the worst case stays that of a `Map`.
 */
export class IdIndex {
  private readonly keys: ArrayLike<unknown>;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly fallback: Map<unknown, number> | undefined;
  /** For each index, the index of the first key equal to its key (itself unless a repeat). */
  readonly first: Int32Array;

  /** @param keys - the keys, kept (not copied) for the comparisons of later look-ups */
  constructor(keys: ArrayLike<unknown>) {
    this.keys = keys;
    const count = keys.length;
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity).fill(-1);
    const first = new Int32Array(count);
    // Probes beyond this budget mean the keys collide unusually often: use a Map instead.
    let budget = 8 * count + 64;
    let fallback: Map<unknown, number> | undefined;
    for (let index = 0; index < count; index += 1) {
      const key = keys[index];
      let slot = hashOf(key) & this.mask;
      for (;;) {
        const held = this.slots[slot] ?? -1;
        if (held === -1) {
          this.slots[slot] = index;
          first[index] = index;
          break;
        }
        if (same(keys[held], key)) {
          first[index] = held;
          break;
        }
        slot = (slot + 1) & this.mask;
        budget -= 1;
      }
      if (budget < 0) {
        fallback = new Map<unknown, number>();
        for (let at = 0; at < count; at += 1) {
          const earlier = fallback.get(keys[at]);
          if (earlier === undefined) fallback.set(keys[at], at);
          first[at] = earlier ?? at;
        }
        break;
      }
    }
    this.fallback = fallback;
    this.first = first;
  }

  /** Index of the first key equal to `key`, or -1. */
  get(key: unknown): number {
    if (this.fallback !== undefined) return this.fallback.get(key) ?? -1;
    let slot = hashOf(key) & this.mask;
    for (;;) {
      const held = this.slots[slot] ?? -1;
      if (held === -1) return -1;
      if (same(this.keys[held], key)) return held;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** SameValueZero, the key equality of `Map`. */
function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

function hashOf(key: unknown): number {
  if (typeof key !== "string") return 0;
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}
