import { describe, expect, it } from "vitest";
import { listAssetsWithoutOwner, type Asset } from "../../src/assets/index.js";
import { asset, queryAssets as assets, ids } from "./fixtures.js";

describe("listAssetsWithoutOwner", () => {
  it("without owner", () => {
    const { owner: _dropped, ...ownerless } = asset("X");
    expect(ids(listAssetsWithoutOwner([...assets, ownerless as Asset, { ...asset("Y"), owner: "" }]))).toEqual(["X", "Y"]);
  });
});
