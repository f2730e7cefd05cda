import { ImplementationStatusSchema, type ImplementationStatus } from "./decision.js";
import type { SoaRow } from "./soaRow.js";
import { argumentError } from "../core/_internal/guard.js";

/**
 * Counts of one part of the SoA (all of it, or one theme): controls, applicable and
 * excluded, and the applicable controls by implementation status.
 *
 * @category SoA
 * @example
 * ```ts
 * const counts: SoaCounts = summariseSoa(rows);
 * counts.byStatus.implemented;
 * ```
 */
export interface SoaCounts {
  /** Number of controls. */
  readonly total: number;
  /** Number of applicable controls. */
  readonly applicable: number;
  /** Number of excluded controls. */
  readonly excluded: number;
  /** Applicable controls by implementation status (every status present, 0 when none). */
  readonly byStatus: Readonly<Record<ImplementationStatus, number>>;
}

/**
 * The counts of one theme or group of a catalogue.
 *
 * @category SoA
 * @example
 * ```ts
 * const people: SoaGroupCounts | undefined = summariseSoa(rows).byGroup.find((g) => g.group === "People");
 * ```
 */
export interface SoaGroupCounts extends SoaCounts {
  /** Catalogue id. */
  readonly catalogue: string;
  /** Theme or group; absent for controls without one. */
  readonly group?: string;
}

/**
 * The summary of an SoA: overall counts, counts by theme or group, and how many rows'
 * status disagrees with their treatment plans.
 *
 * @category SoA
 * @example
 * ```ts
 * const summary: SoaSummary = summariseSoa(rows);
 * ```
 */
export interface SoaSummary extends SoaCounts {
  /** Counts per catalogue and group, in order of first appearance (catalogue order for derived rows). */
  readonly byGroup: readonly SoaGroupCounts[];
  /** Rows whose decided status differs from the one their plans imply. */
  readonly statusMismatches: number;
}

function emptyStatus(): Record<ImplementationStatus, number> {
  return Object.fromEntries(ImplementationStatusSchema.options.map((status) => [status, 0])) as Record<ImplementationStatus, number>;
}

interface Counter {
  total: number;
  applicable: number;
  excluded: number;
  byStatus: Record<ImplementationStatus, number>;
}

function count(counter: Counter, row: SoaRow): void {
  counter.total += 1;
  if (row.applicable) {
    counter.applicable += 1;
    counter.byStatus[row.status] += 1;
  } else {
    counter.excluded += 1;
  }
}

/**
 * Summarises SoA rows: counts by applicability, by implementation status (of the applicable
 * controls) and by theme or group. The HTML report and the document's one-page summary use it.
 *
 * @param rows - rows from {@link deriveSoa}
 * @returns the summary
 * @category SoA
 * @example
 * ```ts
 * const summary = summariseSoa(deriveSoa(input));
 * `${summary.applicable} of ${summary.total} controls apply, ${summary.byStatus.implemented} implemented`;
 * ```
 */
export function summariseSoa(rows: readonly SoaRow[]): SoaSummary {
  try {
    const overall: Counter = { total: 0, applicable: 0, excluded: 0, byStatus: emptyStatus() };
    const groups = new Map<string, Counter & { catalogue: string; group?: string }>();
    let statusMismatches = 0;
    for (const row of rows) {
      count(overall, row);
      if (row.statusMismatch === true) statusMismatches += 1;
      const key = JSON.stringify([row.catalogue, row.group ?? null]);
      let group = groups.get(key);
      if (!group) {
        group = { catalogue: row.catalogue, ...(row.group === undefined ? {} : { group: row.group }), total: 0, applicable: 0, excluded: 0, byStatus: emptyStatus() };
        groups.set(key, group);
      }
      count(group, row);
    }
    return { ...overall, byGroup: [...groups.values()], statusMismatches };
  } catch (error) {
    throw argumentError("summariseSoa", error);
  }
}
