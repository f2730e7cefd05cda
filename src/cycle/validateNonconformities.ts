import { issue, type IsmsIssue } from "../core/index.js";
import { latestCompletion } from "./_internal/actionDates.js";
import { duplicateIdIssues } from "./_internal/duplicates.js";
import type { Audit } from "./audit.js";
import { NonconformityStatusSchema, type Nonconformity, type NonconformityStatus } from "./nonconformity.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link validateNonconformities}.
 *
 * @category Cycle
 * @example
 * ```ts
 * const options: ValidateNonconformitiesOptions = { audits: doc.auditProgramme?.audits ?? [] };
 * validateNonconformities(doc.nonconformities, options); // []: every finding they name exists
 * ```
 */
export interface ValidateNonconformitiesOptions {
  /** When given, an audit source must name one of these audits and, if it names one, a finding of it (`unknown_audit`, `unknown_finding`). */
  readonly audits?: readonly Audit[];
}

function reached(status: NonconformityStatus, step: NonconformityStatus): boolean {
  return NonconformityStatusSchema.options.indexOf(status) >= NonconformityStatusSchema.options.indexOf(step);
}

/**
 * Checks nonconformities (10.2): unique ids; a status backed by the records it implies (a
 * correction from `correction_done`, a root cause from `root_cause_found`, a corrective
 * action from `action_planned`, every action done or cancelled and at least one not
 * cancelled from `action_done`, an effectiveness review that found the actions effective
 * from `effective`, a closure record when `closed`); dates in order (from `effective`, the
 * review not before the last completion of an action not cancelled; the closure not before
 * the review); done actions with a completion date; unique action ids; and, given the
 * audits, that audit sources exist.
 *
 * @param nonconformities - the nonconformities
 * @param options - optional audits to cross-check
 * @returns all issues, paths relative to the list (`duplicate_nonconformity_id`, `missing_correction`, `missing_root_cause`, `missing_corrective_action`, `actions_not_done`, `no_live_corrective_action`, `closed_without_effectiveness_review`, `review_before_action_completed`, `missing_closure`, `closed_before_review`, `action_done_without_date`, `duplicate_action_id`, `unknown_audit`, `unknown_finding`)
 * @category Cycle
 * @example
 * ```ts
 * validateNonconformities(doc.nonconformities.map((nc) => ({ ...nc, status: "closed" as const }))).map((found) => found.code);
 * // ["actions_not_done", "closed_without_effectiveness_review", "missing_closure"]: NC-2026-02 is not ready
 * ```
 */
export function validateNonconformities(
  nonconformities: readonly Nonconformity[],
  options: ValidateNonconformitiesOptions = {},
): IsmsIssue[] {
  try {
    const found = duplicateIdIssues(
      nonconformities.map((nc) => nc.id),
      "duplicate_nonconformity_id",
      "Nonconformity",
      (index) => [index, "id"],
    );
    nonconformities.forEach((nc, index) => {
      const at = (...rest: (string | number)[]) => [index, ...rest];
      if (reached(nc.status, "correction_done") && nc.correction === undefined) {
        found.push(issue("missing_correction", `Nonconformity ${nc.id} is ${nc.status} but records no correction.`, at("correction")));
      }
      if (reached(nc.status, "root_cause_found") && nc.rootCause === undefined) {
        found.push(issue("missing_root_cause", `Nonconformity ${nc.id} is ${nc.status} but records no root cause.`, at("rootCause")));
      }
      if (reached(nc.status, "action_planned") && nc.correctiveActions.length === 0) {
        found.push(issue("missing_corrective_action", `Nonconformity ${nc.id} is ${nc.status} but has no corrective action.`, at("correctiveActions")));
      }
      const live = nc.correctiveActions.filter((action) => action.status !== "cancelled");
      if (reached(nc.status, "action_done") && live.some((action) => action.status !== "done")) {
        found.push(issue("actions_not_done", `Nonconformity ${nc.id} is ${nc.status} but some corrective actions are not done.`, at("correctiveActions")));
      }
      if (reached(nc.status, "action_done") && nc.correctiveActions.length > 0 && live.length === 0) {
        found.push(
          issue("no_live_corrective_action", `Nonconformity ${nc.id} is ${nc.status} but every corrective action is cancelled.`, at("correctiveActions")),
        );
      }
      if (reached(nc.status, "effective") && nc.effectivenessReview?.effective !== true) {
        found.push(
          issue(
            "closed_without_effectiveness_review",
            `Nonconformity ${nc.id} is ${nc.status} without an effectiveness review that found the actions effective.`,
            at("effectivenessReview"),
          ),
        );
      }
      const completed = latestCompletion(nc);
      const review = nc.effectivenessReview;
      if (reached(nc.status, "effective") && review !== undefined && completed !== undefined && review.date < completed) {
        found.push(
          issue(
            "review_before_action_completed",
            `Nonconformity ${nc.id}: the effectiveness review (${review.date}) is dated before the last corrective action was completed (${completed}).`,
            at("effectivenessReview", "date"),
          ),
        );
      }
      if (nc.status === "closed" && nc.closure === undefined) {
        found.push(issue("missing_closure", `Nonconformity ${nc.id} is closed but records no closure date and person.`, at("closure")));
      }
      if (nc.status === "closed" && nc.closure !== undefined && review !== undefined && nc.closure.date < review.date) {
        found.push(
          issue("closed_before_review", `Nonconformity ${nc.id} was closed (${nc.closure.date}) before its effectiveness review (${review.date}).`, at("closure", "date")),
        );
      }
      nc.correctiveActions.forEach((action, a) => {
        if (action.status === "done" && action.completed === undefined) {
          found.push(issue("action_done_without_date", `Corrective action ${action.id} is done but has no completion date.`, at("correctiveActions", a, "completed")));
        }
      });
      found.push(
        ...duplicateIdIssues(
          nc.correctiveActions.map((action) => action.id),
          "duplicate_action_id",
          "Corrective action",
          (a) => at("correctiveActions", a, "id"),
        ),
      );
      if (options.audits !== undefined && nc.source.kind === "audit") {
        const { audit: auditId, finding } = nc.source;
        const audit = options.audits.find((candidate) => candidate.id === auditId);
        if (audit === undefined) {
          found.push(issue("unknown_audit", `Nonconformity ${nc.id} names audit ${auditId}, which does not exist.`, at("source", "audit")));
        } else if (finding !== undefined && !audit.findings.some((candidate) => candidate.id === finding)) {
          found.push(issue("unknown_finding", `Nonconformity ${nc.id} names finding ${finding}, which audit ${auditId} does not have.`, at("source", "finding")));
        }
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateNonconformities", error);
  }
}
