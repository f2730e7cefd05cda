import { escapeHtml, escapeMarkdownText } from "../escape.js";
import type { ReportLabels } from "../labels.js";

// Shared by every page. Ids, dates and numbers never wrap (class id/date/num); every other
// text wraps between words, and inside a word only when the word alone is wider than its
// column, so that no table grows wider than the page. The wide tables (class fixed) have a
// fixed layout with a share of the width per column, chosen so that ids and dates fit.
const BASE_STYLE = `:root{color-scheme:light}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4;font-size:15px}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem}h3{font-size:1rem;margin:1.25rem 0 .4rem}
p{margin:.4rem 0}
.meta{color:#555;margin:0 0 1rem}
.draft{border:2px solid #b71c1c;background:#fdecea;color:#7f0000;padding:.5rem .75rem;font-weight:600;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.8rem;line-height:1.35}
table.compact{width:auto;min-width:22rem}
table.fixed{table-layout:fixed;font-size:.75rem}
th,td{border:1px solid #c8c8c8;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f0f0f0}
tbody th{font-weight:600}
.id,.date,.num{white-space:nowrap}
.num{text-align:right;font-variant-numeric:tabular-nums}
td div+div{margin-top:.2rem}
dl.fields{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem;margin:.5rem 0;font-size:.9rem}
dl.fields dt{font-weight:600}dl.fields dd{margin:0;overflow-wrap:anywhere}
footer{margin-top:2rem;font-size:.75rem;color:#555}
@media print{body{margin:0;font-size:9pt}table,table.fixed{font-size:7.5pt}th,td{padding:.2rem .3rem}thead{display:table-header-group}tr{break-inside:avoid}h2,h3{break-after:avoid}thead th{background:#eee}.draft{background:none}a{color:inherit}}`;

/** What {@link htmlPage} builds a page from. */
export interface PageOptions {
  readonly title: string;
  /** Trusted markup. */
  readonly body: string;
  readonly labels: ReportLabels;
  /** A4 orientation when printed: portrait for pages of a few columns, landscape for wide tables. */
  readonly orientation: "portrait" | "landscape";
  readonly generatedOn?: string | undefined;
  readonly errorCount?: number | undefined;
  /** Lines under the title (escaped here). */
  readonly meta?: readonly string[];
  /** Rules added after the shared stylesheet. */
  readonly style?: string;
}

/** Whether a report carries the draft notice, and for how many errors. */
export function draftErrors(errorCount: number | undefined): number | undefined {
  return errorCount !== undefined && errorCount >= 1 ? Math.floor(errorCount) : undefined;
}

/** The draft notice as the first lines of a Markdown report, or nothing. */
export function markdownDraftNotice(labels: ReportLabels, errorCount: number | undefined): string[] {
  const errors = draftErrors(errorCount);
  return errors === undefined ? [] : [`> **${escapeMarkdownText(labels.common.draftNotice(errors)).replace(/\\\n/g, " ")}**`, ""];
}

/**
 * A self-contained HTML page: inline style, no script, no external resource; the draft
 * notice first when the document has validation errors.
 */
export function htmlPage(options: PageOptions): string {
  const { labels } = options;
  const errors = draftErrors(options.errorCount);
  const meta = [...(options.meta ?? []), ...(options.generatedOn === undefined ? [] : [labels.common.generatedOn(options.generatedOn)])];
  return `<!DOCTYPE html>
<html lang="${escapeHtml(labels.common.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
${BASE_STYLE}
@page{size:A4 ${options.orientation};margin:12mm}
${options.style ?? ""}
</style>
</head>
<body>
${errors === undefined ? "" : `<p class="draft" role="note">${escapeHtml(labels.common.draftNotice(errors))}</p>\n`}<h1>${escapeHtml(options.title)}</h1>
${meta.length === 0 ? "" : `<p class="meta">${meta.map(escapeHtml).join(" · ")}</p>\n`}${options.body}
<footer>${escapeHtml(labels.common.footer(options.generatedOn))}</footer>
</body>
</html>
`;
}

/** An id that never breaks, e.g. `R-01`. */
export function idHtml(id: string): string {
  return `<span class="id">${escapeHtml(id)}</span>`;
}

/** A date that never breaks. */
export function dateHtml(date: string | undefined): string {
  return date === undefined || date === "" ? "" : `<span class="date">${escapeHtml(date)}</span>`;
}

/** One line per item: an id and its name, e.g. `R-01 Laptop theft`. */
export function namedIdsHtml(items: readonly { readonly id: string; readonly name?: string | undefined; readonly suffix?: string | undefined }[]): string {
  return items
    .map((item) => `<div>${idHtml(item.id)}${item.name === undefined || item.name === "" ? "" : ` ${escapeHtml(item.name)}`}${item.suffix === undefined ? "" : ` ${escapeHtml(item.suffix)}`}</div>`)
    .join("");
}

/** A column of a fixed-layout table: its share of the width, and its longest unbreakable text (id or date) in characters. */
export interface ColumnShare {
  readonly key: string;
  readonly share: number;
  readonly longest?: number | undefined;
}

// The share an unbreakable text of `chars` characters needs on a 1280 px screen (a 1216 px
// table at 12 px, at most 8 px a character, plus padding and border); A4 landscape at 7.5 pt
// (10 px in a 1031 px table) needs a little less.
function neededShare(chars: number): number {
  return Math.ceil(((chars * 8 + 16) / 1216) * 1000) / 10;
}

/**
 * The width rules of a fixed-layout table: every column with ids or dates gets at least the
 * share its longest one needs, and the other columns share the rest in proportion to their
 * shares.
 */
export function columnWidths(tableClass: string, columns: readonly ColumnShare[]): string {
  const fixed = columns.map((column) => (column.longest === undefined || column.longest === 0 ? undefined : Math.max(column.share, neededShare(column.longest))));
  const fixedTotal = fixed.reduce<number>((total, width) => total + (width ?? 0), 0);
  const flexibleTotal = columns.reduce((total, column, index) => total + (fixed[index] === undefined ? column.share : 0), 0);
  const scale = flexibleTotal > 0 ? Math.max(0, 100 - fixedTotal) / flexibleTotal : 0;
  return columns.map((column, index) => `table.${tableClass} .c-${column.key}{width:${(fixed[index] ?? column.share * scale).toFixed(2)}%}`).join("");
}

/** The length of the longest of some texts, 0 for none. */
export function longest(texts: Iterable<string>): number {
  let max = 0;
  for (const text of texts) max = Math.max(max, text.length);
  return max;
}
