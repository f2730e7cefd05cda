import { describe, expect, it } from "vitest";
import { nextCustom } from "../../src/spreadsheet/_internal/context.js";
import { deepEqual } from "../../src/core/_internal/index.js";

describe("nextCustom", () => {
  it("sets a new key and keeps the others", () => {
    expect(nextCustom({ a: 1 }, new Map([["b", "x"]]))).toEqual({ a: 1, b: "x" });
  });
  it("a stored non-string whose JSON text the cell holds is unchanged", () => {
    expect(nextCustom({ a: 1, b: [1, "x"], c: { d: true } }, new Map([["a", "1"], ["b", '[1,"x"]'], ["c", '{"d":true}']]))).toBeUndefined();
  });
  it("an empty cell removes its key, and an object left empty is null", () => {
    expect(nextCustom({ a: "x", b: "y" }, new Map([["a", ""]]))).toEqual({ b: "y" });
    expect(nextCustom({ a: "x" }, new Map([["a", ""]]))).toBeNull();
    expect(nextCustom(undefined, new Map([["a", ""]]))).toBeUndefined();
  });
});

describe("nextCustom and trimmed cells", () => {
  it("a stored string with spaces around, or an empty one, equals the trimmed cell", () => {
    expect(nextCustom({ a: "  x ", b: "" }, new Map([["a", "x"], ["b", ""]]))).toBeUndefined();
  });
});

describe("deepEqual", () => {
  it("compares JSON values structurally, ignoring undefined properties", () => {
    expect(deepEqual({ a: [1, { b: "c" }], d: undefined }, { a: [1, { b: "c" }] })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: "1" })).toBe(false);
  });
});
