import { argumentError } from "../core/_internal/index.js";
// Escaping shared by every renderer in src/report. Each function is total (never throws),
// pure and idempotent only where documented; renderers escape exactly once, at the point
// where a value becomes text of the output format.

/**
 * Characters that make a spreadsheet read a cell as a formula when they lead it: the
 * ASCII `=`, `+`, `-`, `@`, tab and carriage return, and the full-width `＝ ＋ － ＠` that
 * some spreadsheet versions normalise to their ASCII forms.
 */
const FORMULA_LEAD = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The same characters after leading white space or invisible characters, which importers and
 * spreadsheets trim or ignore: spaces and line feeds, the no-break spaces, the other Unicode
 * spaces, the zero-width space, joiners and word joiner, and the byte order mark U+FEFF.
 */
const FORMULA_LEAD_AFTER_SPACE = /^[ \n\u00A0\u1680\u180E\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Whether a text would be read as a formula by a spreadsheet when it is a cell's value.
 *
 * @param text - a cell's text
 * @returns `true` when the text starts with a formula-leading character
 * @category Report
 * @example
 * ```ts
 * isFormulaLeading("=SUM(A1)"); // true
 * ```
 */
export function isFormulaLeading(text: string): boolean {
  return FORMULA_LEAD.test(text) || FORMULA_LEAD_AFTER_SPACE.test(text);
}

/**
 * Neutralises spreadsheet formula injection (CWE-1236): a text that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return (or their full-width forms, or one of them after leading
 * spaces) gets a leading apostrophe, so spreadsheets show it as text. Other texts are
 * returned unchanged.
 *
 * @param text - a cell's text
 * @returns the text, prefixed with `'` when it could start a formula
 * @category Report
 * @example
 * ```ts
 * neutraliseFormula("=SUM(A1)"); // "'=SUM(A1)"
 * ```
 */
export function neutraliseFormula(text: string): string {
  return isFormulaLeading(text) ? `'${text}` : text;
}

/** A value a CSV cell may hold; `undefined` and `null` become an empty cell.
 * @category Report
 * @example
 * ```ts
 * const cell: CsvValue = 42;
 * ```
 */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field per RFC 4180: formula-neutralised (strings only: a number such as `-5`
 * stays a number) and quoted when it contains a comma, a double quote, CR or LF, with inner
 * double quotes doubled.
 *
 * @param value - the cell value
 * @returns the field text, ready to be joined with commas
 * @category Report
 * @example
 * ```ts
 * csvCell('say "hi", then'); // '"say ""hi"", then"'
 * ```
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return "";
  const text = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV record: the cells escaped with {@link csvCell} and joined with commas (no line
 * break; {@link csvDocument} adds CRLF).
 *
 * @param values - the cells of the record
 * @returns the record text
 * @category Report
 * @example
 * ```ts
 * csvRow(["5.1", "Policies", true]); // "5.1,Policies,true"
 * ```
 */
export function csvRow(values: readonly CsvValue[]): string {
  try {
    return values.map(csvCell).join(",");
  } catch (error) {
    throw argumentError("csvRow", error);
  }
}

/**
 * A whole CSV document per RFC 4180: records separated and terminated by CRLF.
 *
 * @param rows - header and records
 * @param options - `bom: true` prefixes U+FEFF so that spreadsheets detect UTF-8
 * @returns the CSV text
 * @category Report
 * @example
 * ```ts
 * csvDocument([["id", "title"], ["5.1", "Policies"]]); // "id,title\r\n5.1,Policies\r\n"
 * ```
 */
export function csvDocument(rows: readonly (readonly CsvValue[])[], options: { readonly bom?: boolean } = {}): string {
  try {
    return csvText(rows, options.bom === true);
  } catch (error) {
    throw argumentError("csvDocument", error);
  }
}

/**
 * {@link csvDocument} of rows given one at a time (not part of the public API): a renderer
 * hands it a generator, so that each row becomes text as it is made and none is kept.
 */
export function csvText(rows: Iterable<readonly CsvValue[]>, bom: boolean): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(`${csvRow(row)}\r\n`);
  const body = lines.join("");
  return bom ? `\uFEFF${body}` : body;
}

// C0 controls other than tab, LF and CR, DEL and the C1 controls are never meaningful in a
// report and are parse errors in HTML; lone surrogates (a high surrogate not followed by a
// low one, a low one not preceded by a high one) and U+FFFE/U+FFFF are outside XML's Char
// production, so an SVG or XHTML reader refuses the whole file. All are shown as U+FFFD.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"`
 * and `'` become character references, and control characters become U+FFFD.
 *
 * @param text - any text
 * @returns text safe to place between tags or inside a quoted attribute
 * @category Report
 * @example
 * ```ts
 * escapeHtml("<b>&</b>"); // "&lt;b&gt;&amp;&lt;/b&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  try {
    return text
      .replace(CONTROL_CHARACTERS, "\uFFFD")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");
  } catch (error) {
    throw argumentError("escapeHtml", error);
  }
}

/**
 * Escapes text for HTML and turns line breaks into `<br>`, for multi-line values in a table
 * cell.
 *
 * @param text - any text
 * @returns escaped HTML
 * @internal used by the renderers; not exported from `isms/report`
 */
export function escapeHtmlMultiline(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeHtml)
    .join("<br>");
}

// ASCII punctuation that means something inline in CommonMark or GitHub Flavored Markdown:
// backslash, code, emphasis, links and images (escaping `[` is enough to stop `![x](y)`),
// table pipes, strikethrough and math. `&`, `<` and `>` become character references so that
// neither raw HTML nor an entity the author did not write can pass through.
const MARKDOWN_INLINE = /[\\`*_[\]|~$]/g;

function escapeMarkdownCharacters(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_INLINE, "\\$&");
}

/**
 * Escapes text for one cell of a Markdown (GFM) table: `|`, backslash, emphasis, code,
 * link, strikethrough and math characters are backslash-escaped, `&`, `<` and `>` become
 * character references (so no raw HTML or entity passes through), and line breaks become
 * `<br>`. An empty text stays empty.
 *
 * @param text - any text
 * @returns the cell's Markdown
 * @category Report
 * @example
 * ```ts
 * escapeMarkdownCell("a|b"); // "a\\|b"
 * ```
 */
export function escapeMarkdownCell(text: string): string {
  try {
    return text
      .split(/\r\n|\r|\n/)
      .map(escapeMarkdownCharacters)
      .join("<br>");
  } catch (error) {
    throw argumentError("escapeMarkdownCell", error);
  }
}

/**
 * Escapes text for a Markdown paragraph or heading: as {@link escapeMarkdownCell}, and in
 * addition the characters that would start a block at the beginning of a line (`#`, `>`,
 * `-`, `+`, `=`, and `1.`-style list markers) are escaped. Line breaks are kept as hard
 * breaks (a backslash before the newline), so one text stays one paragraph.
 *
 * @param text - any text
 * @returns the paragraph's Markdown
 * @internal used by the renderers; not exported from `isms/report`
 */
export function escapeMarkdownText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const escaped = escapeMarkdownCharacters(line.replace(/^[ \t]+/, ""));
      return escaped.replace(/^([#+\-=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
    })
    .join("\\\n");
}
