import { describe, expect, it } from "vitest";
import { applyIsmsCommand, deriveIsmsSoa, readinessEvidence, reviewInputFacts } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { listCompetenceGaps, listLeaversWithOpenOffboarding, listSegregationConflicts, listTrainingDue, trainingCoverage, trainingMeasurement } from "../../src/people/index.js";

const doc = createExampleIsms();
const roles = doc.roles ?? [];
const people = doc.people ?? [];
const trainings = doc.trainings ?? [];

describe("the example organisation's people", () => {
  it("has roles for its owners, people, and three trainings", () => {
    expect(roles.length).toBe(16);
    expect(people.length).toBe(19);
    expect(trainings.map((training) => training.id)).toEqual(["TR-AWARENESS", "TR-SECDEV", "TR-PHISH-2026"]);
  });

  it("three people are overdue: two missed the phishing campaign, one's yearly training expired", () => {
    expect(listTrainingDue(people, trainings, roles, EXAMPLE_AS_OF).map((item) => `${item.person} ${item.training}`)).toEqual([
      "P-007 TR-PHISH-2026",
      "P-009 TR-PHISH-2026",
      "P-013 TR-AWARENESS",
    ]);
    expect(trainingCoverage(people, trainings, roles, EXAMPLE_AS_OF)).toEqual({ trained: 15, due: 3, share: 15 / 18 });
  });

  it("one leaver's access review is open, the declared segregation is respected, the new developer lacks a competence", () => {
    expect(listLeaversWithOpenOffboarding(people, EXAMPLE_AS_OF).map((person) => person.id)).toEqual(["P-019"]);
    expect(roles.find((role) => role.id === "ROLE-AUDITOR")?.conflictsWith).toEqual(["ROLE-CISO", "ROLE-COORD"]);
    expect(listSegregationConflicts(roles, EXAMPLE_AS_OF)).toEqual([]);
    expect(listCompetenceGaps(roles, people, EXAMPLE_AS_OF, trainings).map((gap) => `${gap.person} ${gap.competence.id}`)).toEqual(["P-018 secure-coding"]);
  });
});

describe("what the people records give the SoA, readiness and the management review", () => {
  it("trainings evidence 6.3, screenings 6.1, the leaver's returned assets 5.11, roles 5.2 and 5.3", () => {
    const rows = deriveIsmsSoa(doc, EXAMPLE_AS_OF);
    const refs = (control: string): string[] => rows.find((row) => row.ref === control)?.evidence.map((item) => item.ref) ?? [];
    expect(refs("annex-a:6.3")).toEqual(expect.arrayContaining(["TR-AWARENESS", "TR-SECDEV", "TR-PHISH-2026"]));
    expect(refs("annex-a:6.1")).toContain("P-003");
    expect(refs("annex-a:6.1")).not.toContain("P-015");
    expect(refs("annex-a:5.11")).toContain("P-019");
    expect(refs("annex-a:5.18")).not.toContain("P-019");
    expect(refs("annex-a:5.2")).toContain("ROLE-CISO");
    expect(refs("annex-a:5.3")).toContain("ROLE-AUDITOR");
  });

  it("readiness of 5.3 is met, 7.2 and 7.3 partly met", () => {
    const derived = readinessEvidence(doc, EXAMPLE_AS_OF).filter((item) => ["5.3", "7.2", "7.3"].includes(item.requirement));
    expect(derived.map((item) => [item.requirement, item.status])).toEqual([
      ["5.3", "met"],
      ["7.2", "partly_met"],
      ["7.3", "partly_met"],
    ]);
  });

  it("without people records nothing is derived for 5.3, 7.2, 7.3", () => {
    const { roles: _roles, people: _people, trainings: _trainings, ...without } = doc;
    expect(readinessEvidence(without, EXAMPLE_AS_OF).filter((item) => ["5.3", "7.2", "7.3"].includes(item.requirement))).toEqual([]);
    expect(reviewInputFacts(without, EXAMPLE_AS_OF).some((fact) => fact.text.startsWith("Training coverage"))).toBe(false);
  });

  it("the review gets the coverage, the competence gap and the open offboarding", () => {
    const facts = reviewInputFacts(doc, EXAMPLE_AS_OF);
    expect(facts.map((fact) => [fact.input, fact.refs])).toEqual(
      expect.arrayContaining([
        ["monitoring_and_measurement_results", ["P-007", "P-009", "P-013"]],
        ["monitoring_and_measurement_results", ["P-018"]],
        ["nonconformities_and_corrective_actions", ["P-019"]],
      ]),
    );
    expect(facts.find((fact) => fact.text.startsWith("Training coverage"))?.text).toBe("Training coverage: 15 of 18 people up to date (83.3 %); 3 overdue.");
  });
});

describe("training coverage as an objective's measurement", () => {
  it("is recorded with the objective.measure command", () => {
    const measurement = trainingMeasurement(people, trainings, roles, EXAMPLE_AS_OF);
    const result = applyIsmsCommand(doc, { type: "objective.measure", id: "OBJ-03", measurement }, { by: "Head of People", at: "2026-11-27T12:00:00Z" });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.document.objectives.find((objective) => objective.id === "OBJ-03")?.measurements.at(-1)).toEqual({
      date: EXAMPLE_AS_OF,
      value: 83.3,
      note: "15 of 18 people up to date with their trainings.",
    });
  });
});

describe("readiness of 5.3 without the ISMS manager", () => {
  it("is partly met when top management is assigned but nobody holds the ISMS manager's role", () => {
    const withoutManager = roles.map((role) => (role.isms === "isms_manager" ? { ...role, holders: [] } : role));
    const found = readinessEvidence({ ...doc, roles: withoutManager }, EXAMPLE_AS_OF).find((item) => item.requirement === "5.3");
    expect(found?.status).toBe("partly_met");
    expect(found?.note).toBe("Derived from the document: no role of ISMS manager has a holder.");
  });
});

