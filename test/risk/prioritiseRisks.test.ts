import { describe, expect, it } from "vitest";
import { compareEvaluations, listRisksAboveTolerance, prioritiseRisks } from "../../src/risk/index.js";
import { assetRisk, eventRisk, m1, rating } from "./fixtures.js";

describe("prioritiseRisks and listRisksAboveTolerance", () => {
  const risks = [
    assetRisk("R-3", { current: rating("possible", "moderate") }),
    eventRisk("R-1", { current: rating("likely", "major") }),
    assetRisk("R-2", { current: rating("likely", "moderate") }),
    assetRisk("R-4", { current: rating("possible", "major") }),
    assetRisk("R-0", { current: rating("possible", "moderate") }),
    assetRisk("R-5", {}),
  ];
  it("orders by level, then consequence, likelihood and id, leaving out unrated risks", () => {
    expect(prioritiseRisks(m1, risks).map((evaluation) => evaluation.riskId)).toEqual(["R-1", "R-4", "R-2", "R-0", "R-3"]);
  });
  it("lists risks above tolerance", () => {
    expect(listRisksAboveTolerance(m1, risks).map((evaluation) => evaluation.riskId)).toEqual(["R-1"]);
    expect(listRisksAboveTolerance(m1, risks, "residual")).toEqual([]);
  });
  it("compareEvaluations is zero only for the same risk", () => {
    const [a] = prioritiseRisks(m1, risks);
    expect(compareEvaluations(a!, a!)).toBe(0);
  });
});
