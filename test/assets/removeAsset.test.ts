import { describe, expect, it } from "vitest";
import { removeAsset } from "../../src/assets/index.js";
import { asset, codeOf, id, inventory, value } from "./fixtures.js";

describe("removeAsset", () => {
  it("is refused while others depend on the asset", () => {
    const outcome = removeAsset(inventory(), id("SERVER"));
    expect(outcome).toMatchObject({ ok: false, error: [{ code: "asset_in_use", path: [2] }] });
    expect(codeOf(outcome) && !outcome.ok && outcome.error[0]?.message).toContain("APP depends on it");
  });
  it("removes an asset nothing depends on, even if it depends on itself", () => {
    const next = value(removeAsset([asset("SELF", { dependsOn: ["SELF"] }), asset("B")], id("SELF")));
    expect(next.map((item) => item.id)).toEqual(["B"]);
  });
});
