/**
 * Spreadsheets in and out, the pure part: the shapes a reader hands over and a writer takes
 * (`SheetInput`, `WorkbookModel`), header recognition, value coercion, import plans traced to
 * sheet, row and cell, and the workbook built from a document. Works on rows of strings, so a
 * browser app can feed it from any reader. A separate entry point, `isms/spreadsheet`; the file
 * adapters (XLSX and CSV bytes) are in `isms/xlsx`.
 *
 * @module spreadsheet
 */
export type { CellAddress, CellRange, CellKind, SheetInput, WorkbookValue, WorkbookColumn, WorkbookSheet, WorkbookModel } from "./sheet.js";
export { buildIsmsWorkbook } from "./buildIsmsWorkbook.js";
export type { BuildIsmsWorkbookOptions } from "./buildIsmsWorkbook.js";
export { ImportKindSchema, ImportMappingSchema } from "./importTypes.js";
export type { ImportKind, ImportMapping, PlanImportOptions, ImportColumn, ImportStep, ImportIssue, ImportPlan } from "./importTypes.js";
export { planImport } from "./planImport.js";
export { applyImportPlan } from "./applyImportPlan.js";
export { renderImportPlan } from "./renderImportPlan.js";
