import { addDays, addYears, issue, type IsmsIssue } from "../core/index.js";
import type { Certification } from "./certification.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Checks a certification record: stage 1 before stage 2 (`stage_order`), the decision after
 * stage 2 (`decision_before_stage2`), a recertification decided by the previous expiry
 * (`recertification_after_expiry`, a warning: the certificate lapsed in between), a stated
 * expiry after the decision and at most three years after the start of the certification
 * cycle (`invalid_expiry`), and external audits after the decision
 * (`external_audit_before_decision`, a warning).
 *
 * @param certification - the record
 * @returns all issues, paths relative to the record
 * @category Cycle
 * @example
 * ```ts
 * validateCertification({ body: "CB", stage1: "2026-10-01", stage2: "2026-09-01", externalAudits: [] })[0]?.code; // "stage_order"
 * ```
 */
export function validateCertification(certification: Certification): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const { stage1, stage2, decisionDate, expiry } = certification;
    if (stage1 !== undefined && stage2 !== undefined && stage2 < stage1) {
      found.push(issue("stage_order", `Stage 2 (${stage2}) is dated before stage 1 (${stage1}).`, ["stage2"]));
    }
    if (decisionDate !== undefined && stage2 !== undefined && decisionDate < stage2) {
      found.push(issue("decision_before_stage2", `The certification decision (${decisionDate}) is dated before stage 2 (${stage2}).`, ["decisionDate"]));
    }
    const { previousExpiry } = certification;
    if (decisionDate !== undefined && previousExpiry !== undefined && decisionDate > previousExpiry) {
      found.push(
        issue(
          "recertification_after_expiry",
          `The recertification decision (${decisionDate}) comes after the previous certificate expired (${previousExpiry}): the certificate was not valid in between.`,
          ["decisionDate"],
          "warning",
        ),
      );
    }
    if (decisionDate !== undefined && expiry !== undefined) {
      const cycleStart = previousExpiry === undefined ? decisionDate : addDays(previousExpiry, 1);
      const latest = addDays(addYears(cycleStart, 3), -1);
      if (expiry <= decisionDate || expiry > latest) {
        found.push(issue("invalid_expiry", `The expiry ${expiry} must be after the decision and no later than ${latest}.`, ["expiry"]));
      }
    }
    certification.externalAudits.forEach((audit, index) => {
      if (decisionDate !== undefined && audit.date < decisionDate && audit.kind !== "recertification") {
        found.push(
          issue("external_audit_before_decision", `A ${audit.kind} audit on ${audit.date} is dated before the decision.`, ["externalAudits", index, "date"], "warning"),
        );
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateCertification", error);
  }
}
