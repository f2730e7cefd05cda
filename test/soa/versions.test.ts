import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import {
  approveSoaVersion,
  createSoaVersion,
  deriveSoa,
  diffSoaRows,
  diffSoaVersions,
  formatSoaReasons,
  SoaDiffEntrySchema,
  SoaVersionSchema,
  validateSoaVersions,
  type SoaRow,
  type SoaVersion,
} from "../../src/soa/index.js";
import { baseInput, decision, plan } from "./fixtures.js";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

const rowsV1 = deriveSoa(
  baseInput({
    catalogues: ["annex-a", "acme"],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business" }], owner: "CISO", status: "planned" }),
      decision({ control: "annex-a:7.5", applicable: false, justification: "Remote only" }),
    ],
  }),
);
const rowsV2 = deriveSoa(
  baseInput({
    catalogues: ["annex-a"],
    plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:7.5", state: "planned" }])],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business", note: "tenders" }], owner: "COO", status: "implemented", provider: "Host" }),
      decision({ control: "annex-a:7.5", applicable: true, justification: "Remote only, new office" }),
    ],
  }),
);

describe("createSoaVersion", () => {
  it("numbers the first version 1 and the next one more than the highest", () => {
    const v1 = createSoaVersion([], rowsV1, { date: "2026-03-01" });
    expect(v1).toEqual({ version: 1, date: "2026-03-01", rows: rowsV1 });
    expect(v1.rows).not.toBe(rowsV1);
    const v5 = { ...v1, version: 5 };
    const next = createSoaVersion([v5, v1], rowsV2, { date: "2026-09-01", note: "office", approvedBy: "CEO", approvedOn: "2026-09-02" });
    expect(next).toMatchObject({ version: 6, note: "office", approvedBy: "CEO", approvedOn: "2026-09-02" });
    expect(SoaVersionSchema.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });

  it("throws for an incomplete approval or one dated before the version", () => {
    expect(() => createSoaVersion([], [], { date: "2026-03-01", approvedBy: "CEO" })).toThrow(IsmsError);
    expect(() => createSoaVersion([], [], { date: "2026-03-01", approvedOn: "2026-03-02" })).toThrow(IsmsError);
    expect(() => createSoaVersion([], [], { date: "2026-03-01", approvedBy: "CEO", approvedOn: "2026-02-28" })).toThrow(/before the version/);
    expect(() => createSoaVersion([], [], { date: "2026-03-01", approvedBy: "CEO", approvedOn: "2026-02-30" })).toThrow(/calendar date/);
  });

  it("does not mutate its input", () => {
    const previous = deepFreeze([createSoaVersion([], rowsV1, { date: "2026-03-01" })]);
    const rows = deepFreeze([...rowsV2]);
    expect(() => createSoaVersion(previous, rows, { date: "2026-04-01" })).not.toThrow();
  });
});

describe("approveSoaVersion", () => {
  const v1 = createSoaVersion([], rowsV1, { date: "2026-03-01" });

  it("records the approval without mutating its input", () => {
    const frozen = deepFreeze(structuredClone(v1));
    const approved = approveSoaVersion(frozen, { approvedBy: "CEO", approvedOn: "2026-03-04" });
    expect(approved).toMatchObject({ version: 1, approvedBy: "CEO", approvedOn: "2026-03-04" });
    expect(frozen).not.toHaveProperty("approvedBy");
  });

  it("returns the same reference when nothing changes", () => {
    const approved = approveSoaVersion(v1, { approvedBy: "CEO", approvedOn: "2026-03-04" });
    expect(approveSoaVersion(approved, { approvedBy: "CEO", approvedOn: "2026-03-04" })).toBe(approved);
  });

  it("refuses to re-approve differently or to approve before the version's date", () => {
    const approved = approveSoaVersion(v1, { approvedBy: "CEO", approvedOn: "2026-03-04" });
    expect(() => approveSoaVersion(approved, { approvedBy: "CFO", approvedOn: "2026-03-04" })).toThrow(/already approved/);
    expect(() => approveSoaVersion(v1, { approvedBy: "CEO", approvedOn: "2026-01-01" })).toThrow(IsmsError);
  });
});

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

describe("diffSoaVersions", () => {
  const v1 = createSoaVersion([], rowsV1, { date: "2026-03-01" });
  const v2 = createSoaVersion([v1], rowsV2, { date: "2026-09-01" });

  it("is empty for a version and itself", () => {
    expect(diffSoaVersions(v1, v1)).toEqual([]);
  });

  it("lists removals, and changes of applicability, justification, reasons, status, owner and provider in a stable order", () => {
    const diff = diffSoaVersions(v1, v2);
    expect(diff.map((entry) => SoaDiffEntrySchema.parse(entry))).toEqual(diff);
    expect(diff).toEqual([
      { ref: "acme:ACME-1", change: "removed", before: "Customer data residency" },
      { ref: "acme:ACME-2", change: "removed", before: "Tenant isolation review" },
      { ref: "annex-a:5.1", change: "reasons", before: "business", after: "business: tenders" },
      { ref: "annex-a:5.1", change: "status", before: "planned", after: "implemented" },
      { ref: "annex-a:5.1", change: "owner", before: "CISO", after: "COO" },
      { ref: "annex-a:5.1", change: "provider", after: "Host" },
      { ref: "annex-a:7.5", change: "applicability", before: "excluded", after: "applicable" },
      { ref: "annex-a:7.5", change: "justification", before: "Remote only", after: "Remote only, new office" },
      { ref: "annex-a:7.5", change: "reasons", before: "", after: "risk_treatment (R-1)" },
      { ref: "annex-a:7.5", change: "status", before: "not_implemented", after: "planned" },
    ]);
  });

  it("lists added controls with their titles and sorts ids by their numbers", () => {
    const base = rowsV1[0] as SoaRow;
    const a: SoaRow[] = [];
    const b: SoaRow[] = [{ ...base, ref: "annex-a:5.10", id: "5.10", title: "Ten" }, { ...base, ref: "annex-a:5.9", id: "5.9", title: "Nine" }, { ...base }];
    expect(diffSoaRows(a, b).map((entry) => [entry.ref, entry.change, entry.after])).toEqual([
      ["annex-a:5.1", "added", base.title],
      ["annex-a:5.9", "added", "Nine"],
      ["annex-a:5.10", "added", "Ten"],
    ]);
  });

  it("ignores the key order of reasons and counts the first row of a repeated ref", () => {
    const base = rowsV1[0] as SoaRow;
    const reordered: SoaRow = { ...base, reasons: base.reasons.map((reason) => Object.fromEntries(Object.entries(reason).reverse()) as typeof reason) };
    expect(diffSoaRows([base], [reordered, { ...base, owner: "Someone else" }])).toEqual([]);
  });

  it("formats reasons with their ids and notes", () => {
    expect(formatSoaReasons([{ kind: "risk_treatment", risks: ["R-1"] } as never, { kind: "legal", obligations: ["OB-1"], note: "GDPR" } as never])).toBe(
      "risk_treatment (R-1); legal (OB-1): GDPR",
    );
  });
});
