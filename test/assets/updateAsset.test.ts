import { describe, expect, it } from "vitest";
import { updateAsset, defaultAssetSettings, type AssetSettings } from "../../src/assets/index.js";
import { IsmsError } from "../../src/core/index.js";
import { codeOf, id, inventory, value } from "./fixtures.js";

describe("updateAsset", () => {
  it("sets and removes fields and keeps custom fields of other assets untouched", () => {
    const input = inventory();
    const next = value(updateAsset(input, id("APP"), { owner: "CTO", inServiceFrom: undefined }));
    expect(next[1]).toMatchObject({ owner: "CTO" });
    expect(next[1]).not.toHaveProperty("inServiceFrom");
    expect(next[2]).toBe(input[2]);
  });
  it("checks the fields it changes against the settings, as validateAssets does", () => {
    const input = inventory();
    const bogus = updateAsset(input, id("APP"), { classification: "bogus", requirements: { confidentiality: "ultra" as never } });
    expect(bogus.ok ? [] : bogus.error.map((found) => [found.code, found.path])).toEqual([
      ["unknown_classification", [1, "classification"]],
      ["rating_not_on_scale", [1, "requirements", "confidentiality"]],
    ]);
    const property = updateAsset(input, id("APP"), { requirements: { safety: "high" } as never });
    expect(property.ok ? [] : property.error.map((found) => found.code)).toEqual(["unknown_requirement_property"]);
    const override = updateAsset(input, id("APP"), { requirementOverrides: { confidentiality: { level: "ultra", reason: "Test data only." } } as never });
    expect(override.ok ? [] : override.error.map((found) => [found.code, found.path])).toEqual([["rating_not_on_scale", [1, "requirementOverrides", "confidentiality", "level"]]]);
    expect(value(updateAsset(input, id("APP"), { classification: "restricted", requirements: { confidentiality: "very_high" } }))[1]).toMatchObject({
      classification: "restricted",
      requirements: { confidentiality: "very_high" },
    });
  });
  it("judges changed fields by the settings it is given, and leaves old problems in untouched fields to validateAssets", () => {
    const settings = {
      ...defaultAssetSettings,
      classification: { levels: [{ key: "open", label: "Open" }, { key: "secret", label: "Secret" }] },
    } as AssetSettings;
    expect(value(updateAsset(inventory(), id("APP"), { classification: "secret" }, settings))[1]).toMatchObject({ classification: "secret" });
    expect(codeOf(updateAsset(inventory(), id("APP"), { classification: "restricted" }, settings))).toBe("unknown_classification");
    // DATA is "confidential", not a level of these settings; renaming it is still allowed.
    expect(value(updateAsset(inventory(), id("DATA"), { name: "Customer data" }, settings))[0]).toMatchObject({ name: "Customer data", classification: "confidential" });
  });
  it("throws when a patch removes a required field", () => {
    expect(() => updateAsset(inventory(), id("APP"), { owner: undefined } as never)).toThrow(IsmsError);
    expect(() => updateAsset(inventory(), id("APP"), { owner: undefined } as never)).toThrow(/required field owner/);
  });
  it("refuses to change the id, naming the commands to use", () => {
    const outcome = updateAsset(inventory(), id("APP"), { id: "X" } as never);
    expect(outcome).toEqual({ ok: false, error: [expect.objectContaining({ code: "use_dedicated_command", path: [1, "id"], message: expect.stringContaining("removeAsset") })] });
  });
  it("refuses dependency changes, which bypass the cycle check, and names linkDependency", () => {
    // APP -> SERVER; SERVER -> DATA would close the cycle DATA -> APP -> SERVER -> DATA.
    const outcome = updateAsset(inventory(), id("SERVER"), { dependsOn: [id("DATA")] });
    expect(outcome).toEqual({ ok: false, error: [expect.objectContaining({ code: "use_dedicated_command", path: [2, "dependsOn"], message: expect.stringContaining("linkDependency") })] });
    expect(codeOf(updateAsset(inventory(), id("APP"), { dependsOn: undefined }))).toBe("use_dedicated_command");
  });
  it("refuses lifecycle changes, reporting every refused field at once", () => {
    const outcome = updateAsset(inventory(), id("APP"), { status: "retired", retiredOn: "2020-01-01", owner: "CTO" });
    expect(outcome.ok ? [] : outcome.error.map((found) => [found.code, found.path])).toEqual([
      ["use_dedicated_command", [1, "status"]],
      ["use_dedicated_command", [1, "retiredOn"]],
    ]);
    expect(codeOf(updateAsset(inventory(), id("SPARE"), { status: "in_use" }))).toBe("use_dedicated_command");
    expect(codeOf(updateAsset(inventory(), id("SPARE"), { retiredOn: undefined }))).toBe("use_dedicated_command");
    expect(codeOf(updateAsset(inventory(), id("SPARE"), { disposedOn: "2026-01-01" }))).toBe("use_dedicated_command");
  });
  it("allows moving between planned and in use, and repeating guarded fields unchanged", () => {
    const planned = value(updateAsset(inventory(), id("APP"), { status: "planned" }));
    expect(planned[1]).toMatchObject({ status: "planned" });
    expect(value(updateAsset(planned, id("APP"), { status: "in_use" }))[1]).toMatchObject({ status: "in_use" });
    const input = inventory();
    expect(value(updateAsset(input, id("SPARE"), { status: "retired", retiredOn: "2025-03-01", dependsOn: undefined, id: id("SPARE") } as never))).toBe(input);
  });
  it("parses the changed asset again and reports invalid_asset with paths into the inventory", () => {
    const outcome = updateAsset(inventory(), id("APP"), { owner: "  ", classification: 7 } as never);
    expect(outcome.ok).toBe(false);
    const found = outcome.ok ? [] : outcome.error;
    expect(found.map((f) => f.code)).toEqual(["invalid_asset", "invalid_asset"]);
    expect(found.map((f) => f.path)).toEqual(expect.arrayContaining([[1, "owner"], [1, "classification"]]));
    expect(codeOf(updateAsset(inventory(), id("APP"), { nonsense: true } as never))).toBe("invalid_asset");
  });
  it("does not mutate a frozen inventory when it refuses a patch", () => {
    const input = inventory();
    const before = structuredClone(input);
    updateAsset(input, id("APP"), { dependsOn: [] , owner: "" } as never);
    expect(input).toEqual(before);
  });
});
