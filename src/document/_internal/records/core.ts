import { addMonths, type IsoDate } from "../../../core/index.js";
import { isTargetMet } from "../../../cycle/index.js";
import { listRisksAboveToleranceWithoutApprovedPlan } from "../../../treatment/index.js";
import type { IsmsDocument } from "../../schema.js";
import type { AreaReviewFact } from "./types.js";

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * What the document's long-standing records give the inputs of a management review held on
 * `asOf`: the previous review's actions, nonconformities, audits of the last 12 months,
 * objectives and the risks above tolerance without an approved plan. Only records dated on or
 * before `asOf` count.
 */
export function coreReviewFacts(document: IsmsDocument, asOf: IsoDate): AreaReviewFact[] {
  const facts: AreaReviewFact[] = [];
  const yearAgo = addMonths(asOf, -12);

  const previous = document.reviews
    .filter((review) => review.status === "held" && review.date < asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .at(-1);
  if (previous !== undefined && previous.actions.length > 0) {
    const open = previous.actions.filter((action) => action.status !== "done" && action.status !== "cancelled");
    facts.push({
      input: "previous_actions_status",
      text: `Management review ${previous.id} (${previous.date}) decided ${plural(previous.actions.length, "action", "actions")}; ${open.length} still open.`,
      refs: open.map((action) => action.id),
    });
  }

  const raised = document.nonconformities.filter((nc) => nc.raised <= asOf);
  if (raised.length > 0) {
    const open = raised.filter((nc) => nc.status !== "closed");
    facts.push({
      input: "nonconformities_and_corrective_actions",
      text: `${plural(raised.length, "nonconformity", "nonconformities")} recorded, ${open.length} open.`,
      refs: open.map((nc) => nc.id),
    });
  }

  const audits = (document.auditProgramme?.audits ?? []).filter((audit) => audit.status === "completed" && (audit.performedDate ?? audit.plannedDate) >= yearAgo && (audit.performedDate ?? audit.plannedDate) <= asOf);
  if (audits.length > 0) {
    const findings = audits.reduce((count, audit) => count + audit.findings.length, 0);
    facts.push({
      input: "audit_results",
      text: `${plural(audits.length, "audit", "audits")} completed in the last 12 months, with ${plural(findings, "finding", "findings")}.`,
      refs: audits.map((audit) => audit.id),
    });
  }

  if (document.objectives.length > 0) {
    const met = document.objectives.filter((objective) => isTargetMet(objective, asOf) === true);
    const unmeasured = document.objectives.filter((objective) => isTargetMet(objective, asOf) === undefined);
    facts.push({
      input: "objectives_fulfilment",
      text: `${met.length} of ${document.objectives.length} objectives meet their target${unmeasured.length > 0 ? `; ${unmeasured.length} not measured yet` : ""}.`,
      refs: met.map((objective) => objective.id),
    });
  }

  const unplanned = listRisksAboveToleranceWithoutApprovedPlan(document.risks, {
    plans: document.treatmentPlans,
    decisions: document.decisions,
    methodologies: document.methodologies,
    asOf,
  });
  if (document.risks.length > 0) {
    facts.push({
      input: "risk_assessment_and_treatment_status",
      text: `${plural(document.risks.length, "risk", "risks")} in the register; ${unplanned.length} above tolerance without an approved treatment plan.`,
      refs: unplanned.map((evaluation) => evaluation.riskId),
    });
  }
  return facts;
}
