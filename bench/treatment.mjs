// Treatment benchmark: a seeded register of 5 000 risks, 5 000 plans (one per risk, 3 controls
// and 3 actions each) and 10 000 decisions (approvals, acceptances, some revocations), then
// times validation, the queries the SoA and the risk owner's desk use, and one command.
// Run with `npm run bench` (builds first), or `node bench/treatment.mjs` after `npm run build`.
import { performance } from "node:perf_hooks";
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
import { seeded as mulberry32 } from "./_random.mjs";

const N = 5_000;

const random = mulberry32(27001);
const pick = (list) => list[Math.floor(random() * list.length)];

function time(label, fn, runs = 5) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} ${samples[Math.floor(runs / 2)].toFixed(1).padStart(8)} ms`);
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

console.log(`${N} risks, ${plans.length} plans, ${decisions.length} decisions`);
time("validateTreatmentPlans", () => validateTreatmentPlans(plans, { risks, methodologies: methodology, decisions }));
time("validateDecisions", () => validateDecisions(decisions, { risks, plans, methodologies: methodology, asOf: "2026-06-01" }));
time("listSelectedControls", () => listSelectedControls(plans));
time("listOverdueActions", () => listOverdueActions(plans, "2026-06-01"));
time("listPlansAwaitingApproval", () => listPlansAwaitingApproval(plans, decisions, "2026-06-01"));
time("listAcceptancesNeedingAttention", () => listAcceptancesNeedingAttention(decisions, { risks, methodologies: methodology, asOf: "2026-06-01", withinDays: 30 }));
time("completeAction (one action in 5 000 plans)", () => completeAction(plans, "TP-2500", "A-0", "2026-05-01"));
