import { createStarterIsms, parseIsms, type IsmsDocument } from "../../src/document/index.js";
import { deriveSoa } from "../../src/soa/index.js";
import { acme, baseInput, decision, obligation, plan } from "../soa/fixtures.js";

/** A small document whose free texts are all `text`, to feed renderers hostile strings. */
export function documentWithText(text: string): IsmsDocument {
  // Parties (owners) are limited to 256 characters without surrounding white space.
  const party = text.slice(0, 200).trim() || "x";
  const starter = createStarterIsms({ organisation: "Fixture Ltd", date: "2026-01-05" });
  const m = { id: "risk-method", version: 1 };
  const rating = (likelihood: string, consequence: string) => ({ likelihood, consequence, methodology: m, date: "2026-02-01", rationale: text });
  return parseIsms({
    ...starter,
    organisation: { name: text },
    scope: { statement: text },
    assets: [
      { id: "A-1", name: text, type: "information", owner: party, status: "in_use", classification: "confidential", requirements: { confidentiality: "high" }, dependsOn: ["A-2"] },
      { id: "A-2", name: "Database", type: "service", owner: "CTO", status: "in_use" },
    ],
    risks: [
      {
        kind: "asset_based",
        id: "R-1",
        title: text,
        owner: party,
        category: text,
        status: "treatment_planned",
        affectedProperties: ["confidentiality"],
        ratings: { inherent: rating("likely", "major"), residual: rating("rare", "minor") },
        assets: ["A-1"],
        threat: text,
        vulnerability: text,
      },
      {
        kind: "event_based",
        id: "R-2",
        title: "Supplier outage",
        owner: "COO",
        status: "identified",
        affectedProperties: ["availability"],
        ratings: { current: rating("possible", "moderate") },
        riskSource: text,
        event: text,
        consequenceDescription: text,
      },
    ],
    treatmentPlans: [
      {
        id: "TP-1",
        title: text,
        risks: ["R-1"],
        options: ["modify"],
        controls: [{ ref: "annex-a:8.24", state: "planned", note: text }],
        actions: [{ id: "ACT-1", title: text, owner: party, due: "2026-06-30", status: "in_progress" }],
        owner: party,
      },
    ],
    soaDecisions: [
      { control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business", note: text }], status: "implemented", owner: party, evidence: [{ ref: text, date: "2026-03-01" }] },
      { control: "annex-a:7.12", applicable: false, justification: text },
    ],
  });
}

/** SoA rows the SoA renderer tests share: a custom catalogue, a plan, an obligation, and decisions whose texts carry formula, HTML and Markdown characters. */
export const soaRows = deriveSoa(
  baseInput({
    catalogues: ["annex-a", "acme"],
    customCatalogues: [acme],
    plans: [plan("TP-1", ["R-1", "R-2"], [{ ref: "annex-a:8.24", state: "planned" }], [{ status: "in_progress" }])],
    obligations: [obligation({ id: "OB-GDPR", kind: "legal", title: "GDPR", controls: ["annex-a:5.34"] })],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, status: "implemented", owner: "=cmd|' /C calc'!A0", reasons: [{ kind: "business", note: "Board | <b>asks</b>" }], evidence: [{ ref: "DMS-1", date: "2026-01-10" }] }),
      decision({ control: "annex-a:7.5", applicable: false, justification: "No premises,\n\"remote\" only & <script>" }),
      decision({ control: "acme:ACME-1", applicable: true, provider: "Cloud Host", reasons: [{ kind: "contractual" }] }),
    ],
  }),
);
