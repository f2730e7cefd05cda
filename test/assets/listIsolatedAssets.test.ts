import { describe, expect, it } from "vitest";
import { listIsolatedAssets } from "../../src/assets/index.js";
import { asset, queryAssets as assets, ids } from "./fixtures.js";

describe("listIsolatedAssets", () => {
  it("isolated assets depend on nothing and nothing depends on them", () => {
    expect(ids(listIsolatedAssets([...assets, asset("SELF", { dependsOn: ["SELF"] })]))).toEqual(["LONE"]);
  });
});
