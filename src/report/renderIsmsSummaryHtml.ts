import { checkExitCriteria, listOverdue } from "../cycle/index.js";
import { rateRisk } from "../risk/index.js";
import { ImplementationStatusSchema, summariseSoa } from "../soa/index.js";
import { assessIsmsReadiness, currentMethodology, deriveIsmsSoa, frameworkCoverage, listIsmsDatedItems, pdcaFacts, type IsmsDocument } from "../document/index.js";
import { escapeHtml } from "./escape.js";
import { controlId, labelOf, resolveLabels } from "./_internal/labels.js";
import { dateHtml, htmlPage, idHtml } from "./_internal/page.js";
import { mappedFrameworks } from "./_internal/frameworks.js";
import { heatMapForDocument } from "./heatMapForDocument.js";
import type { RenderMarkdownOptions } from "./options.js";
import { renderHeatMapSvg } from "./renderHeatMapSvg.js";
import { addMonths } from "../core/index.js";
import { listLeaversWithOpenOffboarding, listTrainingDue, roleHoldersOn, trainingCoverage } from "../people/index.js";
import { listCriticalSuppliersUnassessed, listSuppliersDueForReview } from "../suppliers/index.js";
import { listIncidentsWithoutLessons, listOpenIncidents, meanTimeToClose } from "../incidents/index.js";
import type { ReportLabels } from "./labels.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link renderIsmsSummaryHtml}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderIsmsSummaryHtmlOptions = { asOf: "2026-11-27" };
 * renderIsmsSummaryHtml(doc, options).startsWith("<!DOCTYPE html>"); // true
 * ```
 */
export interface RenderIsmsSummaryHtmlOptions extends RenderMarkdownOptions {
  /** The date against which overdue items are judged and that the page prints. */
  readonly asOf: string;
}

function card(label: string, value: string | number): string {
  return `<div class="card"><b>${escapeHtml(String(value))}</b>${escapeHtml(label)}</div>`;
}

const STYLE = `.cards{display:flex;flex-wrap:wrap;gap:1rem}.card{border:1px solid #c8c8c8;border-radius:6px;padding:.75rem 1rem;min-width:10rem}
.card b{display:block;font-size:1.4rem}
.maps{display:flex;flex-wrap:wrap;gap:1.5rem}.maps svg{max-width:100%;height:auto}
ul.gaps li{overflow-wrap:anywhere}
@media print{.card{padding:.4rem .6rem;min-width:8rem}.card b{font-size:1.1rem}section{break-inside:avoid-page}}`;

/** The cards of the people, supplier and incident records the document holds (none when it holds none). */
function recordCards(document: IsmsDocument, asOf: string, words: ReportLabels["summary"]): string[] {
  const cards: string[] = [];
  const roles = document.roles ?? [];
  if (document.roles !== undefined) cards.push(card(words.rolesUnheld, roles.filter((role) => roleHoldersOn(role, asOf).length === 0).length));
  if (document.people !== undefined) {
    const people = document.people;
    const trainings = document.trainings ?? [];
    const coverage = trainingCoverage(people, trainings, roles, asOf);
    cards.push(card(words.trainingUpToDate, words.trainedOf(coverage.trained, coverage.trained + coverage.due)));
    cards.push(card(words.trainingOverdue, listTrainingDue(people, trainings, roles, asOf).length));
    cards.push(card(words.leaversOpen, listLeaversWithOpenOffboarding(people, asOf).length));
  }
  if (document.suppliers !== undefined) {
    const suppliers = document.suppliers;
    cards.push(card(words.suppliers, suppliers.length));
    cards.push(card(words.suppliersDue, listSuppliersDueForReview(suppliers, asOf).length));
    cards.push(card(words.criticalUnassessed, listCriticalSuppliersUnassessed(suppliers, { assets: document.assets, assetSettings: document.assetSettings }, asOf).length));
  }
  if (document.incidents !== undefined) {
    const incidents = document.incidents;
    const since = addMonths(asOf, -12);
    cards.push(card(words.incidentsYear, incidents.filter((incident) => incident.kind === "incident" && incident.reported > since && incident.reported <= asOf).length));
    cards.push(card(words.incidentsOpen, listOpenIncidents(incidents, asOf).length));
    cards.push(card(words.meanTimeToClose, words.days(meanTimeToClose(incidents, { asOf, since }))));
    cards.push(card(words.incidentsWithoutLessons, listIncidentsWithoutLessons(incidents, asOf).length));
  }
  return cards;
}

/**
 * Renders a one-page HTML summary of the ISMS (A4 portrait when printed): scope, PDCA phase
 * and what blocks the next one, stage 1 readiness, risks by level on their standing rating,
 * SoA counts (excluded and undecided apart), overdue items, and the inherent and residual
 * heat maps embedded as inline SVG; when the document holds control mappings and another
 * catalogue in scope, how much of each such framework the implemented Annex A controls cover
 * (`frameworkCoverage`); when it holds roles, people, suppliers or incidents, their figures
 * (roles nobody holds, training up to date and overdue, leavers with open offboarding,
 * suppliers due for review and critical ones never assessed, incidents of the last 12 months,
 * open, their mean time to close and those without lessons learned). Every word comes from the labels (an exit criterion
 * prints the library's message unless `labels.summary.exitCriteria` has its code).
 * Self-contained and escaped. With `errorCount` of 1 or more it starts with a draft notice.
 *
 * @param document - the ISMS
 * @param options - the `asOf` date, labels and the document's error count
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderIsmsSummaryHtml } from "isms/report";
 *
 * writeFileSync("summary.html", renderIsmsSummaryHtml(createExampleIsms(), { asOf: "2026-11-27" }));
 * ```
 */
export function renderIsmsSummaryHtml(document: IsmsDocument, options: RenderIsmsSummaryHtmlOptions): string {
  try {
    const { asOf } = options;
    const labels = resolveLabels(options.labels);
    const words = labels.summary;
    const soa = summariseSoa(deriveIsmsSoa(document, asOf));
    const readiness = assessIsmsReadiness(document, asOf);
    const exit = checkExitCriteria(document.cycle.phase, pdcaFacts(document, asOf));
    const overdue = listOverdue(listIsmsDatedItems(document, asOf), asOf);
    const methodology = currentMethodology(document);
    const phase = labels.pdcaPhase[document.cycle.phase];
    const byLevel = new Map<string, number>(methodology.matrix.levels.map((level) => [level.label, 0]));
    let unrated = 0;
    for (const risk of document.risks) {
      const score = rateRisk(document.methodologies, risk);
      if (score) byLevel.set(score.level.label, (byLevel.get(score.level.label) ?? 0) + 1);
      else unrated += 1;
    }
    const actions = new Map<string, string>(document.treatmentPlans.flatMap((plan) => plan.actions.map((action) => [`${plan.id}\u0000${action.id}`, action.title] as const)));
    const row = (cells: readonly string[]): string => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
    const num = (value: number): string => `<td class="num">${value}</td>`;
    const sections: string[] = [];
    sections.push(
      `<section><h2>${escapeHtml(words.scopeHeading)}</h2><p>${document.scope ? escapeHtml(document.scope.statement) : `<em>${escapeHtml(words.noScope)}</em>`}</p></section>`,
    );
    sections.push(
      `<section><h2>${escapeHtml(words.standingHeading)}</h2><div class="cards">${[
        card(words.pdcaPhase, words.phaseInCycle(phase, document.cycle.cycle)),
        card(words.assets, document.assets.length),
        card(words.risks, document.risks.length),
        card(words.treatmentPlans, document.treatmentPlans.length),
        card(words.controlsApplicable, words.applicableOf(soa.applicable, soa.total)),
        card(words.overdueItems, overdue.length),
        card(words.readiness, labelOf(labels.readinessStatus, readiness.overall)),
      ].join("")}</div>` +
        (exit.missing.length > 0
          ? `<p>${escapeHtml(words.beforeLeaving(phase))}</p><ul>${exit.missing.map((item) => `<li>${escapeHtml(words.exitCriteria[item.code] ?? item.message)}</li>`).join("")}</ul>`
          : `<p>${escapeHtml(words.exitMet(phase))}</p>`) +
        `</section>`,
    );
    sections.push(
      `<section><h2>${escapeHtml(words.risksByLevelHeading(methodology.name, methodology.version))}</h2><table class="compact"><thead><tr><th scope="col">${escapeHtml(words.level)}</th><th scope="col" class="num">${escapeHtml(words.riskCount)}</th></tr></thead><tbody>${[...byLevel]
        .reverse()
        .map(([label, count]) => `<tr><td>${escapeHtml(label)}</td>${num(count)}</tr>`)
        .join("")}${unrated > 0 ? `<tr><td>${escapeHtml(labels.common.notRated)}</td>${num(unrated)}</tr>` : ""}</tbody></table></section>`,
    );
    const map = (layer: "inherent" | "residual"): string =>
      `<div>${renderHeatMapSvg(heatMapForDocument(document, layer), { title: words.heatMapTitle(labels.ratingLayer[layer]), cellSize: 48, labels })}</div>`;
    sections.push(`<section><h2>${escapeHtml(words.heatMapsHeading)}</h2><div class="maps">${map("inherent")}${map("residual")}</div></section>`);
    sections.push(
      `<section><h2>${escapeHtml(words.soaHeading)}</h2><table class="compact"><thead><tr><th scope="col">${escapeHtml(words.status)}</th><th scope="col" class="num">${escapeHtml(words.controlCount)}</th></tr></thead><tbody>${ImplementationStatusSchema.options
        .map((status) => `<tr><td>${escapeHtml(labels.implementationStatus[status])}</td>${num(soa.byStatus[status])}</tr>`)
        .join("")}<tr><td>${escapeHtml(labels.common.excluded)}</td>${num(soa.excluded)}</tr><tr><td>${escapeHtml(labels.common.undecided)}</td>${num(soa.undecided)}</tr></tbody></table></section>`,
    );
    const frameworks = mappedFrameworks(document);
    if (frameworks.length > 0) {
      const coverage = labels.coverage;
      sections.push(
        `<section><h2>${escapeHtml(coverage.summaryHeading)}</h2><table class="compact"><thead><tr><th scope="col">${escapeHtml(coverage.framework)}</th>${[coverage.level.covered, coverage.level.partly, coverage.level.none, words.controlCount]
          .map((heading) => `<th scope="col" class="num">${escapeHtml(heading)}</th>`)
          .join("")}</tr></thead><tbody>${frameworks
          .map((id) => frameworkCoverage(document, id, { asOf }))
          .map((found) => `<tr><td>${escapeHtml(found.frameworkTitle)}</td>${[found.covered, found.partly, found.none, found.total].map(num).join("")}</tr>`)
          .join("")}</tbody></table></section>`,
      );
    }
    const records = recordCards(document, asOf, words);
    if (records.length > 0) sections.push(`<section><h2>${escapeHtml(words.recordsHeading)}</h2><div class="cards">${records.join("")}</div></section>`);
    sections.push(
      `<section><h2>${escapeHtml(words.overdueHeading(asOf))}</h2>${
        overdue.length === 0
          ? `<p>${escapeHtml(words.nothingOverdue)}</p>`
          : `<table><thead><tr><th scope="col">${escapeHtml(words.due)}</th><th scope="col">${escapeHtml(words.what)}</th><th scope="col">${escapeHtml(words.owner)}</th></tr></thead><tbody>${overdue
              .map((item) => {
                const action = item.parent === undefined ? undefined : actions.get(`${item.parent}\u0000${item.id}`);
                return row([dateHtml(item.due), escapeHtml(action === undefined ? item.title : words.treatmentAction(action)), escapeHtml(item.owner ?? "")]);
              })
              .join("")}</tbody></table>`
      }</section>`,
    );
    if (readiness.blocking.length > 0) {
      const shown = readiness.blocking.slice(0, 15);
      sections.push(
        `<section><h2>${escapeHtml(words.gapsHeading(shown.length, readiness.blocking.length))}</h2><ul class="gaps">${shown
          .map((item) => {
            // An Annex A reference shows as "8.3", a clause as it is ("9.2"); the title follows.
            return `<li>${idHtml(controlId(item.requirement))} ${escapeHtml(`${item.title}: ${labelOf(labels.readinessStatus, item.status)}`)}</li>`;
          })
          .join("")}</ul></section>`,
      );
    }
    return htmlPage({
      title: words.title(document.organisation.name),
      body: sections.join("\n"),
      labels,
      orientation: "portrait",
      generatedOn: asOf,
      errorCount: options.errorCount,
      style: STYLE,
    });
  } catch (error) {
    throw argumentError("renderIsmsSummaryHtml", error);
  }
}
