import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Supplier } from "./supplier.js";
import type { SupplierContext } from "./supplierCriticality.js";
import { lastAssessmentOn } from "./_internal/assessments.js";
import { criticalityInput, criticalityOf } from "./_internal/criticality.js";

/**
 * The active critical suppliers ({@link supplierCriticality}) with no assessment dated on or
 * before `asOf`: the suppliers whose failure would hurt most and whose security nobody has
 * checked yet (Annex A 5.19, 5.22).
 *
 * @param suppliers - the suppliers
 * @param context - the assets and their settings (a document will do)
 * @param asOf - the day to judge on
 * @returns those suppliers, in their order
 * @category Suppliers
 * @example
 * ```ts
 * listCriticalSuppliersUnassessed(doc.suppliers ?? [], doc, "2026-11-27").map((supplier) => supplier.id); // ["SUP-CUMULUS"]
 * ```
 */
export function listCriticalSuppliersUnassessed(suppliers: readonly Supplier[], context: SupplierContext, asOf: IsoDate): readonly Supplier[] {
  try {
    const input = criticalityInput(context);
    return suppliers.filter(
      (supplier) => supplier.status === "active" && lastAssessmentOn(supplier, asOf) === undefined && criticalityOf(supplier, input)?.critical === true,
    );
  } catch (error) {
    throw argumentError("listCriticalSuppliersUnassessed", error);
  }
}
