import type { Patch } from "immer";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * What a command knows it changed: `array` (an array of the new value) differs from the array
 * at the same place in the old value only at `index`, both having the same length. The diff
 * then compares that element alone instead of every element by reference.
 */
export interface ChangedAt {
  readonly array: readonly unknown[];
  readonly index: number;
}

/**
 * Computes immer-format patches that turn `before` into `after`, and their inverses.
 * Subtrees that are the same reference are skipped, so when the new value shares structure
 * with the old one (as commands built with immer do) the cost is one reference comparison per
 * element of each array on the way to the change, plus the size of the change itself. Arrays of equal length are compared element by element; one appended run or one
 * removed element gives add/remove patches; any other array change replaces the array. With
 * `changed` (which must be true of the two values), the array it names costs one element (the
 * one replaced, or the one appended when its index is the old length): the patches are the
 * same as without it.
 */
export function diffToPatches(before: unknown, after: unknown, changed?: ChangedAt): { patches: Patch[]; inversePatches: Patch[] } {
  const patches: Patch[] = [];
  const inverse: Patch[] = [];
  walk(before, after, [], { patches, inverse, changed });
  return { patches, inversePatches: inverse.reverse() };
}

interface Output {
  readonly patches: Patch[];
  readonly inverse: Patch[];
  readonly changed: ChangedAt | undefined;
}

function walk(before: unknown, after: unknown, path: (string | number)[], out: Output): void {
  if (Object.is(before, after)) return;
  const { patches, inverse } = out;
  if (Array.isArray(before) && Array.isArray(after)) {
    walkArray(before, after, path, out);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) {
        patches.push({ op: "remove", path: [...path, key] });
        inverse.push({ op: "add", path: [...path, key], value: before[key] });
      } else {
        const value = after[key];
        if (!Object.is(before[key], value)) walk(before[key], value, [...path, key], out);
      }
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) {
        patches.push({ op: "add", path: [...path, key], value: after[key] });
        inverse.push({ op: "remove", path: [...path, key] });
      }
    }
    return;
  }
  patches.push({ op: "replace", path, value: after });
  inverse.push({ op: "replace", path, value: before });
}

function walkArray(before: readonly unknown[], after: readonly unknown[], path: (string | number)[], out: Output): void {
  const { patches, inverse, changed } = out;
  if (before.length === after.length) {
    if (changed !== undefined && changed.array === after) {
      walk(before[changed.index], after[changed.index], [...path, changed.index], out);
      return;
    }
    // The path is built only for elements that differ: most are the same reference.
    for (let index = 0; index < before.length; index += 1) {
      if (!Object.is(before[index], after[index])) walk(before[index], after[index], [...path, index], out);
    }
    return;
  }
  if (changed !== undefined && changed.array === after && changed.index === before.length && after.length === before.length + 1) {
    patches.push({ op: "add", path: [...path, before.length], value: after[before.length] });
    inverse.push({ op: "remove", path: [...path, before.length] });
    return;
  }
  if (after.length > before.length && before.every((item, index) => Object.is(item, after[index]))) {
    for (let index = before.length; index < after.length; index += 1) {
      patches.push({ op: "add", path: [...path, index], value: after[index] });
      inverse.push({ op: "remove", path: [...path, index] });
    }
    return;
  }
  if (after.length === before.length - 1) {
    let removed = 0;
    while (removed < after.length && Object.is(before[removed], after[removed])) removed += 1;
    let rest = true;
    for (let index = removed; index < after.length && rest; index += 1) rest = Object.is(before[index + 1], after[index]);
    if (rest) {
      patches.push({ op: "remove", path: [...path, removed] });
      inverse.push({ op: "add", path: [...path, removed], value: before[removed] });
      return;
    }
  }
  patches.push({ op: "replace", path, value: after });
  inverse.push({ op: "replace", path, value: before });
}
