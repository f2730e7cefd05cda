import { describe, expect, it } from "vitest";
import { correctAssetLifecycleDates, disposeAsset, retireAsset } from "../../src/assets/index.js";
import { IsmsError } from "../../src/core/index.js";
import { codeOf, id, inventory, value } from "./fixtures.js";

describe("correctAssetLifecycleDates", () => {
  const disposed = () => value(disposeAsset(inventory(), id("SPARE"), "2026-01-01"));
  it("corrects a retirement date, keeping the status and everything else", () => {
    const assets = inventory();
    const next = value(correctAssetLifecycleDates(assets, id("SPARE"), { retiredOn: "2025-02-01" }));
    expect(next[3]).toEqual({ ...assets[3], retiredOn: "2025-02-01" });
    next.slice(0, 3).forEach((untouched, index) => expect(untouched).toBe(assets[index]));
  });
  it("corrects a disposal date, and gives a disposed asset the retirement it went through", () => {
    expect(value(correctAssetLifecycleDates(disposed(), id("SPARE"), { disposedOn: "2026-01-15" }))[3]).toMatchObject({
      status: "disposed",
      retiredOn: "2025-03-01",
      disposedOn: "2026-01-15",
    });
    const straight = value(disposeAsset(inventory(), id("SERVER"), "2026-01-01"));
    expect(value(correctAssetLifecycleDates(straight, id("SERVER"), { retiredOn: "2025-12-01" }))[2]).toMatchObject({
      status: "disposed",
      retiredOn: "2025-12-01",
      disposedOn: "2026-01-01",
    });
  });
  it("refuses an asset not yet retired or disposed of: that is retireAsset's or disposeAsset's job", () => {
    const inUse = correctAssetLifecycleDates(inventory(), id("APP"), { retiredOn: "2026-01-01", disposedOn: "2026-02-01" });
    expect(inUse.ok ? [] : inUse.error.map((found) => [found.code, found.path])).toEqual([
      ["invalid_lifecycle_transition", [1, "retiredOn"]],
      ["invalid_lifecycle_transition", [1, "disposedOn"]],
    ]);
    expect(codeOf(correctAssetLifecycleDates(inventory(), id("SPARE"), { disposedOn: "2026-01-01" }))).toBe("invalid_lifecycle_transition");
  });
  it("keeps in service, retired and disposed in order, naming the field corrected", () => {
    const app = value(retireAsset(inventory(), id("APP"), "2026-01-31"));
    const early = correctAssetLifecycleDates(app, id("APP"), { retiredOn: "2023-12-31" });
    expect(early.ok ? [] : early.error.map((found) => [found.code, found.path])).toEqual([["lifecycle_dates_out_of_order", [1, "retiredOn"]]]);
    const afterDisposal = correctAssetLifecycleDates(disposed(), id("SPARE"), { retiredOn: "2026-02-01" });
    expect(afterDisposal.ok ? [] : afterDisposal.error.map((found) => [found.code, found.path])).toEqual([["lifecycle_dates_out_of_order", [3, "retiredOn"]]]);
    const beforeRetirement = correctAssetLifecycleDates(disposed(), id("SPARE"), { disposedOn: "2025-01-01" });
    expect(beforeRetirement.ok ? [] : beforeRetirement.error.map((found) => [found.code, found.path])).toEqual([["lifecycle_dates_out_of_order", [3, "disposedOn"]]]);
    expect(value(correctAssetLifecycleDates(disposed(), id("SPARE"), { retiredOn: "2025-06-01", disposedOn: "2025-07-01" }))[3]).toMatchObject({
      retiredOn: "2025-06-01",
      disposedOn: "2025-07-01",
    });
  });
  it("returns the same inventory for no dates and throws for an unknown id", () => {
    const assets = inventory();
    expect(value(correctAssetLifecycleDates(assets, id("SPARE"), {}))).toBe(assets);
    expect(() => correctAssetLifecycleDates(assets, id("NOPE"), { retiredOn: "2026-01-01" })).toThrow(IsmsError);
  });
});
