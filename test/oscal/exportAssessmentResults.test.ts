import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import type { Risk } from "../../src/risk/index.js";
import type { TreatmentPlan } from "../../src/treatment/index.js";
import type { Audit, Nonconformity } from "../../src/cycle/index.js";
import { ISMS_OSCAL_NS, checkOscal, exportAssessmentResults, type OscalJsonObject, type OscalRisk } from "../../src/oscal/index.js";
import { schemaErrors } from "./_ajv.js";

const AS_OF = "2026-11-27T09:00:00Z";
const document = createExampleIsms();
const base = { organisation: document.organisation.name, asOf: AS_OF };

function ownValues(props: readonly { name: string; ns?: string; value: string }[] | undefined, name: string): string[] {
  return (props ?? []).filter((prop) => prop.ns === ISMS_OSCAL_NS && prop.name === name).map((prop) => prop.value);
}

describe("exportAssessmentResults", () => {
  const ar = exportAssessmentResults(riskInput);
  const result = ar["assessment-results"].results[0] as OscalJsonObject & { observations?: OscalJsonObject[]; findings?: OscalJsonObject[] };
  const risks = risksOf(ar);

  it("validates against NIST's schema and the library's checks", () => {
    expect(schemaErrors("assessment-results", ar)).toEqual([]);
    expect(checkOscal(ar)).toEqual([]);
  });

  it("writes every risk with its id", () => {
    expect(risks.map((risk) => ownValues(risk.props, "risk-id")[0])).toEqual(document.risks.map((risk) => risk.id));
  });

  it("writes likelihood, impact and risk facets whose system names the methodology", () => {
    const methodology = document.methodologies[0]!;
    const system = `urn:isms:methodology:${methodology.id}:v${methodology.version}`;
    const facets = (risks[0]?.characterizations?.[0] as { facets: { name: string; system: string }[] }).facets;
    expect(facets.filter((facet) => facet.system === system).map((facet) => facet.name)).toEqual(["likelihood", "impact", "risk"]);
    expect(new Set(facets.map((facet) => facet.system))).toEqual(new Set(["http://csrc.nist.gov/ns/oscal", system]));
  });

  it("writes each rating with OSCAL's own facets: likelihood, impact and risk in NIST's system, state initial for inherent and adjusted for residual", () => {
    type Facet = { name: string; system: string; value: string; props?: { name: string; ns?: string; value: string }[] };
    const accepted = risks.find((risk) => risk.status === "deviation-approved")!;
    const byLayer = new Map(
      (accepted.characterizations ?? []).map((characterization) => {
        const { props, facets } = characterization as { props: { value: string }[]; facets: Facet[] };
        return [props[0]!.value, facets];
      }),
    );
    const nist = (layer: string): Facet[] => (byLayer.get(layer) ?? []).filter((facet) => facet.system === "http://csrc.nist.gov/ns/oscal");
    expect(nist("inherent").map((facet) => facet.name)).toEqual(["likelihood", "impact", "risk"]);
    expect(nist("inherent").map((facet) => facet.props)).toEqual(Array(3).fill([{ name: "state", value: "initial" }]));
    expect(nist("residual").map((facet) => facet.props)).toEqual(Array(3).fill([{ name: "state", value: "adjusted" }]));
    // The values are the organisation's labels, the same as in the facets of its own methodology.
    const own = (byLayer.get("inherent") ?? []).filter((facet) => facet.system.startsWith("urn:isms:methodology:"));
    expect(nist("inherent").map((facet) => facet.value)).toEqual(own.map((facet) => facet.value));
  });

  it("writes inherent as the initial state and residual as adjusted", () => {
    const accepted = risks.find((risk) => risk.status === "deviation-approved")!;
    const layers = (accepted.characterizations ?? []).map((characterization) => (characterization as { props: { name: string; value: string; class?: string }[] }).props[0]);
    expect(layers[0]).toMatchObject({ value: "inherent", class: "initial" });
    expect(layers.find((prop) => prop?.value === "residual")).toMatchObject({ class: "adjusted" });
  });

  it("types each remediation mitigate, accept, avoid or share, with a lifecycle", () => {
    const remediations = risks.flatMap((risk) => (risk.remediations ?? []) as { lifecycle: string; props: { name: string; ns?: string; value: string }[] }[]);
    expect(remediations.length).toBeGreaterThan(0);
    for (const remediation of remediations) {
      const types = remediation.props.filter((prop) => prop.name === "type" && prop.ns === undefined).map((prop) => prop.value);
      expect(types.length).toBeGreaterThan(0);
      for (const type of types) expect(["mitigate", "accept", "avoid", "share"]).toContain(type);
      expect(["recommendation", "planned", "completed"]).toContain(remediation.lifecycle);
    }
  });

  it("puts accepted residual risk into the risk log", () => {
    const accepted = risks.filter((risk) => risk["risk-log"] !== undefined);
    expect(accepted.length).toBeGreaterThan(0);
  });

  it("types every observation with a value OSCAL 1.2.1 allows and has not deprecated", () => {
    // oscal_assessment-common_metaschema.xml, allowed-values "oscal-observation-values"
    // (1.2.1): "finding" is deprecated since 1.1.4, use "discovery".
    const current = ["ssp-statement-issue", "control-objective", "mitigation", "discovery", "historic"];
    const types = (result.observations ?? []).flatMap((observation) => observation.types as string[]);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(current).toContain(type);
  });

  it("writes each audit finding as an observation and nonconformities as findings", () => {
    const auditFindings = (document.auditProgramme?.audits ?? []).flatMap((audit) => audit.findings);
    expect(result.observations ?? []).toHaveLength(auditFindings.length);
    expect((result.findings ?? []).length).toBeGreaterThanOrEqual(document.nonconformities.length);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(exportAssessmentResults(riskInput))).toBe(JSON.stringify(ar));
  });
});

describe("exportAssessmentResults: cases", () => {
  const risk = document.risks[0]!;
  const plan: TreatmentPlan = document.treatmentPlans.find((candidate) => candidate.risks.includes(risk.id))!;
  const audit: Audit = {
    id: "AUD-X" as Audit["id"],
    title: "Access audit",
    scope: "IAM",
    criteria: ["ISO/IEC 27001:2022"],
    clauses: ["9.2"],
    controls: ["annex-a:5.15"],
    plannedDate: "2026-03-01",
    status: "completed",
    auditors: ["Ann Auditor"],
    auditees: ["IT"],
    findings: [
      { id: "F-1" as Audit["findings"][number]["id"], grade: "major_nonconformity", description: "No access reviews.", controls: ["annex-a:5.18"] },
      { id: "F-2" as Audit["findings"][number]["id"], grade: "minor_nonconformity", description: "Late review.", clauses: ["9.2"] },
      { id: "F-3" as Audit["findings"][number]["id"], grade: "opportunity_for_improvement", description: "Automate." },
    ],
  };
  const nonconformity = (patch: Partial<Nonconformity>): Nonconformity => ({
    id: "NC-X" as Nonconformity["id"],
    source: { kind: "audit", audit: audit.id, finding: audit.findings[0]!.id },
    severity: "major",
    description: "Access reviews missing.",
    raised: "2026-03-02",
    owner: "Head of IT",
    status: "action_planned",
    correction: { description: "Reviewed once.", date: "2026-03-05" },
    rootCause: { description: "No owner.", date: "2026-03-06" },
    correctiveActions: [],
    ...patch,
  });

  it("links a nonconformity raised from an audit finding to its observation, without a second finding", () => {
    const ar = exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [risk], audits: [audit], nonconformities: [nonconformity({})] });
    const result = ar["assessment-results"].results[0] as { observations: { uuid: string; types: string[] }[]; findings: { title: string; target: { "target-id": string; type: string }; "related-observations"?: { "observation-uuid": string }[]; remarks?: string }[] };
    expect(schemaErrors("assessment-results", ar)).toEqual([]);
    expect(checkOscal(ar)).toEqual([]);
    // OSCAL 1.1.4 deprecated the observation type "finding" in favour of "discovery".
    expect(result.observations.map((observation) => observation.types)).toEqual([["discovery"], ["discovery"], ["discovery"]]);
    expect(result.findings.map((finding) => finding.title)).toEqual(["Minor nonconformity F-2 (AUD-X)", "Major nonconformity NC-X"]);
    expect(result.findings[0]?.target).toMatchObject({ type: "statement-id", "target-id": "clause-9.2_smt" });
    expect(result.findings[1]?.target).toMatchObject({ "target-id": "a-5.18_smt" });
    expect(result.findings[1]?.["related-observations"]?.[0]?.["observation-uuid"]).toBe(result.observations[0]?.uuid);
    expect(result.findings[1]?.remarks).toContain("Root cause");
  });

  it("targets the ISMS as a whole when a nonconformity names no control or clause", () => {
    const ar = exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [], nonconformities: [nonconformity({ source: { kind: "incident" }, severity: "minor" })] });
    const finding = (ar["assessment-results"].results[0] as { findings: { target: { type: string; "target-id": string } }[] }).findings[0];
    expect(finding?.target).toMatchObject({ type: "objective-id", "target-id": "isms" });
    expect(schemaErrors("assessment-results", ar)).toEqual([]);
    expect(checkOscal(ar)).toEqual([]);
  });

  it("writes an empty register without empty arrays and starts at asOf", () => {
    const ar = exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [] });
    expect(schemaErrors("assessment-results", ar)).toEqual([]);
    expect(checkOscal(ar)).toEqual([]);
    expect(ar["assessment-results"].results[0]?.start).toBe(AS_OF);
  });

  it("uses the start given and links the assessment plan given", () => {
    const ar = exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [risk], start: "2026-01-01", assessmentPlanHref: "ap.json", version: "7" });
    expect(ar["assessment-results"].results[0]?.start).toBe("2026-01-01T00:00:00Z");
    expect(ar["assessment-results"]["back-matter"].resources[0]?.rlinks).toEqual([{ href: "ap.json" }]);
    expect(ar["assessment-results"].metadata.version).toBe("7");
  });

  it("marks a plan whose actions are all done completed, and an unapproved plan a recommendation", () => {
    const done: TreatmentPlan = { ...plan, actions: plan.actions.map((action) => ({ ...action, status: "done" as const, completedOn: "2026-06-01" })) };
    const completed = risksOf(exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [risk], plans: [done] }))[0];
    expect((completed?.remediations?.[0] as { lifecycle: string }).lifecycle).toBe("completed");
    const open: TreatmentPlan = { ...plan, actions: [{ ...plan.actions[0]!, status: "planned" }] };
    const recommended = risksOf(exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [risk], plans: [open], decisions: [] }))[0];
    expect((recommended?.remediations?.[0] as { lifecycle: string }).lifecycle).toBe("recommendation");
    expect(recommended?.deadline).toBe(`${plan.actions[0]!.due}T00:00:00Z`);
  });

  it("writes sharing and avoidance in the remediation's description", () => {
    const shared: TreatmentPlan = { ...plan, options: ["share", "avoid"], sharing: { counterparty: "Insurer plc" }, avoidance: { activityStopped: "On-prem hosting" } };
    const remediation = risksOf(exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [risk], plans: [shared] }))[0]?.remediations?.[0] as {
      description: string;
      props: { name: string; value: string }[];
    };
    expect(remediation.description).toContain("Shared with Insurer plc.");
    expect(remediation.description).toContain("Activity stopped: On-prem hosting.");
    expect(remediation.props.filter((prop) => prop.name === "type").map((prop) => prop.value)).toEqual(["share", "avoid"]);
  });

  it("writes an event-based risk's statement and keeps raw keys when the methodology is unknown", () => {
    const event: Risk = {
      kind: "event_based",
      id: "R-EV" as Risk["id"],
      title: "Ransomware",
      status: "identified",
      affectedProperties: ["availability"],
      riskSource: "Criminals",
      event: "Encryption of file shares",
      consequenceDescription: "Outage",
      objective: "Keep the service up",
      ratings: { inherent: { likelihood: "x", consequence: "y", methodology: { id: "gone" as never, version: 1 }, date: "2026-01-01", rationale: "Guess." } },
    };
    const oscal = risksOf(exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [event] }))[0]!;
    expect(oscal.statement).toBe("Risk source: Criminals. Event: Encryption of file shares. Consequence: Outage. Objective: Keep the service up.");
    expect(oscal.status).toBe("open");
    const facets = (oscal.characterizations?.[0] as { facets: { name: string; value: string; remarks?: string }[] }).facets;
    expect(facets).toEqual([
      { name: "likelihood", system: "http://csrc.nist.gov/ns/oscal", value: "x", props: [{ name: "state", value: "initial" }] },
      { name: "impact", system: "http://csrc.nist.gov/ns/oscal", value: "y", props: [{ name: "state", value: "initial" }], remarks: "Guess." },
      { name: "likelihood", system: "urn:isms:methodology:gone:v1", value: "x" },
      { name: "impact", system: "urn:isms:methodology:gone:v1", value: "y" },
    ]);
  });

  it("gives a target rating OSCAL's facets without a state, since OSCAL's states are only initial and adjusted", () => {
    const withTarget: Risk = { ...risk, ratings: { ...risk.ratings, target: risk.ratings.inherent! } };
    const characterizations = risksOf(exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [withTarget] }))[0]?.characterizations ?? [];
    const target = characterizations.find((characterization) => (characterization as { props: { value: string }[] }).props[0]?.value === "target") as {
      facets: { system: string; props?: unknown[] }[];
    };
    const nist = target.facets.filter((facet) => facet.system === "http://csrc.nist.gov/ns/oscal");
    expect(nist).toHaveLength(3);
    expect(nist.every((facet) => facet.props === undefined)).toBe(true);
  });

  it("maps every risk status to an OSCAL risk status", () => {
    const statuses = ["identified", "analysed", "evaluated", "treatment_planned", "treated", "accepted", "closed"] as const;
    const mapped = statuses.map((status) => risksOf(exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [{ ...risk, status }] }))[0]?.status);
    expect(mapped).toEqual(["open", "investigating", "investigating", "remediating", "closed", "deviation-approved", "closed"]);
  });

  it("leaves revoked acceptances out of the risk log", () => {
    const acceptance = document.decisions.find((decision) => decision.kind === "risk_acceptance")!;
    const accepted = document.risks.find((candidate) => acceptance.kind === "risk_acceptance" && candidate.id === acceptance.risk)!;
    const revocation = { kind: "revocation" as const, id: "D-REV" as never, decidedBy: "CEO", role: "CEO", date: "2026-11-01", revokes: acceptance.id, reason: "Changed." };
    const withLog = risksOf(exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [accepted], decisions: [acceptance] }))[0];
    const revoked = risksOf(exportAssessmentResults({ ...base, methodologies: document.methodologies, risks: [accepted], decisions: [acceptance, revocation] }))[0];
    expect(withLog?.["risk-log"]).toBeDefined();
    expect(revoked?.["risk-log"]).toBeUndefined();
  });
});

const riskInput = {
  ...base,
  methodologies: document.methodologies,
  risks: document.risks,
  plans: document.treatmentPlans,
  decisions: document.decisions,
  audits: document.auditProgramme?.audits ?? [],
  nonconformities: document.nonconformities,
};

function risksOf(doc: ReturnType<typeof exportAssessmentResults>): readonly OscalRisk[] {
  return doc["assessment-results"].results[0]?.risks ?? [];
}
