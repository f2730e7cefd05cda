import { IsmsError, type AssetId } from "../core/index.js";
import type { EffectiveRequirementSet } from "../assets/index.js";
import type { Aggregation, Methodology } from "./methodology.js";
import type { ConsequenceSource, Risk } from "./risk.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * Effective requirements per asset and property, as the assets module's
 * `effectiveRequirements` returns them.
 *
 * @category Risk
 * @example
 * ```ts
 * const effective: EffectiveRequirementsByAsset = effectiveRequirements(doc.assets, doc.assetSettings);
 * doc.risks.map((risk) => suggestConsequence(currentMethodology(doc), risk, effective)?.consequence);
 * // ["severe", "severe", "severe", "major", …]
 * ```
 */
export type EffectiveRequirementsByAsset = ReadonlyMap<AssetId, EffectiveRequirementSet>;

/**
 * One asset property's contribution to a suggested consequence.
 *
 * @category Risk
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const effective = effectiveRequirements(doc.assets, doc.assetSettings);
 * const first: ConsequenceContribution | undefined = risk && suggestConsequence(currentMethodology(doc), risk, effective)?.contributions[0];
 * first;
 * // { asset: "A-INF-SECRETS", property: "confidentiality", requirementLevel: "very_high", rank: 3,
 * //   consequence: "severe", consequenceIndex: 4 }
 * ```
 */
export interface ConsequenceContribution {
  /** The asset. */
  readonly asset: AssetId;
  /** The property. */
  readonly property: string;
  /** The asset's requirement level for the property. */
  readonly requirementLevel: string;
  /** Its rank. */
  readonly rank: number;
  /** The consequence level the rank maps to. */
  readonly consequence: string;
  /** Index of that consequence level. */
  readonly consequenceIndex: number;
}

/**
 * A suggested consequence level with its explanation.
 *
 * @category Risk
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const effective = effectiveRequirements(doc.assets, doc.assetSettings);
 * const suggestion: ConsequenceSuggestion | undefined = risk && suggestConsequence(currentMethodology(doc), risk, effective);
 * suggestion?.consequence; // "severe"
 * ```
 */
export interface ConsequenceSuggestion {
  /** The consequence level key (the override when one was given). */
  readonly consequence: string;
  /** Its index on the consequence scale. */
  readonly consequenceIndex: number;
  /** What to store as the rating's `consequenceSource`. */
  readonly source: ConsequenceSource;
  /** The aggregated suggestion before any override, when there were contributions. */
  readonly suggested: string | undefined;
  /** Every contribution, in asset then property order. */
  readonly contributions: readonly ConsequenceContribution[];
  /** The aggregation rule applied. */
  readonly aggregation: Aggregation["kind"];
}

/**
 * Options of {@link suggestConsequence}.
 *
 * @category Risk
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const effective = effectiveRequirements(doc.assets, doc.assetSettings);
 * if (risk) suggestConsequence(currentMethodology(doc), risk, effective, { override: "major", reason: "Regulator fines" })?.source;
 * // { kind: "override", suggested: "severe", reason: "Regulator fines" }
 * ```
 */
export interface SuggestConsequenceOptions {
  /** A consequence level a person chose; it wins over the suggestion. */
  readonly override?: string;
  /** Why the person overrode the suggestion. */
  readonly reason?: string;
  /** Number of levels of each property's requirement scale, for the proportional default mapping. */
  readonly requirementScaleSizes?: Readonly<Record<string, number>>;
}

function mapRank(methodology: Methodology, property: string, rank: number, sizes: Readonly<Record<string, number>> | undefined): number {
  const levels = methodology.matrix.consequence.levels;
  const top = levels.length - 1;
  const list = methodology.consequenceMapping?.byProperty?.[property] ?? methodology.consequenceMapping?.default;
  if (list) {
    const key = at(list, Math.min(rank, list.length - 1));
    const consequence = levels.findIndex((level) => level.key === key);
    if (consequence < 0) throw new IsmsError("invalid_argument", `The consequence mapping names "${key}", which is not a consequence level.`);
    return consequence;
  }
  const size = sizes?.[property];
  if (size !== undefined && size > 1) return Math.min(top, Math.round((rank * top) / (size - 1)));
  return Math.min(rank, top);
}

/**
 * Suggests a consequence level from the effective security requirements of the risk's assets
 * (8.2, asset-based identification): each affected property of each asset maps to a
 * consequence level (the methodology's `consequenceMapping` by property, else its default
 * list, else proportionally when `requirementScaleSizes` gives the property's scale size,
 * else rank `r` to level `r` capped at the top), then the methodology's aggregation combines
 * them (maximum by default). The deciding asset and property are recorded. When the risk
 * lists no affected properties, every property of the requirements counts. An override wins.
 *
 * @param methodology - the methodology
 * @param risk - the risk (its `assets` and `affectedProperties` are read)
 * @param effective - effective requirements per asset
 * @param options - override and mapping options
 * @returns the suggestion, or `undefined` when there is neither a contribution nor an override
 * @throws {@link IsmsError} `invalid_argument` when the override or a mapping names a key not on the consequence scale
 * @category Risk
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const suggestion = risk && suggestConsequence(currentMethodology(doc), risk, effectiveRequirements(doc.assets, doc.assetSettings));
 * suggestion?.source;
 * // { kind: "suggested", asset: "A-INF-SECRETS", property: "confidentiality", requirementLevel: "very_high", rank: 3 }
 * ```
 */
export function suggestConsequence(
  methodology: Methodology,
  risk: Risk,
  effective: EffectiveRequirementsByAsset,
  options: SuggestConsequenceOptions = {},
): ConsequenceSuggestion | undefined {
  try {
    const levels = methodology.matrix.consequence.levels;
    const aggregation: Aggregation = methodology.aggregation ?? { kind: "maximum" };
    const contributions: ConsequenceContribution[] = [];
    for (const asset of risk.assets ?? []) {
      const requirements = effective.get(asset);
      if (!requirements) continue;
      const properties = risk.affectedProperties.length > 0 ? risk.affectedProperties : Object.keys(requirements);
      for (const property of properties) {
        const requirement = requirements[property];
        if (!requirement) continue;
        const consequenceIndex = mapRank(methodology, property, requirement.rank, options.requirementScaleSizes);
        contributions.push({
          asset,
          property,
          requirementLevel: requirement.level,
          rank: requirement.rank,
          consequence: at(levels, consequenceIndex).key,
          consequenceIndex,
        });
      }
    }
    let deciding: ConsequenceContribution | undefined;
    let aggregated: number | undefined;
    if (contributions.length > 0) {
      for (const contribution of contributions) if (!deciding || contribution.consequenceIndex > deciding.consequenceIndex) deciding = contribution;
      const max = deciding!.consequenceIndex;
      switch (aggregation.kind) {
        case "maximum":
          aggregated = max;
          break;
        case "mean":
          aggregated = Math.ceil(contributions.reduce((sum, contribution) => sum + contribution.consequenceIndex, 0) / contributions.length);
          break;
        case "cumulative": {
          const atMax = contributions.filter((contribution) => contribution.consequenceIndex === max).length;
          aggregated = atMax >= aggregation.threshold ? Math.min(max + 1, levels.length - 1) : max;
          break;
        }
        default: {
          const unreachable: never = aggregation;
          return unreachable;
        }
      }
    }
    const suggested = aggregated === undefined ? undefined : at(levels, aggregated).key;
    if (options.override !== undefined) {
      const overrideIndex = levels.findIndex((level) => level.key === options.override);
      if (overrideIndex < 0) throw new IsmsError("invalid_argument", `"${options.override}" is not a level of the consequence scale.`);
      const source: ConsequenceSource = {
        kind: "override",
        ...(suggested !== undefined ? { suggested } : {}),
        ...(options.reason !== undefined ? { reason: options.reason } : {}),
      };
      return { consequence: options.override, consequenceIndex: overrideIndex, source, suggested, contributions, aggregation: aggregation.kind };
    }
    if (aggregated === undefined || !deciding) return undefined;
    return {
      consequence: suggested!,
      consequenceIndex: aggregated,
      source: { kind: "suggested", asset: deciding.asset, property: deciding.property, requirementLevel: deciding.requirementLevel, rank: deciding.rank },
      suggested,
      contributions,
      aggregation: aggregation.kind,
    };
  } catch (error) {
    throw argumentError("suggestConsequence", error);
  }
}
