import type { IsoDate } from "../core/index.js";
import type { PdcaCycle } from "./pdca.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The date the current cycle began: when its `plan` phase was entered. Audits and reviews
 * "in this cycle" are those on or after it.
 *
 * @param cycle - a cycle
 * @returns the date, or the first history entry's date for a history that does not start in plan
 * @category Cycle
 * @example
 * ```ts
 * cycleStartDate(createCycle("2026-01-05")); // "2026-01-05"
 * ```
 */
export function cycleStartDate(cycle: PdcaCycle): IsoDate {
  try {
    for (let index = cycle.history.length - 1; index >= 0; index -= 1) {
      const entry = cycle.history[index];
      if (entry !== undefined && entry.cycle === cycle.cycle && entry.phase === "plan") return entry.entered;
    }
    const first = cycle.history.find((entry) => entry.cycle === cycle.cycle) ?? cycle.history[0];
    return first?.entered ?? "";
  } catch (error) {
    throw argumentError("cycleStartDate", error);
  }
}
