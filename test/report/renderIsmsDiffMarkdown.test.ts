import { describe, expect, it } from "vitest";
import { diffIsms, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { renderIsmsDiffMarkdown } from "../../src/report/index.js";

const base = createExampleIsms();

function edited(change: (doc: IsmsDocument) => void): IsmsDocument {
  const doc = structuredClone(base);
  change(doc);
  return doc;
}

const later = edited((doc) => {
  const r02 = doc.risks.find((risk) => risk.id === "R-02")!;
  r02.ratings.residual = { ...r02.ratings.residual!, likelihood: "possible", consequence: "major" };
  doc.cycle.phase = "act";
  doc.organisation.name = "Northwind | <b>Analytics</b>";
  doc.policies.pop();
});

describe("renderIsmsDiffMarkdown", () => {
  const markdown = renderIsmsDiffMarkdown(diffIsms(base, later, { asOf: "2026-11-27" }));
  const lines = markdown.split("\n");

  it("starts with a heading and a summary line of counts per collection", () => {
    expect(lines[0]).toBe("## Changes to the ISMS");
    expect(lines[2]).toBe("Document: 2 fields changed; Policies: 0 added, 0 changed, 1 removed; Risks: 0 added, 1 changed, 0 removed.");
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("lists the consequences before the entity changes", () => {
    const consequences = lines.indexOf("### Consequences (as of 2026-11-27)");
    const risks = lines.indexOf("### Risks");
    expect(consequences).toBeGreaterThan(0);
    expect(risks).toBeGreaterThan(consequences);
    const move = lines.find((line) => line.startsWith("| R-02 |") && line.includes("| Residual |"));
    expect(move).toMatch(/ ↑ \|$/);
    expect(lines).toContain("| D-105 | R-02 | stale |");
    expect(lines).toContain("PDCA phase (cycle 2): Check → Act.");
  });

  it("shows each changed field with its old and new value, the entity named by key and title", () => {
    const title = base.risks.find((risk) => risk.id === "R-02")!.title;
    expect(lines).toContain(`| R-02 | ${title} | changed | ratings.residual.likelihood | unlikely | possible |`);
    expect(lines).toContain("|  |  |  | ratings.residual.consequence | minor | major |");
    const removed = base.policies.at(-1)!;
    expect(lines).toContain(`| ${removed.id} | ${removed.title} | removed |  |  |  |`);
  });

  it("escapes what it prints", () => {
    expect(markdown).toContain("| organisation.name | Northwind Analytics Ltd | Northwind \\| &lt;b&gt;Analytics&lt;/b&gt; |");
    expect(markdown).not.toContain("<b>");
  });

  it("says so when nothing changed, and honours title, heading level and value length", () => {
    expect(renderIsmsDiffMarkdown(diffIsms(base, base), { title: "Since MR-2026-01", headingLevel: 1 })).toBe(
      "# Since MR-2026-01\n\nNo changes: both documents hold the same ISMS.\n",
    );
    const short = renderIsmsDiffMarkdown(diffIsms(base, later), { maxValueLength: 5 });
    expect(short).toContain("| organisation.name | Nort… | Nort… |");
    expect(short).not.toContain("Consequences (as of");
  });
});
