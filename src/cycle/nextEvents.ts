import type { PdcaGuardFacts } from "./checkExitCriteria.js";
import { evaluateGuards } from "./_internal/guards.js";
import type { ExitCriteriaResult, PdcaCycle, PdcaEvent } from "./pdca.js";
import { pdcaTransitions } from "./pdcaTransitions.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The events legal in the cycle's current phase; given guards, only those whose exit
 * criteria pass.
 *
 * @param cycle - the current cycle
 * @param guards - optional facts or a precomputed guard result
 * @returns the events, in the table's order (at most one, since the cycle never branches)
 * @category Cycle
 * @example
 * ```ts
 * nextEvents(createCycle("2026-01-05")); // ["start_operation"]
 * ```
 */
export function nextEvents(cycle: PdcaCycle, guards?: PdcaGuardFacts | ExitCriteriaResult): readonly PdcaEvent[] {
  try {
    const legal = pdcaTransitions.filter((row) => row.from === cycle.phase).map((row) => row.event);
    if (guards === undefined) return legal;
    return evaluateGuards(cycle.phase, guards).passed ? legal : [];
  } catch (error) {
    throw argumentError("nextEvents", error);
  }
}
