import type { PdcaGuardFacts } from "./checkExitCriteria.js";
import { evaluateGuards, findTransition } from "./_internal/guards.js";
import type { ExitCriteriaResult, PdcaCycle, PdcaEvent } from "./pdca.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Whether an event is legal in the cycle's phase and the phase's exit criteria pass (the
 * date check of {@link transition} aside). A precomputed guard result that does not belong
 * to the current phase (see {@link transition}) gives `false`.
 *
 * @param cycle - the current cycle
 * @param event - the event
 * @param guards - facts, or a guard result precomputed for the current phase
 * @returns `true` when {@link transition} would accept the event on a valid date
 * @category Cycle
 * @example
 * ```ts
 * can(createCycle("2026-01-05"), "start_evaluation", pdcaFacts(doc, "2026-11-27")); // false: plan → check skips do
 * can(doc.cycle, "start_improvement", pdcaFacts(doc, "2026-11-27")); // false: no audit or review in this cycle yet
 * ```
 */
export function can(cycle: PdcaCycle, event: PdcaEvent, guards: PdcaGuardFacts | ExitCriteriaResult): boolean {
  try {
    return findTransition(cycle.phase, event) !== undefined && evaluateGuards(cycle.phase, guards).passed;
  } catch (error) {
    throw argumentError("can", error);
  }
}
