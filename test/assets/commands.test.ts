import { describe, expect, it } from "vitest";
import {
  addAsset,
  correctAssetLifecycleDates,
  disposeAsset,
  linkDependency,
  reclassifyAsset,
  removeAsset,
  retireAsset,
  unlinkDependency,
  updateAsset,
  defaultAssetSettings,
  type Asset,
  type AssetSettings,
} from "../../src/assets/index.js";
import { IsmsError, type Result } from "../../src/core/index.js";
import { asset, deepFreeze, id } from "./fixtures.js";

function inventory(): readonly Asset[] {
  return deepFreeze([
    asset("DATA", { dependsOn: ["APP"], classification: "confidential", requirements: { confidentiality: "high" } }),
    asset("APP", { dependsOn: ["SERVER"], inServiceFrom: "2024-01-01" }),
    asset("SERVER", { custom: { rack: "R7", tags: [1, 2] } }),
    asset("SPARE", { status: "retired", retiredOn: "2025-03-01" }),
  ]);
}

function value(result: Result<readonly Asset[]>): readonly Asset[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.map((found) => found.code).join(", ")}`);
  return result.value;
}

function codeOf(result: Result<readonly Asset[]>): string | undefined {
  return result.ok ? undefined : result.error[0]?.code;
}

// Each command: a call that changes something, and one that changes nothing.
const changing: [string, (assets: readonly Asset[]) => Result<readonly Asset[]>][] = [
  ["addAsset", (assets) => addAsset(assets, asset("NEW"))],
  ["updateAsset", (assets) => updateAsset(assets, id("APP"), { owner: "CTO", location: "eu-west-1" })],
  ["retireAsset", (assets) => retireAsset(assets, id("APP"), "2026-01-31")],
  ["disposeAsset", (assets) => disposeAsset(assets, id("SPARE"), "2026-02-01")],
  ["correctAssetLifecycleDates", (assets) => correctAssetLifecycleDates(assets, id("SPARE"), { retiredOn: "2025-02-01" })],
  ["removeAsset", (assets) => removeAsset(assets, id("SPARE"))],
  ["linkDependency", (assets) => linkDependency(assets, id("APP"), id("SPARE"))],
  ["unlinkDependency", (assets) => unlinkDependency(assets, id("APP"), id("SERVER"))],
  ["reclassifyAsset", (assets) => reclassifyAsset(assets, id("DATA"), "restricted")],
];
const unchanging: [string, (assets: readonly Asset[]) => Result<readonly Asset[]>][] = [
  ["updateAsset", (assets) => updateAsset(assets, id("SERVER"), { owner: "Head of IT", custom: { rack: "R7", tags: [1, 2] }, location: undefined })],
  ["retireAsset", (assets) => retireAsset(assets, id("SPARE"), "2025-03-01")],
  ["disposeAsset", (assets) => disposeAsset(value(disposeAsset(assets, id("SPARE"), "2026-01-01")), id("SPARE"), "2026-01-01")],
  ["correctAssetLifecycleDates", (assets) => correctAssetLifecycleDates(assets, id("SPARE"), { retiredOn: "2025-03-01" })],
  ["linkDependency", (assets) => linkDependency(assets, id("APP"), id("SERVER"))],
  ["unlinkDependency", (assets) => unlinkDependency(assets, id("APP"), id("DATA"))],
  ["reclassifyAsset", (assets) => reclassifyAsset(assets, id("DATA"), "confidential")],
];

describe("commands", () => {
  for (const [name, run] of changing) {
    it(`${name} does not mutate its input`, () => {
      const input = inventory();
      const before = structuredClone(input);
      const next = value(run(input));
      expect(input).toEqual(before);
      expect(next).not.toBe(input);
      expect(next).not.toEqual(before);
    });
  }
  for (const [name, run] of unchanging) {
    it(`${name} returns the same reference when nothing changes`, () => {
      const input = inventory();
      const outcome = run(input);
      expect(outcome.ok).toBe(true);
      if (name !== "disposeAsset") expect(value(outcome)).toBe(input);
    });
  }
  it("disposeAsset returns the same reference when disposing again on the same date", () => {
    const once = value(disposeAsset(inventory(), id("SPARE"), "2026-01-01"));
    expect(value(disposeAsset(once, id("SPARE"), "2026-01-01"))).toBe(once);
  });
  it("every command throws unknown_entity for an id that is not in the inventory", () => {
    const ghost = id("GHOST");
    const calls = [
      () => updateAsset(inventory(), ghost, {}),
      () => retireAsset(inventory(), ghost, "2026-01-01"),
      () => disposeAsset(inventory(), ghost, "2026-01-01"),
      () => removeAsset(inventory(), ghost),
      () => linkDependency(inventory(), ghost, id("APP")),
      () => unlinkDependency(inventory(), ghost, id("APP")),
      () => reclassifyAsset(inventory(), ghost, "public"),
    ];
    for (const call of calls) expect(call).toThrowError(expect.objectContaining({ code: "unknown_entity" }) as unknown as IsmsError);
  });
});

describe("addAsset", () => {
  it("appends a copy, leaving the caller's object unfrozen", () => {
    const fresh = asset("NEW");
    const next = value(addAsset(inventory(), fresh));
    expect(next.at(-1)).toEqual(fresh);
    expect(next.at(-1)).not.toBe(fresh);
    expect(Object.isFrozen(fresh)).toBe(false);
  });
  it("refuses a duplicate id", () => {
    const outcome = addAsset(inventory(), asset("APP"));
    expect(outcome).toEqual({ ok: false, error: [expect.objectContaining({ code: "duplicate_asset_id", path: [1, "id"] })] });
  });
});

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

describe("retireAsset and disposeAsset", () => {
  it("retire sets status and date", () => {
    expect(value(retireAsset(inventory(), id("APP"), "2026-01-31"))[1]).toMatchObject({ status: "retired", retiredOn: "2026-01-31" });
  });
  it("retiring again on another date or after disposal is an illegal transition", () => {
    expect(codeOf(retireAsset(inventory(), id("SPARE"), "2026-01-01"))).toBe("invalid_lifecycle_transition");
    const disposed = value(disposeAsset(inventory(), id("SPARE"), "2026-01-01"));
    expect(codeOf(retireAsset(disposed, id("SPARE"), "2026-02-01"))).toBe("invalid_lifecycle_transition");
    expect(codeOf(disposeAsset(disposed, id("SPARE"), "2026-02-01"))).toBe("invalid_lifecycle_transition");
  });
  it("dates before entering service or retirement are refused", () => {
    expect(codeOf(retireAsset(inventory(), id("APP"), "2023-12-31"))).toBe("lifecycle_dates_out_of_order");
    expect(codeOf(disposeAsset(inventory(), id("SPARE"), "2025-02-28"))).toBe("lifecycle_dates_out_of_order");
  });
  it("an asset may be disposed of straight from use", () => {
    expect(value(disposeAsset(inventory(), id("SERVER"), "2026-01-01"))[2]).toMatchObject({ status: "disposed", disposedOn: "2026-01-01" });
  });
  it("the messages name an unrecorded date", () => {
    const retired = [asset("R", { status: "retired" })];
    const disposed = [asset("D", { status: "disposed" })];
    expect(retireAsset(retired, id("R"), "2026-01-01")).toMatchObject({ ok: false, error: [{ message: expect.stringContaining("unrecorded") }] });
    expect(disposeAsset(disposed, id("D"), "2026-01-01")).toMatchObject({ ok: false, error: [{ message: expect.stringContaining("unrecorded") }] });
  });
});

describe("the caller's objects", () => {
  it("stay as extensible as they came: no command freezes the elements it leaves untouched", () => {
    const a = { ...asset("A") };
    const b = { ...asset("B") };
    const linked = value(linkDependency([a, b], id("A"), id("B")));
    expect(linked[1]).toBe(b);
    expect(Object.isFrozen(b)).toBe(false);
    value(addAsset([b], asset("C")));
    value(retireAsset([a, b], id("A"), "2026-01-01"));
    expect([a, b].some((item) => Object.isFrozen(item))).toBe(false);
  });
});

describe("correctAssetLifecycleDates", () => {
  const disposed = () => value(disposeAsset(inventory(), id("SPARE"), "2026-01-01"));
  it("corrects a retirement date, keeping the status and everything else", () => {
    const assets = inventory();
    const next = value(correctAssetLifecycleDates(assets, id("SPARE"), { retiredOn: "2025-02-01" }));
    expect(next[3]).toEqual({ ...assets[3], retiredOn: "2025-02-01" });
    next.slice(0, 3).forEach((untouched, index) => expect(untouched).toBe(assets[index]));
  });
  it("corrects a disposal date, and gives a disposed asset the retirement it went through", () => {
    expect(value(correctAssetLifecycleDates(disposed(), id("SPARE"), { disposedOn: "2026-01-15" }))[3]).toMatchObject({
      status: "disposed",
      retiredOn: "2025-03-01",
      disposedOn: "2026-01-15",
    });
    const straight = value(disposeAsset(inventory(), id("SERVER"), "2026-01-01"));
    expect(value(correctAssetLifecycleDates(straight, id("SERVER"), { retiredOn: "2025-12-01" }))[2]).toMatchObject({
      status: "disposed",
      retiredOn: "2025-12-01",
      disposedOn: "2026-01-01",
    });
  });
  it("refuses an asset not yet retired or disposed of: that is retireAsset's or disposeAsset's job", () => {
    const inUse = correctAssetLifecycleDates(inventory(), id("APP"), { retiredOn: "2026-01-01", disposedOn: "2026-02-01" });
    expect(inUse.ok ? [] : inUse.error.map((found) => [found.code, found.path])).toEqual([
      ["invalid_lifecycle_transition", [1, "retiredOn"]],
      ["invalid_lifecycle_transition", [1, "disposedOn"]],
    ]);
    expect(codeOf(correctAssetLifecycleDates(inventory(), id("SPARE"), { disposedOn: "2026-01-01" }))).toBe("invalid_lifecycle_transition");
  });
  it("keeps in service, retired and disposed in order, naming the field corrected", () => {
    const app = value(retireAsset(inventory(), id("APP"), "2026-01-31"));
    const early = correctAssetLifecycleDates(app, id("APP"), { retiredOn: "2023-12-31" });
    expect(early.ok ? [] : early.error.map((found) => [found.code, found.path])).toEqual([["lifecycle_dates_out_of_order", [1, "retiredOn"]]]);
    const afterDisposal = correctAssetLifecycleDates(disposed(), id("SPARE"), { retiredOn: "2026-02-01" });
    expect(afterDisposal.ok ? [] : afterDisposal.error.map((found) => [found.code, found.path])).toEqual([["lifecycle_dates_out_of_order", [3, "retiredOn"]]]);
    const beforeRetirement = correctAssetLifecycleDates(disposed(), id("SPARE"), { disposedOn: "2025-01-01" });
    expect(beforeRetirement.ok ? [] : beforeRetirement.error.map((found) => [found.code, found.path])).toEqual([["lifecycle_dates_out_of_order", [3, "disposedOn"]]]);
    expect(value(correctAssetLifecycleDates(disposed(), id("SPARE"), { retiredOn: "2025-06-01", disposedOn: "2025-07-01" }))[3]).toMatchObject({
      retiredOn: "2025-06-01",
      disposedOn: "2025-07-01",
    });
  });
  it("returns the same inventory for no dates and throws for an unknown id", () => {
    const assets = inventory();
    expect(value(correctAssetLifecycleDates(assets, id("SPARE"), {}))).toBe(assets);
    expect(() => correctAssetLifecycleDates(assets, id("NOPE"), { retiredOn: "2026-01-01" })).toThrow(IsmsError);
  });
});

describe("removeAsset", () => {
  it("is refused while others depend on the asset", () => {
    const outcome = removeAsset(inventory(), id("SERVER"));
    expect(outcome).toMatchObject({ ok: false, error: [{ code: "asset_in_use", path: [2] }] });
    expect(codeOf(outcome) && !outcome.ok && outcome.error[0]?.message).toContain("APP depends on it");
  });
  it("removes an asset nothing depends on, even if it depends on itself", () => {
    const next = value(removeAsset([asset("SELF", { dependsOn: ["SELF"] }), asset("B")], id("SELF")));
    expect(next.map((item) => item.id)).toEqual(["B"]);
  });
});

describe("linkDependency and unlinkDependency", () => {
  it("adds a dependency, creating the list when needed", () => {
    expect(value(linkDependency(inventory(), id("SERVER"), id("SPARE")))[2]?.dependsOn).toEqual(["SPARE"]);
  });
  it("refuses an unknown target", () => {
    expect(linkDependency(inventory(), id("APP"), id("GHOST"))).toMatchObject({ ok: false, error: [{ code: "unknown_asset_reference", path: [1, "dependsOn"] }] });
  });
  it("refuses a link that closes a cycle, naming it", () => {
    const outcome = linkDependency(inventory(), id("SERVER"), id("DATA"));
    expect(outcome).toMatchObject({ ok: false, error: [{ code: "dependency_cycle", message: expect.stringContaining("SERVER → DATA → APP → SERVER") }] });
    expect(codeOf(linkDependency(inventory(), id("APP"), id("APP")))).toBe("dependency_cycle");
  });
  it("refuses to close a chain of 100 000 assets into a ring, naming the whole cycle in order", () => {
    const size = 100_000;
    const base = inventory()[0]!;
    const chain = Array.from({ length: size }, (_, index) => ({ ...base, id: `C${index}` as Asset["id"], dependsOn: index === size - 1 ? [] : [`C${index + 1}` as Asset["id"]] }));
    const outcome = linkDependency(chain, id(`C${size - 1}`), id("C0"));
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? "" : outcome.error[0]!.message;
    expect(message.startsWith(`Linking would close a cycle: C${size - 1} → C0 → C1 → `)).toBe(true);
    expect(message.endsWith(` → C${size - 2} → C${size - 1}.`)).toBe(true);
  });
  it("unlinking the last dependency removes the list, so link then unlink gives back an equal asset", () => {
    const input = inventory();
    const linked = value(linkDependency(input, id("SERVER"), id("SPARE")));
    expect(value(unlinkDependency(linked, id("SERVER"), id("SPARE")))).toEqual(input);
    const partly = value(unlinkDependency(value(linkDependency(input, id("APP"), id("SPARE"))), id("APP"), id("SERVER")));
    expect(partly[1]?.dependsOn).toEqual(["SPARE"]);
  });
});

describe("reclassifyAsset", () => {
  it("refuses a level that is not in the scheme and removes the classification with undefined", () => {
    expect(codeOf(reclassifyAsset(inventory(), id("APP"), "secret"))).toBe("unknown_classification");
    expect(value(reclassifyAsset(inventory(), id("DATA"), undefined))[0]).not.toHaveProperty("classification");
  });
});
