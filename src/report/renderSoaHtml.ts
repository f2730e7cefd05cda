import { ImplementationStatusSchema, summariseSoa, type SoaRow } from "../soa/index.js";
import { htmlPage } from "./_internal/page.js";
import { escapeHtml, escapeHtmlMultiline } from "./_internal/escape.js";
import { renderSoaTable, soaStatusLabel, SOA_COLUMNS } from "./renderSoaTable.js";

/**
 * Options of {@link renderSoaHtml}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderSoaHtmlOptions = { organisation: "Example Ltd", generatedOn: "2026-06-30" };
 * renderSoaHtml(deriveIsmsSoa(doc), options).includes("Example Ltd"); // true
 * ```
 */
export interface RenderSoaHtmlOptions {
  /** Page title; default `"Statement of Applicability"`. */
  readonly title?: string;
  /** The organisation's name, printed under the title. */
  readonly organisation?: string;
  /** The date printed as the generation date (the renderer has no clock). */
  readonly generatedOn?: string;
}

const STYLE = `:root{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
.meta{color:#555;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.8rem}
th,td{border:1px solid #c8c8c8;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#f0f0f0}
td.num,th.num{text-align:right}
.summary{width:auto;min-width:24rem}
tr.excluded td{background:#fafafa;color:#555}
.status{white-space:nowrap;font-weight:600}
.s-implemented{color:#1b5e20}.s-partially_implemented{color:#8a5a00}.s-planned,.s-not_started{color:#0d47a1}.s-not_implemented{color:#b71c1c}
footer{margin-top:2rem;font-size:.75rem;color:#555}
@media print{@page{size:A4 landscape;margin:12mm}body{margin:0;font-size:9pt}thead{display:table-header-group}tr{break-inside:avoid}thead th{background:#eee}}`;

/**
 * Renders the Statement of Applicability as a self-contained, printable HTML page: inline
 * CSS with print styles (landscape, repeated table headers), no scripts and no external
 * resources. It holds a summary (controls, applicable and excluded; applicable controls by
 * implementation status; counts by theme) and the table with the columns of
 * {@link SOA_COLUMNS}. Every text is escaped.
 *
 * @param rows - rows from `deriveSoa`
 * @param options - title, organisation and generation date
 * @returns the HTML document
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { deriveIsmsSoa } from "isms";
 * import { createExampleIsms } from "isms/example";
 * import { renderSoaHtml } from "isms/report";
 *
 * writeFileSync("soa.html", renderSoaHtml(deriveIsmsSoa(createExampleIsms()), { organisation: "Example Ltd", generatedOn: "2026-06-30" }));
 * ```
 */
export function renderSoaHtml(rows: readonly SoaRow[], options: RenderSoaHtmlOptions = {}): string {
  const title = options.title ?? "Statement of Applicability";
  const summary = summariseSoa(rows);
  const table = renderSoaTable(rows);
  const statuses = ImplementationStatusSchema.options;
  const meta = [options.organisation, options.generatedOn === undefined ? undefined : `Generated on ${options.generatedOn}`].filter(
    (part): part is string => part !== undefined,
  );

  const overall = `<table class="summary">
<thead><tr><th scope="col">Controls</th><th scope="col" class="num">Count</th></tr></thead>
<tbody>
<tr><th scope="row">In scope</th><td class="num">${summary.total}</td></tr>
<tr><th scope="row">Applicable</th><td class="num">${summary.applicable}</td></tr>
<tr><th scope="row">Excluded</th><td class="num">${summary.excluded}</td></tr>
${statuses.map((status) => `<tr><th scope="row">Applicable, ${escapeHtml(soaStatusLabel(status).toLowerCase())}</th><td class="num">${summary.byStatus[status]}</td></tr>`).join("\n")}
</tbody>
</table>`;

  const multipleCatalogues = new Set(summary.byGroup.map((group) => group.catalogue)).size > 1;
  const themes = `<table class="summary">
<thead><tr><th scope="col">Theme</th><th scope="col" class="num">Controls</th><th scope="col" class="num">Applicable</th><th scope="col" class="num">Excluded</th>${statuses
    .map((status) => `<th scope="col" class="num">${escapeHtml(soaStatusLabel(status))}</th>`)
    .join("")}</tr></thead>
<tbody>
${summary.byGroup
  .map((group) => {
    const name = `${multipleCatalogues ? `${group.catalogue}: ` : ""}${group.group ?? "(no theme)"}`;
    return `<tr><th scope="row">${escapeHtml(name)}</th><td class="num">${group.total}</td><td class="num">${group.applicable}</td><td class="num">${group.excluded}</td>${statuses
      .map((status) => `<td class="num">${group.byStatus[status]}</td>`)
      .join("")}</tr>`;
  })
  .join("\n")}
</tbody>
</table>`;

  const statusColumn = SOA_COLUMNS.indexOf("Status");
  const head = `<tr>${table.header.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr>`;
  const body = table.rows
    .map((cells, index) => {
      const row = rows[index] as SoaRow;
      const tds = cells.map((cell, column) =>
        column === statusColumn ? `<td class="status s-${row.status}">${escapeHtml(cell)}</td>` : `<td>${escapeHtmlMultiline(cell)}</td>`,
      );
      return `<tr${row.applicable ? "" : ' class="excluded"'}>${tds.join("")}</tr>`;
    })
    .join("\n");

  const page = `${meta.length === 0 ? "" : `<p class="meta">${meta.map(escapeHtml).join(" · ")}</p>`}
<section>
<h2>Summary</h2>
${overall}
<h2>By theme</h2>
${themes}
</section>
<section>
<h2>Controls</h2>
<table class="controls">
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
  return htmlPage(title, page, undefined, STYLE);
}
