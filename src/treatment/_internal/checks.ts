import { compareDates, issue, type IsmsIssue } from "../../core/index.js";
import type { PlanApproval, RiskAcceptance } from "../decision.js";
import { signatories } from "./decisions.js";

/** Compares two parties ignoring case and surrounding white space. */
export function sameParty(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Rules every approval and acceptance keeps, whatever it decides on. */
export function signatureIssues(decision: PlanApproval | RiskAcceptance): IsmsIssue[] {
  const found: IsmsIssue[] = [];
  const requester = decision.requestedBy;
  if (requester !== undefined && signatories(decision).some((signer) => sameParty(signer.decidedBy, requester))) {
    found.push(issue("requester_is_approver", `Decision ${decision.id} was requested by ${requester}, who also decided it.`, ["requestedBy"]));
  }
  if (decision.expires !== undefined && compareDates(decision.expires, decision.date) < 0) {
    found.push(issue("expires_before_decision", `Decision ${decision.id} expires on ${decision.expires}, before it was made on ${decision.date}.`, ["expires"]));
  }
  return found;
}
