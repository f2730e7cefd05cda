import type { DecisionId, IsoDate, Party, Result } from "../core/index.js";
import type { Decision, Revocation } from "./decision.js";
import { recordDecision } from "./recordDecision.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What {@link revokeDecision} records.
 *
 * @category Treatment
 * @example
 * ```ts
 * const input: RevokeDecisionInput = {
 *   id: DecisionIdSchema.parse("D-200"), revokes: DecisionIdSchema.parse("D-105"),
 *   decidedBy: "CTO", role: "Risk owner", date: "2026-11-27", reason: "Breach at the supplier",
 * };
 * revokeDecision(doc.decisions, input).ok; // true
 * revokeDecision(doc.decisions, { ...input, revokes: DecisionIdSchema.parse("D-090") }).ok; // false: already_revoked
 * ```
 */
export interface RevokeDecisionInput {
  /** Id of the revocation record. */
  readonly id: DecisionId;
  /** The decision revoked. */
  readonly revokes: DecisionId;
  /** Who revokes. */
  readonly decidedBy: Party;
  /** In what role. */
  readonly role: Party;
  /** When. */
  readonly date: IsoDate;
  /** Why. */
  readonly reason: string;
  /** Who asked for it. */
  readonly requestedBy?: Party;
}

/**
 * Revokes an approval or acceptance by appending a revocation record; the revoked record
 * stays as it was. Same rules and results as {@link recordDecision}.
 *
 * @param decisions - the decision records
 * @param input - the revocation
 * @returns the new list, or `unknown_decision`, `cannot_revoke_revocation`, `already_revoked`, `duplicate_decision_id`
 * @category Treatment
 * @example
 * ```ts
 * const next = revokeDecision(doc.decisions, {
 *   id: DecisionIdSchema.parse("D-200"), revokes: DecisionIdSchema.parse("D-105"),
 *   decidedBy: "CTO", role: "Risk owner", date: "2026-11-27", reason: "Supplier breach",
 * });
 * if (next.ok) next.value.at(-1)?.kind; // "revocation"
 * ```
 */
export function revokeDecision(decisions: readonly Decision[], input: RevokeDecisionInput): Result<readonly Decision[]> {
  try {
    const revocation: Revocation = {
      kind: "revocation",
      id: input.id,
      revokes: input.revokes,
      decidedBy: input.decidedBy,
      role: input.role,
      date: input.date,
      reason: input.reason,
      ...(input.requestedBy === undefined ? {} : { requestedBy: input.requestedBy }),
    };
    return recordDecision(decisions, revocation);
  } catch (error) {
    throw argumentError("revokeDecision", error);
  }
}
