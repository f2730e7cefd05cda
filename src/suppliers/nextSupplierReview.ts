import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Supplier } from "./supplier.js";
import { reviewDueOn } from "./_internal/assessments.js";

/**
 * When a supplier's next review (assessment, Annex A 5.22) is due, judged on `asOf`: for an
 * active supplier never assessed by then, `asOf` itself (due now); otherwise its last
 * assessment dated on or before `asOf` plus `reviewEveryMonths`. A supplier without a cadence
 * that has been assessed, and a supplier that is not active, have no due date.
 *
 * @param supplier - the supplier
 * @param asOf - the day to judge on; later assessments are ignored
 * @returns the due date, or `undefined` when no review is due
 * @category Suppliers
 * @example
 * ```ts
 * const payroll = (doc.suppliers ?? []).find((supplier) => supplier.id === "SUP-LEDGERLINE");
 * if (payroll) nextSupplierReview(payroll, "2026-11-27"); // "2026-06-30": overdue
 * ```
 */
export function nextSupplierReview(supplier: Supplier, asOf: IsoDate): IsoDate | undefined {
  try {
    return reviewDueOn(supplier, asOf);
  } catch (error) {
    throw argumentError("nextSupplierReview", error);
  }
}
