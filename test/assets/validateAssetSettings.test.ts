import { describe, expect, it } from "vitest";
import { defaultAssetSettings, validateAssetSettings, type AssetSettings } from "../../src/assets/index.js";

describe("validateAssetSettings", () => {
  it("the defaults are consistent", () => {
    expect(validateAssetSettings(defaultAssetSettings)).toEqual([]);
  });

  it("reports expected levels missing from the confidentiality scale and inverted ranges", () => {
    const settings: AssetSettings = {
      ...defaultAssetSettings,
      classification: {
        levels: [
          { key: "a", label: "A", expectedConfidentiality: { min: "huge" } },
          { key: "b", label: "B", expectedConfidentiality: { min: "high", max: "low" } },
          { key: "c", label: "C" },
        ],
      },
    };
    expect(validateAssetSettings(settings).map((found) => [found.code, found.path])).toEqual([
      ["unknown_scale_level", ["classification", "levels", 0, "expectedConfidentiality", "min"]],
      ["invalid_expected_range", ["classification", "levels", 1, "expectedConfidentiality"]],
    ]);
  });
});
