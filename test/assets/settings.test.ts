import { describe, expect, it } from "vitest";
import { AssetSettingsSchema, ClassificationSchemeSchema, defaultAssetSettings, RequirementScalesSchema } from "../../src/assets/index.js";

describe("settings schemas", () => {
  it("the defaults parse and round-trip", () => {
    expect(AssetSettingsSchema.parse(JSON.parse(JSON.stringify(defaultAssetSettings)))).toEqual(defaultAssetSettings);
  });
  it("requirement scales need C, I and A and accept extra properties", () => {
    const { integrity: _dropped, ...withoutIntegrity } = defaultAssetSettings.requirementScales;
    expect(RequirementScalesSchema.safeParse(withoutIntegrity).success).toBe(false);
    const safety = { label: "Safety", levels: [{ key: "low", label: "Low" }] };
    expect(RequirementScalesSchema.parse({ ...defaultAssetSettings.requirementScales, safety }).safety).toEqual(safety);
  });
  it("rejects a property key that is not an identifier", () => {
    const scale = { label: "X", levels: [{ key: "low", label: "Low" }] };
    const outcome = RequirementScalesSchema.safeParse({ ...defaultAssetSettings.requirementScales, "bad key": scale });
    expect(outcome.success).toBe(false);
    expect(outcome.error?.issues[0]?.path).toEqual(["bad key"]);
  });
  it("rejects a __proto__ property instead of dropping it", () => {
    const text = JSON.stringify(defaultAssetSettings.requirementScales).replace(/^\{/, '{"__proto__":' + JSON.stringify(defaultAssetSettings.requirementScales.integrity) + ",");
    const outcome = RequirementScalesSchema.safeParse(JSON.parse(text));
    expect(outcome.error?.issues[0]?.path).toEqual(["__proto__"]);
  });
  it("rejects duplicate level keys in scales and schemes", () => {
    const twice = [{ key: "low", label: "Low" }, { key: "low", label: "Also low" }];
    const scales = RequirementScalesSchema.safeParse({ ...defaultAssetSettings.requirementScales, integrity: { label: "I", levels: twice } });
    expect(scales.error?.issues[0]?.path).toEqual(["integrity", "levels", 1, "key"]);
    const scheme = ClassificationSchemeSchema.safeParse({ levels: twice });
    expect(scheme.error?.issues[0]?.path).toEqual(["levels", 1, "key"]);
  });
});
