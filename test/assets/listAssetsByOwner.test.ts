import { describe, expect, it } from "vitest";
import { listAssetsByClassification, listAssetsByOwner, listAssetsByType } from "../../src/assets/index.js";
import { queryAssets as assets, ids } from "./fixtures.js";

describe("listAssetsByOwner", () => {
  it("by owner, type and classification", () => {
    expect(ids(listAssetsByOwner(assets, "CFO"))).toEqual(["DATA"]);
    expect(ids(listAssetsByOwner(assets, " cfo"))).toEqual(["DATA"]);
    expect(ids(listAssetsByType(assets, "medical_device"))).toEqual(["LONE"]);
    expect(ids(listAssetsByClassification(assets, "internal"))).toEqual(["VM"]);
    expect(ids(listAssetsByClassification(assets, undefined))).toEqual(["APP", "OLD", "LONE", "GONE", "OLDER"]);
  });
});
