/**
 * The edit distance between two strings: insertions, deletions, substitutions and swaps of
 * two neighbouring characters each cost 1 (optimal string alignment), so that the typing
 * slip `fromat` is one step from `format`, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate nearest to what was typed, when one is near enough to be a likely slip: the
 * only candidate that starts with it, or the closest within a third of its length (at least
 * one edit). Case does not count. `undefined` when nothing is close.
 */
export function nearest(typed: string, candidates: readonly string[]): string | undefined {
  const wanted = typed.toLowerCase();
  if (wanted === "") return undefined;
  const prefixed = candidates.filter((candidate) => candidate.toLowerCase().startsWith(wanted));
  if (prefixed.length === 1 && wanted.length >= 2) return prefixed[0];
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` Did you mean X?` when a candidate is near, else the empty string. */
export function didYouMean(typed: string, candidates: readonly string[], show: (candidate: string) => string = (candidate) => candidate): string {
  const found = nearest(typed, candidates);
  return found === undefined ? "" : ` Did you mean ${show(found)}?`;
}
