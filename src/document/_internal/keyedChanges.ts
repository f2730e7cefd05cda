import { enablePatches, type Patch } from "immer";
import { applyPatches, deepEqual } from "../../core/_internal/index.js";
import type { RecordKind } from "../recordKind.js";
import { ISMS_RECORD_KINDS } from "../recordKinds.js";
import { collectionPath, isRecord, keyOf } from "./registry.js";

// Change-log patches address records by their index in a collection, and an index means
// another record once someone adds or removes one. To compare two writers' changes, each
// patch path is rewritten with the records' keys instead: ["risks", 3, "owner"] becomes
// ["risks", "R-04", "owner"]. Arrays inside a record are keyed by their elements' `id`
// when every element has one (treatment actions, audit findings); any other array (a list
// of asset ids, of measurements) is one value, and a change inside it is a change of the
// whole array.

type KeyingKind = Pick<RecordKind, "schema" | "key" | "parent">;

/** A path through the document with every array index replaced by the element's key. */
export type KeyedPath = readonly string[];

const SEPARATOR = "\u0000";

let collections: ReadonlyMap<string, KeyingKind> | undefined;

/** The registry's collections by where they sit (`risks`, `auditProgramme␀audits`). */
function collectionsByPath(): ReadonlyMap<string, KeyingKind> {
  if (collections === undefined) {
    const kinds: [string, KeyingKind][] = Object.entries(ISMS_RECORD_KINDS);
    collections = new Map(kinds.map(([name, kind]) => [collectionPath(name, kind).join(SEPARATOR), kind]));
  }
  return collections;
}

/** How the elements of the array at `fields` (a path of field names and keys) are keyed, or undefined when they are not. */
function keyerFor(fields: readonly string[], array: readonly unknown[]): ((element: unknown) => string) | undefined {
  const kind = collectionsByPath().get(fields.join(SEPARATOR));
  if (kind !== undefined) return (element) => keyOf(kind, element);
  const byId = (element: unknown): string | undefined => (isRecord(element) && typeof element["id"] === "string" ? element["id"] : undefined);
  if (array.length > 0 && array.every((element) => byId(element) !== undefined)) return (element) => byId(element) ?? "";
  return undefined;
}

/** The keyed path of an index path, resolved in `document`; it stops at an array whose elements have no key. */
function keyedPath(document: unknown, path: readonly (string | number)[]): string[] {
  const keyed: string[] = [];
  let node = document;
  for (const segment of path) {
    if (Array.isArray(node)) {
      const index = segment === "-" ? node.length - 1 : segment;
      const element: unknown = typeof index === "number" ? node[index] : undefined;
      const keyer = keyerFor(keyed, node);
      if (keyer === undefined || element === undefined) return keyed;
      keyed.push(keyer(element));
      node = element;
    } else {
      keyed.push(String(segment));
      node = isRecord(node) ? node[String(segment)] : undefined;
    }
  }
  return keyed;
}

/** The value at a keyed path, or undefined when nothing is there. */
export function valueAtKeyedPath(document: unknown, path: KeyedPath): unknown {
  let node = document;
  const fields: string[] = [];
  for (const segment of path) {
    if (Array.isArray(node)) {
      const keyer = keyerFor(fields, node);
      node = keyer === undefined ? undefined : node.find((element) => keyer(element) === segment);
    } else {
      node = isRecord(node) ? node[segment] : undefined;
    }
    if (node === undefined) return undefined;
    fields.push(segment);
  }
  return node;
}

/** The keyed paths of the elements that differ between two keyed arrays (added, removed or changed). */
function changedElements(fields: readonly string[], before: readonly unknown[], after: readonly unknown[]): string[][] | undefined {
  const keyer = keyerFor(fields, before.length > 0 ? before : after);
  if (keyer === undefined || (after.length > 0 && keyerFor(fields, after) === undefined)) return undefined;
  const old = new Map(before.map((element) => [keyer(element), element]));
  const next = new Map(after.map((element) => [keyer(element), element]));
  const keys = new Set([...old.keys(), ...next.keys()]);
  // immer copies a patch's value, so records are compared by content, not by reference.
  return [...keys].filter((key) => !deepEqual(old.get(key), next.get(key))).map((key) => [...fields, key]);
}

/**
 * The keyed paths a list of patches changes, applied one by one from `document` (each index
 * is resolved in the document the patch applies to: before it for `remove` and `replace`,
 * after it for `add`), and the document after the last one. A `replace` of a whole keyed
 * array counts as a change of each element that differs. The patches must apply.
 */
export function keyedChanges(document: object, patches: readonly Patch[]): { paths: KeyedPath[]; document: object } {
  enablePatches();
  const paths: KeyedPath[] = [];
  let current = document;
  for (const patch of patches) {
    const next = applyPatches(current, [patch]);
    const keyed = keyedPath(patch.op === "add" ? next : current, patch.path);
    const before = valueAtKeyedPath(current, keyed);
    const after = valueAtKeyedPath(next, keyed);
    const elements = keyed.length === patch.path.length && Array.isArray(before) && Array.isArray(after) ? changedElements(keyed, before, after) : undefined;
    paths.push(...(elements ?? [keyed]));
    current = next;
  }
  return { paths, document: current };
}

/** Whether one keyed path is a prefix of the other (a change of one touches the other). */
export function overlaps(a: KeyedPath, b: KeyedPath): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}
