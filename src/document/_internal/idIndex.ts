/**
 * Where each key sits in a collection, kept per array so that a command on a large document
 * finds its entity without a scan. Arrays are keyed by reference: the library never mutates
 * the arrays it is given or returns, so a key's index holds as long as the array lives; a
 * different array with the same content builds its own index once (one pass). The maps are
 * never changed once stored, so two arrays may share one (a replaced record keeps its key).
 */
const indexes = new WeakMap<readonly unknown[], ReadonlyMap<string, number>>();

function build(records: readonly unknown[], keyOf: (record: unknown) => string): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  for (let at = 0; at < records.length; at += 1) {
    const key = keyOf(records[at]);
    // The first record with a key is the one a scan (findIndex) would find.
    if (!index.has(key)) index.set(key, at);
  }
  indexes.set(records, index);
  return index;
}

/**
 * The index of the first record of `records` whose key is `key`, or -1: what
 * `records.findIndex((record) => keyOf(record) === key)` returns. The first lookup in an
 * array costs one pass; later ones cost a map lookup and one key comparison. Inputs are
 * documented as immutable; still, a hit is checked against the record it points at, and a
 * miss in an index built earlier is confirmed by building it again (a miss refuses the
 * command, so its cost does not matter), so an array changed in place is read as it is now.
 */
export function indexOfKey(records: readonly unknown[], key: string, keyOf: (record: unknown) => string): number {
  const stored = indexes.get(records);
  if (stored !== undefined) {
    const at = stored.get(key);
    if (at !== undefined && at < records.length && keyOf(records[at]) === key) return at;
  }
  return build(records, keyOf).get(key) ?? -1;
}

/**
 * Records that `next` holds the same keys at the same positions as `records` (one record was
 * replaced by one with the same key), so `next` reuses the index of `records` if it has one.
 */
export function shareIndex(records: readonly unknown[], next: readonly unknown[]): void {
  const index = indexes.get(records);
  if (index !== undefined) indexes.set(next, index);
}
