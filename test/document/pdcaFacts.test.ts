import { describe, expect, it } from "vitest";
import { createCycle, NonconformitySchema } from "../../src/cycle/index.js";
import { pdcaFacts, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

// The example organisation, put back into a cycle that starts on 1 January 2026, so that its
// 2026 audit, review and SoA approvals fall inside the cycle.
const example = createExampleIsms();
const doc: IsmsDocument = { ...example, cycle: createCycle("2026-01-01", { cycle: 3 }) };
const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe("pdcaFacts on a day", () => {
  it("counts a review held in the cycle only from the day it was held", () => {
    const held = doc.reviews.filter((review) => review.status === "held" && review.date >= "2026-01-01").map((review) => review.date).sort();
    const first = held[0]!;
    expect(pdcaFacts(doc).completedReviewsInCycle).toBe(held.length);
    expect(pdcaFacts(doc, first).completedReviewsInCycle).toBe(1);
    expect(pdcaFacts(doc, dayBefore(first) as never).completedReviewsInCycle).toBe(0);
  });

  it("counts the risk assessment complete only from the day the last risk was first rated", () => {
    const firstRated = doc.risks.map((risk) => [risk.ratings.inherent?.date, risk.ratings.current?.date].filter((date) => date !== undefined).sort()[0] ?? "9999-12-31");
    const last = firstRated.sort().at(-1)!;
    expect(pdcaFacts(doc, last).riskAssessmentComplete).toBe(true);
    expect(pdcaFacts(doc, dayBefore(last)).riskAssessmentComplete).toBe(false);
    expect(pdcaFacts(doc).riskAssessmentComplete).toBe(true);
  });

  it("counts an audit only from the day it was performed", () => {
    const performed = (doc.auditProgramme?.audits ?? [])
      .filter((audit) => audit.status === "completed")
      .map((audit) => audit.performedDate ?? audit.plannedDate)
      .filter((date) => date >= "2026-01-01")
      .sort();
    expect(performed.length).toBeGreaterThan(0);
    expect(pdcaFacts(doc, performed[0]!).completedAuditsInCycle).toBe(1);
    expect(pdcaFacts(doc, dayBefore(performed[0]!) as never).completedAuditsInCycle).toBe(0);
  });

  it("counts the SoA and the policy as approved only from their approval day", () => {
    const soaDays = doc.soaVersions.flatMap((version) => (version.approvedBy !== undefined && version.approvedOn !== undefined ? [version.approvedOn] : [])).sort();
    expect(pdcaFacts(doc, soaDays[0]!).soaApproved).toBe(true);
    expect(pdcaFacts(doc, dayBefore(soaDays[0]!) as never).soaApproved).toBe(false);
    const policyDays = doc.policies.flatMap((policy) => (policy.status === "approved" && policy.approvedOn !== undefined ? [policy.approvedOn] : [])).sort();
    expect(pdcaFacts(doc, dayBefore(policyDays[0]!) as never).approvedPolicy).toBe(false);
    expect(pdcaFacts(doc).approvedPolicy).toBe(true);
  });

  it("treats a major nonconformity whose corrective actions are all cancelled as having none, from the day it was raised", () => {
    const major = NonconformitySchema.parse({
      id: "NC-MAJOR",
      source: { kind: "incident", reference: "INC-1" },
      severity: "major",
      description: "Backups were not restorable.",
      raised: "2026-03-01",
      owner: "CTO",
      status: "action_planned",
      correction: { description: "Restored from the previous good backup.", date: "2026-03-02" },
      rootCause: { description: "No restore test.", date: "2026-03-05" },
      correctiveActions: [{ id: "NC-MAJOR-CA1", description: "Monthly restore tests.", owner: "CTO", due: "2026-06-30", status: "cancelled" }],
    });
    const withMajor = { ...doc, nonconformities: [...doc.nonconformities, major] };
    expect(pdcaFacts(withMajor).majorNonconformitiesWithoutCorrectiveAction).toEqual(["NC-MAJOR"]);
    expect(pdcaFacts(withMajor, "2026-02-28").majorNonconformitiesWithoutCorrectiveAction).toEqual([]);
    const live = { ...major, correctiveActions: [{ ...major.correctiveActions[0]!, status: "planned" as const }] };
    expect(pdcaFacts({ ...doc, nonconformities: [live] }).majorNonconformitiesWithoutCorrectiveAction).toEqual([]);
  });
});
