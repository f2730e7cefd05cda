import { at } from "../../core/_internal/index.js";

/** Code-unit order, independent of the locale, for deterministic output. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted unique strings. */
export function sortedUnique<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort(compareText);
}

/** Compares control ids by their number parts, so that 5.9 comes before 5.10 and A.9 before A.10. */
export function compareNatural(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const x = at(left, index);
    const y = at(right, index);
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y);
    return compareText(x, y);
  }
  return left.length - right.length || compareText(a, b);
}
