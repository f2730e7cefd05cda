import { describe, expect, it } from "vitest";
import { reclassifyAsset } from "../../src/assets/index.js";
import { codeOf, id, inventory, value } from "./fixtures.js";

describe("reclassifyAsset", () => {
  it("refuses a level that is not in the scheme and removes the classification with undefined", () => {
    expect(codeOf(reclassifyAsset(inventory(), id("APP"), "secret"))).toBe("unknown_classification");
    expect(value(reclassifyAsset(inventory(), id("DATA"), undefined))[0]).not.toHaveProperty("classification");
  });
});
