/**
 * Bounds {@link readSpreadsheet} checks on untrusted files, so that a server can accept
 * uploads without one file exhausting its memory or its time. Each is checked as early as the
 * file allows: the file's size first, the zip's declared and actual uncompressed sizes before
 * any XML is parsed, rows while a sheet is read. A file beyond a limit is refused with an
 * issue naming the limit; nothing is truncated silently.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const limits: SpreadsheetLimits = { ...DEFAULT_SPREADSHEET_LIMITS, maxRows: 10_000 };
 * ```
 */
export interface SpreadsheetLimits {
  /** The largest file, in bytes (the CSV text or the XLSX zip as given). */
  readonly maxBytes: number;
  /** The most bytes the parts of an XLSX zip may expand to, all parts together. */
  readonly maxUncompressedBytes: number;
  /** The most rows in one sheet, counted up to the last row the file holds a cell in (a formula returning `""` counts). */
  readonly maxRows: number;
  /** The most columns in one row, counted up to its last non-empty cell. */
  readonly maxColumns: number;
  /** The longest cell, in characters (UTF-16 code units). */
  readonly maxCellLength: number;
  /** The most sheets in one workbook. */
  readonly maxSheets: number;
}

/**
 * The limits {@link readSpreadsheet} applies when the caller gives none: generous for any
 * real ISMS workbook and safe for a server.
 *
 * - `maxBytes` 50 MiB (52 428 800 bytes): a 10 000-row risk register is under 2 MiB.
 * - `maxUncompressedBytes` 500 MiB: ten times `maxBytes`, far above the compression ratio of
 *   real workbooks (about 5 to 20) and far below that of a zip bomb (thousands).
 * - `maxRows` 200 000: twenty times the largest register of the benchmarks.
 * - `maxColumns` 1 000: real registers have fewer than 60.
 * - `maxCellLength` 32 767: the most characters a cell can hold in Excel.
 * - `maxSheets` 100.
 *
 * Frozen; pass `{ limits: { … } }` to change one and keep the others.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * DEFAULT_SPREADSHEET_LIMITS.maxRows; // 200000
 * ```
 */
export const DEFAULT_SPREADSHEET_LIMITS: SpreadsheetLimits = /* @__PURE__ */ Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 500 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 1_000,
  maxCellLength: 32_767,
  maxSheets: 100,
});
