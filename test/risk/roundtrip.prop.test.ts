import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cox3x3Preset, matrix4x4Preset, MethodologySchema, product5x5Preset, RiskMatrixSchema, RiskSchema, validateRisks } from "../../src/risk/index.js";
import { formulaMatrixArb, methodologyArb, registerArb } from "../arbitraries/risk.js";
import { m1 } from "./fixtures.js";

const roundTrip = <T>(schema: z.ZodType<T>, value: T) => schema.parse(JSON.parse(JSON.stringify(value)));

describe("JSON round trip", () => {
  test.prop([registerArb(m1)], { numRuns: 100 })("every generated register survives JSON unchanged", (risks) => {
    expect(roundTrip(z.array(RiskSchema), risks)).toEqual(risks);
    expect(validateRisks(risks, { methodologies: m1 }).filter((found) => found.code !== "missing_owner")).toEqual(
      validateRisks(risks, { methodologies: m1 }).filter((found) => found.code === "residual_worse_without_rationale"),
    );
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
