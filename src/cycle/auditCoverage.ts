import { annexA, clauses, type ClauseId, type ControlRef } from "../catalogue/index.js";
import type { Audit } from "./audit.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What a set of audits covers: the clauses 4–10 and Annex A controls audited (by audits
 * that are not cancelled), and those not audited, in the standard's order.
 *
 * @category Cycle
 * @example
 * ```ts
 * const coverage: AuditCoverage = auditCoverage(doc.auditProgramme?.audits ?? []);
 * coverage.uncoveredClauses; // []: the two audits of the programme cover clauses 4 to 10
 * ```
 */
export interface AuditCoverage {
  /** Top-level clauses 4–10 touched by at least one audit (directly or through a sub-clause). */
  readonly coveredClauses: readonly ClauseId[];
  /** Top-level clauses 4–10 no audit touches. */
  readonly uncoveredClauses: readonly ClauseId[];
  /** Control references audited, in first-seen order. */
  readonly coveredControls: readonly ControlRef[];
  /** Annex A 2022 controls no audit covers. */
  readonly uncoveredAnnexA: readonly ControlRef[];
}

function topLevel(id: string): string {
  return id.split(".")[0] ?? id;
}

/**
 * Computes which clauses and Annex A controls a set of internal audits covers, so that
 * the programme can be checked for gaps (9.2.2).
 *
 * @param audits - the audits (cancelled ones are ignored)
 * @returns the coverage
 * @category Cycle
 * @example
 * ```ts
 * const audit = AuditSchema.parse({
 *   id: "AUD-1", title: "Access management", scope: "Joiner-mover-leaver process", criteria: ["ISO/IEC 27001:2022"],
 *   clauses: [], controls: ["annex-a:5.15", "annex-a:5.18"], plannedDate: "2026-05-12", status: "planned",
 *   auditors: ["Internal Audit"], auditees: ["IT Manager"], findings: [],
 * });
 * auditCoverage([audit]).coveredControls; // ["annex-a:5.15", "annex-a:5.18"]
 * ```
 */
export function auditCoverage(audits: readonly Audit[]): AuditCoverage {
  try {
    const touched = new Set<string>();
    const controls: ControlRef[] = [];
    for (const audit of audits) {
      if (audit.status === "cancelled") continue;
      for (const clause of audit.clauses) touched.add(topLevel(clause));
      for (const control of audit.controls) if (!controls.includes(control)) controls.push(control);
    }
    const top = clauses.filter((clause) => clause.kind === "clause").map((clause) => clause.id);
    return {
      coveredClauses: top.filter((id) => touched.has(id)),
      uncoveredClauses: top.filter((id) => !touched.has(id)),
      coveredControls: controls,
      uncoveredAnnexA: annexA.map((control): ControlRef => `annex-a:${control.id}`).filter((ref) => !controls.includes(ref)),
    };
  } catch (error) {
    throw argumentError("auditCoverage", error);
  }
}
