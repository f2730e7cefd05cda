import { argumentError } from "../core/_internal/index.js";
import { err, issue } from "../core/index.js";
import type { IsmsIssue, Result } from "../core/index.js";
import type { SheetInput } from "../spreadsheet/index.js";
import { decodeText, looksBinary, readCsv } from "./_internal/csv.js";
import { readWorkbook } from "./_internal/workbook.js";
import { inspectZip, sheetNameOfPart } from "./_internal/zip.js";
import { DEFAULT_SPREADSHEET_LIMITS } from "./limits.js";
import type { SpreadsheetLimits } from "./limits.js";

/**
 * How {@link readSpreadsheet} reads a file.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const options: ReadSpreadsheetOptions = { fileName: "soa.xlsx", sheet: "SoA", limits: { maxRows: 10_000 } };
 * ```
 */
export interface ReadSpreadsheetOptions {
  /** The file's name: its extension chooses the format, and it leads every issue's path. */
  readonly fileName?: string | undefined;
  /** The format, when the name does not tell it; without both, the bytes are sniffed. */
  readonly format?: "csv" | "xlsx" | undefined;
  /** Limits to change; the others stay at {@link DEFAULT_SPREADSHEET_LIMITS}. */
  readonly limits?: Partial<SpreadsheetLimits> | undefined;
  /** Read only this sheet of a workbook (an issue `unknown_sheet` when there is none); a CSV file ignores it. */
  readonly sheet?: string | undefined;
}

type Format = "csv" | "xlsx" | "ole2" | "unsupported";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function formatOf(bytes: Uint8Array, options: ReadSpreadsheetOptions): Format {
  if (startsWith(bytes, OLE2)) return "ole2";
  if (options.format !== undefined) return options.format;
  const extension = /\.([^./\\]+)$/.exec(options.fileName ?? "")?.[1]?.toLowerCase();
  if (extension !== undefined) {
    if (["csv", "tsv", "txt"].includes(extension)) return "csv";
    if (["xlsx", "xlsm", "xltx", "xltm"].includes(extension)) return "xlsx";
    if (["xls", "xlsb", "ods", "numbers", "xml"].includes(extension)) return "unsupported";
  }
  return startsWith(bytes, [0x50, 0x4b]) ? "xlsx" : "csv";
}

// An OLE2 compound file is an Excel 97-2003 workbook, or an encrypted (password-protected)
// XLSX, whose directory names its "EncryptionInfo" stream (in UTF-16).
function isEncrypted(bytes: Uint8Array): boolean {
  const needle = [..."EncryptionInfo"].flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let at = 0; at + needle.length <= bytes.length; at++) {
    for (let index = 0; index < needle.length; index++) if (bytes[at + index] !== needle[index]) continue outer;
    return true;
  }
  return false;
}

function readXlsx(bytes: Uint8Array, limits: SpreadsheetLimits, sheet: string | undefined, path: readonly string[]): Result<SheetInput[], readonly IsmsIssue[]> {
  const where = [...path];
  if (!startsWith(bytes, [0x50, 0x4b])) return err([issue("not_a_spreadsheet", "The file is not an XLSX workbook (an XLSX file is a zip archive, and this one is not).", where)]);
  const zip = inspectZip(bytes, limits.maxUncompressedBytes, limits.maxRows);
  if ("kind" in zip) {
    switch (zip.kind) {
      case "corrupt":
        return err([issue("corrupt_file", `The workbook is damaged: ${zip.detail}.`, where)]);
      case "encrypted":
        return err([issue("encrypted_workbook", "The workbook's zip is encrypted; save it without a password and read it again.", where)]);
      case "unsupported":
        return err([issue("unsupported_format", `The workbook cannot be read: ${zip.detail}.`, where)]);
      case "too_large":
        return err([
          issue(
            "uncompressed_too_large",
            `The workbook ${zip.declared ? "declares" : "expands to more than"} ${String(zip.bytes)} bytes uncompressed, above the limit of ${String(limits.maxUncompressedBytes)} (limits.maxUncompressedBytes); it may be a zip bomb.`,
            where,
          ),
        ]);
      case "too_many_rows": {
        const name = sheetNameOfPart(bytes, zip.part);
        const sheetText = name === undefined ? `A sheet of the workbook (part ${zip.part})` : `Sheet "${name}"`;
        return err([issue("too_many_rows", `${sheetText} has more than ${String(limits.maxRows)} rows, the limit (limits.maxRows).`, name === undefined ? where : [...where, name])]);
      }
      case "doctype":
        return err([issue("xml_doctype", `The workbook's part ${zip.part} declares a document type or entities, which no spreadsheet needs and which can expand without bound; it is refused.`, where)]);
    }
  }
  if (!zip.names.includes("xl/workbook.xml")) {
    const binary = zip.names.includes("xl/workbook.bin");
    return err([
      issue(
        binary ? "unsupported_format" : "not_a_spreadsheet",
        binary ? "The file is a binary workbook (XLSB); save it as XLSX and read it again." : "The file is a zip archive but not an XLSX workbook (it has no xl/workbook.xml).",
        where,
      ),
    ]);
  }
  return readWorkbook(bytes, limits, sheet, where);
}

/**
 * Reads a CSV or XLSX file into sheets of strings, ready for the import core
 * (`isms/spreadsheet`). Pure: takes the file's bytes, reads nothing else.
 *
 * The format comes from `options.format`, else from the extension of `options.fileName`
 * (`.csv`, `.tsv`, `.txt`; `.xlsx`, `.xlsm`), else from the bytes (a zip is XLSX, anything else
 * CSV).
 *
 * - **CSV** (RFC 4180): the delimiter is the one an Excel `sep=;` first line names (the line
 *   is dropped), else guessed among comma, semicolon and tab; quoted fields
 *   may hold delimiters and line breaks. UTF-8 with or without a byte order mark, UTF-16 with
 *   one, else Windows-1252. A row with more fields than the others is kept as it is. One sheet,
 *   named after the file; every cell a string, no `kinds`.
 * - **XLSX**: every sheet, or `options.sheet`. Values as stored, not as displayed: numbers as
 *   JavaScript writes them (`0.1`, `1234.5`), date-formatted numbers as `YYYY-MM-DD` (or
 *   `YYYY-MM-DDTHH:mm:ss` with a time of day), booleans `TRUE`/`FALSE`, errors as their text
 *   (`#N/A`, kind `e`), formulas as their cached values; `merges` and `kinds` as the file
 *   declares them. Rows end at their last non-empty cell; trailing empty rows are dropped, and
 *   nothing is built for the empty rows a used range or a whole-column data validation spans.
 * - **Formula neutralisation undone**: a text cell that starts with an apostrophe followed by
 *   a formula-leading character (`'=…`, `'+…`, `'-…`, `'@…`: what {@link writeXlsx} and the
 *   project's CSV add) loses that one apostrophe, so a written file reads back exactly.
 *
 * Hostile files are refused with one issue each (path `[fileName]`), never a hang or a throw:
 * `file_too_large` (above `maxBytes`), `uncompressed_too_large` (a zip that declares or
 * inflates to more than `maxUncompressedBytes`: a zip bomb is stopped while it inflates),
 * `xml_doctype` (a document type or entity declaration in any XML part: entity expansion),
 * `too_many_rows` (counted in the zip before any parsing), `too_many_columns`, `too_many_sheets`, `cell_too_long` (path to the sheet,
 * row and column), `corrupt_file` (a damaged or truncated zip), `encrypted_workbook` (a
 * password-protected workbook), `unsupported_format` (Excel 97-2003 `.xls`, XLSB, ODS, ZIP64),
 * `not_a_spreadsheet` (a binary file, a zip of something else), `csv_malformed_quotes`, and
 * `unknown_sheet`.
 *
 * @param bytes - the file's content
 * @param options - the file's name, its format, limits, the sheet to read
 * @returns the sheets, or the issues that stopped the reading
 * @throws IsmsError `invalid_argument` when `bytes` is not a `Uint8Array` or a limit is not a positive number
 * @category Spreadsheet
 * @example
 * ```ts
 * const result = readSpreadsheet(new TextEncoder().encode("Control;Applicable?\nA.5.1;Yes\n"), { fileName: "soa.csv" });
 * if (result.ok) result.value[0]?.rows; // [["Control", "Applicable?"], ["A.5.1", "Yes"]]
 * ```
 */
export function readSpreadsheet(bytes: Uint8Array, options: ReadSpreadsheetOptions = {}): Result<SheetInput[], readonly IsmsIssue[]> {
  try {
    if (!(bytes instanceof Uint8Array)) throw new TypeError("bytes must be a Uint8Array");
    const limits: SpreadsheetLimits = { ...DEFAULT_SPREADSHEET_LIMITS, ...options.limits };
    for (const [key, value] of Object.entries(limits)) {
      if (typeof value !== "number" || !(value > 0)) throw new TypeError(`limits.${key} must be a positive number`);
    }
    const fileName = options.fileName ?? "file";
    const path = [fileName];
    if (bytes.length > limits.maxBytes) {
      return err([issue("file_too_large", `The file has ${String(bytes.length)} bytes, above the limit of ${String(limits.maxBytes)} (limits.maxBytes).`, path)]);
    }
    switch (formatOf(bytes, options)) {
      case "ole2":
        return err([
          isEncrypted(bytes)
            ? issue("encrypted_workbook", "The workbook is password-protected (encrypted); remove the password in the spreadsheet program, save it as XLSX and read it again.", path)
            : issue("unsupported_format", "The file is an Excel 97-2003 workbook (.xls); save it as XLSX (or CSV) and read it again.", path),
        ]);
      case "unsupported":
        return err([issue("unsupported_format", "Only CSV and XLSX files can be read; save the file as XLSX (or CSV) and read it again.", path)]);
      case "xlsx":
        return readXlsx(bytes, limits, options.sheet, path);
      case "csv": {
        const text = decodeText(bytes);
        if (looksBinary(text)) return err([issue("not_a_spreadsheet", "The file is neither a CSV text nor an XLSX workbook: it holds binary data.", path)]);
        const name = fileName.replace(/^.*[/\\]/, "");
        return readCsv(text, name, limits, path);
      }
    }
  } catch (error) {
    throw argumentError("readSpreadsheet", error);
  }
}
