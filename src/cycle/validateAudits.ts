import { issue, prefixIssues, type IsmsIssue } from "../core/index.js";
import { duplicateIdIssues } from "./_internal/duplicates.js";
import type { Audit, AuditProgramme } from "./audit.js";
import { auditCoverage } from "./auditCoverage.js";
import type { Nonconformity } from "./nonconformity.js";
import { argumentError, partyKey } from "../core/_internal/index.js";

/**
 * Options of {@link validateAudits}.
 *
 * @category Cycle
 * @example
 * ```ts
 * const options: ValidateAuditsOptions = { nonconformities: doc.nonconformities };
 * validateAudits(doc.auditProgramme?.audits ?? [], options); // []: every nonconformity finding has its record
 * ```
 */
export interface ValidateAuditsOptions {
  /** When given, every nonconformity finding must be followed up by one of these (`finding_without_nonconformity`). */
  readonly nonconformities?: readonly Nonconformity[];
}

/**
 * Checks internal audits (9.2): unique audit and finding ids, the independence rule (an
 * auditor who is also an auditee audits their own work: `independence_violation`; names
 * are compared ignoring case, surrounding and repeated white space and Unicode form), a
 * completed audit has a performed date (`completed_audit_without_date`), findings only on
 * audits under way or completed (`findings_on_planned_audit`), every nonconformity finding
 * references a clause or control (`finding_without_reference`; a warning for observations
 * and opportunities), an audit covers at least one clause or control (`audit_without_coverage`,
 * a warning) and, given the nonconformities, each nonconformity finding is followed up.
 *
 * @param audits - the audits
 * @param options - optional nonconformities to cross-check
 * @returns all issues, paths relative to the list
 * @category Cycle
 * @example
 * ```ts
 * validateAudits((doc.auditProgramme?.audits ?? []).map((audit) => ({ ...audit, auditors: ["Head of IT"], auditees: ["Head of IT"] })))[0]?.code;
 * // "independence_violation"
 * ```
 */
export function validateAudits(audits: readonly Audit[], options: ValidateAuditsOptions = {}): IsmsIssue[] {
  try {
    const found = duplicateIdIssues(audits.map((audit) => audit.id), "duplicate_audit_id", "Audit", (index) => [index, "id"]);
    const findingPaths: (string | number)[][] = [];
    const findingIds: string[] = [];
    audits.forEach((audit, index) => {
      const auditees = new Set(audit.auditees.map(partyKey));
      audit.auditors.forEach((auditor, a) => {
        if (auditees.has(partyKey(auditor))) {
          found.push(issue("independence_violation", `Audit ${audit.id}: ${auditor} would audit their own work.`, [index, "auditors", a]));
        }
      });
      if (audit.status === "completed" && audit.performedDate === undefined) {
        found.push(issue("completed_audit_without_date", `Audit ${audit.id} is completed but has no performed date.`, [index, "performedDate"]));
      }
      if (audit.status === "planned" && audit.findings.length > 0) {
        found.push(issue("findings_on_planned_audit", `Audit ${audit.id} is only planned but already has findings.`, [index, "findings"]));
      }
      if (audit.clauses.length === 0 && audit.controls.length === 0) {
        found.push(issue("audit_without_coverage", `Audit ${audit.id} covers no clause and no control.`, [index], "warning"));
      }
      audit.findings.forEach((finding, f) => {
        findingIds.push(finding.id);
        findingPaths.push([index, "findings", f, "id"]);
        const referenced = (finding.clauses?.length ?? 0) + (finding.controls?.length ?? 0) > 0;
        const isNonconformity = finding.grade === "major_nonconformity" || finding.grade === "minor_nonconformity";
        if (!referenced) {
          found.push(
            issue(
              "finding_without_reference",
              `Finding ${finding.id} of audit ${audit.id} names no clause or control.`,
              [index, "findings", f],
              isNonconformity ? "error" : "warning",
            ),
          );
        }
        if (isNonconformity && options.nonconformities !== undefined) {
          const followed = options.nonconformities.some(
            (nc) => nc.source.kind === "audit" && nc.source.audit === audit.id && nc.source.finding === finding.id,
          );
          if (!followed) {
            found.push(
              issue("finding_without_nonconformity", `Finding ${finding.id} of audit ${audit.id} is a nonconformity with no nonconformity record (10.2).`, [index, "findings", f], "warning"),
            );
          }
        }
      });
    });
    found.push(...duplicateIdIssues(findingIds, "duplicate_finding_id", "Finding", (i) => findingPaths[i] ?? []));
    return found;
  } catch (error) {
    throw argumentError("validateAudits", error);
  }
}

/**
 * Checks an internal audit programme (9.2.2): its audits ({@link validateAudits}, under
 * `audits`), a period that ends after it starts (`invalid_programme_period`), audits planned
 * outside the period (`audit_outside_programme_period`, a warning) and clauses 4–10 that no
 * audit covers (`clause_not_audited`, a warning).
 *
 * @param programme - the programme
 * @param options - as for {@link validateAudits}
 * @returns all issues, paths relative to the programme
 * @category Cycle
 * @example
 * ```ts
 * doc.auditProgramme && validateAuditProgramme(doc.auditProgramme).filter((found) => found.code === "clause_not_audited"); // []
 * ```
 */
export function validateAuditProgramme(programme: AuditProgramme, options: ValidateAuditsOptions = {}): IsmsIssue[] {
  try {
    const found = prefixIssues(validateAudits(programme.audits, options), ["audits"]);
    const { start, end } = programme.period;
    if (end < start) found.push(issue("invalid_programme_period", "The programme period ends before it starts.", ["period"]));
    programme.audits.forEach((audit, index) => {
      if (audit.plannedDate < start || audit.plannedDate > end) {
        found.push(
          issue("audit_outside_programme_period", `Audit ${audit.id} is planned on ${audit.plannedDate}, outside ${start} – ${end}.`, ["audits", index, "plannedDate"], "warning"),
        );
      }
    });
    for (const clause of auditCoverage(programme.audits).uncoveredClauses) {
      found.push(issue("clause_not_audited", `No audit in the programme covers clause ${clause}.`, ["audits"], "warning"));
    }
    return found;
  } catch (error) {
    throw argumentError("validateAuditProgramme", error);
  }
}
