import { describe, expect, it } from "vitest";
import { createStarterIsms, parseIsms, validateIsms } from "../../src/document/index.js";
import { cox3x3Preset, matrix4x4Preset, product5x5Preset, type RiskMatrix } from "../../src/risk/index.js";

const base = { organisation: "Northwind", date: "2026-11-27" } as const;

describe("createStarterIsms", () => {
  it("uses the 5×5 product preset when no matrix is given", () => {
    const doc = createStarterIsms(base);
    expect(doc.methodologies).toHaveLength(1);
    expect(doc.methodologies[0]?.matrix).toEqual(product5x5Preset);
  });

  it.each([
    ["3×3", cox3x3Preset],
    ["4×4", matrix4x4Preset],
    ["5×5", product5x5Preset],
  ] as const)("uses the %s matrix it is given, and the result parses and has no error but the undecided controls", (_name, matrix) => {
    const doc = createStarterIsms({ ...base, matrix });
    expect(doc.methodologies[0]?.matrix).toEqual(matrix);
    expect(doc.methodologies[0]?.matrix.likelihood.levels).toHaveLength(matrix.likelihood.levels.length);
    expect(parseIsms(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    const errors = validateIsms(doc, { asOf: "2026-11-27" }).filter((found) => found.severity === "error");
    expect(new Set(errors.map((found) => found.code))).toEqual(new Set(["undecided_control"]));
  });

  it("rejects a malformed matrix", () => {
    const broken = { ...cox3x3Preset, cells: [] } as unknown as RiskMatrix;
    expect(() => createStarterIsms({ ...base, matrix: broken })).toThrow();
  });
});
