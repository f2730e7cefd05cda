import { describe, expect, it } from "vitest";
import { at } from "../../../src/core/_internal/index.js";
import { IsmsError } from "../../../src/core/index.js";

describe("at", () => {
  it("returns the element at an index in range, of an array or a typed array", () => {
    expect(at(["a", "b", "c"], 0)).toBe("a");
    expect(at(["a", "b", "c"], 2)).toBe("c");
    expect(at(Int32Array.of(7, 8), 1)).toBe(8);
  });

  it("returns an element that is itself undefined when the list holds one there", () => {
    expect(at([undefined, 1], 0)).toBeUndefined();
  });

  it.each([
    ["past the end", 3],
    ["negative (it does not count from the end)", -1],
    ["not an integer", 1.5],
    ["NaN", Number.NaN],
  ])("throws IsmsError invalid_argument for an index %s", (_, index) => {
    const call = () => at(["a", "b", "c"], index);
    expect(call).toThrow(IsmsError);
    expect(call).toThrow(expect.objectContaining({ code: "invalid_argument", message: expect.stringContaining(`Index ${index} is out of range for a list of 3`) }));
  });

  it("throws for any index of an empty list", () => {
    expect(() => at([], 0)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
