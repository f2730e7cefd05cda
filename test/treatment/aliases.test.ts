import { describe, expect, it } from "vitest";
import * as z from "zod";
import { parseIsms, safeParseIsms } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import {
  normaliseTreatmentOption,
  TREATMENT_OPTION_ALIASES,
  TreatmentOptionSchema,
  TreatmentPlanSchema,
  updateTreatmentPlan,
} from "../../src/treatment/index.js";
import { deepFreeze, pid, plan } from "./fixtures.js";

const raw = (options: unknown): Record<string, unknown> => ({
  id: "TP-9",
  title: "Plan",
  risks: ["R-1"],
  options,
  controls: [{ ref: "annex-a:8.24", state: "planned" }],
  actions: [],
});

describe("plan options accept aliases on input", () => {
  it.each([
    ["Mitigate", "modify"],
    ["MITIGATION", "modify"],
    ["reduce", "modify"],
    ["Risk Reduction", "modify"],
    ["remediate", "modify"],
    ["treat", "modify"],
    ["control", "modify"],
    ["modification", "modify"],
    ["Accept", "retain"],
    ["acceptance", "retain"],
    ["tolerate", "retain"],
    ["risk_retention", "retain"],
    ["terminate", "avoid"],
    ["Eliminate", "avoid"],
    ["discontinue", "avoid"],
    ["risk-avoidance", "avoid"],
    ["Transfer", "share"],
    ["insure", "share"],
    ["Insurance", "share"],
    ["outsource", "share"],
    ["  sharing\t", "share"],
  ])("parses %j as %s", (word, option) => {
    expect(TreatmentPlanSchema.parse(raw([word])).options).toEqual([option]);
  });

  it("normalises every alias of the table in lower, upper and title case", () => {
    for (const [alias, option] of Object.entries(TREATMENT_OPTION_ALIASES)) {
      const title = alias.charAt(0).toUpperCase() + alias.slice(1);
      expect(TreatmentPlanSchema.parse(raw([alias, alias.toUpperCase(), title])).options).toEqual([option, option, option]);
    }
  });

  it("keeps canonical words and the order of the list", () => {
    expect(TreatmentPlanSchema.parse(raw(["share", "Mitigate", "retain"])).options).toEqual(["share", "modify", "retain"]);
  });

  it("parsing a parsed plan again gives an equal plan", () => {
    const once = TreatmentPlanSchema.parse(raw(["Transfer", "reduce"]));
    expect(TreatmentPlanSchema.parse(once)).toEqual(once);
    expect(TreatmentPlanSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it("rejects an unknown word with a clear message at the option's path", () => {
    const failed = TreatmentPlanSchema.safeParse(raw(["modify", "ignore"]));
    expect(failed.success).toBe(false);
    expect(failed.error?.issues).toEqual([
      expect.objectContaining({ path: ["options", 1], message: expect.stringMatching(/"ignore" is not a treatment option; use modify, retain, avoid or share/) }),
    ]);
  });

  it.each([[""], ["   "], ["risk"], ["risk "], ["mitigated"], ["miti gate"], ["riskmitigate"], ["constructor"], ["__proto__"]])("rejects %j", (word) => {
    expect(TreatmentPlanSchema.safeParse(raw([word])).success).toBe(false);
  });

  it("rejects non-strings and an empty list as before", () => {
    expect(TreatmentPlanSchema.safeParse(raw([1])).error?.issues[0]?.path).toEqual(["options", 0]);
    expect(TreatmentPlanSchema.safeParse(raw([])).error?.issues[0]?.path).toEqual(["options"]);
  });

  it("parseIsms normalises a document whose plan says Mitigate, and the result parses to itself", () => {
    const document = JSON.parse(JSON.stringify(createExampleIsms())) as { treatmentPlans: { options: string[] }[] };
    expect(document.treatmentPlans.length).toBeGreaterThan(0);
    document.treatmentPlans[0]!.options = ["Mitigate"];
    const parsed = parseIsms(document);
    expect(parsed.treatmentPlans[0]!.options).toEqual(["modify"]);
    const again = parseIsms(JSON.parse(JSON.stringify(parsed)));
    expect(again).toEqual(parsed);
  });

  it("parseIsms reports an unknown option at its path in the document", () => {
    const document = JSON.parse(JSON.stringify(createExampleIsms())) as { treatmentPlans: { options: string[] }[] };
    document.treatmentPlans[0]!.options = ["Ignore"];
    const result = safeParseIsms(document);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error).toEqual([
      expect.objectContaining({ path: ["treatmentPlans", 0, "options", 0], message: expect.stringContaining('"Ignore" is not a treatment option') }),
    ]);
  });

  it("updateTreatmentPlan stores the normalised option, and an alias of what the plan holds changes nothing", () => {
    const plans = deepFreeze([plan()]);
    const same = updateTreatmentPlan(plans, pid("TP-1"), { options: ["Mitigate"] as never });
    expect(same.ok && same.value).toBe(plans);
    const changed = updateTreatmentPlan(plans, pid("TP-1"), { options: ["Mitigate", "transfer"] as never });
    expect(changed.ok && changed.value[0]!.options).toEqual(["modify", "share"]);
  });
});

describe("the JSON Schema of plan options", () => {
  const inputOptions = (): Record<string, unknown> => {
    const schema = z.toJSONSchema(TreatmentPlanSchema, { io: "input", target: "draft-2020-12" }) as unknown as { properties: { options: { items: Record<string, unknown> } } };
    return schema.properties.options.items;
  };

  it("on input, tells what is accepted: the canonical words as examples, the aliases in the description, and a pattern", () => {
    const items = inputOptions();
    expect(items["type"]).toBe("string");
    expect(items["examples"]).toEqual(["modify", "retain", "avoid", "share"]);
    const description = String(items["description"]);
    expect(description).toContain("modify, retain, avoid or share");
    for (const alias of Object.keys(TREATMENT_OPTION_ALIASES)) expect(description).toContain(alias);
    const pattern = new RegExp(String(items["pattern"]), "u");
    for (const word of ["Mitigate", "risk transfer", "ACCEPT", " share "]) expect(pattern.test(word)).toBe(true);
    for (const word of ["ignore", "mitigated", ""]) expect(pattern.test(word)).toBe(false);
  });

  it("the pattern agrees with normaliseTreatmentOption on tricky input", () => {
    const pattern = new RegExp(String(inputOptions()["pattern"]), "u");
    for (const word of ["RIS\u212A mitigate", "risk__mitigate", "risk\t-\tshare", "\u00a0avoid\u00a0", "_avoid", "avoid_", "risk", "mitigate risk"]) {
      expect(pattern.test(word), word).toBe(normaliseTreatmentOption(word) !== undefined);
    }
  });

  it("on output, is the four-word enum", () => {
    const schema = z.toJSONSchema(TreatmentPlanSchema, { io: "output" }) as unknown as { properties: { options: { items: Record<string, unknown> } } };
    expect(schema.properties.options.items["enum"]).toEqual(TreatmentOptionSchema.options);
  });
});
