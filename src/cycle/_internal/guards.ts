import { checkExitCriteria, type PdcaGuardFacts } from "../checkExitCriteria.js";
import type { ExitCriteriaResult, PdcaEvent, PdcaPhase } from "../pdca.js";
import { pdcaTransitions, type PdcaTransition } from "../pdcaTransitions.js";

/** Guard input: facts to evaluate, or a result computed earlier. */
export type GuardInput = PdcaGuardFacts | ExitCriteriaResult;

/** The transition row for a phase and event, if legal. */
export function findTransition(phase: PdcaPhase, event: PdcaEvent): PdcaTransition | undefined {
  return pdcaTransitions.find((row) => row.from === phase && row.event === event);
}

/** Evaluates guard input for the phase being left; a precomputed result passes only if it lists nothing missing. */
export function evaluateGuards(phase: PdcaPhase, guards: GuardInput): ExitCriteriaResult {
  if ("passed" in guards) {
    return guards.passed && guards.missing.length === 0 ? guards : { ...guards, passed: false };
  }
  return checkExitCriteria(phase, guards);
}
