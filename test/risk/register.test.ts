import { describe, expect, it } from "vitest";
import { AssetIdSchema, type AssetId } from "../../src/core/index.js";
import type { EffectiveRequirementSet } from "../../src/assets/index.js";
import {
  createMethodology,
  heatMapCounts,
  listStaleRatings,
  matrix4x4Preset,
  riskMovement,
  setRating,
  suggestConsequence,
  validateRisks,
  type Methodology,
} from "../../src/risk/index.js";
import { assetRisk, deepFreeze, eventRisk, m1, m2, rating } from "./fixtures.js";

const A1 = AssetIdSchema.parse("A-1");
const A2 = AssetIdSchema.parse("A-2");
const codes = (found: ReturnType<typeof validateRisks>) => found.map((f) => `${f.code}@${f.path.join(",")}`);

describe("validateRisks", () => {
  it("accepts a clean register", () => {
    const risks = [assetRisk("R-1", { current: rating("likely", "major") }), eventRisk("R-2", { inherent: rating("possible", "minor", {}, m2) })];
    expect(validateRisks(risks, { methodologies: [m1, m2], assetIds: [A1, A2] })).toEqual([]);
  });
  it("reports duplicate ids and missing owners", () => {
    const risks = [assetRisk("R-1", {}), assetRisk("R-1", {}, { owner: undefined })];
    expect(codes(validateRisks(risks, { methodologies: m1 }))).toEqual(["duplicate_risk_id@1,id", "missing_owner@1,owner"]);
  });
  it("reports unknown assets only when asset ids are given", () => {
    const risks = [assetRisk("R-1", {})];
    expect(codes(validateRisks(risks, { methodologies: m1, assetIds: new Set([A1]) }))).toEqual(["unknown_asset@0,assets,1"]);
    expect(validateRisks(risks, { methodologies: m1 })).toEqual([]);
  });
  it("reports a consequence source naming an asset the risk does not list", () => {
    const source = { kind: "suggested" as const, asset: AssetIdSchema.parse("A-9"), property: "confidentiality", requirementLevel: "high", rank: 2 };
    const risks = [eventRisk("R-1", { current: rating("likely", "major", { consequenceSource: source }) })];
    expect(codes(validateRisks(risks, { methodologies: m1 }))).toEqual(["unknown_asset@0,ratings,current,consequenceSource,asset"]);
  });
  it("reports ratings under a methodology version not held", () => {
    const risks = [assetRisk("R-1", { residual: rating("likely", "major", {}, { ...m1, version: 7 } as Methodology) })];
    expect(codes(validateRisks(risks, { methodologies: m1 }))).toEqual(["unknown_methodology_version@0,ratings,residual,methodology"]);
  });
  it("reports levels not on the scale", () => {
    const risks = [assetRisk("R-1", { inherent: rating("often", "huge") })];
    expect(codes(validateRisks(risks, { methodologies: m1 }))).toEqual(["level_not_on_scale@0,ratings,inherent,likelihood", "level_not_on_scale@0,ratings,inherent,consequence"]);
  });
  it("does not throw when a methodology's matrix is malformed", () => {
    const broken: Methodology = { ...m1, matrix: { ...m1.matrix, cells: [["low"]] } };
    expect(validateRisks([assetRisk("R-1", { current: rating("likely", "major") })], { methodologies: broken })).toEqual([]);
  });
  it("warns about a residual worse than current without a rationale, and only then", () => {
    const worse = assetRisk("R-1", { current: rating("possible", "moderate"), residual: rating("likely", "major") });
    const found = validateRisks([worse], { methodologies: m1 });
    expect(codes(found)).toEqual(["residual_worse_without_rationale@0,ratings,residual"]);
    expect(found[0]?.severity).toBe("warning");
    const explained = assetRisk("R-1", { current: rating("possible", "moderate"), residual: rating("likely", "major", { rationale: "Control failed in audit" }) });
    expect(validateRisks([explained], { methodologies: m1 })).toEqual([]);
    const otherMethod = assetRisk("R-1", { current: rating("possible", "moderate"), residual: rating("almost_certain", "severe", {}, m2) });
    // v2 has other levels: the two ratings are not compared.
    expect(validateRisks([otherMethod], { methodologies: [m1, m2] })).toEqual([]);
    // A v2 with the same levels in the same order (only re-anchored, say): they are.
    const sameLevels: Methodology = { ...m1, version: 2, name: "Acme method v2 (re-anchored)" };
    const acrossVersions = assetRisk("R-1", { current: rating("possible", "moderate"), residual: rating("likely", "major", {}, sameLevels) });
    expect(codes(validateRisks([acrossVersions], { methodologies: [m1, sameLevels] }))).toEqual(["residual_worse_without_rationale@0,ratings,residual"]);
  });
});

describe("heatMapCounts", () => {
  const risks = [
    assetRisk("R-1", { current: rating("likely", "major") }),
    assetRisk("R-2", { current: rating("likely", "major") }),
    assetRisk("R-3", { current: rating("unlikely", "minor") }),
    assetRisk("R-4", {}),
    assetRisk("R-5", { current: rating("likely", "major", {}, m2) }),
  ];
  const map = heatMapCounts(m1, risks, "current");
  it("counts risks per cell with labels for a renderer", () => {
    expect(map.cells[2]![2]).toMatchObject({ likelihood: "likely", consequence: "major", count: 2, riskIds: ["R-1", "R-2"] });
    expect(map.cells[2]![2]!.level?.key).toBe("high");
    expect(map.cells[0]![0]!.count).toBe(1);
    expect(map.likelihood.map((level) => level.label)).toEqual(["Unlikely", "Possible", "Likely"]);
    expect(map.consequence).toHaveLength(3);
  });
  it("separates unrated risks and ratings under another version", () => {
    expect(map.total).toBe(3);
    expect(map.unrated).toEqual(["R-4"]);
    expect(map.notScored).toEqual(["R-5"]);
  });
});

describe("heatMapCounts with restate across versions of one methodology", () => {
  // Version 2 of m1's methodology moves from the 3×3 Cox matrix to the 4×4 preset, whose
  // keys are all new; version 3 keeps the 3×3 keys. Ratings under every version are drawn on
  // the version given, each through the scales of the version it was made under.
  const v2: Methodology = createMethodology({ id: m1.id, version: 2, name: "Acme method v2", reviewDate: "2028-01-31", matrix: matrix4x4Preset });
  const v3: Methodology = { ...m1, version: 3 };
  const risks = [
    assetRisk("R-1", { current: rating("likely", "major") }), // v1: top of 3 and top of 3
    assetRisk("R-2", { current: rating("possible", "minor") }), // v1: middle of 3, bottom of 3
    assetRisk("R-3", { current: rating("probable", "serious", {}, v2) }), // v2 itself
    assetRisk("R-4", { current: rating("unlikely", "moderate", {}, v3) }), // v3, a later version
    assetRisk("R-5", { current: rating("likely", "major", {}, { ...m1, id: "other" } as Methodology) }), // another methodology
  ];

  it("restates ratings of every version, earlier or later, whose keys are not on this version's scales, by their rank on their own version's scales", () => {
    const map = heatMapCounts(v2, risks, "current", { restate: true, methodologies: [m1, v2, v3] });
    expect(map.total).toBe(4);
    expect(map.restated).toEqual(["R-1", "R-2", "R-4"]);
    expect(map.notScored).toEqual(["R-5"]);
    expect(map.cells[3]![3]!.riskIds).toEqual(["R-1"]);
    expect(map.cells[2]![0]!.riskIds).toEqual(["R-2"]);
    expect(map.cells[2]![2]!.riskIds).toEqual(["R-3"]);
    expect(map.cells[0]![2]!.riskIds).toEqual(["R-4"]);
  });
  it("keeps a level whose key the drawn version still has, rank or not", () => {
    const map = heatMapCounts(m1, [assetRisk("R-1", { current: rating("likely", "moderate", {}, v3) })], "current", { restate: true, methodologies: [m1, v3] });
    expect(map.cells[2]![1]!.riskIds).toEqual(["R-1"]);
    expect(map.restated).toEqual(["R-1"]);
  });
  it("without the versions, restates only ratings whose keys are on this version's scales", () => {
    const map = heatMapCounts(v2, risks, "current", { restate: true });
    expect(map.restated).toEqual([]);
    expect(map.notScored).toEqual(["R-1", "R-2", "R-4", "R-5"]);
  });
  it("does not restate a rating of a version that is not held and whose keys are not on the scales", () => {
    const map = heatMapCounts(v2, [assetRisk("R-9", { current: rating("likely", "major", {}, { ...m1, version: 9 } as Methodology) })], "current", { restate: true, methodologies: [m1, v2] });
    expect(map.notScored).toEqual(["R-9"]);
  });
  it("without restate, counts only ratings of the version drawn", () => {
    const map = heatMapCounts(v2, risks, "current", { methodologies: [m1, v2, v3] });
    expect(map.total).toBe(1);
    expect(map.restated).toEqual([]);
  });
});

describe("riskMovement", () => {
  it("reports reduction, no change, increase and unknown", () => {
    const risks = [
      assetRisk("R-1", { inherent: rating("likely", "major"), residual: rating("unlikely", "major") }),
      assetRisk("R-2", { inherent: rating("likely", "moderate"), residual: rating("possible", "moderate") }),
      assetRisk("R-3", { inherent: rating("possible", "minor"), residual: rating("likely", "major", { rationale: "New threat" }) }),
      assetRisk("R-4", { inherent: rating("likely", "major") }),
      assetRisk("R-5", { inherent: rating("likely", "major"), residual: rating("likely", "major", {}, m2) }),
      assetRisk("R-6", { inherent: rating("x", "major"), residual: rating("likely", "major") }),
    ];
    const moves = riskMovement([m1, m2], risks);
    expect(moves.map((move) => move.direction)).toEqual(["reduced", "unchanged", "increased", "unknown", "unknown", "unknown"]);
    expect(moves[0]).toMatchObject({ levelChange: -2, likelihoodChange: -2, consequenceChange: 0 });
    expect(riskMovement(m1, risks, "inherent", "inherent")[0]?.direction).toBe("unchanged");
  });
});

describe("listStaleRatings", () => {
  const risks = [
    assetRisk("R-1", { current: rating("likely", "major", { date: "2026-01-01" }) }), // high: every 3 months → due 2026-04-01
    assetRisk("R-2", { current: rating("unlikely", "minor", { date: "2026-01-01" }) }), // low: 12 months
    assetRisk("R-3", { inherent: rating("likely", "major", {}, { ...m1, version: 9 } as Methodology) }),
    assetRisk("R-4", { residual: rating("nope", "major") }),
  ];
  it("lists ratings older than their level's review interval", () => {
    expect(listStaleRatings(m1, risks, "2026-04-01")).toEqual([{ riskId: "R-3", layer: "inherent", date: "2026-03-01", dueDate: undefined, reason: "unknown_methodology" }]);
    expect(listStaleRatings(m1, risks, "2026-04-02")).toContainEqual({ riskId: "R-1", layer: "current", date: "2026-01-01", dueDate: "2026-04-01", reason: "review_overdue" });
    expect(listStaleRatings(m1, risks, "2027-06-01", { layers: ["current"] }).map((stale) => stale.riskId)).toEqual(["R-1", "R-2"]);
  });
  it("supports review intervals in days and criteria without an interval", () => {
    const daily: Methodology = { ...m1, acceptance: { ...m1.acceptance, levels: [{ level: "high", authority: ["CISO"], review: { every: 10, unit: "days" }, compensatingControlsRequired: true }] } };
    expect(listStaleRatings(daily, risks, "2026-01-12", { layers: ["current"] })).toEqual([{ riskId: "R-1", layer: "current", date: "2026-01-01", dueDate: "2026-01-11", reason: "review_overdue" }]);
  });
  it("lists ratings made under a superseded version", () => {
    const r = [assetRisk("R-1", { current: rating("likely", "major", { date: "2026-03-01" }) })];
    expect(listStaleRatings([m1, m2], r, "2026-03-02")).toEqual([{ riskId: "R-1", layer: "current", date: "2026-03-01", dueDate: undefined, reason: "methodology_superseded" }]);
  });
  it("throws on an invalid asOf", () => {
    expect(() => listStaleRatings(m1, risks, "2026-02-30")).toThrow();
  });
});

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

describe("setRating", () => {
  const risk = deepFreeze(assetRisk("R-1", { current: rating("likely", "major") }));
  it("does not mutate its input", () => {
    const next = setRating(risk, "residual", rating("unlikely", "major"));
    expect(next.ratings.residual?.likelihood).toBe("unlikely");
    expect(risk.ratings.residual).toBeUndefined();
  });
  it("returns the same reference when nothing changes", () => {
    expect(setRating(risk, "current", rating("likely", "major"))).toBe(risk);
    expect(setRating(risk, "target", undefined)).toBe(risk);
  });
  it("removes a layer", () => {
    expect(setRating(risk, "current", undefined).ratings).toEqual({});
  });
});
