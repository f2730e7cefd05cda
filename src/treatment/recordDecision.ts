import type { Draft } from "immer";
import { produce, deepEqual, argumentError } from "../core/_internal/index.js";
import { err, ok, type Result } from "../core/index.js";
import type { Decision } from "./decision.js";
import { single } from "./_internal/single.js";

/**
 * Appends a risk owner's decision record (6.1.3 f). Records are never edited or removed:
 * recording a decision equal to the one held under its id changes nothing and returns the
 * same reference; a different decision under a taken id is `duplicate_decision_id`. A
 * revocation must name an earlier decision that is not itself a revocation and is not
 * already revoked (`unknown_decision`, `cannot_revoke_revocation`, `already_revoked`).
 *
 * @param decisions - the decision records
 * @param decision - the new record
 * @returns the new list, or the issue
 * @category Treatment
 * @example
 * ```ts
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-23");
 * const next = plan && recordDecision(doc.decisions, {
 *   kind: "plan_approval", id: DecisionIdSchema.parse("D-200"), plan: plan.id, decidedBy: "CTO",
 *   role: "Risk owner", date: "2026-11-27", rationale: "Proportionate", planFingerprint: planFingerprint(plan),
 * });
 * if (next?.ok) next.value.length; // 44: one record appended, none edited
 * ```
 */
export function recordDecision(decisions: readonly Decision[], decision: Decision): Result<readonly Decision[]> {
  try {
    const taken = decisions.findIndex((existing) => existing.id === decision.id);
    if (taken !== -1) {
      if (deepEqual(decisions[taken], decision)) return ok(decisions);
      return err(single("duplicate_decision_id", `Decision id ${decision.id} is already used by the record at index ${taken}.`, [taken, "id"]));
    }
    if (decision.kind === "revocation") {
      const target = decisions.find((existing) => existing.id === decision.revokes);
      if (!target) return err(single("unknown_decision", `There is no decision ${decision.revokes} to revoke.`, ["revokes"]));
      if (target.kind === "revocation") return err(single("cannot_revoke_revocation", `Decision ${target.id} is a revocation; record a new decision instead.`, ["revokes"]));
      const earlier = decisions.find((existing) => existing.kind === "revocation" && existing.revokes === target.id);
      if (earlier) return err(single("already_revoked", `Decision ${target.id} was already revoked by ${earlier.id}.`, ["revokes"]));
    }
    const copy = structuredClone(decision);
    return ok(
      produce(decisions, (draft) => {
        draft.push(copy as Draft<Decision>);
      }),
    );
  } catch (error) {
    throw argumentError("recordDecision", error);
  }
}
