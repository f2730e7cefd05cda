import { compareDates, type IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Supplier } from "./supplier.js";
import { reviewDueOn } from "./_internal/assessments.js";

/**
 * The active suppliers due for review (Annex A 5.22) on `asOf`: those never assessed on or
 * before `asOf`, and those whose last assessment by then is `reviewEveryMonths` months old or
 * older ({@link nextSupplierReview} on or before `asOf`). A supplier without a cadence is due
 * only while it has never been assessed. Ended and prospective suppliers are never due. With
 * no assessment in between, a supplier due on one day is due on every later day.
 *
 * @param suppliers - the suppliers
 * @param asOf - the day to judge on
 * @returns the suppliers due, in their order
 * @category Suppliers
 * @example
 * ```ts
 * listSuppliersDueForReview(doc.suppliers ?? [], "2026-11-27").map((supplier) => supplier.id); // ["SUP-CUMULUS", "SUP-LEDGERLINE"]
 * ```
 */
export function listSuppliersDueForReview(suppliers: readonly Supplier[], asOf: IsoDate): readonly Supplier[] {
  try {
    return suppliers.filter((supplier) => {
      const due = reviewDueOn(supplier, asOf);
      return due !== undefined && compareDates(due, asOf) <= 0;
    });
  } catch (error) {
    throw argumentError("listSuppliersDueForReview", error);
  }
}
