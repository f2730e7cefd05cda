import { checkExitCriteria, listOverdue } from "../cycle/index.js";
import { rateRisk } from "../risk/index.js";
import { summariseSoa } from "../soa/index.js";
import { assessIsmsReadiness, currentMethodology, deriveIsmsSoa, listIsmsDatedItems, pdcaFacts, type IsmsDocument } from "../document/index.js";
import { escapeHtml } from "./_internal/escape.js";
import { htmlPage } from "./_internal/page.js";
import { heatMapForDocument } from "./heatMapForDocument.js";
import { renderHeatMapSvg } from "./renderHeatMapSvg.js";

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
export interface RenderIsmsSummaryHtmlOptions {
  /** The date against which overdue items are judged and that the page prints. */
  readonly asOf: string;
}

function card(label: string, value: string | number): string {
  return `<div class="card"><b>${escapeHtml(String(value))}</b>${escapeHtml(label)}</div>`;
}

/**
 * Renders a one-page HTML summary of the ISMS: scope, PDCA phase and what blocks the next
 * one, stage 1 readiness, risks by level on their standing rating, SoA counts, overdue items,
 * and the inherent and residual heat maps embedded as inline SVG. Self-contained and escaped.
 *
 * @param document - the ISMS
 * @param options - the `asOf` date
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
  const { asOf } = options;
  const soa = summariseSoa(deriveIsmsSoa(document, asOf));
  const readiness = assessIsmsReadiness(document, asOf);
  const exit = checkExitCriteria(document.cycle.phase, pdcaFacts(document, asOf));
  const overdue = listOverdue(listIsmsDatedItems(document), asOf);
  const methodology = currentMethodology(document);
  const byLevel = new Map<string, number>(methodology.matrix.levels.map((level) => [level.label, 0]));
  let unrated = 0;
  for (const risk of document.risks) {
    const score = rateRisk(document.methodologies, risk);
    if (score) byLevel.set(score.level.label, (byLevel.get(score.level.label) ?? 0) + 1);
    else unrated += 1;
  }
  const sections: string[] = [];
  sections.push(
    `<section><h2>Scope (4.3)</h2><p>${document.scope ? escapeHtml(document.scope.statement) : "<em>No scope defined.</em>"}</p></section>`,
  );
  sections.push(
    `<section><h2>Where the ISMS stands</h2><div class="cards">${[
      card("PDCA phase", `${document.cycle.phase} (cycle ${document.cycle.cycle})`),
      card("assets", document.assets.length),
      card("risks", document.risks.length),
      card("treatment plans", document.treatmentPlans.length),
      card("controls applicable", `${soa.applicable} of ${soa.total}`),
      card("overdue items", overdue.length),
      card("stage 1 readiness", readiness.overall.replace(/_/g, " ")),
    ].join("")}</div>` +
      (exit.missing.length > 0
        ? `<p>Before leaving <b>${escapeHtml(document.cycle.phase)}</b>:</p><ul>${exit.missing.map((item) => `<li>${escapeHtml(item.message)}</li>`).join("")}</ul>`
        : `<p>The exit criteria of the ${escapeHtml(document.cycle.phase)} phase are met.</p>`) +
      `</section>`,
  );
  sections.push(
    `<section><h2>Risks by level (standing rating, ${escapeHtml(methodology.name)} v${methodology.version})</h2><table><thead><tr><th scope="col">Level</th><th scope="col">Risks</th></tr></thead><tbody>${[...byLevel]
      .reverse()
      .map(([label, count]) => `<tr><td>${escapeHtml(label)}</td><td>${count}</td></tr>`)
      .join("")}${unrated > 0 ? `<tr><td>not rated</td><td>${unrated}</td></tr>` : ""}</tbody></table></section>`,
  );
  sections.push(
    `<section><h2>Heat maps</h2><div class="cards"><div>${renderHeatMapSvg(heatMapForDocument(document, "inherent"), { title: "Inherent risk", cellSize: 48 })}</div><div>${renderHeatMapSvg(heatMapForDocument(document, "residual"), { title: "Residual risk", cellSize: 48 })}</div></div></section>`,
  );
  sections.push(
    `<section><h2>Statement of Applicability</h2><table><thead><tr><th scope="col">Status</th><th scope="col">Controls</th></tr></thead><tbody>${Object.entries(soa.byStatus)
      .map(([status, count]) => `<tr><td>${escapeHtml(status.replace(/_/g, " "))}</td><td>${count}</td></tr>`)
      .join("")}<tr><td>excluded</td><td>${soa.excluded}</td></tr></tbody></table></section>`,
  );
  sections.push(
    `<section><h2>Overdue on ${escapeHtml(asOf)}</h2>${
      overdue.length === 0
        ? "<p>Nothing is overdue.</p>"
        : `<table><thead><tr><th scope="col">Due</th><th scope="col">What</th><th scope="col">Owner</th></tr></thead><tbody>${overdue
            .map((item) => `<tr><td>${escapeHtml(item.due)}</td><td>${escapeHtml(item.title)}</td><td>${escapeHtml(item.owner ?? "")}</td></tr>`)
            .join("")}</tbody></table>`
    }</section>`,
  );
  if (readiness.blocking.length > 0) {
    sections.push(
      `<section><h2>Stage 1 gaps (first ${Math.min(15, readiness.blocking.length)} of ${readiness.blocking.length})</h2><ul>${readiness.blocking
        .slice(0, 15)
        .map((item) => `<li>${escapeHtml(`${item.requirement} ${item.title}: ${item.status.replace(/_/g, " ")}`)}</li>`)
        .join("")}</ul></section>`,
    );
  }
  return htmlPage(`ISMS summary — ${document.organisation.name}`, sections.join("\n"), asOf);
}
