import type { IsmsDocument } from "../document/index.js";
import { csvDocument, escapeHtml, escapeMarkdownCell, escapeMarkdownText } from "./_internal/escape.js";
import { htmlPage } from "./_internal/page.js";

const COLUMNS = ["Plan", "Title", "Risks", "Options", "Priority", "Owner", "Controls", "Action", "Action title", "Action owner", "Due", "Status", "Completed"];

function rows(document: IsmsDocument): string[][] {
  const out: string[][] = [];
  for (const plan of document.treatmentPlans) {
    const base = [
      plan.id,
      plan.title,
      plan.risks.join(" "),
      plan.options.join(" "),
      plan.priority ?? "",
      plan.owner ?? "",
      plan.controls.map((control) => `${control.ref} (${control.state})`).join(" "),
    ];
    if (plan.actions.length === 0) out.push([...base, "", "", "", "", "", ""]);
    for (const action of plan.actions) {
      out.push([...base, action.id, action.title, action.owner, action.due, action.status, action.completedOn ?? ""]);
    }
  }
  return out;
}

/**
 * Renders the risk treatment plan (6.1.3 e, 8.3) as CSV: one row per action (or per plan
 * without actions) with the plan's risks, options, priority, owner and controls.
 *
 * @param document - the ISMS
 * @returns CSV text with a header row
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderTreatmentPlanCsv } from "isms/report";
 *
 * writeFileSync("treatment-plan.csv", renderTreatmentPlanCsv(createExampleIsms()));
 * ```
 */
export function renderTreatmentPlanCsv(document: IsmsDocument): string {
  return csvDocument([COLUMNS, ...rows(document)]);
}

/**
 * Renders the risk treatment plan as Markdown: a section per plan with its risks, options,
 * controls and a table of actions.
 *
 * @param document - the ISMS
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * console.log(renderTreatmentPlanMarkdown(doc));
 * ```
 */
export function renderTreatmentPlanMarkdown(document: IsmsDocument): string {
  const lines = [`# Risk treatment plan — ${escapeMarkdownCell(document.organisation.name)}`, ""];
  for (const plan of document.treatmentPlans) {
    lines.push(`## ${escapeMarkdownText(`${plan.id}: ${plan.title}`)}`, "");
    lines.push(`- Risks: ${escapeMarkdownCell(plan.risks.join(", "))}`);
    lines.push(`- Options: ${escapeMarkdownCell(plan.options.join(", "))}`);
    if (plan.owner) lines.push(`- Owner: ${escapeMarkdownCell(plan.owner)}`);
    if (plan.priority) lines.push(`- Priority: ${escapeMarkdownCell(plan.priority)}`);
    lines.push(`- Controls: ${escapeMarkdownCell(plan.controls.map((control) => `${control.ref} (${control.state})`).join(", ") || "none")}`, "");
    if (plan.actions.length > 0) {
      lines.push("| Action | Title | Owner | Due | Status | Completed |", "| --- | --- | --- | --- | --- | --- |");
      for (const action of plan.actions) {
        lines.push(`| ${[action.id, action.title, action.owner, action.due, action.status, action.completedOn ?? ""].map(escapeMarkdownCell).join(" | ")} |`);
      }
      lines.push("");
    }
  }
  return lines.join("\n");
}

/**
 * Renders the risk treatment plan as a self-contained HTML page with escaped text.
 *
 * @param document - the ISMS
 * @param generatedOn - the date printed in the footer
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderTreatmentPlanHtml } from "isms/report";
 *
 * writeFileSync("treatment-plan.html", renderTreatmentPlanHtml(createExampleIsms(), "2026-11-27"));
 * ```
 */
export function renderTreatmentPlanHtml(document: IsmsDocument, generatedOn?: string): string {
  const body = rows(document);
  const head = `<tr>${COLUMNS.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr>`;
  const table = body.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("\n");
  return htmlPage(
    `Risk treatment plan — ${document.organisation.name}`,
    `<p>${document.treatmentPlans.length} plans.</p>\n<table>\n<thead>${head}</thead>\n<tbody>\n${table}\n</tbody>\n</table>`,
    generatedOn,
  );
}
