import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { planImport, renderImportPlan } from "../../src/spreadsheet/index.js";
import { documentArb } from "../arbitraries/document.js";
import { actionSheet, assetSheet, riskSheet, soaSheet } from "./fixtures.js";

describe("the canonical sheets of a generated document import as no change", () => {
  test.prop([documentArb], { numRuns: 100 })("SoA, risks, assets and actions: no step", (doc) => {
    for (const [kind, sheet] of [["soa", soaSheet(doc)], ["risks", riskSheet(doc)], ["assets", assetSheet(doc)], ["actions", actionSheet(doc)]] as const) {
      const plan = planImport(doc, [sheet], { kind });
      expect(plan.steps.map((step) => step.summary), renderImportPlan(plan)).toEqual([]);
      expect(plan.issues.filter((found) => found.severity === "error"), renderImportPlan(plan)).toEqual([]);
    }
  });
});
