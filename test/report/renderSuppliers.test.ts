import { describe, expect, it } from "vitest";
import { renderSuppliersCsv, renderSuppliersHtml, renderSuppliersMarkdown } from "../../src/report/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import type { IsmsDocument } from "../../src/document/index.js";
import { GERMAN } from "./germanLabels.js";

const doc = createExampleIsms();
const options = { asOf: EXAMPLE_AS_OF };

describe("renderSuppliers", () => {
  it("CSV: one row per supplier with criticality, services, agreement, last assessment and next review", () => {
    const csv = renderSuppliersCsv(doc, options);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Supplier,Name,Owner,Status,Criticality,Services,Agreement,Agreement expires,Security requirements,Last assessment,Result,Next review due,Open findings",
    );
    expect(lines).toHaveLength(1 + (doc.suppliers?.length ?? 0));
    const nimbus = lines.find((line) => line.startsWith("SUP-NIMBUS,")) ?? "";
    expect(nimbus).toContain("Very high (confidentiality of A-CS-HOSTING), critical");
    expect(nimbus).toContain("Compute, managed Kubernetes and networking (IaaS): A-CS-HOSTING, A-CS-K8S");
    expect(nimbus).toContain("2026-04-27 (SA-NIMBUS-2026),Conditional,2027-04-27,1");
    expect(lines.find((line) => line.startsWith("SUP-CUMULUS,"))).toContain("Never assessed,,2026-11-27,0");
  });

  it("CSV neutralises formula-leading cells", () => {
    const hostile: IsmsDocument = { ...doc, suppliers: [{ ...(doc.suppliers?.[0] as NonNullable<IsmsDocument["suppliers"]>[number]), name: "=HYPERLINK(\"http://x\")" }] };
    const csv = renderSuppliersCsv(hostile, options);
    expect(csv).not.toContain(",=HYPERLINK");
    expect(csv).toContain("'=HYPERLINK");
  });

  it("Markdown: the table, findings with their risks and the flagged lists", () => {
    const markdown = renderSuppliersMarkdown(doc, options);
    expect(markdown).toContain("# Suppliers — ");
    expect(markdown).toContain("6 suppliers, 2 critical.");
    expect(markdown).toContain("| SUP-NIMBUS | SA-NIMBUS-2026 | F-1 | No contractual commitment to cross-region failover | High | In progress | R-16 |");
    const section = (heading: string) => markdown.split(`## ${heading}`)[1]?.split("\n## ")[0] ?? "";
    expect(section("Due for review on 2026-11-27")).toContain("- SUP-CUMULUS Cumulus Office Ltd: 2026-11-27");
    expect(section("Due for review on 2026-11-27")).toContain("- SUP-LEDGERLINE Ledgerline Accounting Ltd: 2026-06-30");
    expect(section("Critical suppliers never assessed")).toContain("SUP-CUMULUS");
    expect(section("Requirements raised since the last assessment")).toContain("SUP-PAYLANE Paylane Payments B.V.: A-SVC-BILLING: integrity Medium → High");
    expect(section("Agreements expiring within 90 days")).toContain("SUP-BRIGHTWAY Brightway Cleaning Ltd: BRIGHTWAY-2024 expires on 2026-12-31");
    expect(renderSuppliersMarkdown(doc, { ...options, errorCount: 2 }).startsWith("> **")).toBe(true);
  });

  it("a document without suppliers renders an empty register", () => {
    const { suppliers: _dropped, ...without } = doc;
    const markdown = renderSuppliersMarkdown(without, options);
    expect(markdown).toContain("0 suppliers, 0 critical.");
    expect(markdown).toContain("No findings.");
    expect(renderSuppliersCsv(without, options).trimEnd().split("\r\n")).toHaveLength(1);
  });

  it("HTML: a whole page with escaped text and replaceable labels", () => {
    const hostile: IsmsDocument = { ...doc, suppliers: [{ ...(doc.suppliers?.[0] as NonNullable<IsmsDocument["suppliers"]>[number]), name: "<script>alert(1)</script>" }] };
    const html = renderSuppliersHtml(hostile, { ...options, generatedOn: "2026-11-27" });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    const german = renderSuppliersHtml(doc, { ...options, labels: GERMAN });
    expect(german).toContain("Lieferanten — ");
    expect(german).toContain("Kritische Lieferanten ohne Bewertung");
  });
});
