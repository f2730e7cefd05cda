import { describe, expect, it } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { DEFAULT_REPORT_LABELS, renderIncidentsCsv, renderIsmsReport, renderIsmsSummaryHtml, renderPeopleHtml, renderSuppliersMarkdown } from "../../src/report/index.js";
import { listTrainingDue, trainingCoverage } from "../../src/people/index.js";
import { listCriticalSuppliersUnassessed, listSuppliersDueForReview } from "../../src/suppliers/index.js";
import { meanTimeToClose } from "../../src/incidents/index.js";
import { addMonths } from "../../src/core/index.js";
import { GERMAN } from "./germanLabels.js";

const example = createExampleIsms();

describe("the report bundle and the people, supplier and incident records", () => {
  it("holds the people, supplier and incident reports when the document has those records", () => {
    const files = renderIsmsReport(example, { asOf: EXAMPLE_AS_OF });
    for (const area of ["people", "suppliers", "incidents"]) for (const ext of ["csv", "md", "html"]) expect(files.has(`${area}.${ext}`), `${area}.${ext}`).toBe(true);
    // The same text as the renderers give on their own, with the bundle's date and error count.
    expect(files.get("people.html")).toBe(renderPeopleHtml(example, { asOf: EXAMPLE_AS_OF, generatedOn: EXAMPLE_AS_OF, errorCount: 0 }));
    expect(files.get("suppliers.md")).toBe(renderSuppliersMarkdown(example, { asOf: EXAMPLE_AS_OF, errorCount: 0 }));
    expect(files.get("incidents.csv")).toBe(renderIncidentsCsv(example, { asOf: EXAMPLE_AS_OF }));
  });

  it("leaves them out for a document without those collections", () => {
    const { people: _people, roles: _roles, trainings: _trainings, suppliers: _suppliers, incidents: _incidents, ...without } = example;
    const names = [...renderIsmsReport(without, { asOf: EXAMPLE_AS_OF }).keys()];
    expect(names.filter((name) => /^(people|suppliers|incidents)\./.test(name))).toEqual([]);
    expect(names).toContain("review-inputs.md");
  });

  it("puts the draft notice on their Markdown and HTML when the document has errors", () => {
    const broken = { ...example, suppliers: [...(example.suppliers ?? []), { ...example.suppliers![0]!, services: [{ name: "Ghost", assets: ["A-NOPE" as never] }] }] };
    const files = renderIsmsReport(broken, { asOf: EXAMPLE_AS_OF });
    const clean = renderIsmsReport(example, { asOf: EXAMPLE_AS_OF });
    expect(files.get("incidents.md")).not.toBe(clean.get("incidents.md"));
    expect(files.get("people.html")).not.toBe(clean.get("people.html"));
    expect(files.get("incidents.csv")).toBe(clean.get("incidents.csv"));
  });
});

describe("the summary page's people, supplier and incident figures", () => {
  const words = DEFAULT_REPORT_LABELS.summary;
  const cardValue = (html: string, label: string): string | undefined => html.match(new RegExp(`<div class="card"><b>([^<]*)</b>${label}</div>`))?.[1];

  it("shows what the queries say on the date", () => {
    const html = renderIsmsSummaryHtml(example, { asOf: EXAMPLE_AS_OF });
    expect(html).toContain(`<h2>${words.recordsHeading}</h2>`);
    const people = example.people ?? [];
    const coverage = trainingCoverage(people, example.trainings ?? [], example.roles ?? [], EXAMPLE_AS_OF);
    expect(cardValue(html, words.trainingUpToDate)).toBe(words.trainedOf(coverage.trained, coverage.trained + coverage.due));
    expect(cardValue(html, words.trainingOverdue)).toBe(String(listTrainingDue(people, example.trainings ?? [], example.roles ?? [], EXAMPLE_AS_OF).length));
    expect(cardValue(html, words.suppliersDue)).toBe(String(listSuppliersDueForReview(example.suppliers ?? [], EXAMPLE_AS_OF).length));
    expect(cardValue(html, words.criticalUnassessed)).toBe(String(listCriticalSuppliersUnassessed(example.suppliers ?? [], example, EXAMPLE_AS_OF).length));
    expect(cardValue(html, words.meanTimeToClose)).toBe(words.days(meanTimeToClose(example.incidents ?? [], { asOf: EXAMPLE_AS_OF, since: addMonths(EXAMPLE_AS_OF, -12) })));
    // The example has overdue trainings, a critical supplier never assessed and a closed incident without lessons.
    expect(Number(cardValue(html, words.trainingOverdue))).toBeGreaterThan(0);
    expect(cardValue(html, words.criticalUnassessed)).toBe("1");
    expect(cardValue(html, words.incidentsWithoutLessons)).toBe("1");
  });

  it("is left out when the document holds none of those records, and speaks the labels' language", () => {
    const { people: _people, roles: _roles, trainings: _trainings, suppliers: _suppliers, incidents: _incidents, ...without } = example;
    expect(renderIsmsSummaryHtml(without, { asOf: EXAMPLE_AS_OF })).not.toContain(words.recordsHeading);
    const german = renderIsmsSummaryHtml(example, { asOf: EXAMPLE_AS_OF, labels: GERMAN });
    expect(german).toContain(GERMAN.summary.recordsHeading);
    expect(german).toContain(GERMAN.summary.criticalUnassessed);
  });
});
