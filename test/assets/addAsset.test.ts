import { describe, expect, it } from "vitest";
import { addAsset } from "../../src/assets/index.js";
import { asset, inventory, value } from "./fixtures.js";

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
