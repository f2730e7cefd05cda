import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { MappingRelationshipSchema, invertRelationship } from "../../src/catalogue/index.js";
import { IsmsError } from "../../src/core/index.js";

describe("invertRelationship", () => {
  it("swaps subset and superset and keeps equivalent and intersects", () => {
    expect(MappingRelationshipSchema.options.map(invertRelationship)).toEqual(["equivalent", "superset", "subset", "intersects"]);
  });

  test.prop([fc.constantFrom(...MappingRelationshipSchema.options)], { numRuns: 20 })("read back twice, a relationship is itself", (relationship) => {
    expect(invertRelationship(invertRelationship(relationship))).toBe(relationship);
  });

  it("throws invalid_argument for what is not a relationship", () => {
    expect(() => invertRelationship("overlaps" as never)).toThrow(IsmsError);
  });
});
