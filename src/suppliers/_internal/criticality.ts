import { effectiveCriticality, effectiveRequirements, requirementScore, type Asset, type AssetSettings, type EffectiveRequirementSet } from "../../assets/index.js";
import type { AssetId } from "../../core/index.js";
import type { Supplier } from "../supplier.js";
import type { SupplierCriticality } from "../supplierCriticality.js";
import { supplierAssetIds } from "./assessments.js";

/** What the supplier queries read of the inventory: the effective requirements of every asset, computed once. */
export interface CriticalityInput {
  readonly effective: ReadonlyMap<AssetId, EffectiveRequirementSet>;
  readonly settings: AssetSettings | undefined;
}

export function criticalityInput(context: { readonly assets: readonly Asset[]; readonly assetSettings?: AssetSettings | undefined }): CriticalityInput {
  return { effective: effectiveRequirements(context.assets, context.assetSettings), settings: context.assetSettings };
}

/** The highest effective criticality over the supplier's assets; the first asset wins ties. */
export function criticalityOf(supplier: Supplier, input: CriticalityInput): SupplierCriticality | undefined {
  let best: SupplierCriticality | undefined;
  for (const asset of supplierAssetIds(supplier)) {
    const requirements = input.effective.get(asset);
    if (requirements === undefined) continue;
    const top = effectiveCriticality(requirements, input.settings);
    if (top === undefined) continue;
    const score = requirementScore(top, input.settings);
    if (best === undefined || score > best.score) {
      best = { asset, property: top.property, level: top.level, rank: top.rank, score, critical: score >= 1 };
    }
  }
  return best;
}
