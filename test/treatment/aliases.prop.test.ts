import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import * as z from "zod";
import { normaliseTreatmentOption, TREATMENT_OPTION_ALIASES, TreatmentOptionSchema, TreatmentPlanSchema } from "../../src/treatment/index.js";
import { optionWordArb } from "../arbitraries/treatment.js";

const raw = (options: readonly string[]): Record<string, unknown> => ({ id: "TP-9", title: "Plan", risks: ["R-1"], options, controls: [], actions: [] });
const items = (z.toJSONSchema(TreatmentPlanSchema, { io: "input" }) as unknown as { properties: { options: { items: { pattern: string } } } }).properties.options.items;
const pattern = new RegExp(items.pattern, "u");

describe("option alias properties", () => {
  test.prop([fc.array(optionWordArb, { minLength: 1, maxLength: 5 })], { numRuns: 200 })(
    "alias normalisation is idempotent: a parsed plan parses to itself, also after a JSON round trip",
    (words) => {
      const once = TreatmentPlanSchema.parse(raw(words));
      for (const option of once.options) expect(TreatmentOptionSchema.options).toContain(option);
      expect(once.options).toEqual(words.map((word) => normaliseTreatmentOption(word)));
      expect(TreatmentPlanSchema.parse(once)).toEqual(once);
      expect(TreatmentPlanSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
    },
  );

  test.prop([optionWordArb], { numRuns: 200 })("every way of writing an alias maps to that alias's option", (word) => {
    const key = word.trim().toLowerCase().replace(/[\s_-]+/g, " ").replace(/^risk /, "");
    expect(normaliseTreatmentOption(word)).toBe(TREATMENT_OPTION_ALIASES[key]);
    expect(pattern.test(word)).toBe(true);
  });

  test.prop([fc.oneof(fc.string({ maxLength: 16 }), optionWordArb.map((word) => word.slice(1)), optionWordArb.map((word) => `${word}x`))], { numRuns: 200 })(
    "the JSON Schema pattern accepts exactly the words the parser accepts",
    (word) => {
      const accepted = TreatmentPlanSchema.safeParse(raw([word])).success;
      expect(pattern.test(word)).toBe(accepted);
      expect(accepted).toBe(normaliseTreatmentOption(word) !== undefined);
    },
  );
});
