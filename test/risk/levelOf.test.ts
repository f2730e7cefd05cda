import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { cox3x3Preset, levelOf, type RiskMatrix } from "../../src/risk/index.js";

describe("levelOf", () => {
  it("reads cells[likelihood][consequence]", () => {
    expect(levelOf(cox3x3Preset, "likely", "major").key).toBe("high");
    expect(levelOf(cox3x3Preset, "likely", "minor").key).toBe("low");
    expect(levelOf(cox3x3Preset, "unlikely", "major").key).toBe("low");
    expect(levelOf(cox3x3Preset, "possible", "moderate").key).toBe("medium");
  });
  it("throws for a key not on a scale", () => {
    expect(() => levelOf(cox3x3Preset, "often", "major")).toThrow(IsmsError);
    expect(() => levelOf(cox3x3Preset, "likely", "huge")).toThrow(/consequence/);
  });
  it("throws for a malformed matrix", () => {
    const broken: RiskMatrix = { ...cox3x3Preset, cells: [["low"]] };
    expect(() => levelOf(broken, "unlikely", "minor")).toThrow(IsmsError);
  });
});
