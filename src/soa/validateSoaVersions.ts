import { compareDates, issue, sortIssues, type IsmsIssue } from "../core/index.js";
import type { SoaVersion } from "./soaVersion.js";
import { argumentError } from "../core/_internal/guard.js";

/**
 * Checks the version history of the SoA: duplicate version numbers (`duplicate_version`,
 * error), an approver without a date or the reverse (`approval_incomplete`, error), an
 * approval dated before its version (`approval_before_date`, error), a higher version dated
 * before a lower one (`version_date_order`, warning) and a latest version that is not
 * approved (`latest_version_unapproved`, warning). Paths are relative to the versions array.
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
