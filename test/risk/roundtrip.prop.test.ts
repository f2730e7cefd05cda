import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cox3x3Preset, matrix4x4Preset, MethodologySchema, product5x5Preset, RiskMatrixSchema, RiskSchema, validateRisks } from "../../src/risk/index.js";
import { formulaMatrixArb, methodologyArb, registerArb } from "../arbitraries/risk.js";
import { m1 } from "./fixtures.js";

const roundTrip = <T>(schema: z.ZodType<T>, value: T) => schema.parse(JSON.parse(JSON.stringify(value)));

describe("JSON round trip", () => {
  test.prop([registerArb(m1)], { numRuns: 100 })("every generated register survives JSON unchanged", (risks) => {
    const back = roundTrip(z.array(RiskSchema), risks);
    // Strict, so that a key parsing adds as undefined or a -0 counts as a change; the clone gives
    // objects of the arbitrary's null prototype the plain prototype JSON gives them.
    expect(back).toStrictEqual(structuredClone(risks));
    expect(JSON.stringify(back)).toBe(JSON.stringify(risks));
  });
  test.prop([registerArb(m1)], { numRuns: 100 })("a generated register breaks no rule but missing owners and unexplained worse residual ratings", (risks) => {
    const findings = validateRisks(risks, { methodologies: m1 });
    expect(findings.filter((found) => found.code !== "missing_owner" && found.code !== "residual_worse_without_rationale")).toEqual([]);
  });
  test.prop([methodologyArb], { numRuns: 50 })("every generated methodology survives JSON unchanged", (methodology) => {
    expect(roundTrip(MethodologySchema, methodology)).toEqual(methodology);
  });
  test.prop([formulaMatrixArb], { numRuns: 50 })("every generated matrix survives JSON unchanged", (matrix) => {
    expect(roundTrip(RiskMatrixSchema, matrix)).toEqual(matrix);
  });
  it("the presets survive JSON unchanged", () => {
    for (const preset of [cox3x3Preset, matrix4x4Preset, product5x5Preset]) expect(roundTrip(RiskMatrixSchema, preset)).toEqual(preset);
  });
  it("unknown keys are errors, custom fields are kept", () => {
    const risk = { kind: "event_based", id: "R-1", title: "T", status: "identified", affectedProperties: [], ratings: {}, riskSource: "S", event: "E", consequenceDescription: "C" };
    expect(RiskSchema.safeParse({ ...risk, extra: 1 }).success).toBe(false);
    expect(RiskSchema.parse({ ...risk, custom: { jira: "SEC-1", n: [1, null] } }).custom).toEqual({ jira: "SEC-1", n: [1, null] });
    expect(RiskSchema.safeParse({ ...risk, kind: "other" }).success).toBe(false);
  });
});

void fc;
