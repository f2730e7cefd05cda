import { deepFreeze } from "../core/_internal/index.js";
import type { PdcaEvent, PdcaPhase } from "./pdca.js";

/**
 * One row of the PDCA transition table: the event, the phase it leaves, the phase it
 * enters, and whether it opens a new cycle.
 *
 * @category Cycle
 * @example
 * ```ts
 * const row: PdcaTransition = { event: "restart", from: "act", to: "plan", nextCycle: true };
 * ```
 */
export interface PdcaTransition {
  /** The event that triggers the transition. */
  readonly event: PdcaEvent;
  /** The phase left; its exit criteria guard the transition. */
  readonly from: PdcaPhase;
  /** The phase entered. */
  readonly to: PdcaPhase;
  /** `true` only for act → plan: the cycle number goes up by one. */
  readonly nextCycle: boolean;
}

/**
 * The PDCA transition table as frozen data, xstate-style: four rows, plan → do → check →
 * act → plan. Any other (phase, event) pair is illegal.
 *
 * @category Cycle
 * @example
 * ```ts
 * pdcaTransitions.find((row) => row.from === "check")?.to; // "act"
 * ```
 */
export const pdcaTransitions: readonly PdcaTransition[] = /* @__PURE__ */ deepFreeze([
  { event: "start_operation", from: "plan", to: "do", nextCycle: false },
  { event: "start_evaluation", from: "do", to: "check", nextCycle: false },
  { event: "start_improvement", from: "check", to: "act", nextCycle: false },
  { event: "restart", from: "act", to: "plan", nextCycle: true },
] satisfies PdcaTransition[]);
