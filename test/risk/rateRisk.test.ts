import { describe, expect, it } from "vitest";
import { rateRisk } from "../../src/risk/index.js";
import { assetRisk, m1, m2, rating } from "./fixtures.js";

describe("rateRisk", () => {
  const risk = assetRisk("R-1", { inherent: rating("likely", "major"), current: rating("possible", "major") });
  it("uses the standing layer by default", () => {
    expect(rateRisk(m1, risk)?.level.key).toBe("medium");
    expect(rateRisk(m1, risk, "inherent")?.level.key).toBe("high");
  });
  it("returns undefined for missing layers, unknown versions and bad keys", () => {
    expect(rateRisk(m1, risk, "residual")).toBeUndefined();
    expect(rateRisk(m2, risk)).toBeUndefined();
    expect(rateRisk(m1, assetRisk("R-2", { current: rating("x", "major") }))).toBeUndefined();
    expect(rateRisk(m1, assetRisk("R-3", {}))).toBeUndefined();
  });
});
