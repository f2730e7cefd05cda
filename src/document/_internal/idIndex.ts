/**
 * Where each key sits in a collection, kept per array so that a command on a large document
 * finds its entity, or knows a key is new, without a scan. Arrays are keyed by reference: the
 * library never mutates the arrays it is given or returns, so a key's index holds as long as
 * the array lives; a different array with the same content builds its own index once (one
 * pass).
 *
 * The invariant each stored entry keeps: every key of the array is in `map` at its first
 * position, and the array had `length` records when the entry was stored. A map may hold
 * more keys than its array (positions past the end, or positions whose record has another
 * key): two arrays share one map when one was made from the other by replacing a record with
 * one of the same key, or by appending a record with a key the map did not have yet (the map
 * then gains that key; positions of keys already in it never change). A lookup checks its hit
 * against the record it points at, and an array whose length differs from its entry's is
 * indexed again, so an array changed in place by a caller (against the documented contract)
 * is read as it is now, as far as its length tells.
 */
interface Entry {
  readonly map: Map<string, number>;
  readonly length: number;
}

const indexes = new WeakMap<readonly unknown[], Entry>();

function build(records: readonly unknown[], keyOf: (record: unknown) => string): Entry {
  const map = new Map<string, number>();
  for (let at = 0; at < records.length; at += 1) {
    const key = keyOf(records[at]);
    if (!map.has(key)) map.set(key, at);
  }
  const entry = { map, length: records.length };
  indexes.set(records, entry);
  return entry;
}

function entryOf(records: readonly unknown[], keyOf: (record: unknown) => string): Entry {
  const stored = indexes.get(records);
  return stored !== undefined && stored.length === records.length ? stored : build(records, keyOf);
}

function hit(records: readonly unknown[], entry: Entry, key: string, keyOf: (record: unknown) => string): number {
  const at = entry.map.get(key);
  return at !== undefined && at < records.length && keyOf(records[at]) === key ? at : -1;
}

/**
 * The index of the first record of `records` whose key is `key`, or -1: what
 * `records.findIndex((record) => keyOf(record) === key)` returns. The first lookup in an
 * array costs one pass; later ones cost a map lookup and one key comparison. A miss in an
 * index built earlier is confirmed by building it again (a miss refuses the command, so its
 * cost does not matter).
 */
export function indexOfKey(records: readonly unknown[], key: string, keyOf: (record: unknown) => string): number {
  const stored = indexes.get(records);
  if (stored !== undefined && stored.length === records.length) {
    const at = hit(records, stored, key, keyOf);
    if (at >= 0) return at;
  }
  return hit(records, build(records, keyOf), key, keyOf);
}

/**
 * Whether a record of `records` has the key `key`: `records.some((record) => keyOf(record) === key)`,
 * from the array's index (built once), so that adding records one by one costs a lookup each
 * and not a scan.
 */
export function hasKey(records: readonly unknown[], key: string, keyOf: (record: unknown) => string): boolean {
  return hit(records, entryOf(records, keyOf), key, keyOf) >= 0;
}

/**
 * Records that `next` holds the same keys at the same positions as `records` (one record was
 * replaced by one with the same key), so `next` reuses the index of `records` if it has one.
 */
export function shareIndex(records: readonly unknown[], next: readonly unknown[]): void {
  const entry = indexes.get(records);
  if (entry !== undefined && entry.length === records.length && next.length === records.length) indexes.set(next, entry);
}

/**
 * Records that `next` is `records` with one record of key `key` appended (a key `records`
 * does not have), so `next` extends the index of `records` instead of building its own. When
 * the map already knows the key (another array made from `records` appended it too), `next`
 * is left to build its own index on first use.
 */
export function extendIndex(records: readonly unknown[], next: readonly unknown[], key: string): void {
  const entry = indexes.get(records);
  if (entry === undefined || entry.length !== records.length || next.length !== records.length + 1 || entry.map.has(key)) return;
  entry.map.set(key, records.length);
  indexes.set(next, { map: entry.map, length: next.length });
}
