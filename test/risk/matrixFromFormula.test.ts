import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { formulaScore, matrixFromFormula, RiskMatrixSchema } from "../../src/risk/index.js";
import { levelsOf, scaleOf } from "../arbitraries/risk.js";

describe("matrixFromFormula", () => {
  const base = { likelihood: scaleOf("l", 4), consequence: scaleOf("c", 4), levels: levelsOf(3) };
  it("fills the grid from product, sum and weighted formulas with bands", () => {
    const product = matrixFromFormula({ ...base, formula: { kind: "product" }, bands: [{ level: "r0", from: 1 }, { level: "r1", from: 4 }, { level: "r2", from: 9 }] });
    expect(product.cells[0]).toEqual(["r0", "r0", "r0", "r1"]);
    expect(product.cells[3]).toEqual(["r1", "r1", "r2", "r2"]);
    const sum = matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [{ level: "r0", from: 2 }, { level: "r2", from: 8 }] });
    expect(sum.cells[3]![3]).toBe("r2");
    expect(sum.cells[3]![2]).toBe("r0");
    expect(RiskMatrixSchema.parse(sum)).toEqual(sum);
  });
  it("computes weighted scores like L×I+2I", () => {
    expect(formulaScore({ kind: "weighted", product: 1, likelihood: 0, consequence: 2 }, 3, 4)).toBe(20);
    expect(formulaScore({ kind: "weighted", product: 0, likelihood: 1, consequence: 3, constant: 1 }, 2, 2)).toBe(9);
    expect(formulaScore({ kind: "sum" }, 2, 3)).toBe(5);
  });
  it("puts scores below the first band into the first band", () => {
    const matrix = matrixFromFormula({ ...base, formula: { kind: "product" }, bands: [{ level: "r1", from: 5 }, { level: "r2", from: 10 }] });
    expect(matrix.cells[0]![0]).toBe("r1");
  });
  it("uses level values when given", () => {
    const likelihood = { levels: [{ key: "a", label: "A", value: 1 }, { key: "b", label: "B", value: 10 }] };
    const matrix = matrixFromFormula({ likelihood, consequence: likelihood, levels: levelsOf(2), formula: { kind: "product" }, bands: [{ level: "r0", from: 0 }, { level: "r1", from: 50 }] });
    expect(matrix.cells).toEqual([["r0", "r0"], ["r0", "r1"]]);
  });
  it("rejects bad bands and values", () => {
    expect(() => matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [] })).toThrow(IsmsError);
    expect(() => matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [{ level: "zz", from: 0 }] })).toThrow(/not a risk level/);
    expect(() => matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [{ level: "r1", from: 0 }, { level: "r0", from: 5 }] })).toThrow(/higher level/);
    expect(() => matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [{ level: "r0", from: 5 }, { level: "r1", from: 5 }] })).toThrow(IsmsError);
    const down = { levels: [{ key: "a", label: "A", value: 2 }, { key: "b", label: "B", value: 1 }] };
    expect(() => matrixFromFormula({ ...base, likelihood: down, formula: { kind: "sum" }, bands: [{ level: "r0", from: 0 }] })).toThrow(/increase/);
    const negative = { levels: [{ key: "a", label: "A", value: -1 }, { key: "b", label: "B", value: 1 }] };
    expect(() => matrixFromFormula({ ...base, likelihood: negative, formula: { kind: "product" }, bands: [{ level: "r0", from: 0 }] })).toThrow(/negative/);
    expect(matrixFromFormula({ ...base, likelihood: negative, formula: { kind: "sum" }, bands: [{ level: "r0", from: 0 }] }).cells).toHaveLength(2);
  });
});
