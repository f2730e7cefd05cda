import { describe, expect, it } from "vitest";
import { listDependents } from "../../src/assets/index.js";
import { queryAssets as assets, ids } from "./fixtures.js";

describe("listDependents", () => {
  it("direct dependents", () => {
    expect(ids(listDependents(assets, "APP"))).toEqual(["DATA"]);
  });
});
