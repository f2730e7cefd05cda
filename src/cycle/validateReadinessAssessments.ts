import { annexA, clauses } from "../catalogue/index.js";
import { issue, type IsmsIssue } from "../core/index.js";
import type { ReadinessAssessment } from "./readiness.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Checks a list of readiness assessments: each requirement assessed once
 * (`duplicate_requirement`, a warning: the last one counts) and each naming a clause of
 * 4–10 or an Annex A control (`unknown_requirement`, a warning: other catalogues are not
 * part of the certification gap analysis).
 *
 * @param assessments - the assessments
 * @returns all issues, paths relative to the list
 * @category Cycle
 * @example
 * ```ts
 * validateReadinessAssessments([{ requirement: "acme:X-1", status: "met" }])[0]?.code; // "unknown_requirement"
 * ```
 */
export function validateReadinessAssessments(assessments: readonly ReadinessAssessment[]): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const seen = new Set<string>();
    assessments.forEach((assessment, index) => {
      const { requirement } = assessment;
      if (seen.has(requirement)) {
        found.push(issue("duplicate_requirement", `Requirement ${requirement} is assessed more than once; the last assessment counts.`, [index, "requirement"], "warning"));
      }
      seen.add(requirement);
      const known = clauses.some((clause) => clause.id === requirement) || annexA.some((control) => `annex-a:${control.id}` === requirement);
      if (!known) {
        found.push(issue("unknown_requirement", `${requirement} is neither a clause of 4–10 nor an Annex A control.`, [index, "requirement"], "warning"));
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateReadinessAssessments", error);
  }
}
