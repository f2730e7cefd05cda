import { addMonths, compareDates, type AssetId, type IsoDate } from "../../core/index.js";
import type { Supplier, SupplierAssessment } from "../supplier.js";

/** The supplier's latest assessment dated on or before `asOf` (of all without it; the later in the list on a tie). */
export function lastAssessmentOn(supplier: Supplier, asOf: IsoDate | undefined): SupplierAssessment | undefined {
  let last: SupplierAssessment | undefined;
  for (const assessment of supplier.assessments) {
    if (asOf !== undefined && compareDates(assessment.date, asOf) > 0) continue;
    if (last === undefined || compareDates(assessment.date, last.date) >= 0) last = assessment;
  }
  return last;
}

/** When the supplier is next due for review on `asOf`: `asOf` itself when never assessed, undefined when no cadence and assessed (or not active). */
export function reviewDueOn(supplier: Supplier, asOf: IsoDate): IsoDate | undefined {
  if (supplier.status !== "active") return undefined;
  const last = lastAssessmentOn(supplier, asOf);
  if (last === undefined) return asOf;
  if (supplier.reviewEveryMonths === undefined) return undefined;
  return addMonths(last.date, supplier.reviewEveryMonths);
}

/** The assets a supplier touches: its services' assets, then its own supplier asset, each once. */
export function supplierAssetIds(supplier: Supplier): AssetId[] {
  const ids = new Set<AssetId>();
  for (const service of supplier.services) for (const asset of service.assets) ids.add(asset);
  if (supplier.asset !== undefined) ids.add(supplier.asset);
  return [...ids];
}
