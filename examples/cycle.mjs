// One year of an ISMS: a PDCA cycle with an internal audit, a nonconformity and a
// management review, then the certification calendar and what is due next.
import {
  AuditSchema,
  ManagementReviewSchema,
  NonconformitySchema,
  ReviewInputSchema,
  advanceNonconformity,
  assessReadiness,
  certificationSchedule,
  createCycle,
  listDatedItems,
  listOverdue,
  listUpcoming,
  nextEvents,
  transition,
  validateAudits,
  validateReviews,
} from "isms";

function must(result) {
  if (!result.ok) throw new Error(result.error.map((found) => found.code).join(", "));
  return result.value;
}

const facts = {
  hasScope: true,
  approvedPolicy: true,
  hasMethodology: true,
  riskAssessmentComplete: true,
  treatmentPlanApproved: true,
  soaApproved: false,
  objectivesDefined: true,
  plannedAuditsInCycle: 1,
  completedAuditsInCycle: 0,
  completedReviewsInCycle: 0,
  majorNonconformitiesWithoutCorrectiveAction: [],
};

// Plan: leaving it is refused while the SoA is not approved.
let cycle = createCycle("2026-01-05", { by: "CISO" });
const refused = transition(cycle, "start_operation", { guards: facts, date: "2026-03-02" });
console.log("leave plan:", refused.ok ? "ok" : refused.error.map((found) => found.code).join(", "));
cycle = must(transition(cycle, "start_operation", { guards: { ...facts, soaApproved: true }, date: "2026-03-02", by: "CISO" }));
cycle = must(transition(cycle, "start_evaluation", { guards: facts, date: "2026-05-01" }));

// Check: an internal audit with a minor nonconformity.
const audit = AuditSchema.parse({
  id: "AUD-2026-1", title: "Access management", scope: "Joiner-mover-leaver process",
  criteria: ["ISO/IEC 27001:2022", "Access control policy"], clauses: ["9.1"],
  controls: ["annex-a:5.15", "annex-a:5.18"], plannedDate: "2026-05-12", performedDate: "2026-05-12",
  status: "completed", auditors: ["Internal Audit"], auditees: ["Head of IT"],
  findings: [{ id: "F-1", grade: "minor_nonconformity", description: "Two leavers kept VPN access", controls: ["annex-a:5.18"] }],
});
let nc = NonconformitySchema.parse({
  id: "NC-1", source: { kind: "audit", audit: "AUD-2026-1", finding: "F-1" }, severity: "minor",
  description: "Leavers keep VPN access", raised: "2026-05-12", owner: "Head of IT", status: "open", correctiveActions: [],
});
console.log("audit issues:", validateAudits([audit], { nonconformities: [nc] }).length);

const review = ManagementReviewSchema.parse({
  id: "MR-2026", date: "2026-06-15", status: "held", attendees: ["CEO", "CISO"],
  inputs: Object.fromEntries(ReviewInputSchema.options.map((input) => [input, { present: true, reference: `pack-2026/${input}` }])),
  decisions: ["Automate deprovisioning"], actions: [],
});
console.log("review issues:", validateReviews([review]).length);
cycle = must(transition(cycle, "start_improvement", { guards: { ...facts, completedAuditsInCycle: 1, completedReviewsInCycle: 1 }, date: "2026-06-20" }));

// Act: the nonconformity goes through its lifecycle; closing early is refused.
nc = must(advanceNonconformity(nc, { kind: "record_correction", description: "Accounts disabled", date: "2026-05-13" }));
nc = must(advanceNonconformity(nc, { kind: "record_root_cause", description: "HR does not notify IT", date: "2026-05-20" }));
nc = must(advanceNonconformity(nc, { kind: "plan_action", action: { id: "CA-1", description: "HR-to-IT leaver trigger", owner: "Head of IT", due: "2026-07-31", status: "planned" } }));
const early = advanceNonconformity(nc, { kind: "close", date: "2026-06-01", by: "CISO" });
console.log("close early:", early.ok ? "ok" : early.error[0].code);
cycle = must(transition(cycle, "restart", { guards: facts, date: "2026-07-01", by: "CISO" }));
console.log(`cycle ${cycle.cycle}, phase ${cycle.phase}, next: ${nextEvents(cycle).join(", ")}`);

// Certification calendar and what is due.
const certification = { body: "Example Cert", stage1: "2026-09-01", stage2: "2026-10-20", decisionDate: "2026-11-27", externalAudits: [] };
const schedule = certificationSchedule(certification);
console.log("expiry:", schedule.expiry, "surveillance:", schedule.surveillance.map((due) => due.due).join(", "));
const items = listDatedItems({ audits: [audit], reviews: [review], nonconformities: [nc], certification });
console.log("overdue on 2026-11-27:", listOverdue(items, "2026-11-27").map((item) => `${item.id} (${item.due})`).join(", "));
console.log("next 400 days:", listUpcoming(items, "2026-11-27", 400).map((item) => `${item.kind} ${item.due}`).join(", "));

// Readiness before stage 1.
const readiness = assessReadiness(
  [
    ...["4", "5", "6", "7", "8", "10"].map((requirement) => ({ requirement, status: "met" })),
    { requirement: "9", status: "met" },
    { requirement: "9.2.2", status: "partly_met", note: "Programme covers 2 of 7 clauses" },
  ],
  { annexA: false },
);
console.log("readiness:", readiness.overall, readiness.clauses);
