/**
 * The two plain shapes the spreadsheet code is built around: a sheet as a reader hands it over
 * (rows of strings), and a workbook to write (columns and values). The import core
 * (`isms/spreadsheet`) reads `SheetInput` and builds `WorkbookModel`; the file adapters
 * (`isms/xlsx`) turn bytes into `SheetInput` and `WorkbookModel` into bytes. Anything that
 * produces rows of strings (a browser's file reader, a database export, a test) can feed the
 * core.
 */

/**
 * A cell's position: 0-based row and column (row 0, column 0 is a spreadsheet program's A1).
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const c3: CellAddress = { row: 2, column: 2 };
 * ```
 */
export interface CellAddress {
  /** 0-based row. */
  readonly row: number;
  /** 0-based column. */
  readonly column: number;
}

/**
 * A rectangle of cells, both corners included (a merged range).
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const a1b1: CellRange = { first: { row: 0, column: 0 }, last: { row: 0, column: 1 } };
 * ```
 */
export interface CellRange {
  /** The top left cell. */
  readonly first: CellAddress;
  /** The bottom right cell. */
  readonly last: CellAddress;
}

/**
 * What a cell held before it became a string: `s` text, `n` a number, `d` a date (given as
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`), `b` a boolean (`TRUE`/`FALSE`), `e` an error value
 * such as `#N/A`, `""` empty.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const kind: CellKind = "n";
 * ```
 */
export type CellKind = "s" | "n" | "d" | "b" | "e" | "";

/**
 * One sheet as rows of strings, the way any reader can hand it over. Row 0 is the sheet's
 * first row (row 1 in a spreadsheet program); an empty cell is `""`; rows may differ in
 * length. A formula's cell holds its cached value.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const sheet: SheetInput = {
 *   name: "SoA",
 *   rows: [["Statement of Applicability"], [], ["Control", "Applicable?"], ["A.5.1", "Yes"]],
 * };
 * ```
 */
export interface SheetInput {
  /** The sheet's name; for a CSV file, the file's name. */
  readonly name: string;
  /** The cells, top to bottom and left to right. */
  readonly rows: readonly (readonly string[])[];
  /** Merged ranges as the file declares them; the value is in the range's first cell. */
  readonly merges?: readonly CellRange[] | undefined;
  /** What each cell held before it became a string, when the reader knows (same shape as `rows`). */
  readonly kinds?: readonly (readonly CellKind[])[] | undefined;
}

/**
 * A value written to a workbook cell: text, a number, or nothing. A date column's values are
 * `YYYY-MM-DD` strings, written as dates.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const values: WorkbookValue[] = ["A.5.1", 3, null];
 * ```
 */
export type WorkbookValue = string | number | null;

/**
 * One column of a workbook sheet: its header, its width in characters, how its values are
 * written, and the values a person may pick from (written as a data-validation list).
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const column: WorkbookColumn = { header: "Applicable", width: 12, type: "text", allowed: ["Yes", "No"] };
 * ```
 */
export interface WorkbookColumn {
  /** The header cell's text. */
  readonly header: string;
  /** Width in characters. */
  readonly width?: number | undefined;
  /** `text` (the default), `number`, or `date` (values are `YYYY-MM-DD`). */
  readonly type?: "text" | "number" | "date" | undefined;
  /** The values a person may choose from, offered as a list in the spreadsheet program. */
  readonly allowed?: readonly string[] | undefined;
}

/**
 * One sheet to write: a header row from `columns`, then `rows` (each as long as `columns`).
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const sheet: WorkbookSheet = { name: "Summary", columns: [{ header: "Measure" }, { header: "Value" }], rows: [["Controls", 93]] };
 * ```
 */
export interface WorkbookSheet {
  /** The sheet's tab name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  /** The columns, left to right. */
  readonly columns: readonly WorkbookColumn[];
  /** The data rows, below the header row. */
  readonly rows: readonly (readonly WorkbookValue[])[];
}

/**
 * A workbook to write: sheets in tab order.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const workbook: WorkbookModel = { sheets: [{ name: "Summary", columns: [{ header: "Measure" }], rows: [] }] };
 * ```
 */
export interface WorkbookModel {
  /** The sheets, in tab order. */
  readonly sheets: readonly WorkbookSheet[];
}
