import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { applyImportPlan, planImport, type ImportPlan } from "../../src/spreadsheet/index.js";

const doc = createExampleIsms();
const meta = { by: "Importer", at: "2026-12-01T09:00:00Z" };

describe("applyImportPlan", () => {
  it("applies every step and returns one change-log entry per change", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable", "Owner"], ["A.5.1", "Yes", "COO"], ["A.5.2", "Yes", "COO"]] }]);
    const result = applyImportPlan(doc, plan, meta);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.entries).toHaveLength(2);
      expect(result.value.entries.every((entry) => entry.by === "Importer")).toBe(true);
      expect(result.value.document.soaDecisions.find((found) => found.control === "annex-a:5.2")?.owner).toBe("COO");
    }
  });

  it("refuses a plan with errors and returns them", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable"], ["A.5.1", "perhaps"]] }]);
    const result = applyImportPlan(doc, plan, meta);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((found) => found.code)).toEqual(["unrecognised_yes_no"]);
  });

  it("all or nothing: a step the document refuses names its sheet and row, and nothing is changed", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable", "Owner"], ["A.5.1", "Yes", "COO"]] }]);
    const broken: ImportPlan = {
      ...plan,
      steps: [...plan.steps, { command: { type: "entity.update", collection: "assets", id: "A-GHOST", patch: { owner: "x" } }, summary: "ghost", source: { sheet: "SoA", row: 9, cells: [] } }],
    };
    const before = JSON.stringify(doc);
    const result = applyImportPlan(doc, broken, meta);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toMatchObject({ sheet: "SoA", row: 9, code: "unknown_entity" });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("adds a new asset from an inventory row (the TSDoc example)", () => {
    const plan = planImport(doc, [{ name: "Assets", rows: [["Asset ID", "Asset", "Asset type", "Owner"], ["A-HW-KIOSK", "Lobby kiosk", "Hardware", "Office Manager"]] }]);
    const result = applyImportPlan(doc, plan, meta);
    expect(result.ok && result.value.entries.length).toBe(1);
    expect(result.ok && result.value.document.assets.find((asset) => asset.id === "A-HW-KIOSK")).toMatchObject({ type: "hardware", status: "in_use" });
  });

  it("does not mutate the document, the sheets or the plan", () => {
    const freeze = <T>(value: T): T => {
      if (value && typeof value === "object") {
        Object.freeze(value);
        for (const inner of Object.values(value)) freeze(inner);
      }
      return value;
    };
    const frozen = freeze(createExampleIsms());
    const sheets = freeze([{ name: "SoA", rows: [["Control", "Applicable", "Owner", "Colour"], ["A.5.1", "Yes", "COO", "red"], ["A.7.5", "No", "", ""]] }]);
    const plan = freeze(planImport(frozen, sheets));
    const result = applyImportPlan(frozen, plan, meta);
    expect(result.ok).toBe(true);
  });

  it("an empty plan returns the same document", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable"], ["A.5.1", "Yes"]] }]);
    const result = applyImportPlan(doc, plan, meta);
    expect(result.ok && result.value.document).toBe(doc);
  });
});
