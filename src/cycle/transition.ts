import { produce, argumentError } from "../core/_internal/index.js";
import { err, IsmsError, isIsoDate, issue, ok, type IsmsIssue, type IsoDate, type Party, type Result } from "../core/index.js";
import type { PdcaGuardFacts } from "./checkExitCriteria.js";
import { evaluateGuards, findTransition } from "./_internal/guards.js";
import type { ExitCriteriaResult, PdcaCycle, PdcaEvent, PdcaHistoryEntry } from "./pdca.js";

/**
 * Options of {@link transition}: the guard input (facts, or a guard result computed
 * earlier with {@link checkExitCriteria}), the date of the transition and who made it.
 *
 * @category Cycle
 * @example
 * ```ts
 * const options: TransitionOptions = { guards: pdcaFacts(doc, "2026-11-27"), date: "2026-11-27", by: "CISO" };
 * const next = transition(doc.cycle, "start_improvement", options);
 * next.ok ? next.value.phase : next.error.map((found) => found.code);
 * // ["no_internal_audit_in_cycle", "no_management_review_in_cycle"]
 * ```
 */
export interface TransitionOptions {
  /** Facts for the exit criteria of the current phase, or a result precomputed with {@link checkExitCriteria} for that same phase. */
  readonly guards: PdcaGuardFacts | ExitCriteriaResult;
  /** The date the next phase is entered; not earlier than the last history entry. */
  readonly date: IsoDate;
  /** Who made the transition. */
  readonly by?: Party;
}

/**
 * Applies an event to the cycle: checks that the event is legal in the current phase, that
 * the date is not before the last transition and that the current phase's exit criteria
 * pass, then enters the next phase and records it in the history with the guard evidence.
 * A precomputed guard result counts only if it lists exactly the exit criteria of the
 * current phase (each once, met or missing) and passes only when nothing is missing;
 * anything else, such as the result of another phase, is refused with `guard_result_mismatch`.
 * `restart` (act → plan) increments the cycle number. A refused event is never ignored: it
 * returns the reasons, one issue per missing criterion.
 *
 * @param cycle - the current cycle (not changed)
 * @param event - the event
 * @param options - guards, date and person
 * @returns the next cycle, or the issues that refuse the event (`illegal_event`, `date_before_last_transition`, `guard_result_mismatch`, or the codes of the missing criteria)
 * @throws {@link IsmsError} `invalid_date` when `options.date` is not a calendar date
 * @category Cycle
 * @example
 * ```ts
 * const facts = pdcaFacts(createStarterIsms({ organisation: "Northwind", date: "2026-01-05" }), "2026-03-01");
 * const next = transition(createCycle("2026-01-05"), "start_operation", { guards: facts, date: "2026-03-01" });
 * if (next.ok) next.value.phase; // "do"
 * else next.error.map((found) => found.code); // a starter is not ready: ["missing_scope", "missing_approved_policy", …]
 * ```
 */
export function transition(cycle: PdcaCycle, event: PdcaEvent, options: TransitionOptions): Result<PdcaCycle, IsmsIssue[]> {
  try {
    if (!isIsoDate(options.date)) throw new IsmsError("invalid_date", `"${options.date}" is not a calendar date in the form YYYY-MM-DD`);
    const row = findTransition(cycle.phase, event);
    if (row === undefined) {
      return err([issue("illegal_event", `Event "${event}" is not allowed in the ${cycle.phase} phase.`, ["phase"])]);
    }
    const last = cycle.history[cycle.history.length - 1];
    if (last !== undefined && options.date < last.entered) {
      return err([
        issue(
          "date_before_last_transition",
          `The transition date ${options.date} is before ${last.entered}, when the ${last.phase} phase was entered.`,
          ["history", cycle.history.length - 1, "entered"],
        ),
      ]);
    }
    const evidence = evaluateGuards(cycle.phase, options.guards);
    if (!evidence.passed) {
      return err(evidence.missing.map((item) => issue(item.code, item.message, ["phase"])));
    }
    const nextNumber = row.nextCycle ? cycle.cycle + 1 : cycle.cycle;
    const entry: PdcaHistoryEntry = {
      cycle: nextNumber,
      phase: row.to,
      entered: options.date,
      event,
      ...(options.by === undefined ? {} : { by: options.by }),
      evidence: { passed: evidence.passed, met: [...evidence.met], missing: [...evidence.missing] },
    };
    return ok(
      produce(cycle, (draft) => {
        draft.cycle = nextNumber;
        draft.phase = row.to;
        draft.history.push(entry);
      }),
    );
  } catch (error) {
    throw argumentError("transition", error);
  }
}
