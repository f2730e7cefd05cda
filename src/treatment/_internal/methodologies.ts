import type { Methodologies, Methodology, MethodologyRef, Rating, RatingScore } from "../../risk/index.js";
import { scoreRating } from "../../risk/index.js";

/** The methodology version a reference names, if held. */
export function findMethodology(methodologies: Methodologies, ref: MethodologyRef): Methodology | undefined {
  const list: readonly Methodology[] = Array.isArray(methodologies) ? methodologies : [methodologies];
  return list.find((candidate) => candidate.id === ref.id && candidate.version === ref.version);
}

/** Scores likelihood and consequence under a methodology version; `undefined` when not possible. */
export function tryScore(
  methodologies: Methodologies,
  rating: Pick<Rating, "likelihood" | "consequence" | "methodology">,
): { readonly score: RatingScore; readonly methodology: Methodology } | undefined {
  const methodology = findMethodology(methodologies, rating.methodology);
  if (!methodology) return undefined;
  try {
    return { score: scoreRating(methodology, { ...rating, date: "1970-01-01" }), methodology };
  } catch {
    return undefined;
  }
}
