import { argumentError } from "../core/_internal/index.js";
import type { RequirementsSnapshot, Supplier } from "./supplier.js";
import type { SupplierContext } from "./supplierCriticality.js";
import { supplierAssetIds } from "./_internal/assessments.js";
import { criticalityInput } from "./_internal/criticality.js";

/**
 * The effective requirements of the assets a supplier touches today, as the `requirements`
 * snapshot of an assessment records them: asset id → property → level key. Record it with
 * an assessment, so that {@link listSuppliersWithRaisedRequirements} can later tell whether
 * the requirements rose since. Assets that do not exist or are not rated are left out.
 *
 * @param supplier - the supplier
 * @param context - the assets and their settings (a document will do)
 * @returns the snapshot
 * @category Suppliers
 * @example
 * ```ts
 * const cleaning = (doc.suppliers ?? []).find((supplier) => supplier.id === "SUP-BRIGHTWAY");
 * if (cleaning) supplierRequirementsSnapshot(cleaning, doc); // { "A-SITE-OFFICE": { confidentiality: "medium", … } }
 * ```
 */
export function supplierRequirementsSnapshot(supplier: Supplier, context: SupplierContext): RequirementsSnapshot {
  try {
    const { effective } = criticalityInput(context);
    const snapshot: Record<string, Record<string, string>> = {};
    for (const asset of supplierAssetIds(supplier)) {
      const requirements = effective.get(asset);
      if (requirements === undefined) continue;
      const levels: Record<string, string> = {};
      for (const [property, requirement] of Object.entries(requirements)) levels[property] = requirement.level;
      if (Object.keys(levels).length > 0) snapshot[asset] = levels;
    }
    return snapshot as RequirementsSnapshot;
  } catch (error) {
    throw argumentError("supplierRequirementsSnapshot", error);
  }
}
