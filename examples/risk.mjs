// Risk assessment with an explicit, checked method: pick a matrix, build a methodology,
// rate a small register, evaluate and prioritise it, and draw a heat map in the terminal.
import { checkMatrix, cox3x3Preset, createMethodology, evaluateRisk, heatMapCounts, listRisksAboveTolerance, listStaleRatings, matrix4x4Preset, prioritiseRisks, product5x5Preset, RiskSchema, riskMovement, suggestConsequence, validateRisks } from "isms";

// 1. What do the checks say about each ready-made matrix?
for (const [name, matrix] of [["cox3x3Preset", cox3x3Preset], ["matrix4x4Preset", matrix4x4Preset], ["product5x5Preset", product5x5Preset]]) {
  const { findings, resolution } = checkMatrix(matrix);
  const codes = [...new Set(findings.map((found) => found.code))].join(", ") || "no findings";
  console.log(`${name}: ${codes}; ${resolution.distinctScores} distinct scores, ${resolution.ties} tied cell pairs`);
}

// 2. A versioned methodology: the 5×5 product matrix with the default acceptance criteria.
const methodology = createMethodology({ id: "acme-risk", name: "Acme risk method", reviewDate: "2027-01-31", matrix: product5x5Preset });
const under = { id: methodology.id, version: methodology.version };
const rate = (likelihood, consequence, date = "2026-03-01", extra = {}) => ({ likelihood, consequence, methodology: under, date, ...extra });

// 3. A register with an asset-based and an event-based risk.
const risks = [
  RiskSchema.parse({
    kind: "asset_based", id: "R-001", title: "Customer data leaked from lost laptops", owner: "Head of IT", status: "evaluated",
    affectedProperties: ["confidentiality"], assets: ["A-laptops", "A-crm-data"], threat: "Theft or loss", vulnerability: "Disks not encrypted",
    ratings: { inherent: rate("likely", "major"), current: rate("possible", "major"), target: rate("unlikely", "moderate") },
  }),
  RiskSchema.parse({
    kind: "event_based", id: "R-002", title: "Ransomware stops production", owner: "COO", status: "treated",
    affectedProperties: ["availability", "integrity"], riskSource: "Organised crime", event: "File servers encrypted",
    consequenceDescription: "Orders cannot be shipped for a week", objective: "Deliver within 48 hours",
    ratings: { inherent: rate("almost_certain", "severe"), residual: rate("possible", "severe", "2025-06-01") },
  }),
];
console.log("validation:", validateRisks(risks, { methodologies: methodology }).map((found) => found.code).join(", ") || "no issues");

// 4. Consequence suggested from the assets' effective requirements (maximum principle).
const effective = new Map([
  ["A-laptops", { confidentiality: { property: "confidentiality", level: "normal", rank: 1, source: { kind: "own" } } }],
  ["A-crm-data", { confidentiality: { property: "confidentiality", level: "very_high", rank: 3, source: { kind: "own" } } }],
]);
const suggestion = suggestConsequence(methodology, risks[0], effective, { requirementScaleSizes: { confidentiality: 4 } });
console.log(`suggested consequence for R-001: ${suggestion.consequence} (from ${suggestion.source.asset} / ${suggestion.source.property})`);

// 5. Evaluation, priorities, movement and reviews.
for (const evaluation of prioritiseRisks(methodology, risks)) {
  console.log(`${evaluation.riskId} [${evaluation.layer}] ${evaluation.score.level.label}: ${evaluation.appetite}; accept: ${evaluation.authority.join(" + ")}; review every ${evaluation.review.every} ${evaluation.review.unit}`);
}
console.log("above tolerance (inherent):", listRisksAboveTolerance(methodology, risks, "inherent").map((e) => e.riskId).join(", "));
console.log("movement inherent → current:", riskMovement(methodology, risks, "inherent", "current").map((m) => `${m.riskId} ${m.direction}`).join(", "));
console.log("stale on 2026-09-01:", listStaleRatings(methodology, risks, "2026-09-01").map((s) => `${s.riskId}/${s.layer} (due ${s.dueDate})`).join(", "));
console.log("R-002 residual:", evaluateRisk(methodology, risks[1], "residual").level);

// 6. A heat map of inherent ratings, top row = highest likelihood.
const map = heatMapCounts(methodology, risks, "inherent");
const width = 16;
for (let l = map.cells.length - 1; l >= 0; l -= 1) {
  const row = map.cells[l].map((cell) => `${cell.level.label}${cell.count ? ` (${cell.count})` : ""}`.padEnd(width)).join("");
  console.log(`${map.likelihood[l].label.padEnd(width)}${row}`);
}
console.log(" ".repeat(width) + map.consequence.map((level) => level.label.padEnd(width)).join(""));
