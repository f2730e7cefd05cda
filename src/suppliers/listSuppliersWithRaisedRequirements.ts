import { defaultAssetSettings } from "../assets/index.js";
import type { AssetId, IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Supplier, SupplierAssessment } from "./supplier.js";
import type { SupplierContext } from "./supplierCriticality.js";
import { lastAssessmentOn, supplierAssetIds } from "./_internal/assessments.js";
import { criticalityInput } from "./_internal/criticality.js";

/**
 * One requirement that is higher today than when the supplier was last assessed: `from` is
 * the level in the assessment's snapshot (absent when the snapshot did not hold the asset or
 * the property), `to` today's effective level.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const rise: RequirementRise = { asset: AssetIdSchema.parse("A-INF-HR"), property: "confidentiality", from: "medium", to: "high" };
 * ```
 */
export interface RequirementRise {
  readonly asset: AssetId;
  readonly property: string;
  readonly from?: string;
  readonly to: string;
}

/**
 * A supplier whose assets require more today than when it was last assessed.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const raised: readonly RaisedSupplierRequirements[] = listSuppliersWithRaisedRequirements(doc.suppliers ?? [], doc, "2026-11-27");
 * raised[0]?.rises.length;
 * ```
 */
export interface RaisedSupplierRequirements {
  readonly supplier: Supplier;
  /** The last assessment on or before `asOf`, whose snapshot is compared. */
  readonly assessment: SupplierAssessment;
  readonly rises: readonly RequirementRise[];
}

/**
 * The active suppliers whose assets' requirements rose since their last assessment (dated on
 * or before `asOf`): today's effective requirement of an asset the supplier touches is higher
 * on its scale than the level in that assessment's `requirements` snapshot, or the snapshot
 * does not hold that asset or property at all (a new asset or a new rating is a rise). A
 * supplier whose last assessment has no snapshot cannot be compared and is left out; so is a
 * snapshot level that is no longer on its scale.
 *
 * @param suppliers - the suppliers
 * @param context - the assets and their settings (a document will do)
 * @param asOf - the day to judge on
 * @returns the suppliers with their rises, in their order
 * @category Suppliers
 * @example
 * ```ts
 * listSuppliersWithRaisedRequirements(doc.suppliers ?? [], doc, "2026-11-27").map(({ supplier }) => supplier.id); // ["SUP-PAYLANE"]
 * ```
 */
export function listSuppliersWithRaisedRequirements(
  suppliers: readonly Supplier[],
  context: SupplierContext,
  asOf: IsoDate,
): readonly RaisedSupplierRequirements[] {
  try {
    const { effective } = criticalityInput(context);
    const scales = (context.assetSettings ?? defaultAssetSettings).requirementScales;
    const result: RaisedSupplierRequirements[] = [];
    for (const supplier of suppliers) {
      if (supplier.status !== "active") continue;
      const assessment = lastAssessmentOn(supplier, asOf);
      const snapshot = assessment?.requirements;
      if (assessment === undefined || snapshot === undefined) continue;
      const rises: RequirementRise[] = [];
      for (const asset of supplierAssetIds(supplier)) {
        const current = effective.get(asset);
        if (current === undefined) continue;
        const before = Object.hasOwn(snapshot, asset) ? snapshot[asset] : undefined;
        for (const [property, requirement] of Object.entries(current)) {
          const then = before !== undefined && Object.hasOwn(before, property) ? before[property] : undefined;
          if (then === undefined) {
            rises.push({ asset, property, to: requirement.level });
            continue;
          }
          const scale = Object.hasOwn(scales, property) ? scales[property] : undefined;
          const thenRank = scale?.levels.findIndex((level) => level.key === then) ?? -1;
          if (thenRank >= 0 && requirement.rank > thenRank) rises.push({ asset, property, from: then, to: requirement.level });
        }
      }
      if (rises.length > 0) result.push({ supplier, assessment, rises });
    }
    return result;
  } catch (error) {
    throw argumentError("listSuppliersWithRaisedRequirements", error);
  }
}
