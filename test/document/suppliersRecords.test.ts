import { describe, expect, it } from "vitest";
import { deriveIsmsSoa, reviewInputFacts } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { suppliersControlEvidence, suppliersReadiness, suppliersReviewFacts } from "../../src/document/_internal/records/suppliers.js";

const doc = createExampleIsms();

describe("the suppliers' contribution to the SoA, readiness and management review", () => {
  it("gives agreements to 5.20, assessments to 5.19 and 5.22, cloud services to 5.21 and 5.23", () => {
    const evidence = suppliersControlEvidence(doc);
    const count = (control: string) => evidence.filter((item) => item.control === `annex-a:${control}`).length;
    expect([count("5.19"), count("5.20"), count("5.21"), count("5.22"), count("5.23")]).toEqual([5, 6, 2, 5, 2]);
    expect(evidence.find((item) => item.control === "annex-a:5.23")?.evidence).toEqual({
      ref: "SUP-NIMBUS",
      title: "Cloud services of Nimbus Cloud Services GmbH (iaas, paas) assessed (SA-NIMBUS-2026)",
      date: "2026-04-27",
    });
    const row = deriveIsmsSoa(doc, EXAMPLE_AS_OF).find((candidate) => candidate.ref === "annex-a:5.20");
    expect(row?.evidence.map((item) => item.ref)).toContain("SUP-NIMBUS");
    const { suppliers: _dropped, ...without } = doc;
    expect(suppliersControlEvidence(without)).toEqual([]);
  });

  it("derives no clause readiness of its own", () => {
    expect(suppliersReadiness(doc, EXAMPLE_AS_OF)).toEqual([]);
  });

  it("tells the review about assessments, overdue and unassessed suppliers, raised requirements and risks from findings", () => {
    expect(suppliersReviewFacts(doc, EXAMPLE_AS_OF)).toEqual([
      { input: "monitoring_and_measurement_results", text: "3 supplier assessments in the last 12 months (1 satisfactory, 2 conditional).", refs: ["SUP-NIMBUS", "SUP-PAYLANE", "SUP-FIXPOINT"] },
      {
        input: "monitoring_and_measurement_results",
        text: "2 suppliers are due for review (A.5.22): SUP-CUMULUS (Cumulus Office Ltd), SUP-LEDGERLINE (Ledgerline Accounting Ltd).",
        refs: ["SUP-CUMULUS", "SUP-LEDGERLINE"],
      },
      { input: "risk_assessment_and_treatment_status", text: "1 critical supplier has never been assessed: SUP-CUMULUS (Cumulus Office Ltd).", refs: ["SUP-CUMULUS"] },
      { input: "risk_assessment_and_treatment_status", text: "1 supplier's assets require more than when last assessed: SUP-PAYLANE (Paylane Payments B.V.).", refs: ["SUP-PAYLANE"] },
      { input: "risk_assessment_and_treatment_status", text: "1 open supplier finding has raised a risk: F-1 of SUP-NIMBUS → R-16.", refs: ["SUP-NIMBUS", "R-16"] },
    ]);
    expect(reviewInputFacts(doc, EXAMPLE_AS_OF).filter((fact) => fact.refs.some((ref) => ref.startsWith("SUP-")))).toHaveLength(5);
    expect(suppliersReviewFacts({ ...doc, suppliers: [] }, EXAMPLE_AS_OF)).toEqual([]);
  });
});
