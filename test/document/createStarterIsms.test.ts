import { describe, expect, it } from "vitest";
import { createStarterIsms, parseIsms, validateIsms } from "../../src/document/index.js";
import { cox3x3Preset, matrix4x4Preset, product5x5Preset, type RiskMatrix } from "../../src/risk/index.js";
import { createSoaVersion, deriveSoa } from "../../src/soa/index.js";

const base = { organisation: "Northwind", date: "2026-11-27" } as const;

const errorsOf = (issues: ReturnType<typeof validateIsms>) => issues.filter((found) => found.severity === "error");

describe("createStarterIsms", () => {
  it("uses the 5×5 product preset when no matrix is given", () => {
    const doc = createStarterIsms(base);
    expect(doc.methodologies).toHaveLength(1);
    expect(doc.methodologies[0]?.matrix).toEqual(product5x5Preset);
  });

  it.each([
    ["the default", undefined],
    ["3×3", cox3x3Preset],
    ["4×4", matrix4x4Preset],
    ["5×5", product5x5Preset],
  ] as const)("with %s matrix validates with no error and no inconsistent_colouring", (_name, matrix) => {
    const doc = createStarterIsms({ organisation: "X", date: "2026-01-01", ...(matrix === undefined ? {} : { matrix }) });
    const issues = validateIsms(doc, { asOf: "2026-01-01" });
    expect(errorsOf(issues)).toEqual([]);
    expect(issues.filter((found) => found.code === "inconsistent_colouring")).toEqual([]);
  });

  it("keeps the 93 undecided Annex A controls visible as warnings, the to-do list of a new ISMS", () => {
    const issues = validateIsms(createStarterIsms(base), { asOf: base.date });
    const undecided = issues.filter((found) => found.code === "undecided_control");
    expect(undecided).toHaveLength(93);
    expect(undecided.every((found) => found.severity === "warning")).toBe(true);
    expect(new Set(issues.map((found) => found.code))).toEqual(new Set(["undecided_control", "missing_scope"]));
  });

  it.each([
    ["3×3", cox3x3Preset],
    ["4×4", matrix4x4Preset],
    ["5×5", product5x5Preset],
  ] as const)("uses the %s matrix it is given, and the result survives a JSON round trip", (_name, matrix) => {
    const doc = createStarterIsms({ ...base, matrix });
    expect(doc.methodologies[0]?.matrix).toEqual(matrix);
    expect(parseIsms(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it("turns the undecided controls into errors once an SoA version is approved on or before asOf", () => {
    const starter = createStarterIsms(base);
    const rows = deriveSoa({ catalogues: starter.cataloguesInScope, decisions: [] });
    const approved = { ...starter, soaVersions: [createSoaVersion([], rows, { date: "2026-12-01", approvedBy: "CEO", approvedOn: "2026-12-02" })] };
    const before = validateIsms(approved, { asOf: "2026-12-01" });
    expect(before.filter((found) => found.code === "undecided_control").every((found) => found.severity === "warning")).toBe(true);
    const after = validateIsms(approved, { asOf: "2026-12-02" });
    const errors = errorsOf(after);
    expect(errors.filter((found) => found.code === "undecided_control")).toHaveLength(93);
    // The approval of a version with open controls is itself an error, at each open row.
    expect(errors.filter((found) => found.code === "approved_with_undecided_control").map((found) => found.path.slice(0, 3))).toContainEqual(["soaVersions", 0, "rows"]);
  });

  it("rejects a malformed matrix", () => {
    const broken = { ...cox3x3Preset, cells: [] } as unknown as RiskMatrix;
    expect(() => createStarterIsms({ ...base, matrix: broken })).toThrow();
  });
});
