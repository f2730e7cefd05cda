import { issue, type IsmsIssue } from "../core/index.js";
import type { PdcaCycle } from "./pdca.js";
import { pdcaTransitions } from "./pdcaTransitions.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Checks that a cycle's history is consistent, as {@link transition} keeps it: every entry
 * after the first was reached from the previous one by the event of a legal transition,
 * the cycle number goes up by one on `restart` only, dates never go back, and the last
 * entry matches the current phase and cycle number. Use it on cycles read from files.
 *
 * @param cycle - a parsed cycle
 * @returns all issues (`inconsistent_history`, `history_date_order`, `phase_mismatch`, `cycle_number_mismatch`, `first_entry_with_event`)
 * @category Cycle
 * @example
 * ```ts
 * validateCycle(createCycle("2026-01-05")); // []
 * ```
 */
export function validateCycle(cycle: PdcaCycle): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const first = cycle.history[0];
    if (first?.event !== undefined) {
      found.push(issue("first_entry_with_event", "The first history entry records no event: nothing came before it.", ["history", 0, "event"]));
    }
    for (let index = 1; index < cycle.history.length; index += 1) {
      const previous = cycle.history[index - 1];
      const entry = cycle.history[index];
      if (previous === undefined || entry === undefined) continue;
      const row = pdcaTransitions.find((candidate) => candidate.from === previous.phase && candidate.to === entry.phase);
      const expectedCycle = row?.nextCycle ? previous.cycle + 1 : previous.cycle;
      if (row === undefined || entry.event !== row.event || entry.cycle !== expectedCycle) {
        found.push(
          issue(
            "inconsistent_history",
            `History entry ${index} (${entry.phase}, cycle ${entry.cycle}, event ${entry.event ?? "none"}) cannot follow ${previous.phase} in cycle ${previous.cycle}.`,
            ["history", index],
          ),
        );
      }
      if (entry.entered < previous.entered) {
        found.push(issue("history_date_order", `History entry ${index} is dated before the entry that precedes it.`, ["history", index, "entered"]));
      }
    }
    const last = cycle.history[cycle.history.length - 1];
    if (last !== undefined && last.phase !== cycle.phase) {
      found.push(issue("phase_mismatch", `The cycle is in ${cycle.phase} but its last history entry is ${last.phase}.`, ["phase"]));
    }
    if (last !== undefined && last.cycle !== cycle.cycle) {
      found.push(issue("cycle_number_mismatch", `The cycle number is ${cycle.cycle} but the last history entry is in cycle ${last.cycle}.`, ["cycle"]));
    }
    return found;
  } catch (error) {
    throw argumentError("validateCycle", error);
  }
}
