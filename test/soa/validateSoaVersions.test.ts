import { describe, expect, it } from "vitest";
import { validateSoaVersions, type SoaVersion } from "../../src/soa/index.js";
import { rowsV1 } from "./fixtures.js";

describe("validateSoaVersions", () => {
  const version = (value: Partial<SoaVersion> & { version: number; date: string }): SoaVersion => ({ rows: [], ...value });

  it("an unapproved latest version is a warning", () => {
    expect(validateSoaVersions([version({ version: 1, date: "2026-01-01", approvedBy: "CEO", approvedOn: "2026-01-01" }), version({ version: 2, date: "2026-02-01" })])).toEqual([
      expect.objectContaining({ code: "latest_version_unapproved", path: [1], severity: "warning" }),
    ]);
  });

  it("an approved, ordered history has no issues", () => {
    expect(validateSoaVersions([])).toEqual([]);
    expect(validateSoaVersions([version({ version: 1, date: "2026-01-01" }), version({ version: 2, date: "2026-02-01", approvedBy: "CEO", approvedOn: "2026-02-01" })])).toEqual([]);
  });

  it("an approved version that leaves a control undecided is an error at that row; a draft version is not", () => {
    // rowsV1 decides 5.1 and 7.5 and leaves every other control of annex-a and acme open.
    const open = rowsV1.flatMap((row, index) => (row.applicable || row.justification !== undefined ? [] : [index]));
    expect(open.length).toBeGreaterThan(0);
    const approved = version({ version: 1, date: "2026-03-01", rows: rowsV1, approvedBy: "CEO", approvedOn: "2026-03-04" });
    const issues = validateSoaVersions([approved]).filter((found) => found.code === "approved_with_undecided_control");
    expect(issues.map((found) => found.path)).toEqual(open.map((index) => [0, "rows", index]));
    expect(issues.every((found) => found.severity === "error")).toBe(true);
    expect(issues[0]?.message).toContain(`${rowsV1[open[0]!]!.ref} without a justification`);
    const draft = version({ version: 1, date: "2026-03-01", rows: rowsV1 });
    expect(validateSoaVersions([draft]).map((found) => found.code)).toEqual(["latest_version_unapproved"]);
  });

  it("an approved version whose every exclusion is justified has no undecided-control error", () => {
    const rows = rowsV1.map((row) => (row.applicable || row.justification !== undefined ? row : { ...row, justification: "  " }));
    const decided = rowsV1.map((row) => (row.applicable || row.justification !== undefined ? row : { ...row, justification: "Not in scope of the pilot" }));
    // A blank justification justifies nothing.
    expect(validateSoaVersions([version({ version: 1, date: "2026-03-01", rows, approvedBy: "CEO", approvedOn: "2026-03-04" })])).not.toEqual([]);
    expect(validateSoaVersions([version({ version: 1, date: "2026-03-01", rows: decided, approvedBy: "CEO", approvedOn: "2026-03-04" })])).toEqual([]);
  });

  it("reports duplicates, incomplete or early approvals, date order and an unapproved latest version", () => {
    const issues = validateSoaVersions([
      version({ version: 2, date: "2026-01-01", approvedBy: "CEO" }),
      version({ version: 1, date: "2026-02-01", approvedOn: "2026-01-15" }),
      version({ version: 2, date: "2026-03-01", approvedBy: "CEO", approvedOn: "2026-03-01" }),
    ]);
    expect(issues.map((found) => [found.code, found.path, found.severity])).toEqual([
      ["approval_incomplete", [0, "approvedOn"], "error"],
      ["version_date_order", [0, "date"], "warning"],
      ["approval_incomplete", [1, "approvedBy"], "error"],
      ["approval_before_date", [1, "approvedOn"], "error"],
      ["duplicate_version", [2, "version"], "error"],
    ]);
  });
});
