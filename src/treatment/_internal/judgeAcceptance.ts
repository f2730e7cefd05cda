import { addDays, addMonths, compareDates, issue, type DecisionId, type IsmsIssue, type IsoDate } from "../../core/index.js";
import { evaluateLevel, type Methodologies, type Risk } from "../../risk/index.js";
import type { AcceptanceStatus } from "../acceptanceStatus.js";
import type { Revocation, RiskAcceptance } from "../decision.js";
import { sameRating } from "../sameRating.js";
import { signatureIssues } from "./checks.js";
import { sameParty } from "../../core/_internal/index.js";
import { signatories } from "./decisions.js";
import { tryScore, type Scorer } from "./methodologies.js";

/** Looked-up context of one acceptance, so that loops over many decisions look things up once. */
export interface AcceptanceLookup {
  readonly risk: Risk | undefined;
  readonly methodologies: Methodologies;
  readonly revocations: ReadonlyMap<DecisionId, Revocation>;
  /** The day to judge on; without one, expiry and dates in the future are not judged. */
  readonly asOf: IsoDate | undefined;
  /** tryScore over `methodologies`, remembered across one validator's many decisions (tryScore itself without it). */
  readonly score?: Scorer | undefined;
}

/**
 * Whether each required role can be given to a different signer (a bipartite matching, found
 * by augmenting paths; criteria name a handful of roles). Signers are people, compared as
 * parties, so one person signing twice in two roles covers only one of them.
 */
function rolesCoveredByDistinctPeople(required: readonly string[], signers: readonly { readonly decidedBy: string; readonly role: string }[]): boolean {
  const people: { readonly name: string; readonly roles: string[] }[] = [];
  for (const signer of signers) {
    const known = people.find((person) => sameParty(person.name, signer.decidedBy));
    if (known) known.roles.push(signer.role);
    else people.push({ name: signer.decidedBy, roles: [signer.role] });
  }
  // holder[person] is the index of the role that person is given, -1 for none.
  const holder = people.map(() => -1);
  const assign = (role: string, visited: boolean[]): boolean => {
    for (const [index, person] of people.entries()) {
      if (visited[index] === true || !person.roles.some((held) => sameParty(held, role))) continue;
      visited[index] = true;
      const previous = required[holder[index] ?? -1];
      if (previous === undefined || assign(previous, visited)) {
        holder[index] = required.indexOf(role);
        return true;
      }
    }
    return false;
  };
  return required.every((role) => assign(role, people.map(() => false)));
}

/** `acceptanceStatus` with the risk and revocations already looked up. */
export function judgeAcceptance(decision: RiskAcceptance, lookup: AcceptanceLookup): AcceptanceStatus {
  const invalidReasons: IsmsIssue[] = signatureIssues(decision, lookup.asOf);
  const risk = lookup.risk;
  if (!risk) invalidReasons.push(issue("unknown_risk", `Acceptance ${decision.id} names unknown risk ${decision.risk}.`, ["risk"]));
  const stale = !sameRating(decision.rating, risk?.ratings.residual);
  const asOf = lookup.asOf;
  const expired = asOf !== undefined && decision.expires !== undefined && compareDates(asOf, decision.expires) > 0;
  const revokedBy = lookup.revocations.get(decision.id)?.id;
  const scored = lookup.score === undefined ? tryScore(lookup.methodologies, decision.rating) : lookup.score(decision.rating);
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
    const signers = signatories(decision);
    const required = criteria.authority.filter((role, r) => criteria.authority.findIndex((other) => sameParty(other, role)) === r);
    const missing = required.filter((role) => !signers.some((signer) => sameParty(signer.role, role)));
    if (missing.length > 0) {
      invalidReasons.push(
        issue("insufficient_authority", `Accepting a ${level} risk requires ${criteria.authority.join(", ")}; missing: ${missing.join(", ")}.`, ["role"]),
      );
    } else if (!rolesCoveredByDistinctPeople(required, signers)) {
      invalidReasons.push(
        issue(
          "same_person_multiple_roles",
          `Accepting a ${level} risk requires ${required.join(", ")}, each signed by a different person; in acceptance ${decision.id} one person signs for more than one of them.`,
          ["cosigners"],
        ),
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
