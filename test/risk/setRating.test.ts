import { describe, expect, it } from "vitest";
import { setRating } from "../../src/risk/index.js";
import { assetRisk, deepFreeze, rating } from "./fixtures.js";

describe("setRating", () => {
  const risk = deepFreeze(assetRisk("R-1", { current: rating("likely", "major") }));
  it("does not mutate its input", () => {
    const next = setRating(risk, "residual", rating("unlikely", "major"));
    expect(next.ratings.residual?.likelihood).toBe("unlikely");
    expect(risk.ratings.residual).toBeUndefined();
  });
  it("returns the same reference when nothing changes", () => {
    expect(setRating(risk, "current", rating("likely", "major"))).toBe(risk);
    expect(setRating(risk, "target", undefined)).toBe(risk);
  });
  it("removes a layer", () => {
    expect(setRating(risk, "current", undefined).ratings).toEqual({});
  });
});
