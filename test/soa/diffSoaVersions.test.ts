import { describe, expect, it } from "vitest";
import { createSoaVersion, diffSoaRows, diffSoaVersions, formatSoaReasons, SoaDiffEntrySchema, type SoaRow } from "../../src/soa/index.js";
import { rowsV1, rowsV2 } from "./fixtures.js";

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
