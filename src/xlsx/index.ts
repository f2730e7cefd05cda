/**
 * Spreadsheet files: reading CSV and XLSX bytes into `SheetInput` sheets and writing a
 * `WorkbookModel` as an XLSX file, with documented limits for hostile files. A separate entry
 * point, `isms/xlsx`, so that nothing else bundles the file libraries.
 *
 * @module xlsx
 */
export type { SheetInput, WorkbookModel } from "../spreadsheet/index.js";
export { DEFAULT_SPREADSHEET_LIMITS } from "./limits.js";
export type { SpreadsheetLimits } from "./limits.js";
export { readSpreadsheet } from "./readSpreadsheet.js";
export type { ReadSpreadsheetOptions } from "./readSpreadsheet.js";
export { writeXlsx } from "./writeXlsx.js";
export type { WriteXlsxOptions } from "./writeXlsx.js";
