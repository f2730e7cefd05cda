import type { IsoDate } from "../core/index.js";
import { cycleStartDate, type PdcaGuardFacts } from "../cycle/index.js";
import { isRiskAssessmentComplete } from "../risk/index.js";
import { isPlanApproved } from "../treatment/index.js";
import type { IsmsDocument } from "./schema.js";
import { approvedSoaVersions, byThen as happened, topLevelPolicies } from "./_internal/approvals.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Reads the facts that the PDCA exit criteria need from the whole document: scope, approved
 * top-level policy, methodology, a complete risk assessment (`isRiskAssessmentComplete`:
 * every risk has a current or inherent rating), approved treatment plans (`isPlanApproved`),
 * an approved SoA version, objectives, and the audits, reviews and major nonconformities of
 * the current cycle (those dated on or after the cycle's start).
 * With `asOf`, the facts are those of that day: a risk counts as assessed only by a rating
 * dated on or before it, a plan counts as approved only by an
 * approval that holds on it (made on or before it, not expired, not revoked by then), and a
 * policy or SoA version approved, an audit performed or a review held after it does not
 * count yet, nor does a nonconformity raised after it; `applyIsmsCommand` passes the date of a `cycle.transition` command. A major
 * nonconformity whose corrective actions are all cancelled counts as having none.
 *
 * @param document - the ISMS
 * @param asOf - the day the facts are read for; without it, approvals are judged undated
 * @returns the facts for `checkExitCriteria`, `can` and `transition`
 * @category Document
 * @example
 * ```ts
 * checkExitCriteria(doc.cycle.phase, pdcaFacts(doc)).missing; // what still blocks the next phase
 * ```
 */
export function pdcaFacts(document: IsmsDocument, asOf?: IsoDate): PdcaGuardFacts {
  try {
    const start = cycleStartDate(document.cycle);
    const byThen = (date: IsoDate | undefined): boolean => happened(date, asOf);
    const audits = document.auditProgramme?.audits ?? [];
    return {
      hasScope: document.scope !== undefined,
      approvedPolicy: topLevelPolicies(document, asOf).approved.length > 0,
      hasMethodology: document.methodologies.length > 0,
      riskAssessmentComplete: isRiskAssessmentComplete(document.risks, asOf),
      treatmentPlanApproved:
        document.treatmentPlans.length > 0 && document.treatmentPlans.every((plan) => isPlanApproved(plan, document.decisions, asOf)),
      soaApproved: approvedSoaVersions(document, asOf).length > 0,
      objectivesDefined: document.objectives.length > 0,
      plannedAuditsInCycle: audits.filter((audit) => audit.status !== "cancelled" && audit.plannedDate >= start).length,
      completedAuditsInCycle: audits.filter((audit) => {
        const performed = audit.performedDate ?? audit.plannedDate;
        return audit.status === "completed" && performed >= start && byThen(performed);
      }).length,
      completedReviewsInCycle: document.reviews.filter((review) => review.status === "held" && review.date >= start && byThen(review.date)).length,
      majorNonconformitiesWithoutCorrectiveAction: document.nonconformities
        .filter((nc) => nc.severity === "major" && nc.status !== "closed" && byThen(nc.raised) && nc.correctiveActions.every((action) => action.status === "cancelled"))
        .map((nc) => nc.id),
    };
  } catch (error) {
    throw argumentError("pdcaFacts", error);
  }
}
