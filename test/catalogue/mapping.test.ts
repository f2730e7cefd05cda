import { describe, expect, it } from "vitest";
import {
  ControlMappingSchema,
  MappingRelationshipSchema,
  correspondence,
  correspondenceMapping,
  predecessorsOf,
  successorsOf,
} from "../../src/catalogue/index.js";

describe("ControlMappingSchema", () => {
  const valid = { id: "m", source: "acme", target: "annex-a", entries: [{ source: "acme:A-1", target: "annex-a:5.1", relationship: "equivalent" }] };
  it("accepts a mapping whose entries are in its catalogues", () => {
    expect(ControlMappingSchema.safeParse(valid).success).toBe(true);
  });
  it("refuses an entry whose source or target is in another catalogue, with its path", () => {
    const result = ControlMappingSchema.safeParse({ ...valid, entries: [{ source: "other:A-1", target: "annex-a:5.1", relationship: "subset" }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((found) => found.path)).toEqual([["entries", 0, "source"]]);
  });
  it("refuses unknown keys and relationships", () => {
    expect(ControlMappingSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(ControlMappingSchema.safeParse({ ...valid, entries: [{ ...valid.entries[0], relationship: "equivalent-to" }] }).success).toBe(false);
  });
  it("has the four set relations", () => {
    expect(MappingRelationshipSchema.options).toEqual(["equivalent", "subset", "superset", "intersects"]);
  });
});

describe("correspondenceMapping", () => {
  const mapping = correspondenceMapping();
  it("has one entry per correspondence edge, in 2013 order", () => {
    expect(mapping.entries.map((entry) => [entry.source, entry.target])).toEqual(correspondence.map((edge) => [`annex-a-2013:${edge.from2013}`, `annex-a:${edge.to2022}`]));
    expect(mapping.source).toBe("annex-a-2013");
    expect(mapping.target).toBe("annex-a");
  });
  it("qualifies each edge by splits and merges", () => {
    correspondence.forEach((edge, index) => {
      const split = successorsOf(edge.from2013).length > 1;
      const merged = predecessorsOf(edge.to2022).length > 1;
      const expected = split && merged ? "intersects" : split ? "superset" : merged ? "subset" : "equivalent";
      expect(mapping.entries[index]?.relationship).toBe(expected);
    });
  });
  it("is one frozen value", () => {
    expect(correspondenceMapping()).toBe(mapping);
    expect(Object.isFrozen(mapping.entries[0])).toBe(true);
  });
});
