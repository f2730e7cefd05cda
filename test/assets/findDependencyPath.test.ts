import { describe, expect, it } from "vitest";
import { findDependencyPath } from "../../src/assets/index.js";
import { queryAssets as assets } from "./fixtures.js";

describe("findDependencyPath", () => {
  it("finds a shortest dependency path, or undefined when there is none", () => {
    expect(findDependencyPath(assets, "DATA", "VM")).toEqual(["DATA", "APP", "VM"]);
    expect(findDependencyPath(assets, "DATA", "DATA")).toEqual(["DATA"]);
    expect(findDependencyPath(assets, "VM", "DATA")).toBeUndefined();
    expect(findDependencyPath(assets, "NOPE", "NOPE")).toBeUndefined();
  });
});
