import { describe, expect, it } from "vitest";
import { renderSoaTable, SOA_COLUMNS, soaReasonLabel, soaStatusLabel } from "../../src/report/renderSoaTable.js";
import { type SoaRow } from "../../src/soa/index.js";
import { soaRows as rows } from "./_fixture.js";

const byRef = (ref: string) => rows.find((row) => row.ref === ref) as SoaRow;

describe("renderSoaTable", () => {
  it("has the documented columns and one row per SoA row", () => {
    const table = renderSoaTable(rows);
    expect(table.header).toEqual([...SOA_COLUMNS]);
    expect(table.rows).toHaveLength(rows.length);
  });

  it("shows id, title, theme, applicability, reasons, risks, obligations, status, owner, provider and evidence date", () => {
    const table = renderSoaTable([byRef("annex-a:8.24"), byRef("annex-a:5.1"), byRef("annex-a:5.34"), byRef("acme:ACME-1"), byRef("annex-a:7.5")]);
    expect(table.rows[0]).toEqual(["annex-a", "8.24", "Use of cryptography", "Technological", "Yes", "Risk treatment (R-1, R-2)", "R-1, R-2", "", "", "Partially implemented", "", "", ""]);
    expect(table.rows[1]?.slice(5)).toEqual(["Business: Board | <b>asks</b>", "", "", "", "Implemented", "=cmd|' /C calc'!A0", "", "2026-01-10"]);
    expect(table.rows[2]?.slice(4, 8)).toEqual(["Yes", "Legal (OB-GDPR)", "", "OB-GDPR"]);
    expect(table.rows[3]?.slice(0, 4)).toEqual(["acme", "ACME-1", "Customer data residency", "cloud"]);
    expect(table.rows[3]?.[11]).toBe("Cloud Host");
    expect(table.rows[4]?.slice(4, 10)).toEqual(["No", "", "", "", "No premises,\n\"remote\" only & <script>", "Excluded"]);
  });

  it("shows the plans' status next to a decided status that disagrees with it", () => {
    const row = { ...byRef("annex-a:8.24"), status: "implemented" as const, statusMismatch: true as const };
    expect(renderSoaTable([row]).rows[0]?.[9]).toBe("Implemented (plans: partially implemented)");
  });

  it("shows no justification for an applicable row", () => {
    expect(renderSoaTable([{ ...byRef("annex-a:5.1"), justification: "stale" }]).rows[0]?.[8]).toBe("");
  });

  it("labels every status and reason kind", () => {
    expect(soaStatusLabel("not_started")).toBe("Not started");
    expect(soaReasonLabel({ kind: "best_practice" })).toBe("Best practice");
    expect(soaReasonLabel({ kind: "statutory", obligations: ["OB-1" as never], note: "n" })).toBe("Statutory (OB-1): n");
  });
});
