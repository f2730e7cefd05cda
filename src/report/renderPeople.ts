import type { IsmsDocument } from "../document/index.js";
import {
  listCompetenceGaps,
  listLeaversWithOpenOffboarding,
  listSegregationConflicts,
  listTrainingDue,
  roleHoldersOn,
  rolesHeldBy,
  trainingCoverage,
} from "../people/index.js";
import { csvDocument, escapeHtml, escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { labelOf, resolveLabels } from "./_internal/labels.js";
import { dateHtml, htmlPage, idHtml, markdownDraftNotice } from "./_internal/page.js";
import type { ReportLabelOverrides, ReportLabels } from "./labels.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of the people renderers ({@link renderPeopleMarkdown}, {@link renderPeopleCsv},
 * {@link renderPeopleHtml}).
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderPeopleOptions = { asOf: "2026-11-27", labels: { people: { upToDate: "OK" } } };
 * ```
 */
export interface RenderPeopleOptions {
  /** The day holders, overdue trainings, leavers and conflicts are judged on. */
  readonly asOf: string;
  /** Words to print instead of the defaults, merged over {@link DEFAULT_REPORT_LABELS}. */
  readonly labels?: ReportLabelOverrides;
  /** The document's validation errors: 1 or more puts a draft notice first (Markdown, HTML). */
  readonly errorCount?: number;
  /** The date printed as the generation date (HTML). */
  readonly generatedOn?: string;
  /** Start the CSV with a UTF-8 byte order mark; default `false`. */
  readonly bom?: boolean;
}

/** One table of the report: its heading, columns, rows of text and what to say when it is empty. */
interface Section {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly empty: string;
  /** Columns that hold an id or a date, kept on one line in HTML. */
  readonly ids?: readonly number[];
  readonly dates?: readonly number[];
}

interface Model {
  readonly title: string;
  readonly intro: readonly string[];
  readonly people: Section;
  readonly sections: readonly Section[];
}

function modelOf(document: IsmsDocument, labels: ReportLabels, asOf: string): Model {
  const words = labels.people;
  const columns = words.columns;
  const roles = document.roles ?? [];
  const people = document.people ?? [];
  const trainings = document.trainings ?? [];
  const personName = new Map<string, string>(people.flatMap((person) => (person.name === undefined ? [] : [[person.id, person.name]])));
  const roleName = new Map<string, string>(roles.map((role) => [role.id, role.name]));
  const trainingTitle = new Map<string, string>(trainings.map((training) => [training.id, training.title]));
  const named = (names: ReadonlyMap<string, string>, id: string): string => {
    const name = names.get(id);
    return name === undefined || name === id ? id : `${id} ${name}`;
  };
  const due = listTrainingDue(people, trainings, roles, asOf);
  const coverage = trainingCoverage(people, trainings, roles, asOf);

  const roleRows = roles.map((role) => {
    const holders = roleHoldersOn(role, asOf).map((person) => {
      const since = role.holders.filter((holder) => holder.person === person && holder.from <= asOf).map((holder) => holder.from).sort()[0] ?? "";
      return words.since(named(personName, person), since);
    });
    return [
      role.id,
      role.name,
      role.isms === undefined ? "" : labelOf(words.ismsRole, role.isms),
      holders.length === 0 ? labels.common.none : holders.join("; "),
      (role.conflictsWith ?? []).map((id) => named(roleName, id)).join("; "),
    ];
  });

  const peopleRows = people.map((person) => {
    const overdue = due.filter((item) => item.person === person.id).map((item) => named(trainingTitle, item.training));
    const offboarding: string[] = [];
    if (person.left !== undefined) {
      const { accessReviewed, assetsReturned } = person.offboarding ?? {};
      offboarding.push(accessReviewed === undefined ? words.accessReviewOpen : words.accessReviewed(accessReviewed));
      offboarding.push(assetsReturned === undefined ? words.assetReturnOpen : words.assetsReturned(assetsReturned));
    }
    return [
      person.id,
      person.name ?? "",
      labelOf(words.personKind, person.kind),
      person.started,
      person.left ?? "",
      rolesHeldBy(roles, person.id, asOf)
        .map((role) => role.name)
        .join("; "),
      person.left !== undefined && person.left <= asOf ? "" : overdue.length === 0 ? words.upToDate : words.overdue(overdue.join("; ")),
      person.screening?.date ?? "",
      person.termsSigned?.date ?? "",
      offboarding.join("; "),
    ];
  });

  const leavers = listLeaversWithOpenOffboarding(people, asOf).map((person) => {
    const done = (date: string | undefined): boolean => date !== undefined && date <= asOf;
    const missing = [
      ...(done(person.offboarding?.accessReviewed) ? [] : [words.accessReviewOpen]),
      ...(done(person.offboarding?.assetsReturned) ? [] : [words.assetReturnOpen]),
    ];
    return [named(personName, person.id), person.left ?? "", missing.join("; ")];
  });

  return {
    title: words.title(document.organisation.name),
    intro: [words.asOf(asOf), words.coverage(coverage.trained, coverage.trained + coverage.due, Math.round(coverage.share * 1000) / 10)],
    people: {
      heading: words.peopleHeading,
      columns: [columns.person, columns.name, columns.kind, columns.started, columns.left, columns.roles, columns.training, columns.screening, columns.terms, columns.offboarding],
      rows: peopleRows,
      empty: labels.common.none,
      ids: [0],
      dates: [3, 4, 7, 8],
    },
    sections: [
      { heading: words.rolesHeading, columns: [columns.role, columns.name, columns.ismsRole, columns.holders, columns.conflictsWith], rows: roleRows, empty: labels.common.none, ids: [0] },
      {
        heading: words.overdueHeading,
        columns: [columns.person, columns.training, columns.dueSince, columns.lastCompleted],
        rows: due.map((item) => [named(personName, item.person), named(trainingTitle, item.training), item.dueSince, item.lastCompleted ?? ""]),
        empty: words.nothingOverdue,
        dates: [2, 3],
      },
      { heading: words.leaversHeading, columns: [columns.person, columns.left, columns.missing], rows: leavers, empty: words.noLeavers, dates: [1] },
      {
        heading: words.conflictsHeading,
        columns: [columns.person, columns.roles],
        rows: listSegregationConflicts(roles, asOf).map((conflict) => [named(personName, conflict.person), conflict.roles.map((id) => named(roleName, id)).join("; ")]),
        empty: words.noConflicts,
      },
      {
        heading: words.gapsHeading,
        columns: [columns.person, columns.role, columns.competence],
        rows: listCompetenceGaps(roles, people, asOf, trainings).map((gap) => [named(personName, gap.person), named(roleName, gap.role), gap.competence.name]),
        empty: words.noGaps,
      },
    ],
  };
}

/**
 * Renders the people report as Markdown (5.3, 7.2, 7.3, Annex A 5.2, 5.3, 6.1–6.5): the
 * training coverage on `asOf`, the people (their roles, training status, screening, signed
 * terms and offboarding), the roles with their holders, overdue trainings, leavers with open
 * offboarding, segregation-of-duties conflicts and competence gaps. With `errorCount` of 1
 * or more it starts with a draft notice.
 *
 * @param document - the ISMS
 * @param options - `asOf`, labels and the document's error count
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * console.log(renderPeopleMarkdown(doc, { asOf: "2026-11-27" }));
 * ```
 */
export function renderPeopleMarkdown(document: IsmsDocument, options: RenderPeopleOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const model = modelOf(document, labels, options.asOf);
    const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
    const table = (section: Section): string[] => [
      `## ${escapeMarkdownText(section.heading)}`,
      "",
      ...(section.rows.length === 0
        ? [escapeMarkdownText(section.empty)]
        : [line(section.columns), `|${section.columns.map(() => " --- ").join("|")}|`, ...section.rows.map(line)]),
      "",
    ];
    return [
      ...markdownDraftNotice(labels, options.errorCount),
      `# ${escapeMarkdownText(model.title).replace(/\\\n/g, " ")}`,
      "",
      escapeMarkdownText(model.intro.join(" ")),
      "",
      ...table(model.people),
      ...model.sections.flatMap(table),
    ].join("\n");
  } catch (error) {
    throw argumentError("renderPeopleMarkdown", error);
  }
}

/**
 * Renders the people of the document as CSV, one row per person: id, name, kind, started,
 * left, the roles they hold on `asOf`, their training status, screening and terms dates and
 * offboarding. Formula-leading cells are neutralised.
 *
 * @param document - the ISMS
 * @param options - `asOf`, labels and byte order mark
 * @returns CSV text with a header row
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderPeopleCsv } from "isms/report";
 *
 * writeFileSync("people.csv", renderPeopleCsv(createExampleIsms(), { asOf: "2026-11-27" }));
 * ```
 */
export function renderPeopleCsv(document: IsmsDocument, options: RenderPeopleOptions): string {
  try {
    const model = modelOf(document, resolveLabels(options.labels), options.asOf);
    return csvDocument([model.people.columns, ...model.people.rows], options.bom === undefined ? {} : { bom: options.bom });
  } catch (error) {
    throw argumentError("renderPeopleCsv", error);
  }
}

/** A cell of a section's HTML table: ids and dates on one line, other text escaped. */
function cellHtml(section: Section, index: number, cell: string): string {
  if (cell === "") return "";
  if (section.ids?.includes(index) === true) return idHtml(cell);
  if (section.dates?.includes(index) === true) return dateHtml(cell);
  return escapeHtml(cell);
}

/**
 * Renders the people report (as {@link renderPeopleMarkdown}) as a self-contained,
 * printable HTML page (A4 landscape) with escaped text.
 *
 * @param document - the ISMS
 * @param options - `asOf`, the date printed, labels and the document's error count
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderPeopleHtml } from "isms/report";
 *
 * writeFileSync("people.html", renderPeopleHtml(createExampleIsms(), { asOf: "2026-11-27", generatedOn: "2026-11-27" }));
 * ```
 */
export function renderPeopleHtml(document: IsmsDocument, options: RenderPeopleOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const model = modelOf(document, labels, options.asOf);
    const table = (section: Section): string =>
      `<h2>${escapeHtml(section.heading)}</h2>\n${
        section.rows.length === 0
          ? `<p>${escapeHtml(section.empty)}</p>`
          : `<table>\n<thead><tr>${section.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>\n<tbody>\n${section.rows
              .map((row) => `<tr>${row.map((cell, index) => `<td>${cellHtml(section, index, cell)}</td>`).join("")}</tr>`)
              .join("\n")}\n</tbody>\n</table>`
      }`;
    return htmlPage({
      title: model.title,
      body: [`<p>${escapeHtml(model.intro.join(" "))}</p>`, table(model.people), ...model.sections.map(table)].join("\n"),
      labels,
      orientation: "landscape",
      generatedOn: options.generatedOn,
      errorCount: options.errorCount,
    });
  } catch (error) {
    throw argumentError("renderPeopleHtml", error);
  }
}
