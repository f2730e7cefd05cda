import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { IsmsError } from "../../src/core/index.js";
import { createMethodology, defaultAcceptance, matrix4x4Preset, MethodologySchema, product5x5Preset } from "../../src/risk/index.js";
import { m1 } from "./fixtures.js";

describe("createMethodology", () => {
  it("builds version 1 with maximum aggregation and default acceptance, frozen", () => {
    expect(m1.version).toBe(1);
    expect(m1.aggregation).toEqual({ kind: "maximum" });
    expect(m1.acceptance.appetite).toBe("low");
    expect(m1.acceptance.tolerance).toBe("medium");
    expect(Object.isFrozen(m1)).toBe(true);
    expect(MethodologySchema.parse(JSON.parse(JSON.stringify(m1)))).toEqual(m1);
  });
  it("accepts every preset", () => {
    for (const matrix of [matrix4x4Preset, product5x5Preset]) {
      expect(createMethodology({ id: "x", name: "X", reviewDate: "2027-01-01", matrix }).matrix).toEqual(matrix);
    }
  });
  it("throws on a methodology with errors", () => {
    expect(() =>
      createMethodology({ id: "x", name: "X", reviewDate: "2027-01-01", matrix: product5x5Preset, acceptance: { appetite: "high", tolerance: "low", levels: [] } }),
    ).toThrow(IsmsError);
  });
  it("throws a ZodError on malformed input", () => {
    expect(() => createMethodology({ id: "bad id!", name: "X", reviewDate: "2027-01-01", matrix: product5x5Preset })).toThrow(ZodError);
  });
  it("throws a ZodError with the path matrix, and no other, when the matrix is missing", () => {
    const missing = { id: "x", name: "X", reviewDate: "2027-01-01" } as unknown as Parameters<typeof createMethodology>[0];
    let thrown: unknown;
    try {
      createMethodology(missing);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ZodError);
    expect((thrown as ZodError).issues.map((found) => found.path)).toEqual([["matrix"]]);
  });
  it("throws a ZodError when the matrix has no levels or the input is not an object", () => {
    const noLevels = { id: "x", name: "X", reviewDate: "2027-01-01", matrix: { ...product5x5Preset, levels: [] } };
    expect(() => createMethodology(noLevels)).toThrow(ZodError);
    for (const input of [undefined, null, [], "x"]) expect(() => createMethodology(input as unknown as Parameters<typeof createMethodology>[0])).toThrow(ZodError);
  });
});

describe("defaultAcceptance", () => {
  it("gives the top level compensating controls and three approvers", () => {
    const criteria = defaultAcceptance(product5x5Preset.levels);
    expect(criteria.appetite).toBe("low");
    expect(criteria.tolerance).toBe("high");
    expect(criteria.levels.at(-1)).toMatchObject({ level: "very_high", compensatingControlsRequired: true, review: { every: 3, unit: "months" } });
    expect(criteria.levels[0]?.authority).toEqual(["Risk owner"]);
  });
  it("throws an IsmsError for no levels", () => {
    expect(() => defaultAcceptance([])).toThrow(IsmsError);
  });
  it("handles two levels", () => {
    const criteria = defaultAcceptance([{ key: "ok", label: "OK" }, { key: "bad", label: "Bad" }]);
    expect([criteria.appetite, criteria.tolerance]).toEqual(["ok", "ok"]);
  });
});
