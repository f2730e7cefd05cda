import { checkExitCriteria, type PdcaGuardFacts } from "../checkExitCriteria.js";
import type { ExitCriteriaResult, PdcaEvent, PdcaPhase } from "../pdca.js";
import { pdcaTransitions, type PdcaTransition } from "../pdcaTransitions.js";
import { EXIT_RULES } from "./exitRules.js";

/** Guard input: facts to evaluate, or a result computed earlier. */
export type GuardInput = PdcaGuardFacts | ExitCriteriaResult;

/** The transition row for a phase and event, if legal. */
export function findTransition(phase: PdcaPhase, event: PdcaEvent): PdcaTransition | undefined {
  return pdcaTransitions.find((row) => row.from === phase && row.event === event);
}

/** Whether a precomputed result is one {@link checkExitCriteria} could have given for the phase: each of its criteria once, met or missing, and a verdict that matches. */
function fitsPhase(phase: PdcaPhase, result: ExitCriteriaResult): boolean {
  const expected = EXIT_RULES[phase].map((rule) => rule.code);
  const listed = [...result.met, ...result.missing].map((item) => item.code);
  const distinct = new Set(listed);
  return (
    result.passed === (result.missing.length === 0) &&
    listed.length === expected.length &&
    distinct.size === listed.length &&
    expected.every((code) => distinct.has(code))
  );
}

/**
 * Evaluates guard input for the phase being left. A precomputed result is taken at its word
 * only when it lists exactly the criteria of that phase and its verdict matches what is
 * missing; otherwise it fails with the single criterion `guard_result_mismatch`.
 */
export function evaluateGuards(phase: PdcaPhase, guards: GuardInput): ExitCriteriaResult {
  if ("passed" in guards) {
    if (fitsPhase(phase, guards)) return guards;
    return {
      passed: false,
      met: [],
      missing: [
        {
          code: "guard_result_mismatch",
          message: `The guard result given does not belong to the ${phase} phase: it must list each of its exit criteria once, met or missing, and pass only when nothing is missing.`,
        },
      ],
    };
  }
  return checkExitCriteria(phase, guards);
}
