import { describe, expect, it } from "vitest";
import { defaultAssetSettings, effectiveCriticality, requirementScore, type AssetSettings } from "../../src/assets/index.js";

describe("effectiveCriticality", () => {
  it("criticality compares scales of different lengths by position", () => {
    const settings: AssetSettings = {
      ...defaultAssetSettings,
      requirementScales: { ...defaultAssetSettings.requirementScales, safety: { label: "Safety", levels: [{ key: "no", label: "No" }, { key: "yes", label: "Yes" }] } },
    };
    const requirements = {
      availability: { property: "availability", level: "high", rank: 2, source: { kind: "own" } as const },
      safety: { property: "safety", level: "yes", rank: 1, source: { kind: "own" } as const },
    };
    expect(effectiveCriticality(requirements, settings)?.property).toBe("safety");
    expect(effectiveCriticality({})).toBeUndefined();
    expect(requirementScore({ property: "unknown", level: "x", rank: 0, source: { kind: "own" } })).toBe(1);
    const single: AssetSettings = { ...settings, requirementScales: { ...settings.requirementScales, safety: { label: "S", levels: [{ key: "only", label: "Only" }] } } };
    expect(requirementScore({ property: "safety", level: "only", rank: 0, source: { kind: "own" } }, single)).toBe(1);
  });
});
