import { describe, expect, it } from "vitest";
import { renderIncidentsCsv, renderIncidentsHtml, renderIncidentsMarkdown } from "../../src/report/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import type { IsmsDocument } from "../../src/document/index.js";
import { GERMAN } from "./germanLabels.js";

const doc = createExampleIsms();
const asOf = EXAMPLE_AS_OF;

function hostile(): IsmsDocument {
  const [first, ...rest] = doc.incidents!;
  return { ...doc, incidents: [{ ...first!, title: '=HYPERLINK("http://x")|<script>alert(1)</script>' }, ...rest] };
}

describe("renderIncidentsCsv", () => {
  it("has a header and one row per record reported by asOf, with days to close or open", () => {
    const lines = renderIncidentsCsv(doc, { asOf }).trimEnd().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]?.startsWith("Incident,Title,Kind,Occurred,Reported,Assessed,Responded,Closed,Handler,Severity,Category,Affected assets")).toBe(true);
    expect(lines[1]).toContain("INC-2026-003,Finance mailbox compromised through a phishing e-mail,Incident,2026-02-09,2026-02-10,2026-02-10,2026-02-11,2026-02-23,CISO,High,phishing");
    expect(lines[1]).toContain("Confidentiality, Integrity");
    expect(lines[1]?.endsWith(",13,1,2")).toBe(true);
    const early = renderIncidentsCsv(doc, { asOf: "2026-09-10" }).trimEnd().split("\r\n");
    expect(early).toHaveLength(4);
    expect(early[3]).toContain(",open,0,1");
  });

  it("neutralises formula-leading cells", () => {
    const csv = renderIncidentsCsv(hostile(), { asOf });
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain("'=HYPERLINK");
  });
});

describe("renderIncidentsMarkdown", () => {
  const markdown = renderIncidentsMarkdown(doc, { asOf });

  it("states the counts and the mean time to close", () => {
    expect(markdown).toContain("3 incidents and 1 event reported by 2026-11-27. Mean time to close: 11 days over 3 closed incidents.");
  });

  it("keeps the table's column count and names assets and risks beside their ids", () => {
    const rows = markdown.split("\n").filter((line) => line.startsWith("|"));
    const count = (line: string) => line.replace(/\\\|/g, "").split("|").length;
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map(count)).size).toBe(1);
    expect(markdown).toContain("R-16 Prolonged outage of the cloud provider's primary EU region");
  });

  it("lists the flagged records and the lessons with what they raised", () => {
    const section = (heading: string) => markdown.split(`## ${heading}`)[1]?.split("\n## ")[0] ?? "";
    expect(section("Open on 2026-11-27")).toContain("None.");
    expect(section("Closed incidents without lessons learned (5.27)")).toContain("- INC-2026-017 Outage of the cloud provider's Frankfurt region");
    expect(section("Risks whose likelihood the incidents contradict")).toContain("None.");
    expect(section("Lessons learned")).toContain("raised nonconformity NC-2026-03");
  });

  it("shows a contradicted risk with its likelihood label", () => {
    const incident = doc.incidents![0]!;
    const again = { ...incident, id: "INC-2026-030" as typeof incident.id, occurred: "2026-10-01", reported: "2026-10-01", assessed: "2026-10-01", responded: "2026-10-02", closed: "2026-10-05" };
    const text = renderIncidentsMarkdown({ ...doc, incidents: [...doc.incidents!, again] }, { asOf });
    expect(text).toContain("- R-07 Phishing compromises staff accounts: rated Unlikely; incidents: INC-2026-003, INC-2026-030");
  });

  it("prints the labels it is given", () => {
    expect(renderIncidentsMarkdown(doc, { asOf, labels: GERMAN })).toContain("# Informationssicherheitsvorfälle — Northwind Analytics Ltd");
    expect(renderIncidentsMarkdown(doc, { asOf, labels: { incidents: { open: "offen" } } })).toContain("Closed incidents without lessons learned");
  });

  it("starts with the draft notice when the document has errors", () => {
    expect(renderIncidentsMarkdown(doc, { asOf, errorCount: 2 }).startsWith("> **")).toBe(true);
  });
});

describe("renderIncidentsHtml", () => {
  it("is a self-contained page with escaped text", () => {
    const html = renderIncidentsHtml(hostile(), { asOf, generatedOn: asOf });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("Generated on 2026-11-27");
  });

  it("shows the register, the flagged lists and the lessons", () => {
    const html = renderIncidentsHtml(doc, { asOf });
    expect(html.match(/<tr>/g)).toHaveLength(5);
    expect(html).toContain("<h2>Closed incidents without lessons learned (5.27)</h2>\n<ul><li><span class=\"id\">INC-2026-017</span>");
    expect(html).toContain("raised nonconformity NC-2026-03");
  });

  it("renders a document without incidents", () => {
    const { incidents: _none, ...rest } = doc;
    const html = renderIncidentsHtml(rest, { asOf });
    expect(html).toContain("0 incidents and 0 events reported by 2026-11-27. No incident closed yet.");
  });
});
