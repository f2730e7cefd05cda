/**
 * Spreadsheet files: reading CSV and XLSX bytes into `SheetInput` sheets and writing a
 * `WorkbookModel` as an XLSX file, with documented limits for hostile files. A separate entry
 * point, `isms/xlsx`, so that nothing else bundles the file libraries.
 *
 * @module xlsx
 */
export type { SheetInput, WorkbookModel } from "../spreadsheet/index.js";
