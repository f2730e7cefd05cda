import { describe, expect, it } from "vitest";
import { evaluateLevel } from "../../src/risk/index.js";
import { m1 } from "./fixtures.js";

describe("evaluateLevel", () => {
  it("places levels against appetite and tolerance", () => {
    expect(evaluateLevel(m1, "low")?.appetite).toBe("within_appetite");
    expect(evaluateLevel(m1, "medium")?.appetite).toBe("within_tolerance");
    expect(evaluateLevel(m1, "high")).toMatchObject({ appetite: "above_tolerance", compensatingControlsRequired: true, authority: ["Risk owner", "CISO", "Top management"], review: { every: 3, unit: "months" } });
  });
  it("returns undefined for an unknown level and defaults when the criteria are silent", () => {
    expect(evaluateLevel(m1, "nope")).toBeUndefined();
    const silent = { ...m1, acceptance: { ...m1.acceptance, levels: [] } };
    expect(evaluateLevel(silent, "high")).toMatchObject({ authority: [], review: undefined, compensatingControlsRequired: false });
  });
});
