import { compareDates, daysBetween, type IsoDate } from "../core/index.js";
import type { Methodologies, Risk } from "../risk/index.js";
import type { AcceptanceStatus } from "./acceptanceStatus.js";
import type { Decision, RiskAcceptance } from "./decision.js";
import { revocationsByTarget } from "./_internal/decisions.js";
import { judgeAcceptance } from "./_internal/judgeAcceptance.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Why an acceptance needs a risk owner's attention: `stale` (the residual rating changed),
 * `expired`, `expiring` (expires within the window), `review_due` (review date within the
 * window or past), `invalid` (see {@link AcceptanceStatus.invalidReasons}).
 *
 * @category Treatment
 * @example
 * ```ts
 * const reason: AttentionReason = "review_due";
 * ```
 */
export type AttentionReason = "stale" | "expired" | "expiring" | "review_due" | "invalid";

/**
 * An acceptance that needs attention, with its status and the reasons.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options = { risks: doc.risks, methodologies: doc.methodologies, asOf: "2026-11-27" };
 * const item: AcceptanceAttention | undefined = listAcceptancesNeedingAttention(doc.decisions, options)[0];
 * item?.reasons; // ["review_due"]
 * ```
 */
export interface AcceptanceAttention {
  /** The acceptance. */
  readonly decision: RiskAcceptance;
  /** Its status on `asOf`. */
  readonly status: AcceptanceStatus;
  /** Why it needs attention, in the order stale, expired, expiring, review_due, invalid. */
  readonly reasons: readonly AttentionReason[];
}

/**
 * Options of {@link listAcceptancesNeedingAttention}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: ListAcceptancesNeedingAttentionOptions = { risks: doc.risks, methodologies: doc.methodologies, asOf: "2026-11-27", withinDays: 90 };
 * listAcceptancesNeedingAttention(doc.decisions, options).length; // 10
 * ```
 */
export interface ListAcceptancesNeedingAttentionOptions {
  /** The risk register. */
  readonly risks: readonly Risk[];
  /** The methodology versions held. */
  readonly methodologies: Methodologies;
  /** The day to judge on. */
  readonly asOf: IsoDate;
  /** How many days ahead expiry and review dates count as due; 30 when absent. */
  readonly withinDays?: number;
}

/**
 * The residual-risk acceptances a risk owner has to look at (6.1.3 f, 8.2): stale, expired,
 * expiring or due for review within `withinDays`, or invalid. Only each risk's latest
 * acceptance that is not revoked counts (a newer acceptance supersedes an older one);
 * revocations, approvals and revoked acceptances are left out. In record order.
 *
 * @param decisions - all decisions
 * @param options - risks, methodologies, `asOf` and the window
 * @returns the acceptances needing attention
 * @category Treatment
 * @example
 * ```ts
 * listAcceptancesNeedingAttention(doc.decisions, { risks: doc.risks, methodologies: doc.methodologies, asOf: "2026-11-27", withinDays: 30 })
 *   .map((item) => `${item.decision.risk}: ${item.reasons.join(", ")}`);
 * // ["R-04: review_due", "R-07: review_due", "R-19: review_due", "R-20: stale, review_due"]
 * ```
 */
export function listAcceptancesNeedingAttention(decisions: readonly Decision[], options: ListAcceptancesNeedingAttentionOptions): readonly AcceptanceAttention[] {
  try {
    const within = options.withinDays ?? 30;
    const risks = new Map<string, Risk>(options.risks.map((risk) => [risk.id, risk]));
    const revocations = revocationsByTarget(decisions, options.asOf);
    const latest = new Map<string, { decision: RiskAcceptance; status: AcceptanceStatus }>();
    for (const decision of decisions) {
      if (decision.kind !== "risk_acceptance") continue;
      const status = judgeAcceptance(decision, { risk: risks.get(decision.risk), methodologies: options.methodologies, revocations, asOf: options.asOf });
      if (status.revoked) continue;
      const previous = latest.get(decision.risk);
      if (!previous || compareDates(decision.date, previous.decision.date) >= 0) latest.set(decision.risk, { decision, status });
    }
    const found: AcceptanceAttention[] = [];
    for (const decision of decisions) {
      if (decision.kind !== "risk_acceptance") continue;
      const chosen = latest.get(decision.risk);
      if (chosen?.decision !== decision) continue;
      const { status } = chosen;
      const reasons: AttentionReason[] = [];
      if (status.stale) reasons.push("stale");
      if (status.expired) reasons.push("expired");
      else if (decision.expires !== undefined && daysBetween(options.asOf, decision.expires) <= within) reasons.push("expiring");
      if (status.reviewDue !== undefined && daysBetween(options.asOf, status.reviewDue) <= within) reasons.push("review_due");
      if (status.invalidReasons.length > 0) reasons.push("invalid");
      if (reasons.length > 0) found.push({ decision, status, reasons });
    }
    return found;
  } catch (error) {
    throw argumentError("listAcceptancesNeedingAttention", error);
  }
}
