import { compareDates, issue, type IsmsIssue, type IsoDate } from "../../core/index.js";
import type { PlanApproval, RiskAcceptance } from "../decision.js";
import { signatories } from "./decisions.js";
import { sameParty } from "../../core/_internal/index.js";

/**
 * Rules every approval and acceptance keeps, whatever it decides on; with `asOf`, neither
 * the decision nor a co-signature may be dated after that day (`decision_in_future`).
 */
export function signatureIssues(decision: PlanApproval | RiskAcceptance, asOf?: IsoDate): IsmsIssue[] {
  const found: IsmsIssue[] = [];
  const requester = decision.requestedBy;
  if (requester !== undefined && signatories(decision).some((signer) => sameParty(signer.decidedBy, requester))) {
    found.push(issue("requester_is_approver", `Decision ${decision.id} was requested by ${requester}, who also decided it.`, ["requestedBy"]));
  }
  if (decision.expires !== undefined && compareDates(decision.expires, decision.date) < 0) {
    found.push(issue("expires_before_decision", `Decision ${decision.id} expires on ${decision.expires}, before it was made on ${decision.date}.`, ["expires"]));
  }
  if (asOf !== undefined) {
    const noun = decision.kind === "plan_approval" ? "Approval" : "Acceptance";
    if (compareDates(decision.date, asOf) > 0) {
      found.push(issue("decision_in_future", `${noun} ${decision.id} is dated ${decision.date}, after ${asOf}.`, ["date"]));
    }
    (decision.cosigners ?? []).forEach((cosigner, c) => {
      if (cosigner.date !== undefined && compareDates(cosigner.date, asOf) > 0) {
        found.push(issue("decision_in_future", `${cosigner.decidedBy} signs ${noun.toLowerCase()} ${decision.id} on ${cosigner.date}, after ${asOf}.`, ["cosigners", c, "date"]));
      }
    });
  }
  return found;
}
