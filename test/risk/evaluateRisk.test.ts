import { describe, expect, it } from "vitest";
import { evaluateRisk, standingLayer } from "../../src/risk/index.js";
import { assetRisk, m1, m2, rating } from "./fixtures.js";

describe("evaluateRisk", () => {
  const risk = assetRisk("R-1", { inherent: rating("likely", "major"), current: rating("possible", "moderate") });
  it("evaluates the standing layer by default", () => {
    const evaluation = evaluateRisk(m1, risk);
    expect(evaluation).toMatchObject({ riskId: "R-1", layer: "current", level: "medium", appetite: "within_tolerance" });
    expect(evaluation?.score.likelihood).toBe("possible");
  });
  it("evaluates a chosen layer under the version the rating names", () => {
    expect(evaluateRisk([m2, m1], risk, "inherent")?.appetite).toBe("above_tolerance");
  });
  it("returns undefined when the layer, the version or a key is missing", () => {
    expect(evaluateRisk(m1, risk, "target")).toBeUndefined();
    expect(evaluateRisk(m2, risk)).toBeUndefined();
    expect(evaluateRisk(m1, assetRisk("R-2", {}))).toBeUndefined();
    expect(evaluateRisk(m1, assetRisk("R-3", { current: rating("nope", "major") }))).toBeUndefined();
  });
  it("standingLayer prefers residual, then current, then inherent, never target", () => {
    expect(standingLayer(assetRisk("R", { target: rating("likely", "major") }))).toBeUndefined();
    expect(standingLayer(assetRisk("R", { inherent: rating("likely", "major"), residual: rating("likely", "major") }))).toBe("residual");
    expect(standingLayer(assetRisk("R", { inherent: rating("likely", "major") }))).toBe("inherent");
  });
});
