import { describe, expect, it } from "vitest";
import { AssetSchema, defaultAssetSettings, effectiveRequirements, type Asset, type AssetSettings } from "../../src/assets/index.js";
import { asset, id } from "./fixtures.js";

describe("effectiveRequirements", () => {
  const data = asset("DATA", { requirements: { confidentiality: "very_high", integrity: "medium" }, dependsOn: ["APP"] });
  const app = asset("APP", { requirements: { availability: "high", integrity: "high" }, dependsOn: ["SERVER"] });
  const server = asset("SERVER", { requirements: { confidentiality: "low" }, dependsOn: ["SITE"] });
  const site = asset("SITE", {});

  it("a supporting asset takes the highest requirement of the assets that depend on it, transitively", () => {
    const effective = effectiveRequirements([data, app, server, site]);
    expect(effective.get(id("SITE"))?.confidentiality).toEqual({
      property: "confidentiality",
      level: "very_high",
      rank: 3,
      source: { kind: "inherited", from: "DATA", via: "SERVER" },
    });
    expect(effective.get(id("SERVER"))?.integrity?.source).toEqual({ kind: "inherited", from: "APP", via: "APP" });
    expect(effective.get(id("APP"))?.integrity).toMatchObject({ level: "high", source: { kind: "own" } });
    expect(effective.get(id("DATA"))?.availability).toBeUndefined();
  });

  it("an own rating wins a tie with an inherited one", () => {
    const effective = effectiveRequirements([asset("X", { requirements: { integrity: "high" }, dependsOn: ["Y"] }), asset("Y", { requirements: { integrity: "high" } })]);
    expect(effective.get(id("Y"))?.integrity?.source).toEqual({ kind: "own" });
  });

  it("an override wins and is what the assets below inherit", () => {
    const overridden = { ...server, requirementOverrides: { confidentiality: { level: "medium", reason: "Disk is encrypted." } } };
    const effective = effectiveRequirements([data, app, overridden, site]);
    expect(effective.get(id("SERVER"))?.confidentiality).toMatchObject({ level: "medium", source: { kind: "override", reason: "Disk is encrypted." } });
    expect(effective.get(id("SITE"))?.confidentiality).toMatchObject({ level: "medium", source: { kind: "inherited", from: "SERVER" } });
    expect(effective.get(id("APP"))?.confidentiality?.level).toBe("very_high");
  });

  it("assets in a cycle share their maximum and the function terminates", () => {
    const effective = effectiveRequirements([
      asset("P", { requirements: { availability: "very_high" }, dependsOn: ["Q"] }),
      asset("Q", { dependsOn: ["R"] }),
      asset("R", { dependsOn: ["P", "S"] }),
      asset("S", {}),
    ]);
    for (const key of ["P", "Q", "R", "S"]) expect(effective.get(id(key))?.availability?.level).toBe("very_high");
    expect(effective.get(id("R"))?.availability?.source).toEqual({ kind: "inherited", from: "P", via: "Q" });
  });

  it("an override inside a cycle holds and blocks what would flow through it", () => {
    const effective = effectiveRequirements([
      asset("P", { requirements: { availability: "very_high" }, dependsOn: ["Q"] }),
      asset("Q", { dependsOn: ["R"], requirementOverrides: { availability: { level: "low", reason: "Stand-by copy." } } }),
      asset("R", { dependsOn: ["P"] }),
    ]);
    expect(effective.get(id("Q"))?.availability?.level).toBe("low");
    expect(effective.get(id("R"))?.availability).toMatchObject({ level: "low", source: { kind: "inherited", from: "Q" } });
    expect(effective.get(id("P"))?.availability?.source).toEqual({ kind: "own" });
  });

  it("ignores unknown references, unknown properties and levels not on the scale", () => {
    const odd = { ...asset("ODD", { dependsOn: ["NOWHERE"] }), requirements: { confidentiality: "extreme", safety: "high", integrity: "low" } } as unknown as Asset;
    const effective = effectiveRequirements([odd]);
    expect(effective.get(id("ODD"))).toEqual({ integrity: { property: "integrity", level: "low", rank: 0, source: { kind: "own" } } });
  });

  it("rates extra properties on the organisation's own scales", () => {
    const settings: AssetSettings = {
      ...defaultAssetSettings,
      requirementScales: {
        ...defaultAssetSettings.requirementScales,
        safety: { label: "Safety", levels: [{ key: "none", label: "None" }, { key: "life", label: "Life-critical" }] },
      },
    };
    const effective = effectiveRequirements(
      [asset("PUMP", { requirements: { safety: "life" }, dependsOn: ["PLC"] }), asset("PLC", { requirementOverrides: { integrity: { level: "cosmic", reason: "x" } } })],
      settings,
    );
    expect(effective.get(id("PLC"))?.safety).toMatchObject({ level: "life", rank: 1, source: { kind: "inherited", from: "PUMP" } });
    expect(effective.get(id("PLC"))?.integrity).toBeUndefined();
  });

  it("keeps the first asset's result for a duplicated id", () => {
    const effective = effectiveRequirements([asset("D", { requirements: { integrity: "low" } }), asset("D", { requirements: { integrity: "high" } })]);
    expect(effective.size).toBe(1);
    expect(effective.get(id("D"))?.integrity?.level).toBe("low");
  });

  it("handles a chain of 100 000 assets without overflowing the stack", () => {
    const chain: Asset[] = [];
    for (let index = 0; index < 100_000; index += 1) {
      chain.push(AssetSchema.parse({ id: `C${index}`, name: "n", type: "hardware", owner: "o", status: "in_use", dependsOn: index === 0 ? ["C99999"] : [`C${index - 1}`], ...(index === 5 ? { requirements: { availability: "high" } } : {}) }));
    }
    const effective = effectiveRequirements(chain);
    expect(effective.get(id("C0"))?.availability?.level).toBe("high");
    expect(effective.get(id("C77"))?.availability?.level).toBe("high");
  });
});
