import { addDays, addMonths, compareDates, issue, type DecisionId, type IsmsIssue, type IsoDate } from "../../core/index.js";
import { evaluateLevel, type Methodologies, type Risk } from "../../risk/index.js";
import type { AcceptanceStatus } from "../acceptanceStatus.js";
import type { Revocation, RiskAcceptance } from "../decision.js";
import { sameRating } from "../sameRating.js";
import { signatureIssues, sameParty } from "./checks.js";
import { signatories } from "./decisions.js";
import { tryScore } from "./methodologies.js";

/** Looked-up context of one acceptance, so that loops over many decisions look things up once. */
export interface AcceptanceLookup {
  readonly risk: Risk | undefined;
  readonly methodologies: Methodologies;
  readonly revocations: ReadonlyMap<DecisionId, Revocation>;
  readonly asOf: IsoDate;
}

/** `acceptanceStatus` with the risk and revocations already looked up. */
export function judgeAcceptance(decision: RiskAcceptance, lookup: AcceptanceLookup): AcceptanceStatus {
  const invalidReasons: IsmsIssue[] = signatureIssues(decision);
  const risk = lookup.risk;
  if (!risk) invalidReasons.push(issue("unknown_risk", `Acceptance ${decision.id} names unknown risk ${decision.risk}.`, ["risk"]));
  const stale = !sameRating(decision.rating, risk?.ratings.residual);
  const expired = decision.expires !== undefined && compareDates(lookup.asOf, decision.expires) > 0;
  const revokedBy = lookup.revocations.get(decision.id)?.id;
  const scored = tryScore(lookup.methodologies, decision.rating);
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
