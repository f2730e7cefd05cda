import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Supplier, SupplierAssessment } from "./supplier.js";
import { lastAssessmentOn } from "./_internal/assessments.js";

/**
 * A supplier's latest assessment dated on or before `asOf` (without `asOf`: of all its
 * assessments); of two on the same day, the one listed later. The rule every supplier query,
 * report and sheet reads "last assessment" by.
 *
 * @param supplier - the supplier
 * @param asOf - the day to judge on; later assessments are ignored (absent: none is)
 * @returns the assessment, or `undefined` when there is none by then
 * @category Suppliers
 * @example
 * ```ts
 * const hosting = (doc.suppliers ?? []).find((supplier) => supplier.id === "SUP-NIMBUS");
 * if (hosting) lastSupplierAssessment(hosting, "2026-11-27")?.result;
 * ```
 */
export function lastSupplierAssessment(supplier: Supplier, asOf?: IsoDate): SupplierAssessment | undefined {
  try {
    return lastAssessmentOn(supplier, asOf);
  } catch (error) {
    throw argumentError("lastSupplierAssessment", error);
  }
}
