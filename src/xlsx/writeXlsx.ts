import writeExcelFile from "write-excel-file/universal";
import type { Cell, Feature, Sheet } from "write-excel-file/universal";
import {
  appendMarkupInsideElement,
  findElement,
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeAttributeValue,
  sanitizeTextContent,
} from "write-excel-file/utility";
import { argumentError } from "../core/_internal/index.js";
import { IsmsError } from "../core/index.js";
import type { WorkbookColumn, WorkbookModel, WorkbookSheet, WorkbookValue } from "../spreadsheet/index.js";
import { escapeCellText, neutralise } from "./_internal/text.js";
import { clearTimestamps } from "./_internal/zip.js";

/**
 * How {@link writeXlsx} writes a workbook.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const options: WriteXlsxOptions = { creator: "isms" };
 * ```
 */
export interface WriteXlsxOptions {
  /** The workbook's author, written to its document properties (`dc:creator`). */
  readonly creator?: string | undefined;
}

const HEADER_FILL = "#D9E1F2";
const MAX_AUTO_WIDTH = 60;
const MIN_AUTO_WIDTH = 8;
/** Rows below the data that still offer a column's list, for the rows people add. */
const SPARE_VALIDATED_ROWS = 1000;
const LAST_ROW = 1_048_576;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
type FileContent = Blob;

function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A `YYYY-MM-DD` date as an Excel serial (1900 date system), or `undefined` when it is no such date. */
function dateSerial(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const serial = (time - EXCEL_EPOCH) / DAY_MS;
  return serial < 61 ? undefined : serial; // before 1900-03-01 Excel's calendar is a day off
}

function textCell(text: string): Cell {
  return text === "" ? null : { type: String, value: escapeCellText(neutralise(text)) };
}

function cell(value: WorkbookValue, column: WorkbookColumn): Cell {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? { type: Number, value } : textCell(String(value));
  if (column.type === "date") {
    const serial = dateSerial(value);
    if (serial !== undefined) return { type: Number, value: serial, format: "yyyy-mm-dd" };
  }
  return textCell(value);
}

function autoWidth(sheet: WorkbookSheet, index: number): number {
  let widest = [...(sheet.columns[index]?.header ?? "")].length + 2;
  for (const row of sheet.rows) {
    const value = row[index];
    if (value === null || value === undefined) continue;
    const longestLine = Math.max(...String(value).split("\n").map((line) => [...line].length));
    widest = Math.max(widest, longestLine + 1);
    if (widest >= MAX_AUTO_WIDTH) return MAX_AUTO_WIDTH;
  }
  return Math.max(MIN_AUTO_WIDTH, widest);
}

/** A data-validation list as a formula, when the values fit one (no commas, at most 255 characters). */
function listFormula(allowed: readonly string[]): string | undefined {
  const values = allowed.filter((value) => value !== "");
  if (values.length === 0 || values.some((value) => value.includes(",") || /[\0-\x1F]/.test(value))) return undefined;
  const list = values.map((value) => value.replaceAll('"', '""')).join(",");
  return list.length > 255 ? undefined : `"${list}"`;
}

function checkModel(workbook: WorkbookModel): void {
  const seen = new Set<string>();
  workbook.sheets.forEach((sheet, index) => {
    const name = sheet.name;
    if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new IsmsError("invalid_argument", `writeXlsx: sheet ${String(index)} has the name "${String(name)}"; a sheet's name has 1 to 31 characters, none of []:*?/\\, and does not start or end with an apostrophe.`, ["sheets", index, "name"]);
    }
    if (seen.has(name.toLowerCase())) throw new IsmsError("invalid_argument", `writeXlsx: two sheets are named "${name}" (sheet names are compared ignoring case).`, ["sheets", index, "name"]);
    seen.add(name.toLowerCase());
    if (sheet.rows.length > LAST_ROW - 1 || sheet.columns.length > 16_384) {
      throw new IsmsError("invalid_argument", `writeXlsx: sheet "${name}" has ${String(sheet.rows.length)} rows and ${String(sheet.columns.length)} columns; a sheet holds at most 1 048 575 rows below its header and 16 384 columns.`, ["sheets", index]);
    }
    sheet.rows.forEach((row, rowIndex) => {
      if (row.length > sheet.columns.length) {
        throw new IsmsError("invalid_argument", `writeXlsx: row ${String(rowIndex)} of sheet "${name}" has ${String(row.length)} values for ${String(sheet.columns.length)} columns.`, ["sheets", index, "rows", rowIndex]);
      }
    });
  });
}

interface SheetExtras {
  readonly autoFilter: string | undefined;
  readonly validations: string;
}

function sheetExtras(sheet: WorkbookSheet): SheetExtras {
  const width = sheet.columns.length;
  const autoFilter = width === 0 ? undefined : `A1:${columnLetters(width - 1)}${String(sheet.rows.length + 1)}`;
  const lastRow = Math.min(LAST_ROW, sheet.rows.length + 1 + SPARE_VALIDATED_ROWS);
  const rules = sheet.columns.flatMap((column, index) => {
    const formula = column.allowed === undefined ? undefined : listFormula(column.allowed);
    if (formula === undefined) return [];
    const letters = columnLetters(index);
    return [
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${letters}2:${letters}${String(lastRow)}"><formula1>${sanitizeTextContent(formula)}</formula1></dataValidation>`,
    ];
  });
  return { autoFilter, validations: rules.length === 0 ? "" : `<dataValidations count="${String(rules.length)}">${rules.join("")}</dataValidations>` };
}

function filtersAndValidations(workbook: WorkbookModel): Feature<FileContent> {
  const extras = workbook.sheets.map(sheetExtras);
  const worksheetOrder = getOrderOfSiblings("xl/worksheets/sheet{id}.xml", "worksheet") ?? [];
  const workbookOrder = getOrderOfSiblings("xl/workbook.xml", "workbook") ?? [];
  return {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform(xml, _options, { sheetIndex }) {
            const extra = extras[sheetIndex];
            if (extra === undefined) return xml;
            let result = xml;
            if (extra.autoFilter !== undefined) {
              result = insertElementMarkupAccordingToOrderOfSiblings(result, `<autoFilter ref="${extra.autoFilter}"/>`, worksheetOrder, "worksheet");
            }
            if (extra.validations !== "") result = insertElementMarkupAccordingToOrderOfSiblings(result, extra.validations, worksheetOrder, "worksheet");
            return result;
          },
        },
        "xl/workbook.xml": {
          transform(xml) {
            const names = workbook.sheets
              .map((sheet, index) => {
                const range = extras[index]?.autoFilter;
                if (range === undefined) return "";
                const absolute = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
                return `<definedName name="_xlnm._FilterDatabase" localSheetId="${String(index)}" hidden="1">${sanitizeTextContent(`'${sheet.name.replaceAll("'", "''")}'!${absolute}`)}</definedName>`;
              })
              .join("");
            if (names === "") return xml;
            const existing = findElement(xml, "definedNames");
            if (existing === undefined) return insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${names}</definedNames>`, workbookOrder, "workbook");
            if (existing.selfClosingTag) return replaceElement(xml, existing, `<definedNames>${names}</definedNames>`);
            return appendMarkupInsideElement(xml, existing, names);
          },
        },
      },
    },
  };
}

function creatorFeature(creator: string): Feature<FileContent> {
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${sanitizeTextContent(creator)}</dc:creator></cp:coreProperties>`;
  return {
    files: {
      transform: {
        "[Content_Types].xml": {
          insert: () => `<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="${sanitizeAttributeValue("/docProps/core.xml")}"/>`,
        },
        "_rels/.rels": {
          insert: () => '<Relationship Id="rId-isms-core" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
        },
      },
      write: { files: () => ({ "docProps/core.xml": core }) },
    },
  };
}

/**
 * Writes a workbook as an XLSX file for people: one sheet per {@link WorkbookSheet}, in order.
 * Pure: no clock, no file system; the same model gives the same bytes.
 *
 * Each sheet has a bold header row on a blue-grey fill, frozen so that it stays in view, an
 * autofilter over the header and the data, column widths from `WorkbookColumn.width` (else
 * from the longest value, between 8 and 60 characters), and a drop-down list on every column
 * with `allowed` values (from row 2 to 1 000 rows below the data; a list that holds a comma
 * or is longer than 255 characters, which a spreadsheet cannot show, is left out). Numbers are
 * written as numbers; a `date` column's `YYYY-MM-DD` values as dates shown `yyyy-mm-dd` (other
 * texts in it as text).
 *
 * Every text is a text cell, never a formula; one that would start a formula in a spreadsheet
 * (`=`, `+`, `-`, `@`, tab, carriage return, their full-width forms, or one of them after
 * spaces) gets a leading apostrophe, as the project's CSV does, and {@link readSpreadsheet}
 * takes it away again. Characters XML cannot hold are written as OOXML escapes (`_x0001_`), so
 * `readSpreadsheet(await writeXlsx(model))` gives back every sheet's header row and rows as
 * strings (numbers as JavaScript writes them, dates as `YYYY-MM-DD`). A carriage return is the
 * one character spreadsheets do not keep: `\r\n` reads back as `\n`. A text longer than 32 767
 * characters is written whole, but Excel shows a cell only up to that length, and
 * `readSpreadsheet` refuses it under its default `maxCellLength`.
 *
 * @param workbook - the sheets to write
 * @param options - the workbook's author
 * @returns the XLSX file's bytes
 * @throws IsmsError `invalid_argument` when a sheet's name is not one a spreadsheet accepts (1 to 31 characters, none of `[]:*?/\`, unique ignoring case), a sheet has more rows or columns than a spreadsheet holds, or a row has more values than the sheet has columns
 * @category Spreadsheet
 * @example
 * ```ts
 * const bytes = await writeXlsx({
 *   sheets: [{ name: "SoA", columns: [{ header: "Control" }, { header: "Applicable", allowed: ["Yes", "No"] }], rows: [["A.5.1", "Yes"]] }],
 * });
 * bytes.length > 0; // true
 * ```
 */
export async function writeXlsx(workbook: WorkbookModel, options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  try {
    checkModel(workbook);
    const sheets: Sheet<FileContent>[] = workbook.sheets.map((sheet) => ({
      sheet: sheet.name,
      data: [
        sheet.columns.map((column): Cell => ({ type: String, value: escapeCellText(neutralise(column.header)), fontWeight: "bold", backgroundColor: HEADER_FILL })),
        ...sheet.rows.map((row) => sheet.columns.map((column, index) => cell(row[index] ?? null, column))),
      ],
      columns: sheet.columns.map((column, index) => ({ width: column.width ?? autoWidth(sheet, index) })),
      stickyRowsCount: 1,
    }));
    const features = [filtersAndValidations(workbook), ...(options.creator === undefined ? [] : [creatorFeature(options.creator)])];
    const blob = await writeExcelFile(sheets, { features }).toBlob();
    return clearTimestamps(new Uint8Array(await blob.arrayBuffer()));
  } catch (error) {
    throw argumentError("writeXlsx", error);
  }
}
