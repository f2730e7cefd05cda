import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { frameworkCoverage, type CoverageLevel } from "../../src/document/index.js";
import { ImplementationStatusSchema } from "../../src/soa/index.js";
import { COVERING, ENTRIES, frameworksDoc, mappingOf, type Decided } from "./_frameworks.js";

const levels = (coverage: ReturnType<typeof frameworkCoverage>): Record<string, CoverageLevel> => Object.fromEntries(coverage.rows.map((row) => [row.id, row.level]));
const RANK: Record<CoverageLevel, number> = { none: 0, partly: 1, covered: 2 };

describe("frameworkCoverage", () => {
  it("with every covering control implemented: equivalent and superset cover, intersects only partly, no mapping not at all", () => {
    const coverage = frameworkCoverage(frameworksDoc(), "sp-low", { asOf: "2026-11-27" });
    expect(levels(coverage)).toEqual({ "ac-1": "covered", "ac-2": "partly", "ia-2": "covered", "cp-9": "covered", "pe-3": "covered", "at-2": "none" });
    expect([coverage.total, coverage.covered, coverage.partly, coverage.none]).toEqual([6, 4, 1, 1]);
    expect([coverage.frameworkTitle, coverage.via, coverage.viaTitle]).toEqual(["SP 800-53 LOW (subset)", "annex-a", "Annex A"]);
  });

  it("reads an entry from the framework to Annex A backwards: ac-1 ⊂ 5.15 makes 5.15 a superset of ac-1", () => {
    const row = frameworkCoverage(frameworksDoc(), "sp-low").rows.find((found) => found.id === "ac-1");
    expect(row?.links).toEqual([{ control: "annex-a:5.15", mapping: "low-to-annex-a", relationship: "superset", applicable: true, status: "implemented", level: "covered" }]);
  });

  it("a covering control that is applicable but only planned covers partly; an excluded one not at all", () => {
    const coverage = frameworkCoverage(
      frameworksDoc({ decided: { "annex-a:8.13": { applicable: true, status: "planned" }, "annex-a:7.2": { applicable: false, status: undefined } } }),
      "sp-low",
    );
    expect(levels(coverage)["cp-9"]).toBe("partly");
    expect(levels(coverage)["pe-3"]).toBe("none");
    expect(coverage.rows.find((row) => row.id === "pe-3")?.links[0]).toMatchObject({ applicable: false, level: "none" });
  });

  it("leaves withdrawn controls out, and needs neither the framework in scope nor a known catalogue", () => {
    expect(frameworkCoverage(frameworksDoc({ inScope: false }), "sp-low").rows.map((row) => row.id)).not.toContain("ac-13");
    expect(frameworkCoverage(frameworksDoc({ inScope: false }), "sp-low").covered).toBe(4);
    expect(frameworkCoverage(frameworksDoc(), "nothing-here")).toMatchObject({ total: 0, covered: 0, partly: 0, none: 0, rows: [] });
  });

  it("without mappings nothing is covered", () => {
    const coverage = frameworkCoverage({ ...frameworksDoc(), mappings: [] }, "sp-low");
    expect([coverage.covered, coverage.partly, coverage.none]).toEqual([0, 0, 6]);
  });

  it("covers through another catalogue with via", () => {
    // The example's own catalogue, northwind, as the covering one: no mapping reaches it.
    expect(frameworkCoverage(frameworksDoc(), "sp-low", { via: "northwind" }).none).toBe(6);
  });
});

const decidedArb: fc.Arbitrary<Decided> = fc.record({
  applicable: fc.boolean(),
  status: fc.constantFrom(...ImplementationStatusSchema.options),
});
const decisionsArb = fc.tuple(...COVERING.map(() => decidedArb)).map((list) => Object.fromEntries(COVERING.map((control, index) => [control, list[index]!])));
const entriesArb = fc.subarray([...ENTRIES]);

describe("frameworkCoverage properties", () => {
  test.prop([decisionsArb, entriesArb], { numRuns: 40 })("the counts add up to the framework's controls that are not withdrawn", (decided, entries) => {
    const coverage = frameworkCoverage(frameworksDoc({ decided, mappings: mappingOf(entries) }), "sp-low");
    expect(coverage.covered + coverage.partly + coverage.none).toBe(6);
    expect(coverage.rows).toHaveLength(6);
  });

  test.prop([decisionsArb, entriesArb, fc.constantFrom(...ENTRIES)], { numRuns: 40 })("adding a mapping entry never lowers any requirement's coverage", (decided, entries, added) => {
    const before = levels(frameworkCoverage(frameworksDoc({ decided, mappings: mappingOf(entries) }), "sp-low"));
    const after = levels(frameworkCoverage(frameworksDoc({ decided, mappings: mappingOf([...entries, added]) }), "sp-low"));
    for (const [id, level] of Object.entries(before)) expect(RANK[after[id]!]).toBeGreaterThanOrEqual(RANK[level]);
  });

  test.prop([decisionsArb, entriesArb, fc.constantFrom(...COVERING)], { numRuns: 40 })("implementing a control never lowers any requirement's coverage", (decided, entries, control) => {
    const before = levels(frameworkCoverage(frameworksDoc({ decided, mappings: mappingOf(entries) }), "sp-low"));
    const implemented = { ...decided, [control]: { applicable: decided[control]?.applicable ?? true, status: "implemented" as const } };
    const after = levels(frameworkCoverage(frameworksDoc({ decided: implemented, mappings: mappingOf(entries) }), "sp-low"));
    for (const [id, level] of Object.entries(before)) expect(RANK[after[id]!]).toBeGreaterThanOrEqual(RANK[level]);
  });
});
