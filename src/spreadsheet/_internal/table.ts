import type { CellKind, SheetInput } from "../sheet.js";
import type { ImportColumn, ImportIssue, ImportMapping } from "../importTypes.js";
import { normaliseText, quote } from "./coerce.js";
import { recogniseHeader, type FieldDictionary } from "./headers.js";

/** A column's letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let text = "";
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    text = String.fromCharCode(65 + digit) + text;
    rest = Math.floor((rest - 1) / 26);
  }
  return text;
}

/** A column as the planners use it: where it is, its header and where its values go. */
export interface TableColumn extends ImportColumn {
  readonly index: number;
}

/** A data row: its 0-based index, its trimmed cells (merged values filled in) and their kinds. */
export interface TableRow {
  readonly index: number;
  readonly cells: readonly string[];
  readonly kinds: readonly (CellKind | undefined)[];
}

/** A sheet read as a table. */
export interface Table {
  readonly sheet: string;
  /** 0-based header row (the lower one of two); -1 when none was found. */
  readonly headerRow: number;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly issues: readonly ImportIssue[];
  /** How well the headers fit the kind: recognised fields, distinctive ones counted twice. */
  readonly score: number;
  /** The recognised fields, for the report of a guess. */
  readonly recognised: readonly string[];
}

const SCAN_ROWS = 40;

/** How many (row, merged range) pairs are filled at most: a hostile merge over a million rows stays cheap. */
const MERGE_BUDGET = 2_000_000;

/**
 * Cell access with merged ranges filled: a merged cell reads as its range's first cell. Each
 * row keeps the column intervals of the ranges that cross it; `truncated` is set when the
 * budget ran out and some ranges were not filled.
 */
function grid(sheet: SheetInput): { cell: (row: number, column: number) => string; truncated: boolean } {
  const filled = new Map<number, { from: number; to: number; value: string }[]>();
  const rowCount = sheet.rows.length;
  let budget = MERGE_BUDGET;
  let truncated = false;
  for (const merge of sheet.merges ?? []) {
    const value = sheet.rows[merge.first.row]?.[merge.first.column] ?? "";
    if (value === "") continue;
    const lastRow = Math.min(merge.last.row, rowCount - 1);
    if (lastRow - merge.first.row + 1 > budget) {
      truncated = true;
      break;
    }
    budget -= Math.max(0, lastRow - merge.first.row + 1);
    for (let row = merge.first.row; row <= lastRow; row += 1) {
      let line = filled.get(row);
      if (!line) filled.set(row, (line = []));
      line.push({ from: merge.first.column, to: merge.last.column, value });
    }
  }
  const cell = (row: number, column: number): string => {
    const own = sheet.rows[row]?.[column] ?? "";
    if (own !== "") return own;
    const line = filled.get(row);
    if (!line) return "";
    for (const range of line) if (column >= range.from && column <= range.to) return range.value;
    return "";
  };
  return { cell, truncated };
}

function rowWidth(sheet: SheetInput, row: number, cell: (row: number, column: number) => string): number {
  let width = sheet.rows[row]?.length ?? 0;
  while (width > 0 && cell(row, width - 1).trim() === "") width -= 1;
  return width;
}

function mappedField(mapping: ImportMapping | undefined, header: string): string | undefined {
  const columns = mapping?.columns;
  if (!columns) return undefined;
  if (Object.hasOwn(columns, header)) return columns[header];
  const normal = normaliseText(header);
  for (const [text, field] of Object.entries(columns)) if (normaliseText(text) === normal) return field;
  return undefined;
}

interface HeaderCandidate {
  readonly row: number;
  readonly headers: readonly string[];
  readonly fields: readonly (string | undefined)[];
  readonly score: number;
  readonly twoRows: boolean;
}

function fieldOf(dictionary: FieldDictionary, mapping: ImportMapping | undefined, header: string): string | undefined {
  return mappedField(mapping, header) ?? recogniseHeader(dictionary, header);
}

function scoreOf(dictionary: FieldDictionary, fields: readonly (string | undefined)[]): number {
  const seen = new Set<string>();
  let score = 0;
  for (const field of fields) {
    if (field === undefined || field === "ignore" || field.startsWith("custom.") || seen.has(field)) continue;
    seen.add(field);
    score += dictionary.distinctive.has(field) ? 2 : 1;
  }
  return score;
}

function candidate(dictionary: FieldDictionary, mapping: ImportMapping | undefined, sheet: SheetInput, cell: (row: number, column: number) => string, row: number, twoRows: boolean): HeaderCandidate {
  const width = Math.max(rowWidth(sheet, row, cell), twoRows ? rowWidth(sheet, row - 1, cell) : 0);
  const headers: string[] = [];
  const fields: (string | undefined)[] = [];
  for (let column = 0; column < width; column += 1) {
    const lower = cell(row, column).trim();
    const upper = twoRows ? cell(row - 1, column).trim() : "";
    let header = lower;
    let field = lower === "" ? undefined : fieldOf(dictionary, mapping, lower);
    if (upper !== "" && upper !== lower) {
      const joined = lower === "" ? upper : `${upper} / ${lower}`;
      const joinedField = fieldOf(dictionary, mapping, lower === "" ? upper : `${upper} ${lower}`) ?? fieldOf(dictionary, mapping, joined);
      if (joinedField !== undefined || field === undefined) {
        header = joined;
        field = joinedField;
      }
    }
    headers.push(header);
    fields.push(field);
  }
  return { row, headers, fields, score: scoreOf(dictionary, fields), twoRows };
}

function findHeader(dictionary: FieldDictionary, mapping: ImportMapping | undefined, sheet: SheetInput, cell: (row: number, column: number) => string): HeaderCandidate | undefined {
  if (mapping?.headerRow !== undefined) {
    const row = mapping.headerRow - 1;
    const one = candidate(dictionary, mapping, sheet, cell, row, false);
    const two = row > 0 ? candidate(dictionary, mapping, sheet, cell, row, true) : undefined;
    return two && two.score > one.score ? two : one;
  }
  let best: HeaderCandidate | undefined;
  const last = Math.min(sheet.rows.length, SCAN_ROWS);
  for (let row = 0; row < last; row += 1) {
    if (rowWidth(sheet, row, cell) === 0) continue;
    const options = [candidate(dictionary, mapping, sheet, cell, row, false)];
    if (row > 0 && rowWidth(sheet, row - 1, cell) > 0) options.push(candidate(dictionary, mapping, sheet, cell, row, true));
    for (const option of options) if (!best || option.score > best.score) best = option;
  }
  return best && best.score > 0 ? best : undefined;
}

const SEPARATOR = /^[-=_*~.#+|\s]+$/;
const TOTAL = /^(total|totals|subtotal|sub total|grand total|sum|average|count|summe|gesamt)\b/;

/**
 * Reads a sheet as a table for one kind: finds the header row (title rows, blank rows and
 * two-row headers with merged group cells above are fine), assigns each column a field, a
 * custom key or nothing, fills merged values, and sets aside blank, separator, section, total
 * and repeated header rows (reported as info).
 */
export function readTable(sheet: SheetInput, dictionary: FieldDictionary, mapping: ImportMapping | undefined, keyField: string | undefined, headersOnly = false): Table {
  const issues: ImportIssue[] = [];
  const at = (severity: ImportIssue["severity"], code: string, message: string, where: { row?: number; column?: number; header?: string } = {}): void => {
    issues.push({
      code,
      severity,
      message,
      path: [],
      sheet: sheet.name,
      ...(where.row === undefined ? {} : { row: where.row + 1 }),
      ...(where.column === undefined ? {} : { column: columnLetter(where.column) }),
      ...(where.header === undefined ? {} : { header: where.header }),
    });
  };
  const { cell, truncated } = grid(sheet);
  if (truncated) at("warning", "merges_not_filled", `Sheet "${sheet.name}" has more merged cells than the import fills (${MERGE_BUDGET} row crossings); the rest read as empty.`);
  const found = findHeader(dictionary, mapping, sheet, cell);
  if (!found) {
    at("error", "no_header_row", `No row of sheet "${sheet.name}" has headers of ${dictionary.kind === "soa" ? "an SoA" : `a ${dictionary.kind} sheet`}; name the header row and the columns in a mapping file.`);
    return { sheet: sheet.name, headerRow: -1, columns: [], rows: [], issues, score: 0, recognised: [] };
  }
  const firstHeaderRow = found.twoRows ? found.row - 1 : found.row;
  for (let row = 0; row < firstHeaderRow; row += 1) {
    if (rowWidth(sheet, row, cell) > 0) at("info", "skipped_title_row", `Row ${row + 1} is above the headers and was not read: "${(sheet.rows[row] ?? []).filter((text) => text.trim() !== "").join(" | ").slice(0, 120)}".`, { row });
  }
  if (found.twoRows) at("info", "two_row_header", `The headers span rows ${found.row} and ${found.row + 1}; each column's header joins the two.`, { row: found.row - 1 });
  const columns: TableColumn[] = [];
  const usedFields = new Map<string, string>();
  const usedCustom = new Set<string>();
  found.headers.forEach((header, index) => {
    const letter = columnLetter(index);
    let field = found.fields[index];
    if (field === "ignore") {
      columns.push({ index, column: letter, header, ignored: true });
      if (header !== "") at("info", "ignored_column", `Column ${letter} (${quote(header)}) is ignored, as the mapping says.`, { column: index, header });
      return;
    }
    if (field !== undefined && !field.startsWith("custom.") && !dictionary.fields.has(field)) {
      at("error", "unknown_field", `The mapping sends column ${letter} (${quote(header)}) to "${field}", which is no field of ${dictionary.kind} sheets.`, { column: index, header });
      field = undefined;
    }
    if (field !== undefined && !field.startsWith("custom.")) {
      const first = usedFields.get(field);
      // "Ref | Control | …": an SoA's second control column is the control's name when the
      // sheet has no title column of its own.
      const asTitle = first !== undefined && dictionary.kind === "soa" && field === "control" && dictionary.fields.has("title") && !found.fields.includes("title") && !usedFields.has("title");
      if (asTitle) {
        at("info", "control_column_as_title", `Column ${letter} (${quote(header)}) follows the control column ${first}: it is read as the control's title.`, { column: index, header });
        usedFields.set("title", letter);
        columns.push({ index, column: letter, header, field: "title" });
        return;
      }
      if (first !== undefined) {
        at("warning", "duplicate_header", `Column ${letter} (${quote(header)}) names the same field as column ${first}; its values are kept as custom fields.`, { column: index, header });
        field = undefined;
      } else {
        usedFields.set(field, letter);
        if (dictionary.derived?.has(field) === true) {
          columns.push({ index, column: letter, header, field, ignored: true });
          at("info", "derived_column", `Column ${letter} (${quote(header)}) is derived from other records and is not read.`, { column: index, header });
          return;
        }
        columns.push({ index, column: letter, header, field });
        return;
      }
    }
    let key = field !== undefined ? field.slice("custom.".length) : header === "" ? `Column ${letter}` : header;
    if (usedCustom.has(key)) {
      if (field === undefined && header !== "") at("warning", "duplicate_header", `The header ${quote(header)} is used twice; column ${letter} is kept as custom key "${key} (${letter})".`, { column: index, header });
      key = `${key} (${letter})`;
    }
    usedCustom.add(key);
    columns.push({ index, column: letter, header, custom: key });
  });
  // A register whose only text column is "Risk description": that is the risk's title.
  if (dictionary.kind === "risks" && !usedFields.has("title") && !found.fields.includes("title")) {
    const described = columns.findIndex((column) => column.field === "description");
    const column = columns[described];
    if (column !== undefined) {
      columns[described] = { ...column, field: "title" };
      at("info", "description_as_title", `The sheet has no title column: column ${column.column} (${quote(column.header)}) gives each risk its title.`, { column: column.index, header: column.header });
    }
  }
  const recognised = columns.flatMap((column) => (column.field === undefined ? [] : [column.field]));
  if (headersOnly) return { sheet: sheet.name, headerRow: found.row, columns, rows: [], issues, score: found.score, recognised };
  const headerWidth = found.headers.length;
  const keyColumn = keyField === undefined ? undefined : columns.find((column) => column.field === keyField)?.index;
  const rows: TableRow[] = [];
  let blank = 0;
  const headerNormal = found.headers.map(normaliseText).join("|");
  for (let row = found.row + 1; row < sheet.rows.length; row += 1) {
    const width = rowWidth(sheet, row, cell);
    const cells: string[] = [];
    const kinds: (CellKind | undefined)[] = [];
    for (let column = 0; column < Math.max(width, headerWidth); column += 1) {
      const kind = sheet.kinds?.[row]?.[column];
      const text = cell(row, column).trim();
      if (kind === "e" && text !== "") {
        // A formula's error value (#N/A, #REF!) is no value: read as an empty cell, and said so.
        at("warning", "formula_error", `Cell ${columnLetter(column)}${row + 1} holds the error value ${text.slice(0, 20)}; it is read as empty.`, { row, column, ...(found.headers[column] === undefined ? {} : { header: found.headers[column] }) });
        cells.push("");
      } else cells.push(text);
      kinds.push(kind);
    }
    const filled = cells.filter((text) => text !== "");
    if (filled.length === 0) {
      blank += 1;
      continue;
    }
    const first = filled[0] ?? "";
    if (filled.every((text) => SEPARATOR.test(text))) {
      at("info", "skipped_separator_row", `Row ${row + 1} is a separator row and was skipped.`, { row });
      continue;
    }
    if (TOTAL.test(normaliseText(first)) && (keyColumn === undefined || cells[keyColumn] === "" || cells[keyColumn] === first)) {
      at("info", "skipped_total_row", `Row ${row + 1} is a total row ("${first.slice(0, 60)}") and was skipped.`, { row });
      continue;
    }
    if (cells.slice(0, headerWidth).map(normaliseText).join("|") === headerNormal) {
      at("info", "skipped_header_row", `Row ${row + 1} repeats the headers and was skipped.`, { row });
      continue;
    }
    const distinct = new Set(filled);
    const onlyKey = keyColumn !== undefined && filled.length === 1 && cells[keyColumn] !== "" && /\p{L}{3,}/u.test(first) && /\s/.test(first);
    if ((distinct.size === 1 && filled.length > 1) || (distinct.size === 1 && keyColumn !== undefined && cells[keyColumn] === "") || onlyKey) {
      at("info", "skipped_section_row", `Row ${row + 1} is a section row ("${first.slice(0, 60)}") and was skipped.`, { row });
      continue;
    }
    const extra = cells.slice(headerWidth).filter((text) => text !== "");
    if (extra.length > 0) {
      at("warning", "extra_cells", `Row ${row + 1} has ${extra.length} cell(s) right of the last header, which were not read: ${extra.map((text) => quote(text)).join(", ")}.`, { row, column: headerWidth });
    }
    rows.push({ index: row, cells: cells.slice(0, headerWidth), kinds: kinds.slice(0, headerWidth) });
  }
  if (blank > 0) at("info", "skipped_blank_rows", `${blank} blank row(s) below the headers were skipped.`);
  return { sheet: sheet.name, headerRow: found.row, columns, rows, issues, score: found.score, recognised };
}
