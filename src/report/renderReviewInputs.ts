import { ReviewInputSchema } from "../cycle/index.js";
import { reviewInputFacts, type IsmsDocument } from "../document/index.js";
import { escapeMarkdownText } from "./escape.js";
import { resolveLabels } from "./_internal/labels.js";
import { markdownDraftNotice } from "./_internal/page.js";
import type { RenderMarkdownOptions } from "./options.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link renderReviewInputsMarkdown}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderReviewInputsOptions = { asOf: "2026-12-01" };
 * ```
 */
export interface RenderReviewInputsOptions extends RenderMarkdownOptions {
  /** The day of the management review the pack is for. */
  readonly asOf: string;
}

/**
 * Renders the input pack of a management review held on `asOf` as Markdown: one section per
 * input of 9.3.2, in the standard's order, with what the document's records say about it
 * ({@link reviewInputFacts}: each fact with the ids it was read from) and whether the last
 * review held before `asOf` considered it (its inputs checklist). Inputs the records say
 * nothing about say so, so the pack shows what must come from elsewhere. Facts are worded by
 * the library in English, like issue messages; headings and fixed lines come from the labels.
 *
 * @param document - the ISMS
 * @param options - the review's date, labels and the document's error count
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * const pack = renderReviewInputsMarkdown(doc, { asOf: "2026-12-01" });
 * pack.includes("d 3) Audit results"); // true
 * ```
 */
export function renderReviewInputsMarkdown(document: IsmsDocument, options: RenderReviewInputsOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const words = labels.reviewInputs;
    const facts = reviewInputFacts(document, options.asOf);
    const last = document.reviews
      .filter((review) => review.status === "held" && review.date < options.asOf)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .at(-1);
    const lines = [...markdownDraftNotice(labels, options.errorCount), `# ${escapeMarkdownText(words.title(document.organisation.name, options.asOf))}`, ""];
    if (last === undefined) lines.push(escapeMarkdownText(words.noReviewYet), "");
    for (const input of ReviewInputSchema.options) {
      lines.push(`## ${escapeMarkdownText(words.input[input])}`, "");
      if (last !== undefined) {
        const entry = last.inputs[input];
        lines.push(escapeMarkdownText(entry?.present === true ? words.considered(last.id, last.date, entry.reference) : words.notConsidered(last.id, last.date)), "");
      }
      const found = facts.filter((fact) => fact.input === input);
      if (found.length === 0) lines.push(`_${escapeMarkdownText(words.noFacts)}_`, "");
      else {
        for (const fact of found) lines.push(`- ${escapeMarkdownText(fact.text)}${fact.refs.length === 0 ? "" : ` (${fact.refs.map(escapeMarkdownText).join(", ")})`}`);
        lines.push("");
      }
    }
    return `${lines.join("\n").trimEnd()}\n`;
  } catch (error) {
    throw argumentError("renderReviewInputsMarkdown", error);
  }
}
