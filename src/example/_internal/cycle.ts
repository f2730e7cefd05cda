import type * as z from "zod";
import type { ClauseId } from "../../catalogue/index.js";
import {
  createCycle,
  transition,
  type AuditProgrammeSchema,
  type CertificationSchema,
  type ManagementReviewSchema,
  type NonconformitySchema,
  type ObjectiveSchema,
  type PdcaCycle,
  type PdcaEvent,
  type PdcaGuardFacts,
  type ReadinessAssessmentSchema,
} from "../../cycle/index.js";

const INTERNAL_AUDITOR = "Elena Rossi (Rossi Assurance, contracted internal auditor)";
const SECOND_AUDITOR = "Marta Kowalska (Finance, trained internal auditor)";

/** Information security objectives (6.2) with their measurements (9.1). */
export function objectives(): z.input<typeof ObjectiveSchema>[] {
  return [
    {
      id: "OBJ-01",
      objective: "Keep the platform available for customers",
      measure: "Monthly availability of the API and web application",
      target: { comparator: "at_least", value: 99.9, unit: "%" },
      owner: "Head of Platform Operations",
      due: "2026-12-31",
      status: "in_progress",
      measurements: [
        { date: "2026-06-30", value: 99.96 },
        { date: "2026-07-31", value: 99.98 },
        { date: "2026-08-31", value: 99.93 },
        { date: "2026-09-30", value: 99.97 },
        { date: "2026-10-31", value: 99.86, note: "Two application-layer DDoS attacks on 14 and 17 October." },
      ],
    },
    {
      id: "OBJ-02",
      objective: "Fix critical vulnerabilities quickly",
      measure: "Share of critical vulnerabilities fixed within 14 days",
      target: { comparator: "at_least", value: 95, unit: "%" },
      owner: "Head of Engineering",
      due: "2026-12-31",
      status: "in_progress",
      measurements: [
        { date: "2026-03-31", value: 78 },
        { date: "2026-06-30", value: 91 },
        { date: "2026-09-30", value: 96 },
      ],
    },
    {
      id: "OBJ-03",
      objective: "Everyone completes security awareness training",
      measure: "Share of staff who completed the yearly training",
      target: { comparator: "at_least", value: 100, unit: "%" },
      owner: "Head of People",
      due: "2026-06-30",
      status: "achieved",
      measurements: [
        { date: "2026-04-30", value: 82 },
        { date: "2026-06-26", value: 100 },
      ],
    },
    {
      id: "OBJ-04",
      objective: "Staff recognise phishing",
      measure: "Click rate in the quarterly phishing simulation",
      target: { comparator: "at_most", value: 5, unit: "%" },
      owner: "CISO",
      due: "2026-12-31",
      status: "in_progress",
      measurements: [
        { date: "2025-11-20", value: 14 },
        { date: "2026-03-19", value: 8.2 },
        { date: "2026-06-18", value: 6.1 },
        { date: "2026-09-17", value: 4.1 },
      ],
    },
    {
      id: "OBJ-05",
      objective: "Finish treatment actions for high risks on time",
      measure: "Overdue actions of plans treating high or very high risks",
      target: { comparator: "at_most", value: 0, unit: "actions" },
      owner: "CISO",
      due: "2026-09-30",
      status: "not_achieved",
      measurements: [
        { date: "2026-06-30", value: 1 },
        { date: "2026-09-30", value: 3, note: "TP-01-A2, TP-03-A1 and TP-11-A1 slipped; reported to the management review." },
      ],
    },
  ];
}

/** The internal audit programme (9.2): one completed audit with findings, the next one planned. */
export function auditProgramme(): z.input<typeof AuditProgrammeSchema> {
  const allClauses: ClauseId[] = ["4", "5", "6", "7", "8", "9", "10"];
  return {
    owner: "CISO",
    period: { start: "2025-10-01", end: "2027-09-30" },
    audits: [
      {
        id: "AUD-2026-01",
        title: "Internal ISMS audit 2025/26 (full scope)",
        scope: "All clauses 4–10 and a sample of Annex A controls across engineering, operations, people and finance.",
        criteria: ["ISO/IEC 27001:2022", "Northwind information security policy v1.0 and topic-specific policies", "Customer DPA v3"],
        clauses: allClauses,
        controls: ["annex-a:5.15", "annex-a:5.18", "annex-a:5.22", "annex-a:5.23", "annex-a:6.3", "annex-a:8.8", "annex-a:8.13", "annex-a:8.15", "annex-a:8.32"],
        plannedDate: "2026-01-19",
        performedDate: "2026-01-21",
        status: "completed",
        auditors: [INTERNAL_AUDITOR, SECOND_AUDITOR],
        auditees: ["CISO", "CTO", "Head of Platform Operations", "Head of Engineering", "Head of People", "IT Manager"],
        findings: [
          {
            id: "AUD-2026-01-F1",
            grade: "minor_nonconformity",
            description: "The quarterly access reviews of production roles that the access control policy requires were not carried out in Q3 and Q4 2025.",
            clauses: ["8.1"],
            controls: ["annex-a:5.18"],
          },
          {
            id: "AUD-2026-01-F2",
            grade: "observation",
            description: "Supplier reviews are recorded, but the yearly review of the office-suite provider was three months late.",
            controls: ["annex-a:5.22"],
          },
          {
            id: "AUD-2026-01-F3",
            grade: "opportunity_for_improvement",
            description: "Objective measurements are collected by hand from four tools; a shared dashboard would save effort and avoid copying errors.",
            clauses: ["9.1"],
          },
        ],
        reportReference: "DOC-14 / AUD-2026-01 report v1.0",
      },
      {
        id: "AUD-2026-02",
        title: "Internal ISMS audit 2026/27 (full scope)",
        scope: "All clauses 4–10; focus on supplier management, access control and the new AI feature's design process.",
        criteria: ["ISO/IEC 27001:2022", "Northwind information security policy v2.0 and topic-specific policies"],
        clauses: allClauses,
        controls: ["annex-a:5.19", "annex-a:5.21", "annex-a:5.18", "annex-a:6.5", "annex-a:8.9", "annex-a:8.26", "northwind:NW-1"],
        plannedDate: "2026-12-07",
        status: "planned",
        auditors: [INTERNAL_AUDITOR],
        auditees: ["CISO", "CTO", "CFO", "Head of People", "Head of Product", "IT Manager"],
        findings: [],
      },
    ],
  };
}

/** Nonconformities (10.2): one closed after an effective review, one with corrective action under way. */
export function nonconformities(): z.input<typeof NonconformitySchema>[] {
  return [
    {
      id: "NC-2026-01",
      source: { kind: "audit", audit: "AUD-2026-01", finding: "AUD-2026-01-F1" },
      severity: "minor",
      description: "Quarterly access reviews of production roles were missed in Q3 and Q4 2025.",
      raised: "2026-01-23",
      owner: "CTO",
      clauses: ["8.1"],
      controls: ["annex-a:5.18"],
      status: "closed",
      correction: { description: "Access review for Q4 2025 carried out; four stale accounts removed.", date: "2026-01-30" },
      rootCause: {
        description: "The review depended on one engineer's calendar reminder; no ticket and no deputy while they were on leave.",
        date: "2026-02-06",
        method: "5 whys",
      },
      correctiveActions: [
        {
          id: "NC-2026-01-CA1",
          description: "Recurring quarterly review tickets assigned to the Head of Platform Operations with the CISO as deputy.",
          owner: "Head of Platform Operations",
          due: "2026-03-31",
          status: "done",
          completed: "2026-03-02",
        },
        {
          id: "NC-2026-01-CA2",
          description: "Access review completion added to the monthly security metrics.",
          owner: "CISO",
          due: "2026-04-30",
          status: "done",
          completed: "2026-04-15",
        },
      ],
      effectivenessReview: { date: "2026-07-15", by: "CISO", effective: true, note: "Q1 and Q2 2026 reviews completed on time and evidenced." },
      closure: { date: "2026-07-20", by: "CISO" },
    },
    {
      id: "NC-2026-02",
      source: { kind: "incident", reference: "INC-2026-014" },
      severity: "minor",
      description: "A contractor's SSO account stayed active for 23 days after the contract ended, contrary to the access control policy.",
      raised: "2026-08-18",
      owner: "Head of People",
      clauses: ["8.1"],
      controls: ["annex-a:6.5", "annex-a:5.18"],
      status: "action_planned",
      correction: { description: "Account disabled; its activity log reviewed: no sign-in after the contract end.", date: "2026-08-18" },
      rootCause: {
        description: "Contractor end dates live in purchase orders, not in the HR system, so no offboarding ticket was raised.",
        date: "2026-08-28",
        method: "Fishbone diagram",
      },
      correctiveActions: [
        {
          id: "NC-2026-02-CA1",
          description: "Line-manager sign-off of the offboarding checklist, contractors included.",
          owner: "Head of People",
          due: "2026-09-15",
          status: "done",
          completed: "2026-09-10",
        },
        {
          id: "NC-2026-02-CA2",
          description: "Automated deprovisioning from the HR system to the identity provider, with contractor end dates in the HR system (TP-27).",
          owner: "IT Manager",
          due: "2026-12-18",
          status: "in_progress",
        },
      ],
    },
  ];
}

/** The management review (9.3) held before the certification audit, with all ten inputs. */
export function reviews(): z.input<typeof ManagementReviewSchema>[] {
  return [
    {
      id: "MR-2026-01",
      date: "2026-02-09",
      status: "held",
      attendees: ["Maya Lindqvist (CEO)", "Tomás Reyes (CTO)", "Priya Nair (CISO)", "David Chen (CFO)", "Lena Novak (Head of People)", "Jonas Weber (Head of Platform Operations)"],
      inputs: {
        previous_actions_status: { present: true, reference: "DOC-15", note: "First management review of the ISMS: no earlier actions." },
        external_internal_issues_changes: { present: true, reference: "CI-01..CI-10", note: "Funding round and AI feature added as internal issues." },
        interested_parties_needs_changes: { present: true, reference: "IP-01..IP-08", note: "Cyber insurer added as interested party." },
        nonconformities_and_corrective_actions: { present: true, reference: "NC-2026-01" },
        monitoring_and_measurement_results: { present: true, reference: "DOC-13 (January 2026 metrics pack)" },
        audit_results: { present: true, reference: "AUD-2026-01 report" },
        objectives_fulfilment: { present: true, reference: "DOC-07" },
        interested_parties_feedback: { present: true, reference: "Customer security questionnaire log 2025", note: "Three enterprise prospects asked for a penetration test report." },
        risk_assessment_and_treatment_status: { present: true, reference: "DOC-11, DOC-12", note: "Five risks above tolerance; treatment of R-01 and R-03 behind plan." },
        improvement_opportunities: { present: true, reference: "AUD-2026-01-F3", note: "Objectives dashboard." },
      },
      decisions: [
        "The ISMS is suitable and adequate; proceed to the certification audit in February and March 2026.",
        "Budget approved for a warm standby region (TP-16) and an external penetration test in 2026.",
        "Risk appetite and tolerance unchanged; the methodology is to add frequency anchors to the likelihood scale.",
      ],
      actions: [
        { id: "MR-2026-01-A1", description: "Build a warm standby in the Dublin region (TP-16).", owner: "CTO", due: "2026-12-31", status: "in_progress" },
        { id: "MR-2026-01-A2", description: "Build a dashboard for objective measurements.", owner: "CISO", due: "2026-06-30", status: "done", completed: "2026-06-24" },
        { id: "MR-2026-01-A3", description: "Commission an external penetration test of the API.", owner: "CISO", due: "2026-10-31", status: "planned" },
        { id: "MR-2026-01-A4", description: "Revise the risk methodology with frequency anchors (version 2).", owner: "CISO", due: "2026-09-30", status: "done", completed: "2026-09-28" },
      ],
      minutesReference: "DOC-15 / MR-2026-01 minutes",
    },
  ];
}

/** The certification record: stage 1 and 2 in early 2026, the decision, two surveillance audits planned. */
export function certification(): z.input<typeof CertificationSchema> {
  return {
    body: "Certa Assurance Ltd",
    certificateNumber: "CA-ISMS-2026-0417",
    stage1: "2026-02-23",
    stage2: "2026-03-24",
    decisionDate: "2026-04-20",
    expiry: "2029-04-19",
    externalAudits: [
      { kind: "surveillance", date: "2027-03-22", completed: false, reference: "First surveillance audit" },
      { kind: "surveillance", date: "2028-03-20", completed: false, reference: "Second surveillance audit" },
    ],
  };
}

/** The readiness (gap) assessment made before the stage 1 audit. */
export function readiness(): z.input<typeof ReadinessAssessmentSchema>[] {
  const by = INTERNAL_AUDITOR;
  const on = "2025-12-15";
  return [
    { requirement: "4.3", status: "met", evidence: ["DOC-01"], assessedBy: by, assessedOn: on },
    { requirement: "5.2", status: "met", evidence: ["POL-01 v1.0"], assessedBy: by, assessedOn: on },
    { requirement: "6.1.2", status: "met", evidence: ["DOC-03", "DOC-11"], assessedBy: by, assessedOn: on },
    { requirement: "6.1.3", status: "partly_met", evidence: ["DOC-04", "DOC-05"], note: "Exclusion justifications of the SoA need sharper wording.", assessedBy: by, assessedOn: on },
    { requirement: "7.2", status: "partly_met", evidence: ["DOC-08"], note: "Competence records of two new engineers missing.", assessedBy: by, assessedOn: on },
    { requirement: "9.2", status: "partly_met", evidence: ["DOC-14"], note: "Programme exists; first internal audit scheduled for January 2026.", assessedBy: by, assessedOn: on },
    { requirement: "9.3", status: "not_met", note: "First management review planned for February 2026.", assessedBy: by, assessedOn: on },
    { requirement: "annex-a:5.18", status: "partly_met", note: "Quarterly access reviews not evidenced for the second half of 2025.", assessedBy: by, assessedOn: on },
    { requirement: "annex-a:5.23", status: "met", evidence: ["EV-0523"], assessedBy: by, assessedOn: on },
    { requirement: "annex-a:8.13", status: "met", evidence: ["EV-0813"], assessedBy: by, assessedOn: on },
  ];
}

const ALL_MET: PdcaGuardFacts = {
  hasScope: true,
  approvedPolicy: true,
  hasMethodology: true,
  riskAssessmentComplete: true,
  treatmentPlanApproved: true,
  soaApproved: true,
  objectivesDefined: true,
  plannedAuditsInCycle: 1,
  completedAuditsInCycle: 1,
  completedReviewsInCycle: 1,
  majorNonconformitiesWithoutCorrectiveAction: [],
};

/**
 * The PDCA cycle walked with {@link transition}: cycle 1 from March 2025 to certification,
 * cycle 2 from April 2026, now in `check`. The facts given at each step are those of that
 * day (e.g. no audit completed yet when cycle 2 entered `check`).
 */
export function pdcaCycle(): PdcaCycle {
  const by = "Priya Nair (CISO)";
  const steps: readonly [PdcaEvent, string, PdcaGuardFacts][] = [
    ["start_operation", "2025-08-04", { ...ALL_MET, plannedAuditsInCycle: 0, completedAuditsInCycle: 0, completedReviewsInCycle: 0 }],
    ["start_evaluation", "2025-12-01", { ...ALL_MET, completedAuditsInCycle: 0, completedReviewsInCycle: 0 }],
    ["start_improvement", "2026-02-16", ALL_MET],
    ["restart", "2026-04-27", ALL_MET],
    ["start_operation", "2026-06-15", { ...ALL_MET, plannedAuditsInCycle: 1, completedAuditsInCycle: 0, completedReviewsInCycle: 0 }],
    ["start_evaluation", "2026-10-05", { ...ALL_MET, completedAuditsInCycle: 0, completedReviewsInCycle: 0 }],
  ];
  let cycle = createCycle("2025-03-03", { by });
  for (const [event, date, guards] of steps) {
    const result = transition(cycle, event, { guards, date, by });
    /* v8 ignore next -- the facts given meet every exit criterion */
    if (!result.ok) throw new Error(`example PDCA walk failed at ${event} on ${date}: ${result.error.map((found) => found.code).join(", ")}`);
    cycle = result.value;
  }
  return cycle;
}
