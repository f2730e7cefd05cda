import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { planImport, renderImportPlan } from "../../src/spreadsheet/index.js";

const doc = createExampleIsms();

describe("renderImportPlan", () => {
  it("lists the columns, one line per step with sheet!row, then the issues with their place and code", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable", "Owner", "Colour"], ["A.5.1", "Yes", "COO", ""], ["A.5.2", "maybe", "", ""]] }]);
    const text = renderImportPlan(plan);
    expect(text).toContain('Sheet "SoA" read as soa, headers in row 1.');
    expect(text).toContain('D "Colour" → custom "Colour"');
    expect(text).toContain("  SoA!2  SoA A.5.1: owner\n");
    expect(text).toMatch(/error unrecognised_yes_no at SoA!B3 \(Applicable\): /);
    expect(text.trimEnd().endsWith("The plan has errors and cannot be applied.")).toBe(true);
  });
  it("says when there is nothing to change", () => {
    const text = renderImportPlan(planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable"], ["A.5.1", "Yes"]] }]));
    expect(text).toContain("No changes.");
    expect(text).toContain("The plan can be applied.");
  });
});
