// Risk treatment from choice to acceptance (ISO/IEC 27001:2022 6.1.3 and 8.3): normalise the
// words a spreadsheet used, draft a plan, validate it, let the risk owner approve it, carry
// it out, accept the residual risk, and watch the acceptance go stale when the rating moves.
import {
  acceptanceStatus,
  completeAction,
  cox3x3Preset,
  createMethodology,
  createTreatmentPlan,
  isPlanApproved,
  listAcceptancesNeedingAttention,
  listOverdueActions,
  listRisksAboveToleranceWithoutApprovedPlan,
  listSelectedControls,
  normaliseTreatmentOption,
  planApprovalRatings,
  planApprovalStatus,
  planFingerprint,
  planProgress,
  recordDecision,
  revokeDecision,
  RiskSchema,
  suggestResidualRating,
  toOscalResponseType,
  TreatmentPlanSchema,
  validateDecisions,
  validateTreatmentPlans,
} from "isms";

const unwrap = (result) => {
  if (!result.ok) throw new Error(result.error.map((found) => found.code).join(", "));
  return result.value;
};

// 1. The method: a Cox 3×3 with the default criteria (low: risk owner; medium: + CISO; high: + top management).
const methodology = createMethodology({ id: "acme-risk", name: "Acme risk method", reviewDate: "2027-01-31", matrix: cox3x3Preset });
const under = { id: methodology.id, version: methodology.version };
const rate = (likelihood, consequence, date) => ({ likelihood, consequence, methodology: under, date });

let risks = [
  RiskSchema.parse({
    kind: "asset_based", id: "R-001", title: "Customer data leaked from lost laptops", owner: "Head of Sales", status: "evaluated",
    affectedProperties: ["confidentiality"], assets: ["A-laptops"], threat: "Theft or loss", vulnerability: "Disks not encrypted",
    ratings: { current: rate("likely", "major", "2026-01-10") },
  }),
];

// 2. The words other tools use, mapped to the four options (and to OSCAL for export).
for (const word of ["Mitigate", "transfer", "Accept", "terminate"]) {
  const option = normaliseTreatmentOption(word);
  console.log(`"${word}" -> ${option} (OSCAL: ${toOscalResponseType(option)})`);
}

// 3. Before any plan: which risks above tolerance have no approved plan?
let plans = [];
let decisions = [];
const above = (asOf) => listRisksAboveToleranceWithoutApprovedPlan(risks, { plans, decisions, methodologies: methodology, asOf }).map((e) => e.riskId);
console.log("above tolerance without an approved plan:", above("2026-02-01"));

// 4. A plan: modify with one existing and one planned control; an action implements the planned one.
//    The spreadsheet said "Mitigate": the schema accepts the alias and stores "modify".
const plan = TreatmentPlanSchema.parse({
  id: "TP-001", title: "Encrypt and manage laptops", risks: ["R-001"], options: ["Mitigate"],
  controls: [
    { ref: "annex-a:8.1", state: "existing", note: "Endpoint management already in place" },
    { ref: "annex-a:8.24", state: "planned", note: "Full-disk encryption" },
  ],
  actions: [{ id: "ACT-1", title: "Roll out disk encryption", owner: "Head of IT", due: "2026-04-30", status: "in_progress", controls: ["annex-a:8.24"] }],
  target: { likelihood: "unlikely", consequence: "major" }, priority: "high", owner: "Head of IT", created: "2026-02-01",
});
plans = unwrap(createTreatmentPlan(plans, plan));
const planIssues = validateTreatmentPlans(plans, { risks, methodologies: methodology, decisions });
console.log("plan options:", plan.options, "| plan issues:", planIssues.map((found) => found.code));

// 5. First decision of 6.1.3 f: the risk owner approves the plan (its fingerprint and the current rating are frozen).
decisions = unwrap(recordDecision(decisions, {
  kind: "plan_approval", id: "D-001", plan: "TP-001", decidedBy: "Alex Meyer", role: "Head of Sales", requestedBy: "ISMS manager",
  date: "2026-02-03", rationale: "Encryption is cheap compared with a breach notification", planFingerprint: planFingerprint(plan),
  ratings: planApprovalRatings(plan, risks),
}));
console.log("approved on:", decisions[0].ratings.map(({ risk, rating }) => `${risk} ${rating.likelihood} × ${rating.consequence}`));
console.log("plan approved:", isPlanApproved(plans[0], decisions, "2026-02-03"), "| above tolerance without an approved plan:", above("2026-02-03"));

// 6. Implementation: on 2026-05-05 the action is late; it is completed on 2026-05-12.
//    The residual rating the plan's progress suggests (a suggestion only: nothing is written to the risk).
console.log("overdue on 2026-05-05:", listOverdueActions(plans, "2026-05-05").map((late) => `${late.plan}/${late.action.id} ${late.daysOverdue} days`));
console.log("suggested residual on 2026-05-05:", unwrap(suggestResidualRating(risks[0], plans[0], methodology, { asOf: "2026-05-05" })).explanation);
plans = unwrap(completeAction(plans, "TP-001", "ACT-1", "2026-05-12"));
const progress = planProgress(plans[0], "2026-05-12");
console.log(`progress: ${progress.done}/${progress.total} done, ${progress.overdue} overdue`);
const suggested = unwrap(suggestResidualRating(risks[0], plans[0], methodology, { asOf: "2026-05-12" }));
console.log(`suggested residual on 2026-05-12: ${suggested.rating.likelihood} × ${suggested.rating.consequence} (${suggested.level}), ${suggested.inPlace}/${suggested.outOf} controls in place`);

// 7. The risk owner rates the residual risk (agreeing with the suggestion), and the second decision: acceptance.
risks = risks.map((risk) => ({ ...risk, ratings: { ...risk.ratings, residual: rate("unlikely", "major", "2026-05-20") } }));
const residual = risks[0].ratings.residual;
decisions = unwrap(recordDecision(decisions, {
  kind: "risk_acceptance", id: "D-002", risk: "R-001", plan: "TP-001", decidedBy: "Alex Meyer", role: "Risk owner", requestedBy: "ISMS manager",
  date: "2026-05-21", rationale: "Residual risk is low and within appetite",
  rating: { likelihood: residual.likelihood, consequence: residual.consequence, methodology: residual.methodology }, level: "low",
  conditions: ["Encryption compliance stays above 98 %"], expires: "2027-05-21",
}));
const status = (asOf) => acceptanceStatus(decisions[1], { risks, methodologies: methodology, decisions, asOf });
const { valid, stale, expired, level, reviewDue } = status("2026-06-01");
console.log("acceptance on 2026-06-01:", { valid, stale, expired, level, reviewDue });
console.log("decision issues:", validateDecisions(decisions, { risks, plans, methodologies: methodology, asOf: "2026-06-01" }).map((f) => f.code));

// 8. The SoA reads the controls the plans select.
for (const [ref, selection] of listSelectedControls(plans)) console.log(`selected ${ref}: plans ${selection.plans}, risks ${selection.risks}, ${selection.states}`);

// 9. A stolen laptop turns out to be unencrypted: the residual rating rises and the acceptance is stale.
risks = risks.map((risk) => ({ ...risk, ratings: { ...risk.ratings, residual: rate("possible", "major", "2026-09-01") } }));
console.log("needs attention on 2026-09-02:", listAcceptancesNeedingAttention(decisions, { risks, methodologies: methodology, asOf: "2026-09-02" }).map((item) => `${item.decision.id}: ${item.reasons.join(", ")}`));

// 10. The plan approval was decided on likely × major; the current rating has not moved, so the owner need not look again.
console.log("re-rated since the plan was approved:", planApprovalStatus(decisions[0], plans[0], decisions, "2026-09-02", risks).changedRatings);

// 11. The risk owner revokes the old acceptance; nothing is edited, a record is appended.
decisions = unwrap(revokeDecision(decisions, { id: "D-003", revokes: "D-002", decidedBy: "Alex Meyer", role: "Risk owner", date: "2026-09-03", reason: "Residual rating rose to medium" }));
console.log("records:", decisions.map((d) => `${d.id} ${d.kind}`).join("; "), "| D-002 revoked:", status("2026-09-03").revoked);
