import { describe, expect, it } from "vitest";
import { findAsset } from "../../src/assets/index.js";
import { queryAssets as assets } from "./fixtures.js";

describe("findAsset", () => {
  it("find by id", () => {
    expect(findAsset(assets, "VM")?.type).toBe("hardware");
    expect(findAsset(assets, "NOPE")).toBeUndefined();
  });
});
