import { deepEqual } from "../../core/_internal/index.js";
import type { IsmsMergeConflict } from "../mergeIsms.js";
import { isRecord } from "./registry.js";

// The three-way merge of JSON values that mergeIsms runs on each record and on the document's
// frame. A value is `undefined` where it is absent. Conflicts are collected, never thrown; at
// a conflict the merged value is ours.

/** How two changes of one place disagree. */
export type MergeConflictKind = IsmsMergeConflict["kind"];

/** Where a merge is: the collection and the record's key when inside one, and where conflicts go. */
export interface MergeScope {
  readonly conflicts: IsmsMergeConflict[];
  readonly collection?: string;
  readonly key?: string;
}

/** Records a conflict at `path`; the merged value stays ours. */
export function conflictAt(scope: MergeScope, kind: MergeConflictKind, path: readonly string[], base: unknown, ours: unknown, theirs: unknown): void {
  scope.conflicts.push({
    kind,
    ...(scope.collection === undefined ? {} : { collection: scope.collection }),
    ...(scope.key === undefined ? {} : { key: scope.key }),
    path: [...path],
    ...(base === undefined ? {} : { base }),
    ...(ours === undefined ? {} : { ours }),
    ...(theirs === undefined ? {} : { theirs }),
  });
}

/** The kind of a conflict between two changes that differ, by which values are present. */
function kindOf(base: unknown, ours: unknown, theirs: unknown): MergeConflictKind {
  if (base === undefined) return "both_added";
  return ours === undefined || theirs === undefined ? "removed_and_changed" : "both_changed";
}

/**
 * Merges the three versions of one value: what one side changed is kept, the same change on
 * both sides once; objects are merged field by field, arrays of ids or of numbers as sets,
 * arrays of objects with unique ids element by element, anything else whole.
 */
export function mergeValue(base: unknown, ours: unknown, theirs: unknown, path: readonly string[], scope: MergeScope): unknown {
  if (deepEqual(ours, theirs)) return ours;
  if (deepEqual(base, ours)) return theirs;
  if (deepEqual(base, theirs)) return ours;
  if (isRecord(base) && isRecord(ours) && isRecord(theirs)) return mergeObject(base, ours, theirs, path, scope);
  if (Array.isArray(ours) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
    const merged = mergeArray(base ?? [], ours, theirs, path, scope);
    if (merged !== undefined) return merged;
  }
  conflictAt(scope, kindOf(base, ours, theirs), path, base, ours, theirs);
  return ours;
}

/** The keys of the three objects: ours' order, then theirs' new keys, then the base's. */
function keysOf(...objects: readonly (Readonly<Record<string, unknown>> | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const object of objects) if (object !== undefined) for (const key of Object.keys(object)) keys.add(key);
  return [...keys];
}

/** Merges two objects field by field; `merge` decides each field (default {@link mergeValue}). */
export function mergeObject(
  base: Readonly<Record<string, unknown>>,
  ours: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
  path: readonly string[],
  scope: MergeScope,
  merge: (field: string, base: unknown, ours: unknown, theirs: unknown) => unknown = (field, ...values) => mergeValue(...values, [...path, field], scope),
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const field of keysOf(ours, theirs, base)) {
    const value = merge(field, base[field], ours[field], theirs[field]);
    // Defined, not assigned, so that a `__proto__` key stays data for the schema to refuse.
    if (value !== undefined) Object.defineProperty(merged, field, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

type Scalar = string | number;

function isScalar(value: unknown): value is Scalar {
  return typeof value === "string" || typeof value === "number";
}

/** The element's id when every element of the arrays is an object with an id, unique in its array. */
function idsOf(arrays: readonly (readonly unknown[])[]): ((element: unknown) => string) | undefined {
  for (const array of arrays) {
    const seen = new Set<string>();
    for (const element of array) {
      if (!isRecord(element) || !isScalar(element.id)) return undefined;
      const id = String(element.id);
      if (seen.has(id)) return undefined;
      seen.add(id);
    }
  }
  return (element) => String(isRecord(element) ? element.id : element);
}

/** Merges arrays of references as sets, or arrays of records with ids by id; `undefined` when the arrays are neither. */
function mergeArray(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[], path: readonly string[], scope: MergeScope): unknown[] | undefined {
  const arrays = [base, ours, theirs];
  if (arrays.every((array) => array.every(isScalar))) {
    const inBase = new Set(base);
    const inTheirs = new Set(theirs);
    const merged = ours.filter((element) => !inBase.has(element) || inTheirs.has(element));
    const present = new Set(merged);
    for (const element of theirs) {
      if (inBase.has(element) || present.has(element)) continue;
      merged.push(element);
      present.add(element);
    }
    return merged;
  }
  const idOf = idsOf(arrays);
  if (idOf === undefined) return undefined;
  const byId = (array: readonly unknown[]): Map<string, unknown> => new Map(array.map((element) => [idOf(element), element]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const merged: unknown[] = [];
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const value = mergeValue(b.get(id), o.get(id), t.get(id), [...path, id], scope);
    if (value !== undefined) merged.push(value);
  }
  return merged;
}

/**
 * Unites lists of records that are only ever appended (an objective's measurements): ours,
 * then each of theirs that ours does not hold as often (so that two equal measurements, one
 * on each side, are kept once).
 */
export function uniteByValue(ours: unknown, theirs: unknown): unknown {
  if (!Array.isArray(ours) || !Array.isArray(theirs)) return ours ?? theirs;
  const merged: unknown[] = [...ours];
  const count = (array: readonly unknown[], value: unknown): number => array.filter((element) => deepEqual(element, value)).length;
  for (const element of theirs) if (count(merged, element) < count(theirs, element)) merged.push(element);
  return merged;
}
