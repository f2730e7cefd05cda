import { compareDates, issue, prefixIssues, type IsmsIssue, type IsoDate } from "../core/index.js";
import type { Methodologies, Risk } from "../risk/index.js";
import type { Decision } from "./decision.js";
import { judgeApproval } from "./_internal/judgeApproval.js";
import type { TreatmentPlan } from "./plan.js";
import { sameParty, argumentError, at, recordsById } from "../core/_internal/index.js";
import { revocationsByTarget, signatories } from "./_internal/decisions.js";
import { judgeAcceptance } from "./_internal/judgeAcceptance.js";
import { scorerOf } from "./_internal/methodologies.js";

/**
 * What {@link validateDecisions} checks decisions against.
 *
 * @category Treatment
 * @example
 * ```ts
 * const context: ValidateDecisionsContext = { risks: doc.risks, plans: doc.treatmentPlans, methodologies: doc.methodologies, asOf: "2026-11-27" };
 * validateDecisions(doc.decisions, context).map((found) => found.code);
 * // ["acceptance_stale"]: R-20 was re-rated after its residual risk was accepted
 * ```
 */
export interface ValidateDecisionsContext {
  /** The risk register. */
  readonly risks: readonly Risk[];
  /** The treatment plans. */
  readonly plans: readonly TreatmentPlan[];
  /** The methodology versions held. */
  readonly methodologies: Methodologies;
  /** When given, expiry and review dates are judged on this day. */
  readonly asOf?: IsoDate | undefined;
}

/**
 * Validates the risk owners' decision records (6.1.3 f) and returns every issue at once,
 * paths relative to the array. Codes (errors unless marked): `duplicate_decision_id`;
 * approvals: `unknown_plan`, `approval_stale` (warning: the plan changed since),
 * `approval_without_fingerprint` (warning: no `planFingerprint`, so the approval can never
 * go stale), `approval_expired`, `approver_not_risk_owner` (warning: a risk owner of the plan did not
 * sign); frozen `ratings` of approvals: `approval_rating_not_in_plan` (a rating for a risk the
 * plan does not treat), `duplicate_approval_rating` (a risk rated twice), `unknown_methodology`
 * (the rating cannot be scored), `approval_rating_missing` (warning: ratings were recorded but
 * not for one of the plan's risks), `approval_rating_stale` (warning: the risk's current rating
 * is no longer the one the plan was approved on); acceptances: `unknown_risk`, `unknown_plan`, `unknown_methodology`,
 * `level_mismatch`, `insufficient_authority`, `same_person_multiple_roles` (the required
 * roles are all signed, but not each by a different person), `compensating_controls_missing`,
 * `acceptance_stale` (warning: the residual rating changed since), `acceptance_expired`,
 * `review_overdue` (warning); both: `requester_is_approver`, `expires_before_decision`,
 * `decision_in_future` (dated, or co-signed, after `asOf`; only when `asOf` is given);
 * revocations: `unknown_decision`, `cannot_revoke_revocation`, `revocation_before_decision`,
 * `duplicate_revocation` (warning). Revoked decisions are not reported as stale or expired:
 * they are history. Without `asOf`, every revocation counts and expiry, review dates and
 * dates in the future are not judged.
 *
 * @param decisions - the decision records
 * @param context - risks, plans, methodologies and `asOf`
 * @returns issues (empty when every record is sound)
 * @category Treatment
 * @example
 * ```ts
 * validateDecisions(doc.decisions, {
 *   risks: doc.risks, plans: doc.treatmentPlans, methodologies: doc.methodologies, asOf: "2026-11-27",
 * }).map((found) => found.code); // ["acceptance_stale"]
 * ```
 */
export function validateDecisions(decisions: readonly Decision[], context: ValidateDecisionsContext): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const byId = new Map<string, Decision>();
    for (const decision of decisions) if (!byId.has(decision.id)) byId.set(decision.id, decision);
    const plans = recordsById(context.plans, context);
    const risks = recordsById(context.risks, context);
    const seen = new Set<string>();
    const revokedTargets = new Set<string>();
    const asOf = context.asOf;
    const revocations = revocationsByTarget(decisions, asOf);
    const score = scorerOf(context.methodologies);

    for (let d = 0; d < decisions.length; d += 1) {
      const decision = at(decisions, d);
      if (seen.has(decision.id)) found.push(issue("duplicate_decision_id", `Decision id ${decision.id} is used more than once.`, [d, "id"]));
      seen.add(decision.id);
      switch (decision.kind) {
        case "plan_approval": {
          const plan = plans.get(decision.plan);
          if (!plan) {
            found.push(issue("unknown_plan", `Approval ${decision.id} names unknown plan ${decision.plan}.`, [d, "plan"]));
            break;
          }
          const status = judgeApproval(decision, plan, revocations, asOf, undefined, risks);
          found.push(...prefixIssues(status.invalidReasons, [d]));
          const frozen = decision.ratings ?? [];
          const rated = new Set<string>();
          frozen.forEach(({ risk, rating }, r) => {
            if (!plan.risks.includes(risk)) {
              found.push(issue("approval_rating_not_in_plan", `Approval ${decision.id} records a rating for risk ${risk}, which plan ${plan.id} does not treat.`, [d, "ratings", r, "risk"]));
            } else if (rated.has(risk)) {
              found.push(issue("duplicate_approval_rating", `Approval ${decision.id} records more than one rating for risk ${risk}.`, [d, "ratings", r, "risk"]));
            }
            rated.add(risk);
            if (!score(rating)) {
              found.push(
                issue(
                  "unknown_methodology",
                  `Approval ${decision.id} froze a rating of risk ${risk} that cannot be scored: methodology ${rating.methodology.id} v${rating.methodology.version} is not held or a key is not on its scale.`,
                  [d, "ratings", r, "rating"],
                ),
              );
            }
          });
          if (status.revoked) break;
          if (decision.ratings !== undefined) {
            for (const riskId of new Set(plan.risks)) {
              if (rated.has(riskId) || !risks.has(riskId)) continue;
              found.push(
                issue(
                  "approval_rating_missing",
                  `Approval ${decision.id} records ratings, but none for risk ${riskId} of plan ${plan.id} (it had no current rating when approved, or the plan treats it since).`,
                  [d, "ratings"],
                  "warning",
                ),
              );
            }
          }
          for (const riskId of status.changedRatings) {
            const r = frozen.findIndex((entry) => entry.risk === riskId);
            const rating = frozen[r]?.rating;
            if (rating === undefined) continue;
            const now = risks.get(riskId)?.ratings.current;
            const under = now && (now.methodology.id !== rating.methodology.id || now.methodology.version !== rating.methodology.version);
            const described = now ? `${now.likelihood} × ${now.consequence}${under ? ` under ${now.methodology.id} v${now.methodology.version}` : ""}` : "no current rating";
            found.push(
              issue(
                "approval_rating_stale",
                `Risk ${riskId} was rated ${rating.likelihood} × ${rating.consequence} when plan ${plan.id} was approved in ${decision.id}; it now has ${described}. The risk owner should look at the plan again.`,
                [d, "ratings", r, "rating"],
                "warning",
              ),
            );
          }
          if (decision.planFingerprint === undefined) {
            found.push(
              issue(
                "approval_without_fingerprint",
                `Approval ${decision.id} records no plan fingerprint, so a later change of plan ${plan.id} cannot make it stale; record planFingerprint(plan) when approving.`,
                [d, "planFingerprint"],
                "warning",
              ),
            );
          }
          if (status.stale) found.push(issue("approval_stale", `Plan ${plan.id} changed after approval ${decision.id}.`, [d, "planFingerprint"], "warning"));
          if (asOf !== undefined && status.expired) found.push(issue("approval_expired", `Approval ${decision.id} expired on ${decision.expires}.`, [d, "expires"]));
          const signers = signatories(decision);
          for (const riskId of plan.risks) {
            const owner = risks.get(riskId)?.owner;
            if (owner === undefined) continue;
            if (!signers.some((signer) => sameParty(signer.decidedBy, owner) || sameParty(signer.role, owner))) {
              found.push(issue("approver_not_risk_owner", `Risk ${riskId}'s owner ${owner} did not sign approval ${decision.id}.`, [d, "decidedBy"], "warning"));
            }
          }
          break;
        }
        case "risk_acceptance": {
          const status = judgeAcceptance(decision, { risk: risks.get(decision.risk), methodologies: context.methodologies, revocations, asOf, score });
          found.push(...prefixIssues(status.invalidReasons, [d]));
          if (decision.plan !== undefined && !plans.has(decision.plan)) {
            found.push(issue("unknown_plan", `Acceptance ${decision.id} names unknown plan ${decision.plan}.`, [d, "plan"]));
          }
          if (status.revoked || !risks.has(decision.risk)) break;
          if (status.stale) {
            found.push(issue("acceptance_stale", `Risk ${decision.risk}'s residual rating is no longer the one accepted in ${decision.id}.`, [d, "rating"], "warning"));
          }
          if (asOf === undefined) break;
          if (status.expired) found.push(issue("acceptance_expired", `Acceptance ${decision.id} of risk ${decision.risk} expired on ${decision.expires}.`, [d, "expires"]));
          if (status.reviewDue !== undefined && compareDates(asOf, status.reviewDue) > 0) {
            found.push(issue("review_overdue", `Acceptance ${decision.id} was due for review on ${status.reviewDue}.`, [d, "reviewBy"], "warning"));
          }
          break;
        }
        case "revocation": {
          const target = byId.get(decision.revokes);
          if (!target) {
            found.push(issue("unknown_decision", `Revocation ${decision.id} revokes unknown decision ${decision.revokes}.`, [d, "revokes"]));
            break;
          }
          if (target.kind === "revocation") {
            found.push(issue("cannot_revoke_revocation", `Revocation ${decision.id} revokes revocation ${target.id}; record a new decision instead.`, [d, "revokes"]));
          }
          if (compareDates(decision.date, target.date) < 0) {
            found.push(issue("revocation_before_decision", `Revocation ${decision.id} (${decision.date}) predates decision ${target.id} (${target.date}).`, [d, "date"]));
          }
          if (revokedTargets.has(target.id)) {
            found.push(issue("duplicate_revocation", `Decision ${target.id} is revoked more than once.`, [d, "revokes"], "warning"));
          }
          revokedTargets.add(target.id);
          break;
        }
        /* v8 ignore next 4 */
        default: {
          const unreachable: never = decision;
          throw new Error(`unknown decision ${JSON.stringify(unreachable)}`);
        }
      }
    }
    return found;
  } catch (error) {
    throw argumentError("validateDecisions", error);
  }
}
