import { describe, expect, it } from "vitest";
import { ReviewInputSchema } from "../../src/cycle/index.js";
import { createStarterIsms, reviewInputFacts } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { DEFAULT_REPORT_LABELS, renderReviewInputsMarkdown } from "../../src/report/index.js";
import { GERMAN } from "./germanLabels.js";

const example = createExampleIsms();
const AS_OF = "2026-11-27";

describe("renderReviewInputsMarkdown", () => {
  const pack = renderReviewInputsMarkdown(example, { asOf: AS_OF });

  it("has one section per 9.3.2 input, in the standard's order", () => {
    const headings = pack.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual(ReviewInputSchema.options.map((input) => `## ${DEFAULT_REPORT_LABELS.reviewInputs.input[input]}`));
  });

  it("lists every fact of reviewInputFacts with the ids it was read from", () => {
    for (const fact of reviewInputFacts(example, AS_OF)) {
      const line = pack.split("\n").find((text) => text.startsWith("- ") && text.includes(fact.text.slice(0, 20)));
      expect(line, fact.text).toBeDefined();
      for (const ref of fact.refs) expect(line).toContain(ref);
    }
  });

  it("says, per input, whether the last review held before the date considered it", () => {
    const review = example.reviews.filter((item) => item.status === "held" && item.date < AS_OF).sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
    const considered = ReviewInputSchema.options.filter((input) => review.inputs[input]?.present === true).length;
    expect(pack.split("\n").filter((line) => line.startsWith("Considered at ")).length).toBe(considered);
    expect(pack.split("\n").filter((line) => line.startsWith("Not considered at ")).length).toBe(ReviewInputSchema.options.length - considered);
  });

  it("marks the inputs the records say nothing about", () => {
    const silent = ReviewInputSchema.options.filter((input) => !reviewInputFacts(example, AS_OF).some((fact) => fact.input === input)).length;
    expect(pack.split(DEFAULT_REPORT_LABELS.reviewInputs.noFacts.slice(0, 30)).length - 1).toBe(silent);
  });

  it("says when no review has been held, and prints the labels it is given", () => {
    const starter = renderReviewInputsMarkdown(createStarterIsms({ organisation: "Acme", date: "2026-01-05" }), { asOf: AS_OF, labels: GERMAN });
    expect(starter).toContain(GERMAN.reviewInputs.noReviewYet);
    expect(starter).toContain("Auditergebnisse");
    expect(starter).not.toContain("Audit results");
  });

  it("escapes the document's words and starts with the draft notice when there are errors", () => {
    const hostile = { ...example, organisation: { ...example.organisation, name: "<b>*Evil*</b>" } };
    const text = renderReviewInputsMarkdown(hostile, { asOf: AS_OF, errorCount: 2 });
    expect(text).not.toContain("<b>");
    expect(text).not.toContain("*Evil*");
    expect(text.split("\n")[0]).toContain("2");
  });
});
