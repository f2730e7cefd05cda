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
  type Asset,
} from "../../src/assets/index.js";
import { IsmsError, type Result } from "../../src/core/index.js";
import { asset, id, inventory, value } from "./fixtures.js";

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
