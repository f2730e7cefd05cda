import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  normaliseTreatmentOption,
  toOscalResponseType,
  TREATMENT_OPTION_ALIASES,
  TreatmentOptionInputSchema,
  TreatmentOptionSchema,
  TreatmentPlanSchema,
  DecisionSchema,
} from "../../src/treatment/index.js";

describe("treatment options", () => {
  it.each([
    ["Mitigate", "modify"],
    ["reduce", "modify"],
    ["Risk modification", "modify"],
    ["  ACCEPT ", "retain"],
    ["tolerate", "retain"],
    ["risk_retention", "retain"],
    ["terminate", "avoid"],
    ["Avoid", "avoid"],
    ["transfer", "share"],
    ["insure", "share"],
    ["Outsource", "share"],
  ])("normalises %s to %s", (word, option) => {
    expect(normaliseTreatmentOption(word)).toBe(option);
  });

  it("returns undefined for a word that is no option", () => {
    expect(normaliseTreatmentOption("ignore")).toBeUndefined();
    expect(normaliseTreatmentOption("constructor")).toBeUndefined();
    expect(normaliseTreatmentOption("")).toBeUndefined();
  });

  it("maps every canonical option to itself and every alias to a canonical option", () => {
    for (const option of TreatmentOptionSchema.options) expect(normaliseTreatmentOption(option)).toBe(option);
    for (const option of Object.values(TREATMENT_OPTION_ALIASES)) expect(TreatmentOptionSchema.options).toContain(option);
  });

  it("the input schema accepts aliases and outputs the canonical option", () => {
    expect(TreatmentOptionInputSchema.parse("Transfer")).toBe("share");
    expect(z.encode(TreatmentOptionInputSchema, "retain")).toBe("retain");
    const failed = TreatmentOptionInputSchema.safeParse("ignore");
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toContain("not a treatment option");
  });

  it("the stored schema accepts the canonical words only", () => {
    expect(TreatmentOptionSchema.safeParse("mitigate").success).toBe(false);
  });

  it("all schemas export to JSON Schema, the input schema too", () => {
    expect(z.toJSONSchema(TreatmentOptionInputSchema)).toMatchObject({ enum: ["modify", "retain", "avoid", "share"] });
    expect(z.toJSONSchema(TreatmentOptionInputSchema, { io: "input" })).toMatchObject({ type: "string" });
    expect(() => z.toJSONSchema(TreatmentPlanSchema)).not.toThrow();
    expect(() => z.toJSONSchema(DecisionSchema)).not.toThrow();
  });

  it("maps options to OSCAL response types", () => {
    expect(TreatmentOptionSchema.options.map(toOscalResponseType)).toEqual(["mitigate", "accept", "avoid", "share"]);
  });
});
