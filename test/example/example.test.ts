import { describe, expect, it } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { IsmsDocumentSchema, pdcaFacts, validateIsms, type IsmsDocument } from "../../src/document/index.js";
import { annexA } from "../../src/catalogue/index.js";
import { validateAssets } from "../../src/assets/index.js";
import { listRisksAboveTolerance, listStaleRatings, validateMethodology, validateRisks } from "../../src/risk/index.js";
import {
  acceptanceStatus,
  isPlanApproved,
  listOverdueActions,
  listPlansAwaitingApproval,
  validateDecisions,
  validateTreatmentPlans,
  type RiskAcceptance,
} from "../../src/treatment/index.js";
import { deriveSoa, validateObligations, validateSoa, validateSoaVersions } from "../../src/soa/index.js";
import {
  checkExitCriteria,
  validateAuditProgramme,
  validateAudits,
  validateCertification,
  validateCycle,
  validateNonconformities,
  validateObjectives,
  validateReadinessAssessments,
  validateReviews,
} from "../../src/cycle/index.js";
import type { IsmsIssue } from "../../src/core/index.js";

const doc = createExampleIsms();
const asOf = EXAMPLE_AS_OF;

function errors(found: readonly IsmsIssue[]): string[] {
  return found.filter((item) => item.severity === "error").map((item) => `${item.code} ${JSON.stringify(item.path)}: ${item.message}`);
}

function codes(found: readonly IsmsIssue[]): string[] {
  return found.map((item) => `${item.severity}:${item.code}`);
}

const soaInput = (document: IsmsDocument) => ({
  catalogues: document.cataloguesInScope,
  customCatalogues: document.catalogues,
  risks: document.risks,
  plans: document.treatmentPlans,
  obligations: document.obligations,
  decisions: document.soaDecisions,
});

describe("the example organisation", () => {
  it("parses with the document schema and parsing drops nothing", () => {
    const parsed = IsmsDocumentSchema.safeParse(doc);
    if (!parsed.success) console.error(JSON.stringify(parsed.error.issues.slice(0, 20), null, 2));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(doc);
  });

  it("survives a JSON round trip unchanged", () => {
    const text = JSON.stringify(doc);
    expect(JSON.parse(text)).toEqual(doc);
    expect(IsmsDocumentSchema.parse(JSON.parse(text))).toEqual(doc);
  });

  it("is deterministic: two calls return equal but distinct values", () => {
    const other = createExampleIsms();
    expect(other).toEqual(doc);
    expect(other).not.toBe(doc);
    expect(other.risks).not.toBe(doc.risks);
    expect(other.assets[0]).not.toBe(doc.assets[0]);
    expect(other.methodologies[0]).not.toBe(doc.methodologies[0]);
  });

  it("returns a value that can be changed without touching the next call's value", () => {
    const mine = createExampleIsms();
    expect(Object.isFrozen(mine.methodologies[0])).toBe(false);
    mine.risks.pop();
    expect(createExampleIsms().risks).toHaveLength(doc.risks.length);
  });

  it("is the fictional Northwind Analytics with a scope, context, policies and the mandatory documents", () => {
    expect(doc.organisation.name).toBe("Northwind Analytics Ltd");
    expect(doc.organisation.headcount).toBe(60);
    expect(doc.scope?.boundaries?.length).toBeGreaterThan(0);
    expect(doc.scope?.interfaces?.length).toBeGreaterThan(0);
    expect(doc.scope?.exclusions?.length).toBeGreaterThan(0);
    expect(new Set(doc.contextIssues.map((item) => item.kind))).toEqual(new Set(["external", "internal"]));
    expect(doc.contextIssues.some((item) => item.climateRelated === true)).toBe(true);
    expect(doc.interestedParties.length).toBeGreaterThanOrEqual(5);
    const topLevel = doc.policies.filter((policy) => policy.topLevel === true);
    expect(topLevel).toHaveLength(1);
    expect(topLevel[0]).toMatchObject({ status: "approved" });
    expect(topLevel[0]?.approvedBy).toBeDefined();
    const clauses = new Set(doc.documents.map((entry) => entry.clause));
    for (const clause of ["4.3", "5.2", "6.1.2", "6.1.3", "6.1.3.d", "6.1.3.e", "6.2", "7.2", "9.1", "9.2.2", "9.3.3", "10.2"] as const) {
      expect(clauses.has(clause), clause).toBe(true);
    }
  });

  it("has the promised figures", () => {
    expect(doc.assets.length).toBeGreaterThanOrEqual(40);
    expect(new Set(doc.assets.map((asset) => asset.type))).toEqual(
      new Set(["information", "software", "hardware", "service", "cloud_service", "people", "site", "supplier"]),
    );
    expect(doc.risks.length).toBeGreaterThanOrEqual(25);
    expect(doc.risks.some((risk) => risk.kind === "asset_based")).toBe(true);
    expect(doc.risks.some((risk) => risk.kind === "event_based")).toBe(true);
    expect(doc.risks.every((risk) => risk.owner !== undefined && risk.ratings.inherent && risk.ratings.current)).toBe(true);
    // NC-2026-03 was raised by a lesson learned from the phishing incident INC-2026-003.
    expect(doc.nonconformities).toHaveLength(3);
    expect(doc.incidents?.filter((incident) => incident.kind === "incident")).toHaveLength(3);
    expect(doc.reviews).toHaveLength(1);
    expect(doc.auditProgramme?.audits.filter((audit) => audit.status === "completed")).toHaveLength(1);
    expect(doc.soaVersions).toHaveLength(1);
    expect(doc.soaVersions[0]).toMatchObject({ version: 1, approvedBy: expect.any(String), approvedOn: expect.any(String) });
  });

  it("has exactly one SoA decision per Annex A control", () => {
    const annex = doc.soaDecisions.filter((decision) => decision.control.startsWith("annex-a:")).map((decision) => decision.control);
    expect(annex).toHaveLength(annexA.length);
    expect(new Set(annex)).toEqual(new Set(annexA.map((control) => `annex-a:${control.id}`)));
  });

  it("excludes several controls, each with a specific justification, none of them required", () => {
    const excluded = doc.soaDecisions.filter((decision) => !decision.applicable);
    expect(excluded.length).toBeGreaterThanOrEqual(3);
    for (const decision of excluded) expect(decision.justification?.trim().length ?? 0).toBeGreaterThan(40);
    const rows = new Map(deriveSoa(soaInput(doc)).map((row) => [row.ref, row]));
    for (const decision of excluded) {
      expect(rows.get(decision.control)?.risks).toEqual([]);
      expect(rows.get(decision.control)?.obligations).toEqual([]);
    }
  });

  it("keeps the approved SoA version 1 of July 2025: every Annex A control, a reason for every included one", () => {
    const [v1] = doc.soaVersions;
    expect(v1?.rows.filter((row) => row.catalogue === "annex-a")).toHaveLength(annexA.length);
    expect(v1?.rows.filter((row) => row.applicable && row.reasons.length === 0)).toEqual([]);
    expect(v1?.rows.filter((row) => !row.applicable).map((row) => row.ref)).toEqual(["annex-a:7.6", "annex-a:7.12", "annex-a:8.30"]);
    expect(v1?.rows.some((row) => row.ref === "northwind:NW-3")).toBe(false);
  });

  it("names the cloud provider on physical controls it operates, which stay applicable", () => {
    const provided = doc.soaDecisions.filter((decision) => decision.provider !== undefined);
    expect(provided.length).toBeGreaterThan(0);
    expect(provided.every((decision) => decision.applicable)).toBe(true);
  });
});

describe("the example passes every domain validation without errors", () => {
  it("assets", () => {
    expect(errors(validateAssets(doc.assets, doc.assetSettings))).toEqual([]);
    expect(validateAssets(doc.assets, doc.assetSettings)).toEqual([]);
  });

  it("methodologies: no issue at all (the 5×5 preset passes every matrix check)", () => {
    for (const methodology of doc.methodologies) expect(validateMethodology(methodology)).toEqual([]);
  });

  it("risks", () => {
    expect(validateRisks(doc.risks, { methodologies: doc.methodologies, assetIds: doc.assets.map((asset) => asset.id) })).toEqual([]);
  });

  it("treatment plans", () => {
    const found = validateTreatmentPlans(doc.treatmentPlans, {
      risks: doc.risks,
      methodologies: doc.methodologies,
      decisions: doc.decisions,
      catalogues: doc.catalogues,
      cataloguesInScope: doc.cataloguesInScope,
      asOf,
    });
    expect(found).toEqual([]);
  });

  it("decisions: one deliberately stale acceptance, nothing else", () => {
    const found = validateDecisions(doc.decisions, { risks: doc.risks, plans: doc.treatmentPlans, methodologies: doc.methodologies, asOf });
    expect(errors(found)).toEqual([]);
    expect(codes(found)).toEqual(["warning:acceptance_stale"]);
  });

  it("obligations and the SoA", () => {
    const catalogues = { catalogues: doc.cataloguesInScope, customCatalogues: doc.catalogues };
    expect(validateObligations(doc.obligations, catalogues)).toEqual([]);
    expect(validateSoa(soaInput(doc), { asOf })).toEqual([]);
    expect(validateSoaVersions(doc.soaVersions)).toEqual([]);
  });

  it("objectives, audits, nonconformities, reviews, cycle, certification and readiness", () => {
    const audits = doc.auditProgramme?.audits ?? [];
    expect(validateObjectives(doc.objectives, { asOf })).toEqual([]);
    expect(validateAudits(audits, { nonconformities: doc.nonconformities })).toEqual([]);
    expect(validateAuditProgramme(doc.auditProgramme!, { nonconformities: doc.nonconformities })).toEqual([]);
    expect(validateNonconformities(doc.nonconformities, { audits })).toEqual([]);
    expect(validateReviews(doc.reviews)).toEqual([]);
    expect(validateCycle(doc.cycle)).toEqual([]);
    expect(validateCertification(doc.certification!)).toEqual([]);
    expect(validateReadinessAssessments(doc.readiness ?? [])).toEqual([]);
  });

  it("the whole document (validateIsms) has no error-severity issue", () => {
    const found = validateIsms(doc, { asOf });
    expect(errors(found)).toEqual([]);
    expect(codes(found)).toEqual(["warning:acceptance_stale"]);
  });
});

describe("what the example is there to show", () => {
  it("has risks above tolerance, some of them without an approved plan", () => {
    const above = listRisksAboveTolerance(doc.methodologies, doc.risks, "current").map((evaluation) => evaluation.riskId as string).sort();
    expect(above).toEqual(["R-01", "R-03", "R-06", "R-23"]);
    expect(listPlansAwaitingApproval(doc.treatmentPlans, doc.decisions, asOf).map((plan) => plan.id)).toEqual(["TP-23"]);
    expect(doc.treatmentPlans.filter((plan) => isPlanApproved(plan, doc.decisions, asOf))).toHaveLength(doc.treatmentPlans.length - 1);
  });

  it("has overdue and completed treatment actions on the example's today", () => {
    const overdue = listOverdueActions(doc.treatmentPlans, asOf);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(doc.treatmentPlans.flatMap((plan) => plan.actions).filter((action) => action.status === "done").length).toBeGreaterThanOrEqual(10);
  });

  it("covers the four treatment options", () => {
    expect(new Set(doc.treatmentPlans.flatMap((plan) => plan.options))).toEqual(new Set(["modify", "retain", "avoid", "share"]));
  });

  it("freezes each acceptance's rating and level; only R-20's is stale, all hold the required authority", () => {
    const acceptances = doc.decisions.filter((decision): decision is RiskAcceptance => decision.kind === "risk_acceptance");
    const statuses = acceptances.map((decision) => ({
      id: decision.id,
      risk: decision.risk,
      ...acceptanceStatus(decision, { risks: doc.risks, methodologies: doc.methodologies, decisions: doc.decisions, asOf }),
    }));
    expect(statuses.every((status) => status.invalidReasons.length === 0)).toBe(true);
    expect(statuses.filter((status) => status.stale && !status.revoked).map((status) => status.risk)).toEqual(["R-20"]);
    expect(statuses.filter((status) => status.revoked).map((status) => status.risk)).toEqual(["R-13"]);
    expect(statuses.filter((status) => status.valid).length).toBe(acceptances.length - 2);
  });

  it("keeps older ratings on methodology version 1 while version 2 is held", () => {
    expect(doc.methodologies.map((methodology) => methodology.version)).toEqual([1, 2]);
    const superseded = listStaleRatings(doc.methodologies, doc.risks, asOf).filter((stale) => stale.reason === "methodology_superseded");
    expect(superseded.length).toBeGreaterThan(0);
    expect(doc.risks.some((risk) => risk.ratings.current?.methodology.version === 2)).toBe(true);
  });

  it("is in the check phase of its second PDCA cycle, walked through 2025 and 2026", () => {
    expect(doc.cycle).toMatchObject({ cycle: 2, phase: "check" });
    expect(doc.cycle.history.map((entry) => `${entry.cycle}:${entry.phase}`)).toEqual(["1:plan", "1:do", "1:check", "1:act", "2:plan", "2:do", "2:check"]);
    const facts = pdcaFacts(doc);
    expect(checkExitCriteria("check", facts).missing.map((item) => item.code)).toEqual(["no_internal_audit_in_cycle", "no_management_review_in_cycle"]);
  });

  it("counts a plan approved from the day of its approval, not before", () => {
    expect(pdcaFacts(doc, asOf)).toEqual(pdcaFacts(doc));
    // Keep the plans approved on the demo day; the latest approval among them sets the day.
    const approved = { ...doc, treatmentPlans: doc.treatmentPlans.filter((plan) => isPlanApproved(plan, doc.decisions, asOf)) };
    expect(approved.treatmentPlans.length).toBeGreaterThan(1);
    const approvalDays = doc.decisions.flatMap((decision) =>
      decision.kind === "plan_approval" && approved.treatmentPlans.some((plan) => plan.id === decision.plan) ? [decision.date] : [],
    );
    const lastApproval = approvalDays.sort().at(-1)!;
    const dayBefore = new Date(Date.parse(`${lastApproval}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) as typeof asOf;
    expect(pdcaFacts(approved, asOf).treatmentPlanApproved).toBe(true);
    expect(pdcaFacts(approved, lastApproval).treatmentPlanApproved).toBe(true);
    expect(pdcaFacts(approved, dayBefore).treatmentPlanApproved).toBe(false);
  });

  it("has two closed nonconformities (one raised by an incident's lesson) and one open, the audit with all three kinds of finding", () => {
    expect(doc.nonconformities.map((nc) => nc.status)).toEqual(["closed", "action_planned", "closed"]);
    expect(doc.nonconformities[2]?.source).toEqual({ kind: "incident", reference: "INC-2026-003" });
    const completed = doc.auditProgramme?.audits.find((audit) => audit.status === "completed");
    expect(completed?.findings.map((finding) => finding.grade)).toEqual(["minor_nonconformity", "observation", "opportunity_for_improvement"]);
    expect(completed?.auditors.some((auditor) => completed.auditees.includes(auditor))).toBe(false);
  });
});
