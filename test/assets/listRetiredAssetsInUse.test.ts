import { describe, expect, it } from "vitest";
import { listRetiredAssetsInUse } from "../../src/assets/index.js";
import { queryAssets as assets, ids } from "./fixtures.js";

describe("listRetiredAssetsInUse", () => {
  it("retired assets still depended on by an asset in use", () => {
    expect(ids(listRetiredAssetsInUse(assets))).toEqual(["OLD"]);
  });
});
