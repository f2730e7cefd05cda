import { ImplementationStatusSchema, type ImplementationStatus } from "./decision.js";
import type { SoaRow } from "./soaRow.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Counts of one part of the SoA (all of it, or one theme): controls, applicable, excluded
 * by decision and still undecided (the three add up to `total`), and the applicable controls
 * by implementation status.
 *
 * @category SoA
 * @example
 * ```ts
 * const counts: SoaCounts = summariseSoa(deriveIsmsSoa(doc));
 * counts.byStatus.implemented; // 69
 * ```
 */
export interface SoaCounts {
  /** Number of controls. */
  readonly total: number;
  /** Number of applicable controls. */
  readonly applicable: number;
  /** Number of controls excluded by a decision. */
  readonly excluded: number;
  /** Number of controls that nothing decides yet (rows with `undecided: true`): neither applicable nor excluded. */
  readonly undecided: number;
  /** Applicable controls by implementation status (every status present, 0 when none). */
  readonly byStatus: Readonly<Record<ImplementationStatus, number>>;
}

/**
 * The counts of one theme or group of a catalogue.
 *
 * @category SoA
 * @example
 * ```ts
 * const people: SoaGroupCounts | undefined = summariseSoa(deriveIsmsSoa(doc)).byGroup.find((g) => g.group === "People");
 * people?.applicable; // 8
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
 * const summary: SoaSummary = summariseSoa(deriveIsmsSoa(doc));
 * summary.byGroup.map((group) => `${group.catalogue} ${group.group}: ${group.applicable} of ${group.total}`);
 * // ["annex-a Organizational: 37 of 37", "annex-a People: 8 of 8", "annex-a Physical: 12 of 14", …]
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
  undecided: number;
  byStatus: Record<ImplementationStatus, number>;
}

function count(counter: Counter, row: SoaRow): void {
  counter.total += 1;
  if (row.applicable) {
    counter.applicable += 1;
    counter.byStatus[row.status] += 1;
  } else if (row.undecided === true) {
    counter.undecided += 1;
  } else {
    counter.excluded += 1;
  }
}

/**
 * Summarises SoA rows: counts by applicability (applicable, excluded by decision, undecided),
 * by implementation status (of the applicable controls) and by theme or group. A starter
 * document's SoA reads "0 applicable, 0 excluded, 93 undecided", not "93 excluded".
 * The HTML report and the document's one-page summary use it.
 *
 * @param rows - rows from {@link deriveSoa}
 * @returns the summary
 * @category SoA
 * @example
 * ```ts
 * const summary = summariseSoa(deriveIsmsSoa(doc));
 * `${summary.applicable} of ${summary.total} controls apply, ${summary.byStatus.implemented} implemented`;
 * // "93 of 96 controls apply, 69 implemented"
 * ```
 */
export function summariseSoa(rows: readonly SoaRow[]): SoaSummary {
  try {
    const overall: Counter = { total: 0, applicable: 0, excluded: 0, undecided: 0, byStatus: emptyStatus() };
    const groups = new Map<string, Counter & { catalogue: string; group?: string }>();
    let statusMismatches = 0;
    for (const row of rows) {
      count(overall, row);
      if (row.statusMismatch === true) statusMismatches += 1;
      const key = JSON.stringify([row.catalogue, row.group ?? null]);
      let group = groups.get(key);
      if (!group) {
        group = { catalogue: row.catalogue, ...(row.group === undefined ? {} : { group: row.group }), total: 0, applicable: 0, excluded: 0, undecided: 0, byStatus: emptyStatus() };
        groups.set(key, group);
      }
      count(group, row);
    }
    return { ...overall, byGroup: [...groups.values()], statusMismatches };
  } catch (error) {
    throw argumentError("summariseSoa", error);
  }
}
