import { describe, expect, it } from "vitest";
import { AssetIdSchema } from "../../src/core/index.js";
import { validateRisks, type Methodology } from "../../src/risk/index.js";
import { assetRisk, eventRisk, m1, m2, rating } from "./fixtures.js";

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
