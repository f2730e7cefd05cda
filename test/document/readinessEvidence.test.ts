import { describe, expect, it } from "vitest";
import { assessIsmsReadiness, createStarterIsms, deriveIsmsSoa, readinessEvidence, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";

const example = createExampleIsms();
const starter = createStarterIsms({ organisation: "Starter Ltd", date: "2026-01-05" });
const statusOf = (doc: IsmsDocument, asOf: string, requirement: string) =>
  readinessEvidence(doc, asOf as typeof EXAMPLE_AS_OF).find((item) => item.requirement === requirement)?.status;

describe("readinessEvidence", () => {
  it("reads a starter document as mostly not met, and says nothing where the document cannot tell", () => {
    expect(statusOf(starter, "2026-11-27", "4.3")).toBe("not_met");
    expect(statusOf(starter, "2026-11-27", "6.1.2.c")).toBe("not_met");
    expect(statusOf(starter, "2026-11-27", "9.2.1")).toBe("not_met");
    expect(statusOf(starter, "2026-11-27", "9.3.1")).toBe("not_met");
    expect(statusOf(starter, "2026-11-27", "6.1.3.c")).toBe("not_met");
    for (const silent of ["4.1", "5.1", "7.2", "8.1", "10.2"]) expect(statusOf(starter, "2026-11-27", silent)).toBeUndefined();
  });

  it("reads the example organisation's scope, SoA, plans, audit and review as met on the demo day", () => {
    for (const met of ["4.1", "4.2", "4.3", "5.2", "6.1.2.c", "6.1.2.d", "6.1.3.c", "6.1.3.d", "6.2", "9.2.1", "9.2.2", "9.3.1"]) {
      expect([met, statusOf(example, EXAMPLE_AS_OF, met)]).toEqual([met, "met"]);
    }
    const every = readinessEvidence(example, EXAMPLE_AS_OF);
    expect(every.every((item) => item.assessedOn === EXAMPLE_AS_OF && item.note?.startsWith("Derived from the document"))).toBe(true);
  });

  it("6.1.3 c: partly met with some Annex A controls undecided, not met with all or with Annex A out of scope", () => {
    const oneUndecided = { ...example, soaDecisions: example.soaDecisions.filter((decision) => decision.control !== "annex-a:5.1") };
    expect(statusOf(oneUndecided, EXAMPLE_AS_OF, "6.1.3.c")).toBe("partly_met");
    expect(statusOf({ ...example, cataloguesInScope: [] }, EXAMPLE_AS_OF, "6.1.3.c")).toBe("not_met");
    expect(statusOf({ ...example, cataloguesInScope: ["northwind"] as typeof example.cataloguesInScope }, EXAMPLE_AS_OF, "6.1.3.c")).toBe("not_met");
  });

  it("counts ratings and completed actions only up to asOf", () => {
    const early = readinessEvidence(example, "2025-01-01");
    const note = (requirement: string) => early.find((item) => item.requirement === requirement)?.note ?? "";
    const ratedBefore = example.risks.filter((risk) => [risk.ratings.current?.date, risk.ratings.inherent?.date].some((date) => date !== undefined && date <= "2025-01-01")).length;
    expect(note("6.1.2.d")).toContain(`${ratedBefore} of ${example.risks.length} risks rated`);
    const doneBefore = example.treatmentPlans.flatMap((plan) => plan.actions).filter((action) => action.status === "done" && action.completedOn !== undefined && action.completedOn <= "2025-01-01").length;
    expect(note("8.3")).toMatch(new RegExp(`^Derived from the document: ${doneBefore} of \\d+ treatment actions done`));
    expect(doneBefore).toBeLessThan(example.treatmentPlans.flatMap((plan) => plan.actions).filter((action) => action.status === "done").length);
  });

  it("judges on the day: before the first SoA approval the SoA is only partly met", () => {
    const approvals = example.soaVersions.flatMap((version) => (version.approvedOn === undefined ? [] : [version.approvedOn])).sort();
    const before = new Date(Date.parse(`${approvals[0]!}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(statusOf(example, before, "6.1.3.d")).toBe("partly_met");
    expect(statusOf(example, approvals[0]!, "6.1.3.d")).toBe("met");
  });

  it("gives each applicable Annex A control the status its SoA row implies", () => {
    const rows = deriveIsmsSoa(example, EXAMPLE_AS_OF).filter((row) => row.catalogue === "annex-a");
    const expected = { implemented: "met", partially_implemented: "partly_met", planned: "not_met", not_started: "not_met", not_implemented: "not_met" } as const;
    for (const row of rows) {
      expect([row.ref, statusOf(example, EXAMPLE_AS_OF, row.ref)]).toEqual([row.ref, row.applicable ? expected[row.status] : undefined]);
    }
  });

  it("reports an open major nonconformity without a live corrective action as not met", () => {
    const [first, ...rest] = example.nonconformities;
    const major = { ...first!, status: "action_planned" as const, severity: "major" as const, correctiveActions: first!.correctiveActions.map((action) => ({ ...action, status: "cancelled" as const })) };
    const { effectivenessReview: _review, closure: _closure, ...open } = major;
    expect(statusOf({ ...example, nonconformities: [open, ...rest] }, EXAMPLE_AS_OF, "10.2")).toBe("not_met");
  });
});

describe("assessIsmsReadiness", () => {
  it("treats a control nobody has decided on as a gap to assess, not as excluded", () => {
    const doc = { ...example, soaDecisions: example.soaDecisions.filter((decision) => decision.control !== "annex-a:5.1") };
    expect(assessIsmsReadiness(doc, EXAMPLE_AS_OF).items.find((item) => item.requirement === "annex-a:5.1")).toMatchObject({ status: "not_assessed" });
    const fresh = assessIsmsReadiness(starter, "2026-11-27");
    expect(fresh.annexA.not_applicable).toBe(0);
    expect(fresh.items.find((item) => item.requirement === "6.1.3.c")).toMatchObject({ status: "not_met", blocking: true });
  });

  it("lets the user's own assessment win over what the document shows, and lists excluded controls as not applicable", () => {
    const excluded = deriveIsmsSoa(example, EXAMPLE_AS_OF).filter((row) => !row.applicable && row.catalogue === "annex-a");
    expect(excluded.length).toBeGreaterThan(0);
    const own = { ...example, readiness: [...(example.readiness ?? []), { requirement: "4.3" as const, status: "not_met" as const, note: "Scope statement under rework." }] };
    const summary = assessIsmsReadiness(own, EXAMPLE_AS_OF);
    expect(summary.items.find((item) => item.requirement === "4.3")).toMatchObject({ status: "not_met", source: "assessment" });
    for (const row of excluded) expect(summary.items.find((item) => item.requirement === row.ref)).toMatchObject({ status: "not_applicable", blocking: false });
    const derived = assessIsmsReadiness(example, EXAMPLE_AS_OF);
    expect(derived.items.find((item) => item.requirement === "6.1.3.d")).toMatchObject({ status: "met", source: "evidence" });
    expect(derived.annexA.not_applicable).toBe(excluded.length);
  });
});
