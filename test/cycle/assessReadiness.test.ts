import { describe, expect, it } from "vitest";
import { ReadinessAssessmentSchema, assessReadiness, type ReadinessAssessment } from "../../src/cycle/index.js";

const clauseIds = ["4", "5", "6", "7", "8", "9", "10"];
const allMet: ReadinessAssessment[] = clauseIds.map((requirement) => ReadinessAssessmentSchema.parse({ requirement, status: "met" }));

describe("assessReadiness", () => {
  it("with nothing assessed, every clause requirement blocks and the verdict is not met", () => {
    const summary = assessReadiness([], { annexA: false });
    expect(summary.overall).toBe("not_met");
    expect(summary.items.length).toBeGreaterThan(30);
    expect(summary.blocking).toHaveLength(summary.items.length);
    expect(summary.clauses.not_assessed).toBe(summary.items.length);
    expect(summary.annexA).toEqual({ met: 0, partly_met: 0, not_met: 0, not_assessed: 0, not_applicable: 0 });
  });

  it("assessments of a clause are inherited by its sub-clauses and items", () => {
    const summary = assessReadiness(allMet, { annexA: false });
    expect(summary.overall).toBe("met");
    const item = summary.items.find((found) => found.requirement === "6.1.2.a");
    expect(item).toMatchObject({ status: "met", source: "inherited", inheritedFrom: "6" });
    expect(summary.items.some((found) => found.requirement === "6.1.2" || found.requirement === "6")).toBe(false);
  });

  it("lists blocking items first: clauses not met, then controls not met, then the rest by group", () => {
    const summary = assessReadiness(
      [
        ...allMet,
        { requirement: "annex-a:8.24", status: "not_met" },
        { requirement: "9.2.2", status: "not_met", note: "No programme" },
        { requirement: "7.2", status: "partly_met" },
        { requirement: "annex-a:5.1", status: "partly_met", evidence: ["POL-1"] },
        { requirement: "annex-a:5.2", status: "met" },
      ],
      { notApplicable: ["annex-a:7.5"] },
    );
    expect(summary.overall).toBe("not_met");
    expect(summary.blocking.map((found) => found.requirement)).toEqual(["9.2.2", "annex-a:8.24"]);
    expect(summary.items.slice(0, 5).map((found) => `${found.requirement}:${found.status}`)).toEqual([
      "9.2.2:not_met",
      "annex-a:8.24:not_met",
      "7.2:partly_met",
      "annex-a:5.1:partly_met",
      "annex-a:5.3:not_assessed",
    ]);
    expect(summary.items.at(-1)?.requirement).toBe("annex-a:7.5");
    expect(summary.items[0]?.note).toBe("No programme");
    expect(summary.items[3]?.evidence).toEqual(["POL-1"]);
    expect(summary.annexA).toEqual({ met: 1, partly_met: 1, not_met: 1, not_assessed: 89, not_applicable: 1 });
  });

  it("a clause not assessed blocks; a control not assessed does not", () => {
    const summary = assessReadiness(allMet.filter((found) => found.requirement !== "10"));
    expect(summary.blocking.map((found) => found.requirement)).toEqual(["10.1", "10.2"]);
    expect(assessReadiness(allMet).overall).toBe("partly_met");
  });

  it("the user's assessment wins over the document's evidence, and unknown keys are reported", () => {
    const summary = assessReadiness([...allMet, { requirement: "4.3", status: "partly_met" }, { requirement: "acme:X-1", status: "met" }], {
      annexA: false,
      evidence: [{ requirement: "4.3", status: "met" }, { requirement: "5.2", status: "not_met", evidence: ["POL draft"] }],
    });
    expect(summary.items.find((found) => found.requirement === "4.3")).toMatchObject({ status: "partly_met", source: "assessment" });
    expect(summary.items.find((found) => found.requirement === "5.2")).toMatchObject({ status: "not_met", source: "evidence", evidence: ["POL draft"] });
    expect(summary.unknown).toEqual(["acme:X-1"]);
    expect(summary.overall).toBe("not_met");
  });
});
