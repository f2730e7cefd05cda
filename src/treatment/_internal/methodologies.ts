import type { Methodologies, Methodology, MethodologyRef, Rating, RatingScore } from "../../risk/index.js";
import { scoreRating } from "../../risk/index.js";

/** The methodology version a reference names, if held. */
export function findMethodology(methodologies: Methodologies, ref: MethodologyRef): Methodology | undefined {
  const list: readonly Methodology[] = Array.isArray(methodologies) ? methodologies : [methodologies];
  return list.find((candidate) => candidate.id === ref.id && candidate.version === ref.version);
}

/** A rating scored under the methodology version it names. */
export interface Scored {
  readonly score: RatingScore;
  readonly methodology: Methodology;
}

/** Scores likelihood and consequence under a methodology version; `undefined` when not possible. */
export function tryScore(methodologies: Methodologies, rating: Pick<Rating, "likelihood" | "consequence" | "methodology">): Scored | undefined {
  const methodology = findMethodology(methodologies, rating.methodology);
  if (!methodology) return undefined;
  return scoreUnder(methodology, rating);
}

function scoreUnder(methodology: Methodology, rating: Pick<Rating, "likelihood" | "consequence" | "methodology">): Scored | undefined {
  try {
    return { score: scoreRating(methodology, { ...rating, date: "1970-01-01" }), methodology };
  } catch {
    return undefined;
  }
}

/** {@link tryScore} for one call's many ratings. */
export type Scorer = (rating: Pick<Rating, "likelihood" | "consequence" | "methodology">) => Scored | undefined;

/**
 * {@link tryScore} over one list of methodologies, each answer remembered: a validator that
 * scores thousands of ratings finds each version and scores each pair of keys once. The
 * answers are tryScore's own (the same version found, the same score or none); callers only
 * read them.
 */
export function scorerOf(methodologies: Methodologies): Scorer {
  const versions = new Map<string, Map<number, Methodology | undefined>>();
  const scores = new Map<Methodology, Map<string, Map<string, Scored | undefined>>>();
  const find = (ref: MethodologyRef): Methodology | undefined => {
    // NaN never equals itself, so findMethodology finds nothing for it; a Map would.
    if (Number.isNaN(ref.version)) return findMethodology(methodologies, ref);
    let byVersion = versions.get(ref.id);
    if (byVersion === undefined) versions.set(ref.id, (byVersion = new Map()));
    if (byVersion.has(ref.version)) return byVersion.get(ref.version);
    const found = findMethodology(methodologies, ref);
    byVersion.set(ref.version, found);
    return found;
  };
  return (rating) => {
    const methodology = find(rating.methodology);
    if (!methodology) return undefined;
    let byLikelihood = scores.get(methodology);
    if (byLikelihood === undefined) scores.set(methodology, (byLikelihood = new Map()));
    let byConsequence = byLikelihood.get(rating.likelihood);
    if (byConsequence === undefined) byLikelihood.set(rating.likelihood, (byConsequence = new Map()));
    if (byConsequence.has(rating.consequence)) return byConsequence.get(rating.consequence);
    const scored = scoreUnder(methodology, rating);
    byConsequence.set(rating.consequence, scored);
    return scored;
  };
}
