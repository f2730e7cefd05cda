import type { LevelEvaluation } from "../evaluateLevel.js";
import type { Methodology } from "../methodology.js";

const cache = /* @__PURE__ */ new WeakMap<Methodology, readonly LevelEvaluation[]>();

/**
 * The evaluation of every risk level of a methodology, by level index; computed once per
 * methodology object (methodologies are treated as immutable values).
 */
export function levelEvaluations(methodology: Methodology): readonly LevelEvaluation[] {
  const cached = cache.get(methodology);
  if (cached) return cached;
  const levels = methodology.matrix.levels;
  const appetiteIndex = levels.findIndex((candidate) => candidate.key === methodology.acceptance.appetite);
  const toleranceIndex = Math.max(
    levels.findIndex((candidate) => candidate.key === methodology.acceptance.tolerance),
    appetiteIndex,
  );
  const evaluations = levels.map((entry, levelIndex): LevelEvaluation => {
    const rule = methodology.acceptance.levels.find((candidate) => candidate.level === entry.key);
    return {
      level: entry.key,
      levelIndex,
      appetite: levelIndex <= appetiteIndex ? "within_appetite" : levelIndex <= toleranceIndex ? "within_tolerance" : "above_tolerance",
      authority: rule?.authority ?? [],
      review: rule?.review,
      compensatingControlsRequired: rule?.compensatingControlsRequired ?? false,
    };
  });
  cache.set(methodology, evaluations);
  return evaluations;
}
