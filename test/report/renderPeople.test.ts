import { describe, expect, it } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { renderPeopleCsv, renderPeopleHtml, renderPeopleMarkdown } from "../../src/report/index.js";
import type { IsmsDocument } from "../../src/document/index.js";
import { GERMAN } from "./germanLabels.js";

const doc = createExampleIsms();
const options = { asOf: EXAMPLE_AS_OF };

describe("renderPeople", () => {
  it("the Markdown shows coverage, holders, overdue trainings, the leaver and no conflict", () => {
    const markdown = renderPeopleMarkdown(doc, options);
    expect(markdown).toContain("Training coverage: 15 of 18 people up to date (83.3 %).");
    expect(markdown).toContain("| ROLE-CISO | CISO | ISMS manager | P-003 Priya Nair (since 2023-09-01) |");
    expect(markdown).toContain("| P-013 Rachel Moore | TR-AWARENESS Annual security awareness training | 2026-10-21 | 2025-10-21 |");
    expect(markdown).toContain("| P-019 Lukas Meier | 2026-10-31 | access review open |");
    expect(markdown).toContain("Nobody holds two roles declared conflicting.");
    expect(markdown).toContain("| P-018 Hana Sato | ROLE-DEV Developer | Secure coding (OWASP Top 10) |");
  });

  it("the CSV has one row per person and neutralises formulas", () => {
    const people = doc.people ?? [];
    const [first, ...rest] = people;
    if (first === undefined) throw new Error("no people");
    const hostile: IsmsDocument = { ...doc, people: [{ ...first, name: "=HYPERLINK(\"x\")" }, ...rest] };
    const lines = renderPeopleCsv(hostile, options).trimEnd().split(/\r?\n/);
    expect(lines.length).toBe(people.length + 1);
    expect(lines[0]).toBe("Person,Name,Kind,Started,Left,Roles,Training,Screening,Terms signed,Offboarding");
    expect(lines[1]).toContain("'=HYPERLINK");
  });

  it("the HTML page escapes the document's text and takes other labels", () => {
    const roles = (doc.roles ?? []).map((role) => (role.id === "ROLE-CEO" ? { ...role, name: "<b>CEO</b>" } : role));
    const html = renderPeopleHtml({ ...doc, roles }, { ...options, labels: GERMAN, generatedOn: "2026-11-27" });
    expect(html).toContain("&lt;b&gt;CEO&lt;/b&gt;");
    expect(html).not.toContain("<b>CEO</b>");
    expect(html).toContain("<h2>Überfällige Schulungen</h2>");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("a document without people records renders empty sections", () => {
    const { roles: _roles, people: _people, trainings: _trainings, ...without } = doc;
    const markdown = renderPeopleMarkdown(without, options);
    expect(markdown).toContain("No training is overdue.");
    expect(markdown).toContain("Training coverage: 0 of 0 people up to date (100 %).");
  });
});

describe("renderPeopleHtml keeps ids and dates on one line", () => {
  it("marks every person's id and each date of their row, and nothing empty", () => {
    const html = renderPeopleHtml(doc, options);
    for (const person of doc.people ?? []) {
      expect(html).toContain(`<span class="id">${person.id}</span>`);
      expect(html).toContain(`<span class="date">${person.started}</span>`);
    }
    for (const role of doc.roles ?? []) expect(html).toContain(`<span class="id">${role.id}</span>`);
    expect(html).not.toContain('<span class="date"></span>');
    expect(html).not.toContain('<span class="id"></span>');
  });
});
