// The workbook export's sheets of a document, as a reader hands them back (the header row, then
// the rows, every cell a string), for the import tests: export then import must change nothing.
import type { IsmsDocument } from "../../src/document/index.js";
import { buildIsmsWorkbook, type SheetInput, type WorkbookModel } from "../../src/spreadsheet/index.js";

/** Every sheet of the workbook, each cell as the string a reader gives ("" for an empty cell). */
export function sheetsOf(workbook: WorkbookModel): SheetInput[] {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    rows: [sheet.columns.map((column) => column.header), ...sheet.rows.map((row) => row.map((value) => (value === null ? "" : String(value))))],
  }));
}

function exported(doc: IsmsDocument, name: string): SheetInput {
  const found = sheetsOf(buildIsmsWorkbook(doc)).find((sheet) => sheet.name === name);
  if (found === undefined) throw new Error(`the workbook has no sheet ${name}`);
  return found;
}

export const soaSheet = (doc: IsmsDocument): SheetInput => exported(doc, "SoA");
export const riskSheet = (doc: IsmsDocument): SheetInput => exported(doc, "Risk register");
export const assetSheet = (doc: IsmsDocument): SheetInput => exported(doc, "Assets");
export const actionSheet = (doc: IsmsDocument): SheetInput => exported(doc, "Treatment plan");
