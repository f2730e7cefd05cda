// Treatment benchmark: a seeded register of 5 000 risks (1 000 with --quick), as many plans
// (one per risk, 3 controls and 3 actions each) and twice as many decisions (approvals,
// acceptances, some revocations), then times validation, the queries the SoA and the risk
// owner's desk use, and one command (min and median of rounds after a warm-up).
// Run with `npm run bench`, or `node --expose-gc bench/treatment.mjs` after `npm run build`.
import {
  ANNEX_A_IDS,
  completeAction,
  cox3x3Preset,
  createMethodology,
  listAcceptancesNeedingAttention,
  listOverdueActions,
  listPlansAwaitingApproval,
  listSelectedControls,
  planFingerprint,
  RiskSchema,
  validateDecisions,
  validateTreatmentPlans,
} from "../dist/index.js";
import { QUICK, ms, paired } from "./_measure.mjs";
import { seeded as mulberry32 } from "./_random.mjs";

const N = QUICK ? 1_000 : 5_000;

const random = mulberry32(27001);
const pick = (list) => list[Math.floor(random() * list.length)];

// Min and median of 5 rounds (3 with --quick) after a warm-up round; fast calls in batches.
function time(label, fn) {
  const { stats } = paired({ [label]: fn }, { warmup: 1, rounds: QUICK ? 3 : 5 });
  console.log(`${label.padEnd(48)} ${ms(stats[label].min).padStart(11)} ${ms(stats[label].median).padStart(11)}`);
}

const methodology = createMethodology({ id: "bench", name: "Bench", reviewDate: "2027-01-01", matrix: cox3x3Preset });
const under = { id: methodology.id, version: 1 };
const L = ["unlikely", "possible", "likely"];
const C = ["minor", "moderate", "major"];
const risks = Array.from({ length: N }, (_, i) =>
  RiskSchema.parse({
    kind: "event_based", id: `R-${i}`, title: `Risk ${i}`, owner: "Jo", status: "evaluated", affectedProperties: ["availability"],
    riskSource: "Someone", event: "Something", consequenceDescription: "Damage",
    ratings: { current: { likelihood: "likely", consequence: "major", methodology: under, date: "2026-01-01" }, residual: { likelihood: pick(L), consequence: pick(C), methodology: under, date: "2026-01-01" } },
  }),
);
const plans = risks.map((risk, i) => {
  const refs = [pick(ANNEX_A_IDS), pick(ANNEX_A_IDS), pick(ANNEX_A_IDS)].map((id) => `annex-a:${id}`);
  return {
    id: `TP-${i}`, title: `Plan ${i}`, risks: [risk.id], options: ["modify"],
    controls: [...new Set(refs)].map((ref, k) => ({ ref, state: k === 0 ? "existing" : "planned" })),
    actions: [...new Set(refs)].map((ref, k) => ({ id: `A-${k}`, title: "Do", owner: "IT", due: `2026-0${1 + Math.floor(random() * 9)}-15`, status: pick(["planned", "in_progress", "done", "cancelled"]), controls: [ref] })).map((a) => (a.status === "done" ? { ...a, completedOn: "2026-01-10" } : a)),
    target: { likelihood: "unlikely", consequence: "major" },
  };
});
const decisions = [];
risks.forEach((risk, i) => {
  decisions.push({ kind: "plan_approval", id: `D-A${i}`, plan: `TP-${i}`, decidedBy: "Jo", role: "Risk owner", date: "2026-01-05", rationale: "OK", planFingerprint: planFingerprint(plans[i]) });
  const r = risk.ratings.residual;
  decisions.push({ kind: "risk_acceptance", id: `D-R${i}`, risk: risk.id, decidedBy: "Jo", role: "Risk owner", cosigners: [{ decidedBy: "Dana", role: "CISO" }, { decidedBy: "Lee", role: "Top management" }], date: "2026-02-01", rationale: "OK", rating: { likelihood: r.likelihood, consequence: r.consequence, methodology: under }, level: "low", compensatingControls: ["annex-a:8.16"], expires: "2026-12-31" });
  if (i % 10 === 0) decisions.push({ kind: "revocation", id: `D-X${i}`, revokes: `D-R${i}`, decidedBy: "Jo", role: "Risk owner", date: "2026-03-01", reason: "Changed" });
});

console.log(`${N} risks, ${plans.length} plans, ${decisions.length} decisions${" ".repeat(10)}min      median`);
time("validateTreatmentPlans", () => validateTreatmentPlans(plans, { risks, methodologies: methodology, decisions }));
time("validateDecisions", () => validateDecisions(decisions, { risks, plans, methodologies: methodology, asOf: "2026-06-01" }));
time("listSelectedControls", () => listSelectedControls(plans));
time("listOverdueActions", () => listOverdueActions(plans, "2026-06-01"));
time("listPlansAwaitingApproval", () => listPlansAwaitingApproval(plans, decisions, "2026-06-01"));
time("listAcceptancesNeedingAttention", () => listAcceptancesNeedingAttention(decisions, { risks, methodologies: methodology, asOf: "2026-06-01", withinDays: 30 }));
time(`completeAction (one action in ${N} plans)`, () => completeAction(plans, `TP-${N / 2}`, "A-0", "2026-05-01"));
