import { describe, expect, it } from "vitest";
import { createStarterIsms } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { exportOscal, OSCAL_MODELS, safeExportOscal } from "../../src/oscal/index.js";

const asOf = "2026-11-27T09:00:00Z";
const example = createExampleIsms();
const starter = createStarterIsms({ organisation: "Starter Ltd", date: "2026-01-05" });

describe("safeExportOscal", () => {
  it("returns what exportOscal returns for every model of a complete document", () => {
    for (const model of OSCAL_MODELS) expect(safeExportOscal(example, model, { asOf })).toEqual({ ok: true, value: exportOscal(example, model, { asOf }) });
  });

  it("returns issues instead of throwing for what cannot be exported", () => {
    const codes = (result: ReturnType<typeof safeExportOscal>) => (result.ok ? [] : result.error.map((found) => [found.code, found.path]));
    expect(() => exportOscal(starter, "profile", { asOf })).toThrow();
    expect(codes(safeExportOscal(starter, "profile", { asOf }))).toEqual([["invalid_argument", ["soaDecisions"]]]);
    expect(codes(safeExportOscal(example, "catalog", { asOf, catalogue: "ghost" }))).toEqual([["unknown_entity", ["catalogue"]]]);
    expect(codes(safeExportOscal(example, "catalog", { asOf: "yesterday" }))).toEqual([["invalid_date", ["asOf"]]]);
  });
});
