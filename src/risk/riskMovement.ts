import type { RiskId } from "../core/index.js";
import { findMethodology } from "./_internal/methodologies.js";
import type { Methodologies } from "./methodology.js";
import type { RatingLayer, Risk } from "./risk.js";
import { scoreRating, type RatingScore } from "./scoreRating.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * How a risk moved between two rating layers.
 *
 * @category Risk
 * @example
 * ```ts
 * const move: RiskMovement | undefined = riskMovement(doc.methodologies, doc.risks)[0];
 * move?.direction; // "unknown": R-01 has no residual rating yet
 * ```
 */
export interface RiskMovement {
  /** The risk. */
  readonly riskId: RiskId;
  /** Score in the `from` layer, when it could be scored. */
  readonly from: RatingScore | undefined;
  /** Score in the `to` layer, when it could be scored. */
  readonly to: RatingScore | undefined;
  /** Level steps from `from` to `to` (negative is a reduction); `undefined` when either is missing. */
  readonly levelChange: number | undefined;
  /** Likelihood steps. */
  readonly likelihoodChange: number | undefined;
  /** Consequence steps. */
  readonly consequenceChange: number | undefined;
  /** Summary. `unknown` when either side is missing or the two were rated under different methodology versions. */
  readonly direction: "reduced" | "unchanged" | "increased" | "unknown";
}

/**
 * Movement of every risk between two layers, by default from `inherent` to `residual`
 * (what the controls achieved). Scores under different methodology versions are not compared.
 *
 * @param methodologies - the methodology, or the versions held
 * @param risks - the register
 * @param from - the earlier layer, default `inherent`
 * @param to - the later layer, default `residual`
 * @returns one entry per risk, in register order
 * @category Risk
 * @example
 * ```ts
 * riskMovement(doc.methodologies, doc.risks).filter((m) => m.direction === "reduced").length; // 11
 * riskMovement(doc.methodologies, doc.risks, "inherent", "current").filter((m) => m.direction === "unchanged").map((m) => m.riskId);
 * // ["R-06", "R-08", "R-09", …]: risks whose existing controls change nothing yet
 * ```
 */
export function riskMovement(methodologies: Methodologies, risks: readonly Risk[], from: RatingLayer = "inherent", to: RatingLayer = "residual"): readonly RiskMovement[] {
  try {
    const score = (risk: Risk, layer: RatingLayer): RatingScore | undefined => {
      const rating = risk.ratings[layer];
      const methodology = rating && findMethodology(methodologies, rating.methodology);
      if (!rating || !methodology) return undefined;
      try {
        return scoreRating(methodology, rating);
      } catch {
        return undefined;
      }
    };
    return risks.map((risk) => {
      const a = score(risk, from);
      const b = score(risk, to);
      const comparable = a !== undefined && b !== undefined && a.methodology.id === b.methodology.id && a.methodology.version === b.methodology.version;
      const levelChange = comparable ? b.levelIndex - a.levelIndex : undefined;
      return {
        riskId: risk.id,
        from: a,
        to: b,
        levelChange,
        likelihoodChange: comparable ? b.likelihoodIndex - a.likelihoodIndex : undefined,
        consequenceChange: comparable ? b.consequenceIndex - a.consequenceIndex : undefined,
        direction: levelChange === undefined ? "unknown" : levelChange < 0 ? "reduced" : levelChange > 0 ? "increased" : "unchanged",
      };
    });
  } catch (error) {
    throw argumentError("riskMovement", error);
  }
}
