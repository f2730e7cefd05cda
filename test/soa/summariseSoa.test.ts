import { describe, expect, it } from "vitest";
import { deriveSoa, summariseSoa } from "../../src/soa/index.js";
import { baseInput, decision } from "./fixtures.js";

describe("summariseSoa", () => {
  it("counts by applicability, by status of applicable controls and by theme in catalogue order", () => {
    const rows = deriveSoa(
      baseInput({
        catalogues: ["annex-a", "acme"],
        decisions: [
          decision({ control: "annex-a:5.1", applicable: true, status: "implemented" }),
          decision({ control: "annex-a:6.1", applicable: true, status: "planned" }),
          decision({ control: "acme:ACME-1", applicable: true }),
        ],
      }),
    );
    const summary = summariseSoa(rows);
    expect(summary).toMatchObject({ total: 95, applicable: 3, excluded: 0, undecided: 92, statusMismatches: 0 });
    expect(summary.byStatus).toEqual({ not_started: 1, planned: 1, partially_implemented: 0, implemented: 1, not_implemented: 0 });
    expect(summary.byGroup.map((group) => [group.catalogue, group.group, group.total, group.applicable])).toEqual([
      ["annex-a", "Organizational", 37, 1],
      ["annex-a", "People", 8, 1],
      ["annex-a", "Physical", 14, 0],
      ["annex-a", "Technological", 34, 0],
      ["acme", "cloud", 1, 1],
      ["acme", undefined, 1, 0],
    ]);
    expect(summary.byGroup[5]).not.toHaveProperty("group");
  });

  it("counts only decided exclusions as excluded and the rest as undecided", () => {
    const rows = deriveSoa(
      baseInput({
        decisions: [decision({ control: "annex-a:7.5", applicable: false, justification: "No premises" }), decision({ control: "annex-a:5.1", applicable: true })],
      }),
    );
    const summary = summariseSoa(rows);
    expect(summary).toMatchObject({ total: 93, applicable: 1, excluded: 1, undecided: 91 });
    const physical = summary.byGroup.find((group) => group.group === "Physical");
    expect(physical).toMatchObject({ total: 14, applicable: 0, excluded: 1, undecided: 13 });
  });

  it("counts a stored row without the undecided field as excluded", () => {
    const [row] = deriveSoa(baseInput());
    const { undecided: _ignored, ...stored } = row!;
    expect(summariseSoa([stored])).toMatchObject({ excluded: 1, undecided: 0 });
  });

  it("counts status mismatches and an empty SoA", () => {
    expect(summariseSoa([])).toMatchObject({ total: 0, applicable: 0, excluded: 0, undecided: 0, byGroup: [], statusMismatches: 0 });
    const [row] = deriveSoa(baseInput());
    expect(summariseSoa([{ ...row!, statusMismatch: true }]).statusMismatches).toBe(1);
  });
});
