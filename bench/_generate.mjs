// Seeded synthetic ISMS documents for the benchmarks: `assets` assets with about three
// dependencies each (always to earlier assets), `risks` risks of both kinds rated on every
// layer, one treatment plan per ten risks with two actions, an approval per plan, an
// acceptance per twenty risks, and SoA decisions for every Annex A control.
import { ANNEX_A_IDS, createStarterIsms, levelOf, planFingerprint } from "../dist/index.js";
import { seeded } from "./_random.mjs";

export 
const LEVELS = ["low", "medium", "high", "very_high"];
const TYPES = ["information", "software", "hardware", "service", "people", "site", "supplier"];

export function generateDocument({ assets: assetCount, risks: riskCount, seed = 42 }) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const base = createStarterIsms({ organisation: "Bench Corp", date: "2026-01-05" });
  const methodology = base.methodologies[0];
  const lKeys = methodology.matrix.likelihood.levels.map((level) => level.key);
  const cKeys = methodology.matrix.consequence.levels.map((level) => level.key);
  const assets = [];
  for (let index = 0; index < assetCount; index += 1) {
    const dependsOn = [];
    if (index > 0) for (let d = 0; d < 3; d += 1) {
      const target = `A-${Math.floor(random() * index)}`;
      if (!dependsOn.includes(target)) dependsOn.push(target);
    }
    assets.push({
      id: `A-${index}`,
      name: `Asset ${index}`,
      type: pick(TYPES),
      owner: `Owner ${index % 50}`,
      status: "in_use",
      ...(() => {
        const confidentiality = pick(["medium", "high"]);
        return {
          classification: confidentiality === "high" ? "confidential" : "internal",
          requirements: { confidentiality, integrity: pick(LEVELS), availability: pick(LEVELS) },
        };
      })(),
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
    });
  }
  const rating = (date) => ({ likelihood: pick(lKeys), consequence: pick(cKeys), methodology: { id: methodology.id, version: methodology.version }, date, rationale: "Workshop" });
  const risks = [];
  for (let index = 0; index < riskCount; index += 1) {
    const common = {
      id: `R-${index}`,
      title: `Risk ${index}`,
      owner: `Owner ${Math.floor(index / 10) % 50}`,
      status: "treatment_planned",
      affectedProperties: ["confidentiality", "integrity"],
      ratings: { inherent: rating("2026-02-01"), current: rating("2026-02-01"), target: rating("2026-02-01"), residual: rating("2026-06-01") },
    };
    risks.push(
      index % 3 === 0
        ? { kind: "event_based", ...common, riskSource: "Organised crime", event: "Ransomware", consequenceDescription: "Outage" }
        : { kind: "asset_based", ...common, assets: [`A-${Math.floor(random() * Math.max(assetCount, 1))}`], threat: "Theft", vulnerability: "Weak control" },
    );
  }
  const excluded = new Set(ANNEX_A_IDS.filter((_, index) => index % 17 === 5));
  const selectable = ANNEX_A_IDS.filter((id) => !excluded.has(id));
  const treatmentPlans = [];
  const decisions = [];
  for (let start = 0; start < riskCount; start += 10) {
    const id = `TP-${start / 10}`;
    const plan = {
      id,
      title: `Plan ${start / 10}`,
      risks: risks.slice(start, start + 10).map((risk) => risk.id),
      options: ["modify"],
      controls: (() => {
        const existing = pick(selectable);
        let planned = pick(selectable);
        while (planned === existing) planned = pick(selectable);
        return [{ ref: `annex-a:${existing}`, state: "existing" }, { ref: `annex-a:${planned}`, state: "planned" }];
      })(),
      actions: [],
      target: { likelihood: lKeys[0], consequence: cKeys[1] },
    };
    const plannedRef = plan.controls[1].ref;
    plan.actions = [
      { id: `${id}-1`, title: "Implement", owner: "IT", due: "2026-09-30", status: "done", completedOn: "2026-09-15", controls: [plannedRef] },
      { id: `${id}-2`, title: "Verify", owner: "IT", due: "2027-01-31", status: "in_progress", controls: [plannedRef] },
    ];
    treatmentPlans.push(plan);
    decisions.push({
      kind: "plan_approval",
      id: `D-P-${start / 10}`,
      decidedBy: risks[start].owner,
      role: "Risk owner",
      date: "2026-03-01",
      rationale: "Proportionate",
      plan: id,
      planFingerprint: planFingerprint(plan),
    });
  }
  // Acceptances of residual risks that fall in the lowest level, which the risk owner alone may accept.
  for (let index = 0; index < riskCount; index += 20) {
    const residual = risks[index].ratings.residual;
    const level = levelOf(methodology.matrix, residual.likelihood, residual.consequence).key;
    if (level !== methodology.matrix.levels[0].key) continue;
    decisions.push({
      kind: "risk_acceptance",
      id: `D-A-${index}`,
      decidedBy: risks[index].owner,
      role: "Risk owner",
      date: "2026-06-15",
      rationale: "Within appetite after treatment",
      risk: risks[index].id,
      rating: { likelihood: residual.likelihood, consequence: residual.consequence, methodology: residual.methodology },
      level,
      reviewBy: "2027-06-15",
    });
  }
  const soaDecisions = ANNEX_A_IDS.map((id, index) =>
    index % 17 === 5
      ? { control: `annex-a:${id}`, applicable: false, justification: `No activity in the scope of Bench Corp involves what control ${id} addresses.` }
      : { control: `annex-a:${id}`, applicable: true, reasons: [{ kind: "best_practice" }], status: "implemented", owner: "CISO", evidence: [{ ref: `EV-${id}`, date: "2026-05-01" }] },
  );
  return { ...base, scope: { statement: "All of Bench Corp." }, assets, risks, treatmentPlans, decisions, soaDecisions };
}
