import { addDays, addMonths, compareDates, issue, type DecisionId, type IsmsIssue, type IsoDate } from "../core/index.js";
import { evaluateLevel, type Methodologies, type Rating, type Risk } from "../risk/index.js";
import type { Decision, FrozenRating, RiskAcceptance } from "./decision.js";
import { signatureIssues, sameParty } from "./_internal/checks.js";
import { revocationsByTarget, signatories } from "./_internal/decisions.js";
import { tryScore } from "./_internal/methodologies.js";

/**
 * What {@link acceptanceStatus} needs besides the decision.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: AcceptanceStatusOptions = { risks, methodologies, decisions, asOf: "2026-11-27" };
 * ```
 */
export interface AcceptanceStatusOptions {
  /** The risk register. */
  readonly risks: readonly Risk[];
  /** The methodology versions held. */
  readonly methodologies: Methodologies;
  /** All decisions (revocations are looked up here). */
  readonly decisions: readonly Decision[];
  /** The day to judge on. */
  readonly asOf: IsoDate;
}

/**
 * Where a residual-risk acceptance stands on a given day.
 *
 * @category Treatment
 * @example
 * ```ts
 * const status: AcceptanceStatus = acceptanceStatus(decision, options);
 * if (!status.valid) console.log(status.invalidReasons.map((found) => found.code));
 * ```
 */
export interface AcceptanceStatus {
  /** It holds: not stale, expired or revoked, and no invalid reason. */
  readonly valid: boolean;
  /** The risk's residual rating differs from the frozen one (or the risk has none, or is unknown). */
  readonly stale: boolean;
  /** `asOf` is after the expiry date. */
  readonly expired: boolean;
  /** A revocation dated on or before `asOf` revokes it. */
  readonly revoked: boolean;
  /** The revoking decision. */
  readonly revokedBy: DecisionId | undefined;
  /** The level of risk of the frozen rating under its methodology version, when it can be scored. */
  readonly level: string | undefined;
  /** When it is to be reviewed: `reviewBy`, else the decision date plus the criteria's review interval for the level. */
  readonly reviewDue: IsoDate | undefined;
  /** Why it is not valid whatever the day: unknown risk or methodology, level mismatch, authority, requester, compensating controls, dates. */
  readonly invalidReasons: readonly IsmsIssue[];
}

/**
 * Whether a frozen rating and a risk's rating are the same: same likelihood, consequence
 * and methodology id and version.
 *
 * @param frozen - the rating an acceptance was decided on
 * @param rating - the risk's rating now, if any
 * @returns `true` when they are the same
 * @category Treatment
 * @example
 * ```ts
 * sameRating(acceptance.rating, risk.ratings.residual); // false once the residual changed
 * ```
 */
export function sameRating(frozen: FrozenRating, rating: Pick<Rating, "likelihood" | "consequence" | "methodology"> | undefined): boolean {
  return (
    rating !== undefined &&
    frozen.likelihood === rating.likelihood &&
    frozen.consequence === rating.consequence &&
    frozen.methodology.id === rating.methodology.id &&
    frozen.methodology.version === rating.methodology.version
  );
}

/**
 * Judges a residual-risk acceptance (6.1.3 f) on a day: stale when the risk's residual
 * rating differs from the frozen one, expired after its expiry date, revoked by a later
 * record, and invalid when the signers lack a role the methodology's acceptance criteria
 * require for the level (`insufficient_authority`), when the requester is a signer
 * (`requester_is_approver`), when required compensating controls are missing
 * (`compensating_controls_missing`), when the frozen level is not the rating's level
 * (`level_mismatch`), or when the risk or methodology version is unknown. Roles and
 * parties compare case-insensitively.
 *
 * @param decision - a `risk_acceptance` record
 * @param options - risks, methodologies, decisions and `asOf`
 * @returns the status
 * @category Treatment
 * @example
 * ```ts
 * acceptanceStatus(acceptance, { risks, methodologies, decisions, asOf: "2026-11-27" }).stale;
 * ```
 */
export function acceptanceStatus(decision: RiskAcceptance, options: AcceptanceStatusOptions): AcceptanceStatus {
  const invalidReasons: IsmsIssue[] = signatureIssues(decision);
  const risk = options.risks.find((candidate) => candidate.id === decision.risk);
  if (!risk) invalidReasons.push(issue("unknown_risk", `Acceptance ${decision.id} names unknown risk ${decision.risk}.`, ["risk"]));
  const stale = !sameRating(decision.rating, risk?.ratings.residual);
  const expired = decision.expires !== undefined && compareDates(options.asOf, decision.expires) > 0;
  const revokedBy = revocationsByTarget(options.decisions, options.asOf).get(decision.id)?.id;
  const scored = tryScore(options.methodologies, decision.rating);
  let level: string | undefined;
  let reviewDue: IsoDate | undefined = decision.reviewBy;
  if (!scored) {
    invalidReasons.push(
      issue(
        "unknown_methodology",
        `Acceptance ${decision.id} was decided on a rating that cannot be scored: methodology ${decision.rating.methodology.id} v${decision.rating.methodology.version} is not held or a key is not on its scale.`,
        ["rating"],
      ),
    );
  } else {
    level = scored.score.level.key;
    if (level !== decision.level) {
      invalidReasons.push(issue("level_mismatch", `Acceptance ${decision.id} records level ${decision.level}, but its rating scores ${level}.`, ["level"]));
    }
    const criteria = evaluateLevel(scored.methodology, level)!;
    const held = signatories(decision).map((signer) => signer.role);
    const missing = criteria.authority.filter((role) => !held.some((candidate) => sameParty(candidate, role)));
    if (missing.length > 0) {
      invalidReasons.push(
        issue("insufficient_authority", `Accepting a ${level} risk requires ${criteria.authority.join(", ")}; missing: ${missing.join(", ")}.`, ["role"]),
      );
    }
    if (criteria.compensatingControlsRequired && (decision.compensatingControls ?? []).length === 0) {
      invalidReasons.push(
        issue("compensating_controls_missing", `Accepting a ${level} risk requires compensating controls; acceptance ${decision.id} names none.`, ["compensatingControls"]),
      );
    }
    if (reviewDue === undefined && criteria.review) {
      reviewDue = criteria.review.unit === "months" ? addMonths(decision.date, criteria.review.every) : addDays(decision.date, criteria.review.every);
    }
  }
  const revoked = revokedBy !== undefined;
  return {
    valid: invalidReasons.length === 0 && !stale && !expired && !revoked,
    stale,
    expired,
    revoked,
    revokedBy,
    level,
    reviewDue,
    invalidReasons,
  };
}
