import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  AppetiteStatusSchema,
  compareEvaluations,
  evaluateLevel,
  evaluateRisk,
  levelOf,
  listRisksAboveTolerance,
  prioritiseRisks,
  scoreRating,
  standingLayer,
} from "../../src/risk/index.js";
import { methodologyArb, ratingArb } from "../arbitraries/risk.js";
import { assetRisk, eventRisk, m1, m2, rating } from "./fixtures.js";

describe("evaluateLevel", () => {
  it("places levels against appetite and tolerance", () => {
    expect(evaluateLevel(m1, "low")?.appetite).toBe("within_appetite");
    expect(evaluateLevel(m1, "medium")?.appetite).toBe("within_tolerance");
    expect(evaluateLevel(m1, "high")).toMatchObject({ appetite: "above_tolerance", compensatingControlsRequired: true, authority: ["Risk owner", "CISO", "Top management"], review: { every: 3, unit: "months" } });
  });
  it("returns undefined for an unknown level and defaults when the criteria are silent", () => {
    expect(evaluateLevel(m1, "nope")).toBeUndefined();
    const silent = { ...m1, acceptance: { ...m1.acceptance, levels: [] } };
    expect(evaluateLevel(silent, "high")).toMatchObject({ authority: [], review: undefined, compensatingControlsRequired: false });
  });
});

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

describe("evaluation (properties)", () => {
  const order = AppetiteStatusSchema.options;
  test.prop([methodologyArb], { numRuns: 100 })("evaluation is monotone in level", (methodology) => {
    const statuses = methodology.matrix.levels.map((level) => order.indexOf(evaluateLevel(methodology, level.key)!.appetite));
    for (let i = 1; i < statuses.length; i += 1) expect(statuses[i]!).toBeGreaterThanOrEqual(statuses[i - 1]!);
  });
  test.prop([methodologyArb.chain((methodology) => fc.tuple(fc.constant(methodology), ratingArb(methodology)))], { numRuns: 200 })(
    "scoring through the methodology equals the grid lookup",
    ([methodology, rated]) => {
      const score = scoreRating(methodology, rated);
      const l = methodology.matrix.likelihood.levels.findIndex((level) => level.key === rated.likelihood);
      const c = methodology.matrix.consequence.levels.findIndex((level) => level.key === rated.consequence);
      expect(score.level.key).toBe(methodology.matrix.cells[l]![c]);
      expect(levelOf(methodology.matrix, rated.likelihood, rated.consequence)).toBe(score.level);
      expect(methodology.matrix.levels[score.levelIndex]).toBe(score.level);
    },
  );
});
