import { IsmsError, type IssuePath, type JsonValue } from "../../core/index.js";
import { deepEqual } from "../../core/_internal/index.js";
import { isRecord } from "./registry.js";

// Field-by-field comparison of two JSON values and its inverse, for diffIsms and
// applyIsmsDiff. Objects are compared key by key; arrays of objects with unique string ids
// are compared element by element by id when the order of the surviving elements is kept and
// new elements come last (so that applying the changes gives the same array); any other array
// that differs is one change of the whole array.

/** One step of a path inside a value: an object's key, or the element of an array with that id. */
export type PathSegment = string | { readonly id: string };

/** A change of one value; `before` or `after` is absent when the value is absent on that side. */
export interface ValueChange {
  readonly path: readonly PathSegment[];
  readonly before?: JsonValue;
  readonly after?: JsonValue;
}

function definedKeys(value: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/** The ids of an array whose elements are all objects with unique string ids, else undefined. */
function idsOf(value: readonly unknown[]): string[] | undefined {
  const ids: string[] = [];
  for (const item of value) {
    const id = isRecord(item) ? item["id"] : undefined;
    if (typeof id !== "string") return undefined;
    ids.push(id);
  }
  return new Set(ids).size === ids.length ? ids : undefined;
}

/** A change, with `before`/`after` only when the value is present on that side. */
export function valueChange(path: readonly PathSegment[], before: unknown, after: unknown): ValueChange {
  return {
    path,
    // The values come from parsed documents: JSON.
    ...(before === undefined ? {} : { before: before as JsonValue }),
    ...(after === undefined ? {} : { after: after as JsonValue }),
  };
}

/** Appends the changes that turn `before` into `after` to `out`, paths prefixed with `path`. */
export function diffValues(before: unknown, after: unknown, path: readonly PathSegment[], out: ValueChange[]): void {
  if (deepEqual(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    const keys = definedKeys(after);
    for (const key of definedKeys(before)) if (!keys.includes(key)) keys.push(key);
    for (const key of keys) diffValues(before[key], after[key], [...path, key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const left = idsOf(before);
    const right = idsOf(after);
    if (left !== undefined && right !== undefined) {
      const rightIndex = new Map(right.map((id, index) => [id, index]));
      const leftIds = new Set(left);
      const kept = left.filter((id) => rightIndex.has(id));
      const added = right.filter((id) => !leftIds.has(id));
      if (deepEqual([...kept, ...added], right)) {
        before.forEach((item, index) => {
          const id = left[index]!;
          const at = rightIndex.get(id);
          diffValues(item, at === undefined ? undefined : after[at], [...path, { id }], out);
        });
        for (const id of added) out.push(valueChange([...path, { id }], undefined, after[rightIndex.get(id)!]));
        return;
      }
    }
  }
  out.push(valueChange(path, before, after));
}

/** `items.x[A-1].status`: a path for people. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((segment, index) => (typeof segment === "string" ? `${index === 0 ? "" : "."}${segment}` : `[${segment.id}]`)).join("");
}

function misfit(message: string, where: IssuePath): IsmsError {
  return new IsmsError("invalid_argument", `The diff does not fit the document: ${message}`, where);
}

function indexOfId(items: readonly unknown[], id: string): number {
  return items.findIndex((item) => isRecord(item) && item["id"] === id);
}

/**
 * Applies one change to a mutable copy of a value (objects and arrays it may change in
 * place), after checking that the value at the path is the change's `before`. `compare`
 * turns the value found into what `before` was taken from (the audit programme without its
 * audits). `where` prefixes the path of the error.
 */
export function applyValueChange(root: Record<string, unknown>, change: ValueChange, where: IssuePath, compare: (path: readonly PathSegment[], value: unknown) => unknown = (_, value) => value): void {
  const { path } = change;
  if (path.length === 0) throw misfit("a change has an empty path.", where);
  let holder: unknown = root;
  for (const segment of path.slice(0, -1)) {
    const next = typeof segment === "string" ? (isRecord(holder) ? holder[segment] : undefined) : Array.isArray(holder) ? holder[indexOfId(holder, segment.id)] : undefined;
    if (typeof next !== "object" || next === null) throw misfit(`nothing at ${formatPath(path)}.`, where);
    holder = next;
  }
  const last = path[path.length - 1]!;
  let index = -1;
  let current: unknown;
  if (typeof last === "string") {
    if (!isRecord(holder)) throw misfit(`nothing at ${formatPath(path)}.`, where);
    current = Object.hasOwn(holder, last) ? holder[last] : undefined;
  } else {
    if (!Array.isArray(holder)) throw misfit(`nothing at ${formatPath(path)}.`, where);
    index = indexOfId(holder, last.id);
    current = index === -1 ? undefined : holder[index];
  }
  if (!deepEqual(current === undefined ? undefined : compare(path, current), change.before)) {
    throw misfit(`${formatPath(path)} is not the value the diff starts from.`, where);
  }
  if (typeof last === "string") {
    // The holder is a copy the caller owns.
    const target = holder as Record<string, unknown>;
    if (change.after === undefined) delete target[last];
    else target[last] = structuredClone(change.after);
    return;
  }
  const items = holder as unknown[];
  if (change.after === undefined) items.splice(index, 1);
  else if (index === -1) items.push(structuredClone(change.after));
  else items[index] = structuredClone(change.after);
}
