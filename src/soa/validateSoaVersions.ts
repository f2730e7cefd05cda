import { compareDates, issue, sortIssues, type IsmsIssue } from "../core/index.js";
import type { SoaVersion } from "./soaVersion.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Checks the version history of the SoA: duplicate version numbers (`duplicate_version`,
 * error), an approver without a date or the reverse (`approval_incomplete`, error), an
 * approval dated before its version (`approval_before_date`, error), a higher version dated
 * before a lower one (`version_date_order`, warning), a latest version that is not
 * approved (`latest_version_unapproved`, warning), and an approved version with a row that
 * excludes its control without a justification (`approved_with_undecided_control`, error, at
 * `[i, "rows", r]`): a control that was undecided (or excluded without a reason) when top
 * management signed the SoA, which 6.1.3 d does not allow. Paths are relative to the versions
 * array.
 *
 * @param versions - the SoA versions
 * @returns issues, sorted
 * @category SoA
 * @example
 * ```ts
 * validateSoaVersions([{ version: 1, date: "2026-03-01", rows: [] }])[0]?.code; // "latest_version_unapproved"
 * ```
 */
export function validateSoaVersions(versions: readonly SoaVersion[]): IsmsIssue[] {
  try {
    const issues: IsmsIssue[] = [];
    const seen = new Map<number, number>();
    versions.forEach((version, index) => {
      const first = seen.get(version.version);
      if (first === undefined) seen.set(version.version, index);
      else issues.push(issue("duplicate_version", `SoA version ${version.version} appears more than once.`, [index, "version"]));
      if ((version.approvedBy === undefined) !== (version.approvedOn === undefined)) {
        const missing = version.approvedBy === undefined ? "approvedBy" : "approvedOn";
        issues.push(issue("approval_incomplete", `SoA version ${version.version} records an approval without ${missing}.`, [index, missing]));
      }
      if (version.approvedOn !== undefined && compareDates(version.approvedOn, version.date) < 0) {
        issues.push(issue("approval_before_date", `SoA version ${version.version} is approved on ${version.approvedOn}, before its date ${version.date}.`, [index, "approvedOn"]));
      }
      // A row derived for a control nobody decided is excluded with no justification; so is an
      // exclusion decided without one. Either way the approved SoA leaves the control open.
      if (version.approvedBy === undefined && version.approvedOn === undefined) return;
      version.rows.forEach((row, rowIndex) => {
        if (row.applicable || (row.justification ?? "").trim() !== "") return;
        issues.push(
          issue(
            "approved_with_undecided_control",
            `SoA version ${version.version} is approved, but it excludes ${row.ref} without a justification: decide the control and approve a new version.`,
            [index, "rows", rowIndex],
          ),
        );
      });
    });
    versions.forEach((version, index) => {
      for (const other of versions) {
        if (other.version < version.version && compareDates(other.date, version.date) > 0) {
          issues.push(
            issue("version_date_order", `SoA version ${version.version} (${version.date}) is dated before version ${other.version} (${other.date}).`, [index, "date"], "warning"),
          );
          break;
        }
      }
    });
    let latestIndex = -1;
    versions.forEach((version, index) => {
      const latest = versions[latestIndex];
      if (latest === undefined || version.version > latest.version) latestIndex = index;
    });
    const latest = versions[latestIndex];
    if (latest !== undefined && latest.approvedBy === undefined && latest.approvedOn === undefined) {
      issues.push(issue("latest_version_unapproved", `The latest SoA version (${latest.version}) is not approved.`, [latestIndex], "warning"));
    }
    return sortIssues(issues);
  } catch (error) {
    throw argumentError("validateSoaVersions", error);
  }
}
