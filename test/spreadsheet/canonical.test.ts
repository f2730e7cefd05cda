import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { planImport, renderImportPlan } from "../../src/spreadsheet/index.js";
import { actionSheet, assetSheet, riskSheet, soaSheet } from "./fixtures.js";

const doc = createExampleIsms();

describe("the export's canonical sheets of the example import as no change", () => {
  for (const [kind, sheet] of [["soa", soaSheet(doc)], ["risks", riskSheet(doc)], ["assets", assetSheet(doc)], ["actions", actionSheet(doc)]] as const) {
    it(`${kind}: recognised, no step, no error`, () => {
      const plan = planImport(doc, [sheet]);
      expect(plan.kind, renderImportPlan(plan)).toBe(kind);
      expect(plan.issues.filter((found) => found.severity !== "info"), renderImportPlan(plan)).toEqual([]);
      expect(plan.steps.map((step) => step.summary)).toEqual([]);
      expect(plan.columns.every((column) => column.field !== undefined), renderImportPlan(plan)).toBe(true);
    });
  }
});
