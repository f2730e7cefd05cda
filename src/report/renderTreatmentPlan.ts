import type { IsmsDocument } from "../document/index.js";
import type { TreatmentPlan } from "../treatment/index.js";
import { csvDocument, escapeHtml, escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { controlId, controlTitle, labelOf, resolveLabels } from "./_internal/labels.js";
import { dateHtml, htmlPage, idHtml, markdownDraftNotice, namedIdsHtml } from "./_internal/page.js";
import { namedText, type Named } from "./_internal/riskRows.js";
import type { ReportLabels } from "./labels.js";
import type { RenderCsvOptions, RenderHtmlOptions, RenderMarkdownOptions } from "./options.js";
import { argumentError } from "../core/_internal/index.js";

/** A plan as every renderer shows it: names beside ids, words from the labels. */
interface PlanView {
  readonly plan: TreatmentPlan;
  readonly risks: readonly Named[];
  readonly options: string;
  readonly priority: string;
  /** Controls as shown (`5.17`) with title and state. */
  readonly controls: readonly (Named & { readonly ref: string; readonly state: string })[];
}

function planViews(document: IsmsDocument, labels: ReportLabels): PlanView[] {
  const riskTitles = new Map<string, string>(document.risks.map((risk) => [risk.id, risk.title]));
  return document.treatmentPlans.map((plan) => ({
    plan,
    risks: plan.risks.map((id) => ({ id, name: riskTitles.get(id) })),
    options: plan.options.map((option) => labels.treatmentOption[option]).join(", "),
    priority: plan.priority === undefined ? "" : labels.priority[plan.priority],
    controls: plan.controls.map((control) => ({
      ref: control.ref,
      id: controlId(control.ref),
      name: controlTitle(control.ref, document.catalogues),
      state: labels.controlState[control.state],
    })),
  }));
}

/**
 * Renders the risk treatment plan (6.1.3 e, 8.3) as CSV: one row per action (or per plan
 * without actions) with the plan's risks, options, priority, owner and controls. The id
 * columns (risks, controls) hold ids only, separated by spaces, each followed by a column
 * with the titles (separated by `; `; a control's title carries its state); options,
 * priorities and statuses are labels.
 *
 * @param document - the ISMS
 * @param options - labels and byte order mark
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
export function renderTreatmentPlanCsv(document: IsmsDocument, options: RenderCsvOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const columns = labels.treatmentPlan.columns;
    const header = [
      columns.plan,
      columns.title,
      columns.risks,
      columns.riskTitles,
      columns.options,
      columns.priority,
      columns.owner,
      columns.controls,
      columns.controlTitles,
      columns.action,
      columns.actionTitle,
      columns.actionOwner,
      columns.due,
      columns.status,
      columns.completed,
    ];
    const rows: string[][] = [];
    for (const view of planViews(document, labels)) {
      const { plan } = view;
      const base = [
        plan.id,
        plan.title,
        view.risks.map((risk) => risk.id).join(" "),
        view.risks.map((risk) => risk.name ?? "").join("; "),
        view.options,
        view.priority,
        plan.owner ?? "",
        view.controls.map((control) => control.ref).join(" "),
        view.controls.map((control) => `${control.name ?? ""} (${control.state})`).join("; "),
      ];
      if (plan.actions.length === 0) rows.push([...base, "", "", "", "", "", ""]);
      for (const action of plan.actions) {
        rows.push([...base, action.id, action.title, action.owner, action.due, labelOf(labels.actionStatus, action.status), action.completedOn ?? ""]);
      }
    }
    return csvDocument([header, ...rows], options.bom === undefined ? {} : { bom: options.bom });
  } catch (error) {
    throw argumentError("renderTreatmentPlanCsv", error);
  }
}

/**
 * Renders the risk treatment plan as Markdown: a section per plan with its risks (with their
 * titles), options, priority, owner, controls (with their titles and state) and a table of
 * actions. With `errorCount` of 1 or more it starts with a draft notice.
 *
 * @param document - the ISMS
 * @param options - labels and the document's error count
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * console.log(renderTreatmentPlanMarkdown(doc));
 * ```
 */
export function renderTreatmentPlanMarkdown(document: IsmsDocument, options: RenderMarkdownOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const columns = labels.treatmentPlan.columns;
    const field = (name: string, value: string): string => `- ${escapeMarkdownCell(name)}: ${escapeMarkdownCell(value)}`;
    const lines = [
      ...markdownDraftNotice(labels, options.errorCount),
      `# ${escapeMarkdownText(labels.treatmentPlan.title(document.organisation.name)).replace(/\\\n/g, " ")}`,
      "",
      escapeMarkdownText(labels.treatmentPlan.count(document.treatmentPlans.length)),
      "",
    ];
    for (const view of planViews(document, labels)) {
      const { plan } = view;
      lines.push(`## ${escapeMarkdownText(`${plan.id}: ${plan.title}`).replace(/\\\n/g, " ")}`, "");
      lines.push(field(columns.risks, namedText(view.risks).join("; ")));
      lines.push(field(columns.options, view.options));
      if (plan.owner) lines.push(field(columns.owner, plan.owner));
      if (view.priority !== "") lines.push(field(columns.priority, view.priority));
      const controls = view.controls.map((control) => `${namedText([control])[0] ?? control.id} (${control.state})`).join("; ");
      lines.push(field(columns.controls, controls === "" ? labels.common.none : controls), "");
      if (plan.actions.length > 0) {
        const head = [columns.action, columns.actionTitle, columns.actionOwner, columns.due, columns.status, columns.completed];
        lines.push(`| ${head.map(escapeMarkdownCell).join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`);
        for (const action of plan.actions) {
          lines.push(
            `| ${[action.id, action.title, action.owner, action.due, labelOf(labels.actionStatus, action.status), action.completedOn ?? ""].map(escapeMarkdownCell).join(" | ")} |`,
          );
        }
        lines.push("");
      }
    }
    return lines.join("\n");
  } catch (error) {
    throw argumentError("renderTreatmentPlanMarkdown", error);
  }
}

function planHtml(view: PlanView, labels: ReportLabels): string {
  const { plan } = view;
  const columns = labels.treatmentPlan.columns;
  const fields: [string, string][] = [
    [columns.risks, namedIdsHtml(view.risks)],
    [columns.options, escapeHtml(view.options)],
    ...(view.priority === "" ? [] : [[columns.priority, escapeHtml(view.priority)] satisfies [string, string]]),
    ...(plan.owner ? [[columns.owner, escapeHtml(plan.owner)] satisfies [string, string]] : []),
    [columns.controls, view.controls.length === 0 ? escapeHtml(labels.common.none) : namedIdsHtml(view.controls.map((control) => ({ id: control.id, name: control.name, suffix: `(${control.state})` })))],
  ];
  const head = [columns.action, columns.actionTitle, columns.actionOwner, columns.due, columns.status, columns.completed];
  const actions =
    plan.actions.length === 0
      ? `<p>${escapeHtml(labels.treatmentPlan.noActions)}</p>`
      : `<table class="actions">
<thead><tr>${head.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>
<tbody>
${plan.actions
  .map(
    (action) =>
      `<tr><td>${idHtml(action.id)}</td><td>${escapeHtml(action.title)}</td><td>${escapeHtml(action.owner)}</td><td>${dateHtml(action.due)}</td><td>${escapeHtml(labelOf(labels.actionStatus, action.status))}</td><td>${dateHtml(action.completedOn)}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table>`;
  return `<section class="plan">
<h2>${idHtml(plan.id)} ${escapeHtml(plan.title)}</h2>
<dl class="fields">${fields.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${value}</dd>`).join("")}</dl>
${actions}
</section>`;
}

/**
 * Renders the risk treatment plan as a self-contained, printable HTML page (A4 portrait): a
 * section per plan with its risks (with their titles), options, priority, owner, controls
 * (with their titles and state) and a table of its actions. Every text is escaped. With
 * `errorCount` of 1 or more the page starts with a draft notice.
 *
 * @param document - the ISMS
 * @param options - the date printed, labels and the document's error count; a string is
 *   read as `{ generatedOn }` (the form of earlier versions)
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderTreatmentPlanHtml } from "isms/report";
 *
 * writeFileSync("treatment-plan.html", renderTreatmentPlanHtml(createExampleIsms(), { generatedOn: "2026-11-27" }));
 * ```
 */
export function renderTreatmentPlanHtml(document: IsmsDocument, options: RenderHtmlOptions | string = {}): string {
  try {
    const { generatedOn, errorCount, labels: overrides } = typeof options === "string" ? { generatedOn: options, errorCount: undefined, labels: undefined } : options;
    const labels = resolveLabels(overrides);
    return htmlPage({
      title: labels.treatmentPlan.title(document.organisation.name),
      body: `<p>${escapeHtml(labels.treatmentPlan.count(document.treatmentPlans.length))}</p>\n${planViews(document, labels)
        .map((view) => planHtml(view, labels))
        .join("\n")}`,
      labels,
      orientation: "portrait",
      generatedOn,
      errorCount,
      style: `section.plan{break-inside:avoid-page}section.plan h2{margin-top:1.5rem}table.actions td:nth-child(2){width:45%}`,
    });
  } catch (error) {
    throw argumentError("renderTreatmentPlanHtml", error);
  }
}
