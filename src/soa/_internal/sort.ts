import { compareText } from "../../core/_internal/index.js";

export { compareNatural, compareText } from "../../core/_internal/index.js";

/** Sorted unique strings. */
export function sortedUnique<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort(compareText);
}

