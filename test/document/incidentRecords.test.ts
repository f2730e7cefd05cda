import { describe, expect, it } from "vitest";
import { createStarterIsms, deriveIsmsSoa, reviewInputFacts, readinessEvidence } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";

const doc = createExampleIsms();

describe("the evidence incident records give the SoA", () => {
  const rows = deriveIsmsSoa(doc, EXAMPLE_AS_OF);
  const evidenceOf = (ref: string) => rows.find((row) => row.ref === ref)?.evidence.filter((item) => item.ref.startsWith("INC-")).map((item) => `${item.ref} ${item.date}`);

  it("reporting (6.8) from every record, assessment (5.25) from every assessed one, events included", () => {
    expect(evidenceOf("annex-a:6.8")).toEqual(expect.arrayContaining(["INC-2026-003 2026-02-10", "INC-2026-021 2026-10-19"]));
    expect(evidenceOf("annex-a:5.25")).toEqual(expect.arrayContaining(["INC-2026-021 2026-10-20"]));
  });

  it("handling (5.24, 5.26) from incidents responded to, not from events", () => {
    expect(evidenceOf("annex-a:5.26")?.sort()).toEqual(["INC-2026-003 2026-02-11", "INC-2026-009 2026-05-15", "INC-2026-017 2026-09-08"]);
    expect(evidenceOf("annex-a:5.24")?.some((item) => item.startsWith("INC-2026-021"))).toBe(false);
  });

  it("lessons (5.27) and collected evidence (5.28) on their latest dates", () => {
    expect(evidenceOf("annex-a:5.27")?.sort()).toEqual(["INC-2026-003 2026-02-20", "INC-2026-009 2026-05-28"]);
    expect(evidenceOf("annex-a:5.28")?.sort()).toEqual(["INC-2026-003 2026-02-11", "INC-2026-009 2026-05-16", "INC-2026-017 2026-09-11"]);
  });

  it("leaves out evidence dated after asOf", () => {
    expect(deriveIsmsSoa(doc, "2026-03-01").find((row) => row.ref === "annex-a:5.28")?.evidence.map((item) => item.ref)).not.toContain("INC-2026-009");
  });
});

describe("what incident records give a management review", () => {
  it("counts, mean time to close, incidents without lessons, nonconformities raised and lessons", () => {
    const facts = reviewInputFacts(doc, EXAMPLE_AS_OF).filter((fact) => fact.refs.some((ref) => ref.startsWith("INC-")));
    expect(facts.map((fact) => `${fact.input}: ${fact.text}`)).toEqual([
      "nonconformities_and_corrective_actions: 1 incident closed without lessons learned.",
      "nonconformities_and_corrective_actions: Lessons learned from incidents raised 1 nonconformity: NC-2026-03 (INC-2026-003).",
      "monitoring_and_measurement_results: 3 incidents and 1 event reported in the 12 months before 2026-11-27; mean time to close 11 days.",
      "improvement_opportunities: 2 lessons learned from incidents, 2 leading to a change: Automatic forwarding to external domains blocked for the whole tenant; Out-of-hours IT number printed on every laptop and added to the travel guide.",
    ]);
    expect(facts[0]?.refs).toEqual(["INC-2026-017"]);
  });

  it("says nothing for a document without incidents", () => {
    expect(reviewInputFacts(createStarterIsms({ organisation: "Test Ltd", date: "2026-01-05" }), EXAMPLE_AS_OF)).toEqual([]);
  });

  it("reports the risks the incidents contradict", () => {
    const incident = doc.incidents![0]!;
    const again = { ...incident, id: incident.id.replace("003", "030") as typeof incident.id, occurred: "2026-10-01", reported: "2026-10-01", assessed: "2026-10-01", responded: "2026-10-02", closed: "2026-10-05" };
    const facts = reviewInputFacts({ ...doc, incidents: [...doc.incidents!, again] }, EXAMPLE_AS_OF).filter((fact) => fact.input === "risk_assessment_and_treatment_status" && fact.refs.includes("INC-2026-030"));
    expect(facts.map((fact) => fact.text)).toEqual(["Incidents contradict the low likelihood of 2 risks: R-07 (unlikely, 2 incidents), R-25 (rare, 2 incidents)."]);
  });
});

describe("readiness", () => {
  it("incidents add no clause-level readiness of their own", () => {
    const withIncidents = readinessEvidence(doc, EXAMPLE_AS_OF);
    const without = readinessEvidence({ ...doc, incidents: [] }, EXAMPLE_AS_OF);
    expect(withIncidents.length).toBe(without.length);
  });
});
