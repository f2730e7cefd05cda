import { describe, expect, it } from "vitest";
import { AssetIdSchema, type AssetId } from "../../src/core/index.js";
import type { EffectiveRequirementSet } from "../../src/assets/index.js";
import { suggestConsequence, type Methodology } from "../../src/risk/index.js";
import { assetRisk, eventRisk, m1 } from "./fixtures.js";

const A1 = AssetIdSchema.parse("A-1");
const A2 = AssetIdSchema.parse("A-2");

describe("suggestConsequence", () => {
  const req = (property: string, level: string, rank: number) => ({ property, level, rank, source: { kind: "own" as const } });
  const effective = new Map<AssetId, EffectiveRequirementSet>([
    [A1, { confidentiality: req("confidentiality", "normal", 1), availability: req("availability", "high", 2), integrity: req("integrity", "very_high", 3) }],
    [A2, { confidentiality: req("confidentiality", "high", 2) }],
  ]);
  const risk = assetRisk("R-1", {});
  it("takes the maximum over assets and affected properties and records the deciding one", () => {
    const suggestion = suggestConsequence(m1, risk, effective);
    expect(suggestion).toMatchObject({ consequence: "major", consequenceIndex: 2, aggregation: "maximum", source: { kind: "suggested", asset: "A-1", property: "availability", requirementLevel: "high", rank: 2 } });
    expect(suggestion?.contributions).toHaveLength(3);
  });
  it("lets an override win and keeps the suggestion", () => {
    expect(suggestConsequence(m1, risk, effective, { override: "minor", reason: "Pseudonymised" })).toMatchObject({
      consequence: "minor",
      consequenceIndex: 0,
      source: { kind: "override", suggested: "major", reason: "Pseudonymised" },
    });
    expect(suggestConsequence(m1, eventRisk("R-2", {}), effective, { override: "minor" })?.source).toEqual({ kind: "override" });
    expect(() => suggestConsequence(m1, risk, effective, { override: "nope" })).toThrow();
  });
  it("returns undefined without contributions or override", () => {
    expect(suggestConsequence(m1, eventRisk("R-2", {}), effective)).toBeUndefined();
    expect(suggestConsequence(m1, eventRisk("R-2", {}, { assets: ["A-1"], affectedProperties: [] }), effective)?.contributions).toHaveLength(3);
  });
  it("applies mean and cumulative aggregation", () => {
    const mean: Methodology = { ...m1, aggregation: { kind: "mean" } };
    // contributions: A-1 conf 1, A-1 avail 2, A-2 conf 2 → mean 5/3 → ceil 2
    expect(suggestConsequence(mean, risk, effective)?.consequenceIndex).toBe(2);
    const low = new Map<AssetId, EffectiveRequirementSet>([[A1, { confidentiality: req("confidentiality", "low", 0), availability: req("availability", "normal", 1) }]]);
    expect(suggestConsequence(mean, risk, low)?.consequenceIndex).toBe(1);
    const cumulative: Methodology = { ...m1, aggregation: { kind: "cumulative", threshold: 2 } };
    const twoNormal = new Map<AssetId, EffectiveRequirementSet>([[A1, { confidentiality: req("confidentiality", "normal", 1) }], [A2, { confidentiality: req("confidentiality", "normal", 1) }]]);
    expect(suggestConsequence(cumulative, risk, twoNormal)?.consequence).toBe("major");
    expect(suggestConsequence(cumulative, risk, low)?.consequence).toBe("moderate");
  });
  it("uses the methodology's mapping, then the proportional default", () => {
    const mapped: Methodology = { ...m1, consequenceMapping: { default: ["minor", "minor", "moderate"], byProperty: { availability: ["minor", "minor", "minor", "major"] } } };
    expect(suggestConsequence(mapped, risk, effective)).toMatchObject({ consequence: "moderate", source: { asset: "A-2", property: "confidentiality" } });
    expect(suggestConsequence(m1, risk, effective, { requirementScaleSizes: { availability: 5, confidentiality: 5 } })?.consequence).toBe("moderate");
    const broken: Methodology = { ...m1, consequenceMapping: { default: ["nope"] } };
    expect(() => suggestConsequence(broken, risk, effective)).toThrow();
  });
});
