// A Statement of Applicability for a small example organisation, derived from its risk
// register, treatment plans, obligations and applicability decisions, then validated,
// versioned, diffed and written as soa.csv, soa.md and soa.html.
//
//   node examples/soa.mjs [output folder]     (default ./soa-output)
//
// Everything is dated explicitly, so the output is the same on every run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ApplicabilityDecisionSchema,
  CustomCatalogueSchema,
  ObligationSchema,
  RiskSchema,
  TreatmentPlanSchema,
  annexA,
  createSoaVersion,
  deriveSoa,
  diffSoaVersions,
  summariseSoa,
  validateSoa,
} from "isms";
import { renderSoaCsv, renderSoaHtml, renderSoaMarkdown } from "isms/report";

const asOf = "2026-06-30";
const organisation = "Harbour Analytics Ltd";

// The organisation's own controls, next to Annex A.
const harbour = CustomCatalogueSchema.parse({
  id: "harbour",
  title: "Harbour client commitments",
  groups: [{ id: "clients", title: "Client commitments" }],
  controls: [
    { id: "HB-1", title: "Client data stays in the EU", group: "clients" },
    { id: "HB-2", title: "Quarterly access attestation for client projects", group: "clients" },
  ],
});

const risk = (id, title, event) =>
  RiskSchema.parse({
    kind: "event_based",
    id,
    title,
    owner: "CTO",
    status: "treatment_planned",
    affectedProperties: ["confidentiality"],
    ratings: {},
    riskSource: "External attacker",
    event,
    consequenceDescription: "Client data disclosed",
  });
const risks = [
  risk("R-1", "Stolen laptop exposes client data", "Laptop lost or stolen"),
  risk("R-2", "Phished cloud admin account", "Credential phishing"),
  risk("R-3", "Ransomware on the analytics cluster", "Malware encrypts data"),
];

const plans = [
  TreatmentPlanSchema.parse({
    id: "TP-1",
    title: "Protect endpoints",
    risks: ["R-1"],
    options: ["modify"],
    controls: [
      { ref: "annex-a:8.1", state: "existing" },
      { ref: "annex-a:8.24", state: "planned" },
    ],
    actions: [{ id: "A-1", title: "Roll out disk encryption", owner: "IT lead", due: "2026-09-30", status: "in_progress", controls: ["annex-a:8.24"] }],
  }),
  TreatmentPlanSchema.parse({
    id: "TP-2",
    title: "Harden identities and recovery",
    risks: ["R-2", "R-3"],
    options: ["modify"],
    controls: [
      { ref: "annex-a:5.17", state: "planned" },
      { ref: "annex-a:8.5", state: "planned" },
      { ref: "annex-a:8.13", state: "existing" },
    ],
    actions: [
      { id: "A-2", title: "Phishing-resistant MFA for admins", owner: "IT lead", due: "2026-05-31", status: "done", completedOn: "2026-05-20", controls: ["annex-a:5.17", "annex-a:8.5"] },
    ],
  }),
];

const obligations = [
  ObligationSchema.parse({ id: "OB-GDPR", kind: "legal", title: "EU GDPR", source: "Regulation (EU) 2016/679", controls: ["annex-a:5.34", "harbour:HB-1"] }),
  ObligationSchema.parse({ id: "OB-MSA", kind: "contractual", title: "Master services agreement, clause 9", controls: ["harbour:HB-2", "annex-a:5.20"] }),
];

// Explicit decisions for the controls that need a word; every other Annex A control is
// included as baseline good practice.
const exclusions = {
  "7.5": "No premises of our own: staff work remotely and all systems are cloud services.",
  "7.8": "No equipment is sited by us; the cloud provider's data centres hold all servers.",
  "7.11": "No supporting utilities of our own to protect (see 7.5).",
  "7.12": "No cabling under our control (see 7.5).",
  "8.19": "Risk accepted by the CTO.", // validation warns: accepting a risk is no reason to exclude a control
};
const special = [
  { control: "annex-a:5.23", applicable: true, provider: "Nimbus Cloud", owner: "CTO", status: "implemented", reasons: [{ kind: "business", note: "All systems run on Nimbus" }], evidence: [{ ref: "VR-2026-02", title: "Supplier review", date: "2026-02-14" }] },
  { control: "annex-a:8.5", applicable: true, owner: "IT lead", status: "implemented", evidence: [{ ref: "TKT-311", date: "2026-05-20" }] },
  { control: "annex-a:8.24", applicable: true, owner: "IT lead", status: "planned" },
  { control: "annex-a:5.34", applicable: true, owner: "DPO", status: "implemented", evidence: [{ ref: "DPIA-register", date: "2025-03-01" }] },
  { control: "harbour:HB-1", applicable: true, owner: "DPO", status: "implemented", evidence: [{ ref: "Nimbus region settings", date: "2026-04-02" }] },
];
const decided = new Set(special.map((decision) => decision.control));
const planned = new Set(plans.flatMap((plan) => plan.controls.map((control) => control.ref)));
const decisions = [
  ...special,
  ...annexA
    .filter((control) => !decided.has(`annex-a:${control.id}`))
    .map((control) =>
      exclusions[control.id]
        ? { control: `annex-a:${control.id}`, applicable: false, justification: exclusions[control.id], lastReviewed: "2026-03-01" }
        : planned.has(`annex-a:${control.id}`)
          ? { control: `annex-a:${control.id}`, applicable: true, owner: "IT lead" } // reason and status come from the plans
          : { control: `annex-a:${control.id}`, applicable: true, owner: "ISMS manager", status: "implemented", reasons: [{ kind: "best_practice" }], evidence: [{ ref: "ISMS handbook v3", date: "2026-03-01" }] },
    ),
].map((decision) => ApplicabilityDecisionSchema.parse(decision));

const input = { catalogues: ["annex-a", "harbour"], customCatalogues: [harbour], risks, plans, obligations, decisions, asOf };
const rows = deriveSoa(input);
const summary = summariseSoa(rows);
const issues = validateSoa(input, { asOf, evidenceMaxAgeDays: 365 });

// Version 1 was issued before the MFA work and the EU residency control existed.
const earlier = deriveSoa({ ...input, catalogues: ["annex-a"], decisions: decisions.map((d) => (d.control === "annex-a:8.5" ? { ...d, status: "planned" } : d)), asOf: "2026-01-31" });
const v1 = createSoaVersion([], earlier, { date: "2026-01-31", approvedBy: "Managing director", approvedOn: "2026-02-03" });
const v2 = createSoaVersion([v1], rows, { date: asOf, note: "Client commitments catalogue added; MFA done" });
const diff = diffSoaVersions(v1, v2);

const folder = process.argv[2] ?? "soa-output";
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, "soa.csv"), renderSoaCsv(rows), "utf8");
writeFileSync(join(folder, "soa.md"), renderSoaMarkdown(rows, { title: `Statement of Applicability — ${organisation}` }), "utf8");
writeFileSync(join(folder, "soa.html"), renderSoaHtml(rows, { organisation, generatedOn: asOf }), "utf8");

console.log(`${organisation}: Statement of Applicability as of ${asOf}`);
console.log(`  ${summary.total} controls, ${summary.applicable} applicable, ${summary.excluded} excluded`);
console.log(`  applicable by status: ${Object.entries(summary.byStatus).map(([status, count]) => `${status} ${count}`).join(", ")}`);
for (const group of summary.byGroup) console.log(`  ${group.catalogue} ${group.group ?? "-"}: ${group.applicable}/${group.total} applicable`);
console.log(`\n8.24 reasons: ${rows.find((row) => row.ref === "annex-a:8.24").reasons.map((r) => `${r.kind} (${[...(r.risks ?? []), ...(r.obligations ?? [])].join(", ")})`).join("; ")}`);
console.log(`\nValidation (${issues.length} issues):`);
for (const found of issues) console.log(`  ${found.severity.padEnd(7)} ${found.code}: ${found.message}`);
console.log(`\nChanges from version ${v1.version} to ${v2.version} (${diff.length}):`);
for (const change of diff) console.log(`  ${change.ref} ${change.change}: ${change.before ?? "-"} -> ${change.after ?? "-"}`);
console.log(`\nWrote soa.csv, soa.md and soa.html (${rows.length} rows each).`);
