import { describe, expect, it } from "vitest";
import { listStaleRatings, type Methodology } from "../../src/risk/index.js";
import { assetRisk, m1, m2, rating } from "./fixtures.js";

describe("listStaleRatings", () => {
  const risks = [
    assetRisk("R-1", { current: rating("likely", "major", { date: "2026-01-01" }) }), // high: every 3 months → due 2026-04-01
    assetRisk("R-2", { current: rating("unlikely", "minor", { date: "2026-01-01" }) }), // low: 12 months
    assetRisk("R-3", { inherent: rating("likely", "major", {}, { ...m1, version: 9 } as Methodology) }),
    assetRisk("R-4", { residual: rating("nope", "major") }),
  ];
  it("lists ratings older than their level's review interval", () => {
    expect(listStaleRatings(m1, risks, "2026-04-01")).toEqual([{ riskId: "R-3", layer: "inherent", date: "2026-03-01", dueDate: undefined, reason: "unknown_methodology" }]);
    expect(listStaleRatings(m1, risks, "2026-04-02")).toContainEqual({ riskId: "R-1", layer: "current", date: "2026-01-01", dueDate: "2026-04-01", reason: "review_overdue" });
    expect(listStaleRatings(m1, risks, "2027-06-01", { layers: ["current"] }).map((stale) => stale.riskId)).toEqual(["R-1", "R-2"]);
  });
  it("supports review intervals in days and criteria without an interval", () => {
    const daily: Methodology = { ...m1, acceptance: { ...m1.acceptance, levels: [{ level: "high", authority: ["CISO"], review: { every: 10, unit: "days" }, compensatingControlsRequired: true }] } };
    expect(listStaleRatings(daily, risks, "2026-01-12", { layers: ["current"] })).toEqual([{ riskId: "R-1", layer: "current", date: "2026-01-01", dueDate: "2026-01-11", reason: "review_overdue" }]);
  });
  it("lists ratings made under a superseded version", () => {
    const r = [assetRisk("R-1", { current: rating("likely", "major", { date: "2026-03-01" }) })];
    expect(listStaleRatings([m1, m2], r, "2026-03-02")).toEqual([{ riskId: "R-1", layer: "current", date: "2026-03-01", dueDate: undefined, reason: "methodology_superseded" }]);
  });
  it("throws on an invalid asOf", () => {
    expect(() => listStaleRatings(m1, risks, "2026-02-30")).toThrow();
  });
});
