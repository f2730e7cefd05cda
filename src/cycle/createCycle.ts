import { IsmsError, isIsoDate, type IsoDate, type Party } from "../core/index.js";
import type { PdcaCycle } from "./pdca.js";

/**
 * Options of {@link createCycle}.
 *
 * @category Cycle
 * @example
 * ```ts
 * // An ISMS that already ran two cycles before it was recorded here.
 * const options: CreateCycleOptions = { cycle: 3, by: "CISO" };
 * createCycle("2026-01-05", options).history[0]; // { cycle: 3, phase: "plan", entered: "2026-01-05", by: "CISO" }
 * ```
 */
export interface CreateCycleOptions {
  /** The number of the first cycle recorded, for an ISMS that already ran before; default 1. */
  readonly cycle?: number;
  /** Who started the cycle. */
  readonly by?: Party;
}

/**
 * Starts a PDCA cycle in the `plan` phase, with one history entry.
 *
 * @param startDate - the date planning starts
 * @param options - the first cycle number and who started it
 * @returns a new cycle
 * @throws {@link IsmsError} `invalid_date` when `startDate` is not a calendar date, `invalid_argument` when the cycle number is not a positive integer
 * @category Cycle
 * @example
 * ```ts
 * createCycle("2026-01-05").phase; // "plan"
 * ```
 */
export function createCycle(startDate: IsoDate, options: CreateCycleOptions = {}): PdcaCycle {
  if (!isIsoDate(startDate)) throw new IsmsError("invalid_date", `"${startDate}" is not a calendar date in the form YYYY-MM-DD`);
  const cycle = options.cycle ?? 1;
  if (!Number.isInteger(cycle) || cycle < 1) throw new IsmsError("invalid_argument", `cycle number ${cycle} must be a positive integer`);
  return {
    cycle,
    phase: "plan",
    history: [{ cycle, phase: "plan", entered: startDate, ...(options.by === undefined ? {} : { by: options.by }) }],
  };
}
