/** Code-unit order, independent of the locale, for deterministic output. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares texts with their numbers by value, so that 5.9 comes before 5.10, A.9 before
 * A.10 and R-2 before R-10. A total order: at the first
 * segment that differs, numbers of different values compare by value, anything else by code unit.
 */
export function compareNatural(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const x = left[index] as string;
    const y = right[index] as string;
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y);
    return compareText(x, y);
  }
  return left.length - right.length || compareText(a, b);
}
