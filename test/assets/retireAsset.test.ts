import { describe, expect, it } from "vitest";
import { disposeAsset, retireAsset } from "../../src/assets/index.js";
import { asset, codeOf, id, inventory, value } from "./fixtures.js";

describe("retireAsset and disposeAsset", () => {
  it("retire sets status and date", () => {
    expect(value(retireAsset(inventory(), id("APP"), "2026-01-31"))[1]).toMatchObject({ status: "retired", retiredOn: "2026-01-31" });
  });
  it("retiring again on another date or after disposal is an illegal transition", () => {
    expect(codeOf(retireAsset(inventory(), id("SPARE"), "2026-01-01"))).toBe("invalid_lifecycle_transition");
    const disposed = value(disposeAsset(inventory(), id("SPARE"), "2026-01-01"));
    expect(codeOf(retireAsset(disposed, id("SPARE"), "2026-02-01"))).toBe("invalid_lifecycle_transition");
    expect(codeOf(disposeAsset(disposed, id("SPARE"), "2026-02-01"))).toBe("invalid_lifecycle_transition");
  });
  it("dates before entering service or retirement are refused", () => {
    expect(codeOf(retireAsset(inventory(), id("APP"), "2023-12-31"))).toBe("lifecycle_dates_out_of_order");
    expect(codeOf(disposeAsset(inventory(), id("SPARE"), "2025-02-28"))).toBe("lifecycle_dates_out_of_order");
  });
  it("an asset may be disposed of straight from use", () => {
    expect(value(disposeAsset(inventory(), id("SERVER"), "2026-01-01"))[2]).toMatchObject({ status: "disposed", disposedOn: "2026-01-01" });
  });
  it("the messages name an unrecorded date", () => {
    const retired = [asset("R", { status: "retired" })];
    const disposed = [asset("D", { status: "disposed" })];
    expect(retireAsset(retired, id("R"), "2026-01-01")).toMatchObject({ ok: false, error: [{ message: expect.stringContaining("unrecorded") }] });
    expect(disposeAsset(disposed, id("D"), "2026-01-01")).toMatchObject({ ok: false, error: [{ message: expect.stringContaining("unrecorded") }] });
  });
});
