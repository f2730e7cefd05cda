import { read, SSF } from "@e965/xlsx";
import type { CellObject, WorkBook } from "@e965/xlsx";
import { err, issue, ok } from "../../core/index.js";
import type { IsmsIssue, Result } from "../../core/index.js";
import type { CellKind, CellRange, SheetInput } from "../../spreadsheet/index.js";
import type { SpreadsheetLimits } from "../limits.js";
import { restore } from "./text.js";

// SheetJS's number-format test, typed: whether a format shows a number as a date or a time.
const isDateFormat: (format: string) => boolean = SSF.is_date;

const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

const DAY_MS = 86_400_000;
const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/**
 * An Excel date serial as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss` when it has a time of day
 * (rounded to the second); `undefined` when the number is no date Excel can show.
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days += 1;
    seconds = 0;
  }
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else if (days === 60) return seconds === 0 ? "1900-02-29" : undefined; // Excel's day that never was
  else epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const day = new Date(epoch + days * DAY_MS);
  const date = `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  if (seconds === 0) return date;
  return `${date}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

function cellText(cell: CellObject | undefined, date1904: boolean): [string, CellKind] {
  if (cell === undefined) return ["", ""];
  const value = cell.v;
  switch (cell.t) {
    case "s": {
      const text = typeof value === "string" ? value : String(value ?? "");
      return text === "" ? ["", ""] : [restore(text), "s"];
    }
    case "n": {
      if (typeof value !== "number") return ["", ""];
      const format = cell.z;
      if (typeof format === "string" && isDateFormat(format)) {
        const iso = serialToIso(value, date1904);
        if (iso !== undefined) return [iso, "d"];
      }
      return [String(value), "n"];
    }
    case "d":
      return value instanceof Date && !Number.isNaN(value.getTime()) ? [value.toISOString().slice(0, value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() === 0 ? 10 : 19), "d"] : ["", ""];
    case "b":
      return [value === true ? "TRUE" : "FALSE", "b"];
    case "e":
      return [cell.w ?? (typeof value === "number" ? ERROR_TEXT[value] : undefined) ?? "#ERROR", "e"];
    default:
      return ["", ""];
  }
}

function parse(bytes: Uint8Array, sheet: string | undefined): WorkBook | undefined {
  try {
    return read(bytes, {
      type: "array",
      dense: true,
      cellNF: true,
      cellHTML: false,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
      WTF: false,
      ...(sheet === undefined ? {} : { sheets: sheet }),
    });
  } catch {
    return undefined;
  }
}

/** Reads the sheets of an XLSX zip that {@link inspectZip} found sound. */
export function readWorkbook(
  bytes: Uint8Array,
  limits: SpreadsheetLimits,
  sheet: string | undefined,
  path: readonly (string | number)[],
): Result<SheetInput[], readonly IsmsIssue[]> {
  const workbook = parse(bytes, sheet);
  if (workbook === undefined) return err([issue("corrupt_file", "The workbook cannot be read: its parts are damaged or not a spreadsheet's.", [...path])]);
  if (workbook.SheetNames.length > limits.maxSheets) {
    return err([issue("too_many_sheets", `The workbook has ${String(workbook.SheetNames.length)} sheets, above the limit of ${String(limits.maxSheets)} (limits.maxSheets).`, [...path])]);
  }
  const names = sheet === undefined ? workbook.SheetNames : workbook.SheetNames.filter((name) => name === sheet);
  if (names.length === 0) {
    return err([issue("unknown_sheet", `The workbook has no sheet named "${sheet ?? ""}"; its sheets: ${workbook.SheetNames.map((name) => `"${name}"`).join(", ")}.`, [...path, sheet ?? ""])]);
  }
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const sheets: SheetInput[] = [];
  const issues: IsmsIssue[] = [];
  for (const name of names) {
    const worksheet = workbook.Sheets[name];
    const data: readonly (readonly (CellObject | undefined)[] | undefined)[] = worksheet?.["!data"] ?? [];
    const sheetPath = [...path, name];
    // The last row that holds a cell at all (an empty formula result counts) decides the row
    // limit. (No `sheetRows` option: SheetJS drops the rows beyond it without a word. The
    // zip's count already bounds the rows it builds.)
    let lastHeld = -1;
    for (let row = data.length - 1; row >= 0 && lastHeld < 0; row--) {
      if ((data[row]?.length ?? 0) > 0 && data[row]?.some((cell) => cell !== undefined) === true) lastHeld = row;
    }
    if (lastHeld >= limits.maxRows) {
      issues.push(issue("too_many_rows", `Sheet "${name}" has a cell in row ${String(lastHeld + 1)}, beyond the limit of ${String(limits.maxRows)} rows (limits.maxRows).`, sheetPath));
      continue;
    }
    const rows: string[][] = [];
    const kinds: CellKind[][] = [];
    let lastValue = -1;
    for (let row = 0; row <= lastHeld; row++) {
      const cells = data[row] ?? [];
      const texts: string[] = [];
      const rowKinds: CellKind[] = [];
      let width = 0;
      for (let column = 0; column < cells.length; column++) {
        const [text, kind] = cellText(cells[column], date1904);
        texts.push(text);
        rowKinds.push(kind);
        if (text !== "") {
          width = column + 1;
          if (text.length > limits.maxCellLength && issues.length < 100) {
            issues.push(issue("cell_too_long", `Sheet "${name}", row ${String(row + 1)}, column ${String(column + 1)} has ${String(text.length)} characters, above the limit of ${String(limits.maxCellLength)} (limits.maxCellLength).`, [...sheetPath, row, column]));
          }
        }
      }
      if (width > limits.maxColumns && issues.length < 100) {
        issues.push(issue("too_many_columns", `Sheet "${name}", row ${String(row + 1)} has ${String(width)} columns, above the limit of ${String(limits.maxColumns)} (limits.maxColumns).`, [...sheetPath, row]));
      }
      texts.length = width;
      rowKinds.length = width;
      rows.push(texts);
      kinds.push(rowKinds);
      if (width > 0) lastValue = row;
    }
    rows.length = lastValue + 1;
    kinds.length = lastValue + 1;
    const merges: CellRange[] = (worksheet?.["!merges"] ?? [])
      .filter((range) => range.s.r <= lastValue)
      .map((range) => ({ first: { row: range.s.r, column: range.s.c }, last: { row: range.e.r, column: range.e.c } }));
    sheets.push({ name, rows, kinds, ...(merges.length > 0 ? { merges } : {}) });
  }
  if (issues.length > 0) return err(issues);
  return ok(sheets);
}
