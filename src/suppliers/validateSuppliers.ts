import { compareDates, issue, type IsmsIssue } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Supplier } from "./supplier.js";
import type { SupplierContext } from "./supplierCriticality.js";
import { criticalityInput, criticalityOf } from "./_internal/criticality.js";

/**
 * Checks the rules of the suppliers that their schema cannot (paths relative to the array):
 * assessment ids unique within a supplier (`duplicate_supplier_assessment_id`), assessments
 * listed in date order (`supplier_assessments_out_of_order`, a warning), finding ids unique
 * within a supplier (`duplicate_supplier_finding_id`), an agreement that expires before it was
 * signed (`supplier_agreement_expires_before_signed`), an active critical supplier
 * ({@link supplierCriticality}) whose agreement states no security requirements
 * (`critical_supplier_without_security_requirements`, a warning, Annex A 5.20) and a
 * supplier's own asset that is not of type `"supplier"` (`supplier_asset_not_supplier`, a
 * warning). Duplicate supplier ids, unknown assets and unknown risks are reported by
 * {@link validateIsms} from the record-kind registry (`duplicate_supplier_id`,
 * `unknown_asset`, `unknown_risk`).
 *
 * @param suppliers - the suppliers
 * @param context - the assets and their settings (a document will do)
 * @returns the issues, empty when there are none
 * @category Suppliers
 * @example
 * ```ts
 * validateSuppliers(doc.suppliers ?? [], doc).filter((found) => found.severity === "error"); // []
 * ```
 */
export function validateSuppliers(suppliers: readonly Supplier[], context: SupplierContext): IsmsIssue[] {
  try {
    const issues: IsmsIssue[] = [];
    // The effective requirements of every asset are needed only for an active supplier
    // without security requirements: computed then, once.
    let input: ReturnType<typeof criticalityInput> | undefined;
    const assetTypes = new Map(context.assets.map((asset) => [asset.id as string, asset.type]));
    suppliers.forEach((supplier, index) => {
      const assessmentIds = new Set<string>();
      const findingIds = new Set<string>();
      supplier.assessments.forEach((assessment, at) => {
        const path = [index, "assessments", at];
        if (assessmentIds.has(assessment.id)) {
          issues.push(issue("duplicate_supplier_assessment_id", `Supplier ${supplier.id} has assessment ${assessment.id} more than once.`, [...path, "id"]));
        }
        assessmentIds.add(assessment.id);
        const previous = supplier.assessments[at - 1];
        if (previous !== undefined && compareDates(assessment.date, previous.date) < 0) {
          issues.push(
            issue(
              "supplier_assessments_out_of_order",
              `Supplier ${supplier.id}: assessment ${assessment.id} (${assessment.date}) is listed after ${previous.id} (${previous.date}); list assessments oldest first.`,
              [...path, "date"],
              "warning",
            ),
          );
        }
        assessment.findings.forEach((finding, position) => {
          if (findingIds.has(finding.id)) {
            issues.push(issue("duplicate_supplier_finding_id", `Supplier ${supplier.id} has finding ${finding.id} more than once.`, [...path, "findings", position, "id"]));
          }
          findingIds.add(finding.id);
        });
      });
      const agreement = supplier.agreement;
      if (agreement?.signed !== undefined && agreement.expires !== undefined && compareDates(agreement.expires, agreement.signed) < 0) {
        issues.push(
          issue(
            "supplier_agreement_expires_before_signed",
            `Supplier ${supplier.id}: agreement ${agreement.ref} expires (${agreement.expires}) before it was signed (${agreement.signed}).`,
            [index, "agreement", "expires"],
          ),
        );
      }
      if (supplier.status === "active" && (agreement === undefined || agreement.securityRequirements.length === 0)) {
        const criticality = criticalityOf(supplier, (input ??= criticalityInput(context)));
        if (criticality?.critical === true) {
          issues.push(
            issue(
              "critical_supplier_without_security_requirements",
              `Supplier ${supplier.id} is critical (${criticality.property} of ${criticality.asset} is ${criticality.level}) but ${agreement === undefined ? "has no agreement" : `agreement ${agreement.ref} states no security requirements`} (A.5.20).`,
              agreement === undefined ? [index] : [index, "agreement", "securityRequirements"],
              "warning",
            ),
          );
        }
      }
      if (supplier.asset !== undefined) {
        const type = assetTypes.get(supplier.asset);
        if (type !== undefined && type !== "supplier") {
          issues.push(
            issue("supplier_asset_not_supplier", `Supplier ${supplier.id} names asset ${supplier.asset} as its own, which is of type ${type}, not supplier.`, [index, "asset"], "warning"),
          );
        }
      }
    });
    return issues;
  } catch (error) {
    throw argumentError("validateSuppliers", error);
  }
}
