import { daysBetween, type IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import {
  listIncidentsWithoutLessons,
  listOpenIncidents,
  listRisksContradictedByIncidents,
  meanTimeToClose,
  type ContradictedRisk,
  type Incident,
} from "../incidents/index.js";
import type { IsmsDocument } from "../document/index.js";
import { csvDocument, escapeHtml, escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { labelOf, resolveLabels } from "./_internal/labels.js";
import { dateHtml, htmlPage, idHtml, markdownDraftNotice, namedIdsHtml } from "./_internal/page.js";
import { namedText, type Named } from "./_internal/riskRows.js";
import type { ReportLabels } from "./labels.js";
import type { RenderHtmlOptions } from "./options.js";

/**
 * Options of {@link renderIncidentsCsv}, {@link renderIncidentsMarkdown} and
 * {@link renderIncidentsHtml}: the date the report is made on, and the options of the other
 * renderers (`bom` is read by the CSV only, `generatedOn` by the HTML only).
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderIncidentsOptions = { asOf: "2026-11-27", generatedOn: "2026-11-27" };
 * ```
 */
export interface RenderIncidentsOptions extends RenderHtmlOptions {
  /** The report's date: records reported after it are left out, and what is open, closed or flagged is read on it. */
  readonly asOf: IsoDate;
  /** CSV only: start with a UTF-8 byte order mark. */
  readonly bom?: boolean;
}

/** One record as every renderer shows it, in the labels' and the document's words. */
interface IncidentRow {
  readonly incident: Incident;
  readonly kind: string;
  readonly severity: string;
  readonly category: string;
  readonly assets: readonly Named[];
  readonly affected: string;
  readonly risks: readonly Named[];
  /** Days from report to closure, or the "open" label. */
  readonly daysToClose: string;
  readonly lessons: readonly string[];
}

interface IncidentReport {
  readonly rows: readonly IncidentRow[];
  readonly incidents: number;
  readonly events: number;
  readonly mean: number | undefined;
  readonly closed: number;
  readonly open: readonly Named[];
  readonly withoutLessons: readonly Named[];
  readonly contradicted: readonly { readonly risk: Named; readonly text: string }[];
}

const MIN_INCIDENTS = 2;
const MONTHS = 12;

function lessonText(lesson: Incident["lessons"][number], labels: ReportLabels): string {
  const raised = lesson.raised;
  const outcomes = [
    ...(raised?.nonconformity === undefined ? [] : [labels.incidents.raisedNonconformity(raised.nonconformity)]),
    ...(raised?.risk === undefined ? [] : [labels.incidents.raisedRisk(raised.risk)]),
    ...(raised?.change === undefined ? [] : [labels.incidents.raisedChange(raised.change)]),
  ];
  return `${lesson.id} (${lesson.date}): ${lesson.text}${outcomes.length === 0 ? "" : ` — ${outcomes.join("; ")}`}`;
}

function likelihoodLabel(document: IsmsDocument, found: ContradictedRisk): string {
  const version = document.methodologies.find((candidate) => candidate.id === found.methodology.id && candidate.version === found.methodology.version);
  return version?.matrix.likelihood.levels.find((level) => level.key === found.likelihood)?.label ?? found.likelihood;
}

function report(document: IsmsDocument, asOf: IsoDate, labels: ReportLabels): IncidentReport {
  const all = document.incidents ?? [];
  const shown = all.filter((incident) => incident.reported <= asOf);
  const assetNames = new Map<string, string>(document.assets.map((asset) => [asset.id, asset.name]));
  const riskTitles = new Map<string, string>(document.risks.map((risk) => [risk.id, risk.title]));
  const named = (incident: Incident): Named => ({ id: incident.id, name: incident.title });
  const rows = shown.map((incident): IncidentRow => {
    const closed = incident.closed !== undefined && incident.closed <= asOf ? incident.closed : undefined;
    return {
      incident,
      kind: labelOf(labels.incidents.kind, incident.kind),
      severity: incident.classification === undefined ? "" : labelOf(labels.incidents.severity, incident.classification.severity),
      category: incident.classification?.category ?? "",
      assets: incident.affectedAssets.map((id) => ({ id, name: assetNames.get(id) })),
      affected: incident.affected.map((property) => labelOf(labels.incidents.property, property)).join(", "),
      risks: incident.risks.map((id) => ({ id, name: riskTitles.get(id) })),
      daysToClose: closed === undefined ? labels.incidents.open : String(daysBetween(incident.reported, closed)),
      lessons: incident.lessons.filter((lesson) => lesson.date <= asOf).map((lesson) => lessonText(lesson, labels)),
    };
  });
  const incidents = shown.filter((incident) => incident.kind === "incident");
  return {
    rows,
    incidents: incidents.length,
    events: shown.length - incidents.length,
    mean: meanTimeToClose(all, { asOf }),
    closed: incidents.filter((incident) => incident.closed !== undefined && incident.closed <= asOf).length,
    open: listOpenIncidents(all, asOf).map(named),
    withoutLessons: listIncidentsWithoutLessons(all, asOf).map(named),
    contradicted: listRisksContradictedByIncidents(all, document.risks, document.methodologies, { asOf, minIncidents: MIN_INCIDENTS, months: MONTHS }).map((found) => ({
      risk: { id: found.riskId, name: riskTitles.get(found.riskId) },
      text: labels.incidents.contradicted(likelihoodLabel(document, found), found.incidents.join(", ")),
    })),
  };
}

function columns(labels: ReportLabels): string[] {
  const c = labels.incidents.columns;
  return [c.incident, c.title, c.kind, c.occurred, c.reported, c.assessed, c.responded, c.closed, c.handler, c.severity, c.category, c.assets, c.affected, c.risks, c.daysToClose, c.lessons];
}

function dates(incident: Incident): string[] {
  return [incident.occurred ?? "", incident.reported, incident.assessed ?? "", incident.responded ?? "", incident.closed ?? ""];
}

/**
 * Renders the incident register (5.24–5.28, 6.8) as CSV: one row per event or incident
 * reported on or before `asOf`, with its kind, dates, handler, classification, affected assets
 * (ids, then names), affected properties, linked risks, the days from report to closure
 * ("open" when not closed by `asOf`), the number of lessons learned and of pieces of evidence.
 * Formula-leading cells are neutralised.
 *
 * @param document - the ISMS
 * @param options - the report's date, labels and byte order mark
 * @returns CSV text with a header row
 * @category Report
 * @example
 * ```ts
 * renderIncidentsCsv(doc, { asOf: "2026-11-27" }).split("\r\n")[1]?.startsWith("INC-2026-003,"); // true
 * ```
 */
export function renderIncidentsCsv(document: IsmsDocument, options: RenderIncidentsOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const c = labels.incidents.columns;
    const header = [c.incident, c.title, c.kind, c.occurred, c.reported, c.assessed, c.responded, c.closed, c.handler, c.severity, c.category, c.assets, c.assetNames, c.affected, c.risks, c.daysToClose, c.lessons, c.evidence];
    const rows = report(document, options.asOf, labels).rows.map((row) => [
      row.incident.id,
      row.incident.title,
      row.kind,
      ...dates(row.incident),
      row.incident.handler,
      row.severity,
      row.category,
      row.assets.map((asset) => asset.id).join(" "),
      row.assets.map((asset) => asset.name ?? "").join("; "),
      row.affected,
      row.risks.map((risk) => risk.id).join(" "),
      row.daysToClose,
      row.lessons.length,
      row.incident.evidence.length,
    ]);
    return csvDocument([header, ...rows], options.bom === undefined ? {} : { bom: options.bom });
  } catch (error) {
    throw argumentError("renderIncidentsCsv", error);
  }
}

/**
 * Renders the incident register as Markdown: the count and the mean time to close, a table of
 * every event and incident reported on or before `asOf` (dates, classification, assets,
 * affected properties, risks, days to close, lessons), then the flagged lists (open on
 * `asOf`, closed without lessons learned, risks whose likelihood the incidents contradict,
 * with 2 incidents in 12 months as the threshold) and the lessons learned with what they
 * raised. With `errorCount` of 1 or more it starts with a draft notice.
 *
 * @param document - the ISMS
 * @param options - the report's date, labels and the document's error count
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * renderIncidentsMarkdown(doc, { asOf: "2026-11-27" }).includes("Mean time to close: 11 days"); // true
 * ```
 */
export function renderIncidentsMarkdown(document: IsmsDocument, options: RenderIncidentsOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const words = labels.incidents;
    const data = report(document, options.asOf, labels);
    const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
    const text = (value: string): string => escapeMarkdownText(value).replace(/\\\n/g, " ");
    const list = (items: readonly string[]): string[] => (items.length === 0 ? [text(words.nothingFlagged)] : items.map((item) => `- ${text(item)}`));
    const head = columns(labels);
    const withLessons = data.rows.filter((row) => row.lessons.length > 0);
    return [
      ...markdownDraftNotice(labels, options.errorCount),
      `# ${text(words.title(document.organisation.name))}`,
      "",
      text(`${words.count(data.incidents, data.events, options.asOf)} ${words.meanTimeToClose(data.mean, data.closed)}`),
      "",
      line(head),
      `|${head.map(() => " --- ").join("|")}|`,
      ...data.rows.map((row) =>
        line([
          row.incident.id,
          row.incident.title,
          row.kind,
          ...dates(row.incident),
          row.incident.handler,
          row.severity,
          row.category,
          namedText(row.assets).join("\n"),
          row.affected,
          namedText(row.risks).join("\n"),
          row.daysToClose,
          String(row.lessons.length),
        ]),
      ),
      "",
      `## ${text(words.openHeading(options.asOf))}`,
      "",
      ...list(namedText(data.open)),
      "",
      `## ${text(words.withoutLessonsHeading)}`,
      "",
      ...list(namedText(data.withoutLessons)),
      "",
      `## ${text(words.contradictedHeading)}`,
      "",
      text(words.contradictedNote(MIN_INCIDENTS, MONTHS)),
      "",
      ...list(data.contradicted.map((found) => `${namedText([found.risk]).join("")}: ${found.text}`)),
      "",
      `## ${text(words.lessonsHeading)}`,
      "",
      ...(withLessons.length === 0 ? [text(words.nothingFlagged)] : withLessons.flatMap((row) => [`### ${text(`${row.incident.id} ${row.incident.title}`)}`, "", ...row.lessons.map((lesson) => `- ${text(lesson)}`), ""])),
      "",
    ].join("\n");
  } catch (error) {
    throw argumentError("renderIncidentsMarkdown", error);
  }
}

function htmlList(items: readonly string[], empty: string): string {
  return items.length === 0 ? `<p>${escapeHtml(empty)}</p>` : `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
}

/**
 * Renders the incident register as a self-contained, printable HTML page (A4 landscape) with
 * escaped text: what {@link renderIncidentsMarkdown} shows, as tables and lists.
 *
 * @param document - the ISMS
 * @param options - the report's date, the date printed, labels and the document's error count
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderIncidentsHtml } from "isms/report";
 *
 * writeFileSync("incidents.html", renderIncidentsHtml(createExampleIsms(), { asOf: "2026-11-27", generatedOn: "2026-11-27" }));
 * ```
 */
export function renderIncidentsHtml(document: IsmsDocument, options: RenderIncidentsOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const words = labels.incidents;
    const data = report(document, options.asOf, labels);
    const head = `<tr>${columns(labels)
      .map((column) => `<th scope="col">${escapeHtml(column)}</th>`)
      .join("")}</tr>`;
    const body = data.rows
      .map(
        (row) =>
          `<tr><td>${idHtml(row.incident.id)}</td><td>${escapeHtml(row.incident.title)}</td><td>${escapeHtml(row.kind)}</td>${dates(row.incident)
            .map((date) => `<td>${dateHtml(date)}</td>`)
            .join("")}${[row.incident.handler, row.severity, row.category].map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}<td>${namedIdsHtml(row.assets)}</td><td>${escapeHtml(
            row.affected,
          )}</td><td>${namedIdsHtml(row.risks)}</td><td class="num">${escapeHtml(row.daysToClose)}</td><td class="num">${row.lessons.length}</td></tr>`,
      )
      .join("\n");
    const named = (items: readonly Named[]): string[] => items.map((item) => `${idHtml(item.id)}${item.name === undefined ? "" : ` ${escapeHtml(item.name)}`}`);
    const withLessons = data.rows.filter((row) => row.lessons.length > 0);
    const sections = [
      `<p>${escapeHtml(`${words.count(data.incidents, data.events, options.asOf)} ${words.meanTimeToClose(data.mean, data.closed)}`)}</p>`,
      `<table class="incidents">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`,
      `<h2>${escapeHtml(words.openHeading(options.asOf))}</h2>\n${htmlList(named(data.open), words.nothingFlagged)}`,
      `<h2>${escapeHtml(words.withoutLessonsHeading)}</h2>\n${htmlList(named(data.withoutLessons), words.nothingFlagged)}`,
      `<h2>${escapeHtml(words.contradictedHeading)}</h2>\n<p>${escapeHtml(words.contradictedNote(MIN_INCIDENTS, MONTHS))}</p>\n${htmlList(
        data.contradicted.map((found) => `${named([found.risk]).join("")}: ${escapeHtml(found.text)}`),
        words.nothingFlagged,
      )}`,
      `<h2>${escapeHtml(words.lessonsHeading)}</h2>\n${
        withLessons.length === 0
          ? `<p>${escapeHtml(words.nothingFlagged)}</p>`
          : withLessons.map((row) => `<h3>${idHtml(row.incident.id)} ${escapeHtml(row.incident.title)}</h3>\n${htmlList(row.lessons.map(escapeHtml), words.nothingFlagged)}`).join("\n")
      }`,
    ];
    return htmlPage({
      title: words.title(document.organisation.name),
      body: sections.join("\n"),
      labels,
      orientation: "landscape",
      generatedOn: options.generatedOn,
      errorCount: options.errorCount,
    });
  } catch (error) {
    throw argumentError("renderIncidentsHtml", error);
  }
}
