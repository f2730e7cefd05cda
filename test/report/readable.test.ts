import { describe, expect, it } from "vitest";
import { AppetiteStatusSchema, RiskStatusSchema } from "../../src/risk/index.js";
import { BuiltInAssetTypeSchema, LifecycleStatusSchema } from "../../src/assets/index.js";
import { ImplementationStatusSchema, SoaReasonKindSchema, deriveSoa } from "../../src/soa/index.js";
import { ActionStatusSchema } from "../../src/treatment/index.js";
import { ReadinessStatusSchema } from "../../src/cycle/index.js";
import { createStarterIsms, parseIsms, validateIsms, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import {
  renderAssetInventoryCsv,
  renderAssetInventoryHtml,
  renderIsmsReport,
  renderRiskRegisterCsv,
  renderRiskRegisterHtml,
  renderRiskRegisterMarkdown,
  renderSoaHtml,
  renderSoaMarkdown,
  renderSoaTable,
  renderTreatmentPlanHtml,
  renderTreatmentPlanMarkdown,
} from "../../src/report/index.js";
import { baseInput, decision } from "../soa/fixtures.js";
import { documentWithText } from "./_fixture.js";

/** Whether a text has no lone surrogate (String.prototype.isWellFormed, without ES2024 types). */
const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);


const example = createExampleIsms();
const report = renderIsmsReport(example, { asOf: EXAMPLE_AS_OF });

/** The text a reader sees: tags, the style sheet and character references gone. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&amp;/g, "&");
}

// Every key of a closed vocabulary that a reader could mistake for a word: those with "_".
const KEYS = [
  ...ImplementationStatusSchema.options,
  ...SoaReasonKindSchema.options,
  ...RiskStatusSchema.options,
  ...AppetiteStatusSchema.options,
  ...LifecycleStatusSchema.options,
  ...BuiltInAssetTypeSchema.options,
  ...ActionStatusSchema.options,
  ...ReadinessStatusSchema.options,
  "asset_based",
  "event_based",
  "very_high",
].filter((key) => key.includes("_"));

describe("labels, never keys", () => {
  it("no HTML or Markdown report of the example shows a vocabulary key", () => {
    expect(KEYS).toContain("in_use");
    expect(KEYS).toContain("treatment_planned");
    for (const [name, content] of report) {
      if (name.endsWith(".csv") || name.endsWith(".svg")) continue;
      const text = name.endsWith(".html") ? visibleText(content) : content.replace(/\\_/g, "_");
      const found = KEYS.filter((key) => new RegExp(`\\b${key}\\b`).test(text));
      expect(found, name).toEqual([]);
    }
  });

  it("the risk register shows statuses, kinds, evaluations and levels as labels", () => {
    const csv = renderRiskRegisterCsv(example);
    const r01 = csv.split("\r\n").find((line) => line.startsWith("R-01,")) ?? "";
    expect(r01).toContain(",Asset-based,");
    expect(r01).toContain(",Treatment planned,");
    expect(r01).toContain(",Very high,");
    expect(r01).toContain(",Above tolerance,");
  });

  it("the asset inventory shows the document's own classification label, lifecycle label and scale labels", () => {
    const starter = createStarterIsms({ organisation: "Acme", date: "2026-01-05" });
    const doc = parseIsms({
      ...starter,
      assetSettings: {
        ...starter.assetSettings,
        classification: { levels: [{ key: "open", label: "Open" }, { key: "restricted", label: "Streng vertraulich" }] },
      },
      assets: [{ id: "A-1", name: "Payroll", type: "information", owner: "CFO", status: "in_use", classification: "restricted", requirements: { confidentiality: "very_high" } }],
    });
    const row = renderAssetInventoryCsv(doc).split("\r\n")[1] ?? "";
    expect(row).toContain(",Streng vertraulich,In use,");
    expect(row).not.toContain("restricted");
    expect(row).toContain(",Very high,");
    expect(renderAssetInventoryHtml(doc)).toContain("<td>Streng vertraulich</td>");
  });
});

describe("the asset inventory in its own words", () => {
  const starter = createStarterIsms({ organisation: "Acme", date: "2026-01-05" });
  const doc = parseIsms({
    ...starter,
    assets: [
      { id: "A-1", name: "Scanner", type: "medical_device", owner: "CTO", status: "planned", requirements: { availability: "high" }, requirementOverrides: { availability: { level: "low", reason: "Spare unit" } }, dependsOn: ["A-2"] },
      { id: "A-2", name: "Imaging archive", type: "cloud_service", owner: "CTO", status: "retired" },
    ],
  });

  it("prints an organisation's own asset type as written and an override with its reason", () => {
    const [, first = "", second = ""] = renderAssetInventoryCsv(doc).split("\r\n");
    expect(first).toContain("A-1,Scanner,medical_device,CTO,,,Planned,");
    expect(first).toContain("Low (override: Spare unit)");
    expect(first.endsWith(",A-2,Imaging archive")).toBe(true);
    expect(second).toContain("A-2,Imaging archive,Cloud service,CTO,,,Retired,");
  });

  it("keeps the id of the asset a requirement is inherited from whole in HTML, whatever the label's sentence", () => {
    const html = renderAssetInventoryHtml(doc, { labels: { assetInventory: { inherited: (level, from) => `${level} ← ${from}` } } });
    expect(html).toContain('<td>Low ← <span class="id">A-1</span> Scanner</td>');
  });

  it("still accepts the generation date as a string", () => {
    expect(renderAssetInventoryHtml(doc, "2026-11-27")).toContain("Generated on 2026-11-27");
    expect(renderTreatmentPlanHtml(doc, "2026-11-27")).toContain("Generated on 2026-11-27");
  });
});

describe("a name beside every id", () => {
  it("the risk register shows asset names beside asset ids and control titles beside control ids", () => {
    const html = renderRiskRegisterHtml(example);
    expect(html).toContain('<div><span class="id">A-INF-SECRETS</span> Production credentials, keys and secrets</div>');
    expect(html).toContain('<div><span class="id">5.17</span> Authentication information</div>');
    expect(html).not.toContain("annex-a:5.17");
    const markdown = renderRiskRegisterMarkdown(example);
    expect(markdown).toContain("5.17 Authentication information<br>8.25 Secure development life cycle");
  });

  it("the risk register CSV keeps the ids apart from the names", () => {
    const [header = "", ...rows] = renderRiskRegisterCsv(example).split("\r\n");
    const columns = header.split(",");
    const r01 = rows.find((line) => line.startsWith("R-01,")) ?? "";
    expect(columns.slice(6, 8)).toEqual(["Assets or source", "Asset names"]);
    expect(r01).toContain('A-INF-SECRETS A-INF-SOURCE,"Production credentials, keys and secrets; Platform source code"');
    expect(r01).toContain("annex-a:5.17 annex-a:8.25 annex-a:8.4,Authentication information; Secure development life cycle; Access to source code");
  });

  it("the treatment plan shows risk titles beside risk ids and control titles beside control ids", () => {
    expect(renderTreatmentPlanMarkdown(example)).toContain("- Risks: R-01 Production secrets leaked through source code");
    expect(renderTreatmentPlanMarkdown(example)).toContain("- Controls: 5.17 Authentication information (planned); ");
    const html = renderTreatmentPlanHtml(example);
    expect(html).toContain('<dt>Risks</dt><dd><div><span class="id">R-01</span> Production secrets leaked through source code</div></dd>');
    expect(html).toContain('<dt>Options</dt><dd>Modify</dd>');
  });
});

describe("excluded and undecided controls", () => {
  const rows = deriveSoa(baseInput({ decisions: [decision({ control: "annex-a:7.5", applicable: false, justification: "No premises" })] }));
  const row = (ref: string) => rows.find((item) => item.ref === ref)!;

  it("an excluded control shows Excluded and an undecided one Undecided, never Not implemented", () => {
    const table = renderSoaTable([row("annex-a:7.5"), row("annex-a:7.6")]);
    expect(table.rows[0]?.slice(4)).toEqual(["No", "", "", "", "No premises", "Excluded", "", "", ""]);
    expect(table.rows[1]?.slice(4)).toEqual(["Undecided", "", "", "", "", "Undecided", "", "", ""]);
    const html = renderSoaHtml([row("annex-a:7.5"), row("annex-a:7.6")]);
    expect(html).toContain('<td class="status s-excluded">Excluded</td>');
    expect(html).toContain('<tr class="undecided">');
    expect(html).toContain('<td class="status s-undecided">Undecided</td>');
    expect(html).not.toContain("Not implemented</td>");
  });

  it("the starter's SoA reads as undecided, not as excluded", () => {
    const starter = createStarterIsms({ organisation: "Acme", date: "2026-01-05" });
    const markdown = renderIsmsReport(starter, { asOf: "2026-01-05" }).get("soa.md") ?? "";
    expect(markdown).toContain("93 controls: 0 applicable, 0 excluded, 93 undecided.");
    const html = renderIsmsReport(starter, { asOf: "2026-01-05" }).get("soa.html") ?? "";
    expect(html).toContain('<tr><th scope="row">Undecided</th><td class="num">93</td></tr>');
    expect(html).toContain('<tr><th scope="row">Excluded</th><td class="num">0</td></tr>');
  });
});

describe("the draft notice", () => {
  // A plan that modifies a risk without a target rating is an error whatever else is.
  const draft: IsmsDocument = documentWithText("Customer database");
  const errors = validateIsms(draft, { asOf: "2026-11-27" }).filter((issue) => issue.severity === "error").length;

  it("renderIsmsReport puts the number of validation errors at the top of every HTML page and Markdown file, and none in CSV", () => {
    expect(errors).toBeGreaterThan(0);
    const notice = `Draft: this document has ${errors} validation error${errors === 1 ? "" : "s"}.`;
    for (const [name, content] of renderIsmsReport(draft, { asOf: "2026-11-27" })) {
      if (name.endsWith(".html")) expect(content, name).toMatch(new RegExp(`<body>\\n<p class="draft" role="note">${notice}</p>\\n<h1>`));
      else if (name.endsWith(".md")) expect(content.split("\n")[0], name).toBe(`> **${notice}**`);
      else expect(content, name).not.toContain("Draft");
    }
  });

  it("a document without errors carries no notice", () => {
    for (const [name, content] of report) expect(content, name).not.toContain("Draft:");
  });

  it("each renderer takes the error count as an option, in the singular for one", () => {
    const doc = documentWithText("x");
    expect(renderRiskRegisterHtml(doc, { errorCount: 1 })).toContain('<p class="draft" role="note">Draft: this document has 1 validation error.</p>');
    expect(renderRiskRegisterHtml(doc, { errorCount: 0 })).not.toContain('class="draft"');
    expect(renderSoaMarkdown([], { errorCount: 3 }).split("\n")[0]).toBe("> **Draft: this document has 3 validation errors.**");
    expect(renderSoaMarkdown([], { errorCount: 3, labels: { common: { draftNotice: (count) => `Entwurf (${count} Fehler)` } } }).split("\n")[0]).toBe("> **Entwurf (3 Fehler)**");
  });
});

describe("well-formed output for hostile names (issue 16)", () => {
  it("an SVG heat map and the HTML pages of a document whose names hold lone surrogates are well-formed", async () => {
    const { createExampleIsms } = await import("../../src/example/index.js");
    const { renderHeatMapSvg, heatMapForDocument, renderIsmsReport } = await import("../../src/report/index.js");
    const base = createExampleIsms();
    const doc = { ...base, organisation: { ...base.organisation, name: "Acme\uD800 Ltd\uDC00" } };
    const svg = renderHeatMapSvg(heatMapForDocument(doc, "inherent"), { title: "Risks \uD83D of Acme" });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain("Risks \uFFFD of Acme");
    for (const [name, content] of renderIsmsReport(doc, { asOf: "2026-11-27" })) expect(wellFormed(content), name).toBe(true);
  });

  it("a line break in a plan's title does not split its Markdown heading", async () => {
    const { createExampleIsms } = await import("../../src/example/index.js");
    const { renderTreatmentPlanMarkdown } = await import("../../src/report/index.js");
    const base = createExampleIsms();
    const [first, ...rest] = base.treatmentPlans;
    const doc = { ...base, treatmentPlans: [{ ...first!, title: "line1\nline2\r\nline3" }, ...rest] };
    const lines = renderTreatmentPlanMarkdown(doc).split("\n");
    const heading = lines.find((line) => line.startsWith(`## ${first!.id}`));
    expect(heading).toBe(`## ${first!.id}: line1 line2 line3`);
    expect(lines.some((line) => line.startsWith("line2") || line.startsWith("line3"))).toBe(false);
  });
});

describe("renderIsmsReport with an error count from the caller", () => {
  it("uses the count given instead of validating again, and validates when none is given", async () => {
    const { createExampleIsms, EXAMPLE_AS_OF } = await import("../../src/example/index.js");
    const { renderIsmsReport } = await import("../../src/report/index.js");
    const doc = createExampleIsms();
    expect(renderIsmsReport(doc, { asOf: EXAMPLE_AS_OF }).get("soa.md")).not.toContain("Draft:");
    expect(renderIsmsReport(doc, { asOf: EXAMPLE_AS_OF, errorCount: 3 }).get("soa.md")).toContain("Draft: this document has 3 validation errors.");
  });
});
