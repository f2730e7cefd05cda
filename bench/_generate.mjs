// Seeded synthetic ISMS documents for the benchmarks, shaped like a real register rather than
// like the smallest valid one:
// - `assets` assets of every type, each with a description of 200–800 characters and about
//   three dependencies (always on earlier assets, so no cycle);
// - `risks` risks, two in three asset-based naming 1–4 assets, one in three event-based; each
//   with a description of 200–800 characters and rated on every layer, the layers made under
//   three versions of one methodology (inherent under v1 or v2, current under v2 or v3,
//   target and residual under v3);
// - a treatment plan for every 5–15 risks (of one risk owner), with 3–6 controls (one or two
//   existing, the rest planned), 2–5 actions covering the planned ones and a description; a plan approval for every
//   plan and a risk acceptance for every twentieth risk whose residual level is the lowest;
// - SoA decisions for every Annex A control (every seventeenth excluded, with a reason);
// - `custom` fields (nested JSON) on every tenth asset, risk, plan and decision.
// The same arguments always give the same document (mulberry32 from `seed`); the documents
// are valid (`validateIsms` finds no error), which `generateValidText` checks.
import { ANNEX_A_IDS, createStarterIsms, levelOf, parseIsms, planFingerprint, validateIsms } from "../dist/index.js";
import { seeded } from "./_random.mjs";

/** The date every benchmark validates as of. */
export const AS_OF = "2026-11-27";

const LEVELS = ["low", "medium", "high", "very_high"];
const TYPES = ["information", "software", "hardware", "service", "people", "site", "supplier", "cloud_service"];
const PROPERTIES = ["confidentiality", "integrity", "availability"];
const WORDS = (
  "access account administrator alert application archive audit authentication backup baseline breach business capacity certificate change " +
  "classification client cloud configuration contract control customer data database deletion dependency device directory disclosure " +
  "encryption endpoint evidence exposure failover firewall hardening identity incident integrity interface inventory key laptop licence " +
  "log malware monitoring network outage password patch payment personal phishing policy privilege process recovery register remote " +
  "replication retention review role schedule secret segment server service storage supplier system threat token training update user " +
  "vendor vulnerability workload"
).split(" ");
const THREATS = ["Theft", "Ransomware", "Misconfiguration", "Insider misuse", "Supplier failure", "Power loss", "Phishing", "Software defect"];
const VULNERABILITIES = ["Weak control", "Unpatched software", "No second approver", "Single point of failure", "Shared accounts", "No monitoring"];
const SOURCES = ["Organised crime", "Disgruntled employee", "Competitor", "Natural event", "Regulator", "Hacktivist"];
const EVENTS = ["Ransomware outbreak", "Data leak", "Fraudulent payment", "Regional flood", "Licence audit", "Denial of service"];

function textOf(random, minLength, maxLength) {
  const length = minLength + Math.floor(random() * (maxLength - minLength + 1));
  let text = "";
  while (text.length < length) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    text += text === "" ? word[0].toUpperCase() + word.slice(1) : random() < 0.08 ? `. ${word[0].toUpperCase()}${word.slice(1)}` : ` ${word}`;
  }
  return `${text.slice(0, length - 1).trimEnd()}.`;
}

function customOf(random, index) {
  return {
    ticket: `GRC-${10_000 + index}`,
    costCentre: `CC-${Math.floor(random() * 90) + 10}`,
    reviewed: random() < 0.5,
    score: Math.round(random() * 1000) / 100,
    labels: ["imported", random() < 0.5 ? "tier-1" : "tier-2"],
    source: { system: "legacy-grc", row: index, migrated: "2025-11-03" },
  };
}

/**
 * The document as a plain object.
 *
 * @param {{ assets: number, risks: number, seed?: number }} sizes
 */
export function generateDocument({ assets: assetCount, risks: riskCount, seed = 42 }) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (min, max) => min + Math.floor(random() * (max - min + 1));
  const base = createStarterIsms({ organisation: "Bench Corp", date: "2024-01-05" });
  const v1 = base.methodologies[0];
  // Three versions of one method: the scales and levels stay, the review dates and the
  // acceptance authority move, as a yearly review would leave them.
  const versions = [
    { ...v1, effectiveFrom: "2024-01-05", reviewDate: "2025-01-05" },
    { ...v1, version: 2, effectiveFrom: "2025-01-05", reviewDate: "2026-01-05", description: "Re-anchored likelihood after the 2024 review." },
    { ...v1, version: 3, effectiveFrom: "2026-01-05", reviewDate: "2027-01-05", description: "Consequence anchors aligned with the 2026 business impact analysis." },
  ];
  const ref = (methodology) => ({ id: methodology.id, version: methodology.version });
  const lKeys = v1.matrix.likelihood.levels.map((level) => level.key);
  const cKeys = v1.matrix.consequence.levels.map((level) => level.key);
  let customIndex = 0;
  const maybeCustom = (index) => (index % 10 === 7 ? { custom: customOf(random, customIndex++) } : {});

  const assets = [];
  for (let index = 0; index < assetCount; index += 1) {
    const dependsOn = [];
    if (index > 0) {
      for (let d = 0; d < 3; d += 1) {
        const target = `A-${Math.floor(random() * index)}`;
        if (!dependsOn.includes(target)) dependsOn.push(target);
      }
    }
    const confidentiality = pick(["medium", "high"]);
    assets.push({
      id: `A-${index}`,
      name: `Asset ${index}`,
      type: pick(TYPES),
      description: textOf(random, 200, 800),
      owner: `Owner ${index % 50}`,
      status: "in_use",
      classification: confidentiality === "high" ? "confidential" : "internal",
      requirements: { confidentiality, integrity: pick(LEVELS), availability: pick(LEVELS) },
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
      ...(index % 4 === 0 ? { tags: [pick(["crown-jewel", "pci", "gdpr", "legacy"])] } : {}),
      ...maybeCustom(index),
    });
  }

  // Plan boundaries first: every plan covers 5–15 consecutive risks with one risk owner, who
  // approves it.
  const planStarts = [];
  for (let start = 0; start < riskCount; start += between(5, 15)) planStarts.push(start);
  const planOf = new Int32Array(riskCount);
  planStarts.forEach((start, number) => planOf.fill(number, start, planStarts[number + 1] ?? riskCount));

  const rating = (methodology, date) => ({
    likelihood: pick(lKeys),
    consequence: pick(cKeys),
    methodology: ref(methodology),
    date,
    rationale: pick(["Workshop", "Owner interview", "Incident history", "Audit finding"]),
  });
  const risks = [];
  for (let index = 0; index < riskCount; index += 1) {
    const inherent = random() < 0.5 ? rating(versions[0], "2024-03-01") : rating(versions[1], "2025-03-01");
    const current = random() < 0.5 ? rating(versions[1], "2025-09-01") : rating(versions[2], "2026-02-01");
    const affected = PROPERTIES.filter(() => random() < 0.6);
    const common = {
      id: `R-${index}`,
      title: `Risk ${index}`,
      description: textOf(random, 200, 800),
      owner: `Owner ${planOf[index] % 50}`,
      category: pick(["Operations", "Technology", "People", "Suppliers", "Legal"]),
      status: "treatment_planned",
      affectedProperties: affected.length > 0 ? affected : [pick(PROPERTIES)],
      ratings: { inherent, current, target: rating(versions[2], "2026-02-01"), residual: { ...rating(versions[2], "2026-06-01"), rationale: "After treatment" } },
      ...maybeCustom(index),
    };
    if (index % 3 === 0 || assetCount === 0) {
      risks.push({ kind: "event_based", ...common, riskSource: pick(SOURCES), event: pick(EVENTS), consequenceDescription: textOf(random, 40, 120) });
    } else {
      const named = [];
      for (let n = between(1, 4); named.length < n; ) {
        const id = `A-${Math.floor(random() * assetCount)}`;
        if (!named.includes(id)) named.push(id);
        else if (assetCount < 4) break;
      }
      risks.push({ kind: "asset_based", ...common, assets: named, threat: pick(THREATS), vulnerability: pick(VULNERABILITIES) });
    }
  }

  const excluded = new Set(ANNEX_A_IDS.filter((_, index) => index % 17 === 5));
  const selectable = ANNEX_A_IDS.filter((id) => !excluded.has(id));
  const treatmentPlans = [];
  const decisions = [];
  for (let number = 0; number < planStarts.length; number += 1) {
    const start = planStarts[number];
    const end = planStarts[number + 1] ?? riskCount;
    const id = `TP-${number}`;
    const chosen = [];
    for (let n = between(3, 6); chosen.length < n; ) {
      const control = pick(selectable);
      if (!chosen.includes(control)) chosen.push(control);
    }
    const existing = between(1, 2);
    const controls = chosen.map((control, at) => ({ ref: `annex-a:${control}`, state: at < existing ? "existing" : "planned" }));
    const planned = controls.slice(existing).map((control) => control.ref);
    const actions = [];
    for (let a = 0, count = Math.max(planned.length, between(2, 4)); a < count; a += 1) {
      const status = pick(["planned", "in_progress", "done", "done"]);
      actions.push({
        id: `${id}-${a + 1}`,
        title: pick(["Implement", "Configure", "Verify", "Train staff", "Document"]),
        owner: pick(["IT", "Security", "HR", "Facilities"]),
        due: pick(["2026-09-30", "2027-01-31", "2027-03-31"]),
        status,
        ...(status === "done" ? { completedOn: "2026-09-15" } : {}),
        controls: [planned[a % planned.length]],
      });
    }
    const plan = {
      id,
      title: `Plan ${number}`,
      description: textOf(random, 200, 800),
      risks: risks.slice(start, end).map((risk) => risk.id),
      options: ["modify"],
      controls,
      actions,
      target: { likelihood: lKeys[0], consequence: cKeys[1] },
      priority: pick(["low", "medium", "high", "critical"]),
      ...maybeCustom(number),
    };
    treatmentPlans.push(plan);
    decisions.push({
      kind: "plan_approval",
      id: `D-P-${number}`,
      decidedBy: risks[start].owner,
      role: "Risk owner",
      date: "2026-03-01",
      rationale: "Proportionate",
      plan: id,
      planFingerprint: planFingerprint(plan),
      ...maybeCustom(number),
    });
  }
  // Acceptances of residual risks that fall in the lowest level, which the risk owner alone may accept.
  const current = versions[2];
  for (let index = 0; index < riskCount; index += 20) {
    const residual = risks[index].ratings.residual;
    const level = levelOf(current.matrix, residual.likelihood, residual.consequence).key;
    if (level !== current.matrix.levels[0].key) continue;
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
      ...maybeCustom(index / 20),
    });
  }
  const soaDecisions = ANNEX_A_IDS.map((id, index) =>
    index % 17 === 5
      ? { control: `annex-a:${id}`, applicable: false, justification: `No activity in the scope of Bench Corp involves what control ${id} addresses.` }
      : {
          control: `annex-a:${id}`,
          applicable: true,
          reasons: [{ kind: "best_practice" }],
          status: "implemented",
          owner: "CISO",
          evidence: [{ ref: `EV-${id}`, date: "2026-05-01" }],
        },
  );
  return {
    ...base,
    scope: { statement: "All of Bench Corp: its offices, its products and the services that run them." },
    methodologies: versions,
    assets,
    risks,
    treatmentPlans,
    decisions,
    soaDecisions,
  };
}

/**
 * The document's JSON text, after checking that it parses and that `validateIsms` finds no
 * error (warnings are part of a real document). Throws, naming the first errors, otherwise:
 * a benchmark of an invalid document would time the error path, not the one users run.
 *
 * @param {{ assets: number, risks: number, seed?: number }} sizes
 * @returns {{ text: string, doc: object, warnings: number }}
 */
export function generateValidText(sizes) {
  const text = JSON.stringify(generateDocument(sizes));
  const doc = parseIsms(JSON.parse(text));
  const issues = validateIsms(doc, { asOf: AS_OF });
  const errors = issues.filter((found) => found.severity === "error");
  if (errors.length > 0) {
    const first = errors.slice(0, 5).map((found) => `${found.code} at ${found.path.join(".")}: ${found.message}`);
    throw new Error(`bench: the generated document (${sizes.risks} risks) is not valid: ${errors.length} errors\n  ${first.join("\n  ")}`);
  }
  return { text, doc, warnings: issues.length };
}
