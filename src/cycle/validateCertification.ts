import { addDays, addYears, issue, type IsmsIssue } from "../core/index.js";
import type { Certification } from "./certification.js";

/**
 * Checks a certification record: stage 1 before stage 2 (`stage_order`), the decision after
 * stage 2 (`decision_before_stage2`), a stated expiry after the decision and at most three
 * years after the start of validity (`invalid_expiry`), and external audits after the
 * decision (`external_audit_before_decision`, a warning).
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
  const found: IsmsIssue[] = [];
  const { stage1, stage2, decisionDate, expiry } = certification;
  if (stage1 !== undefined && stage2 !== undefined && stage2 < stage1) {
    found.push(issue("stage_order", `Stage 2 (${stage2}) is dated before stage 1 (${stage1}).`, ["stage2"]));
  }
  if (decisionDate !== undefined && stage2 !== undefined && decisionDate < stage2) {
    found.push(issue("decision_before_stage2", `The certification decision (${decisionDate}) is dated before stage 2 (${stage2}).`, ["decisionDate"]));
  }
  if (decisionDate !== undefined && expiry !== undefined) {
    const validFrom = certification.previousExpiry === undefined ? decisionDate : addDays(certification.previousExpiry, 1);
    const latest = addDays(addYears(validFrom, 3), -1);
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
}
