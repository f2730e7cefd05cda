/**
 * The key under which one whole-document validation hands the lookups it builds once to the
 * module validators it calls, beside their public context: their signatures stay as they
 * are, and a validator called on its own finds nothing there and builds its own.
 */
export const SHARED_LOOKUPS: unique symbol = Symbol("isms.sharedLookups");

/** Lookups over a document's collections, each built on first use and kept for the call. */
export interface SharedLookups {
  /** The records by id (the last record of a repeated id, as `new Map(pairs)` keeps it). */
  byId<T extends { readonly id: string }>(records: readonly T[]): ReadonlyMap<string, T>;
}

function mapById<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) byId.set(record.id, record);
  return byId;
}

/** New lookups for one call; each is keyed by the array it was built from. */
export function sharedLookups(): SharedLookups {
  const built = new WeakMap<readonly unknown[], Map<string, unknown>>();
  return {
    byId<T extends { readonly id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
      let found = built.get(records);
      if (found === undefined) built.set(records, (found = mapById(records)));
      // Built from this very array of T.
      return found as Map<string, T>;
    },
  };
}

/** The lookups a context carries, if a caller attached some with {@link withSharedLookups}. */
export function sharedLookupsOf(context: object): SharedLookups | undefined {
  return (context as { readonly [SHARED_LOOKUPS]?: SharedLookups })[SHARED_LOOKUPS];
}

/** The context with the lookups attached (the same object, which must be the caller's own). */
export function withSharedLookups<C extends object>(context: C, lookups: SharedLookups | undefined): C {
  if (lookups !== undefined) Object.defineProperty(context, SHARED_LOOKUPS, { value: lookups, enumerable: false });
  return context;
}

/** The records by id: from the context's lookups when it carries some, else built now. */
export function recordsById<T extends { readonly id: string }>(records: readonly T[], context: object): ReadonlyMap<string, T> {
  return sharedLookupsOf(context)?.byId(records) ?? mapById(records);
}
