import Papa from "papaparse";
import { err, issue, ok } from "../../core/index.js";
import type { IsmsIssue, Result } from "../../core/index.js";
import type { SheetInput } from "../../spreadsheet/index.js";
import type { SpreadsheetLimits } from "../limits.js";
import { restore } from "./text.js";

/** Decodes a CSV file's bytes: a byte order mark names the encoding, else UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Windows-1252's bytes 0x80 to 0x9F (the rest is ISO-8859-1, byte = code point). Decoded by
// hand: some runtimes' TextDecoder("windows-1252") decodes these bytes as ISO-8859-1 control
// characters (Node.js 20 does), which would turn "€" into U+0080.
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

/**
 * Whether a text looks like a binary file rather than delimited text: a NUL character, or
 * more than one control character in a hundred among its first 64 Ki characters.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes("\0")) return true;
  const controls = sample.match(/[\x01-\x08\x0B\x0E-\x1F\x7F]/g)?.length ?? 0;
  return controls * 100 > sample.length;
}

const DELIMITERS = [",", ";", "\t"] as const;

/**
 * Guesses the delimiter from the first 20 non-blank rows: the one that splits most rows into
 * the same number (more than one) of fields, ties to the more fields, then to comma, semicolon,
 * tab in that order. Comma when none splits anything.
 */
export function guessDelimiter(text: string): string {
  const sample = text.slice(0, 65_536);
  let best: { delimiter: string; rows: number; fields: number } = { delimiter: ",", rows: 0, fields: 1 };
  for (const delimiter of DELIMITERS) {
    const counts = Papa.parse<string[]>(sample, { delimiter, preview: 20, skipEmptyLines: true }).data.map((row) => row.length);
    const tally = new Map<number, number>();
    for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
    for (const [fields, rows] of tally) {
      if (fields > 1 && (rows > best.rows || (rows === best.rows && fields > best.fields))) best = { delimiter, rows, fields };
    }
  }
  return best.delimiter;
}

// Excel's delimiter hint, a first line `sep=;`, which Excel writes and reads and hides.
const SEPARATOR_HINT = /^sep=([^\r\n])\r?\n/;

/**
 * Reads a CSV file: RFC 4180 quoting, the delimiter named by an Excel `sep=` first line (which
 * is then dropped), else guessed among comma, semicolon and tab.
 */
export function readCsv(whole: string, name: string, limits: SpreadsheetLimits, path: readonly (string | number)[]): Result<SheetInput[], readonly IsmsIssue[]> {
  const hint = SEPARATOR_HINT.exec(whole);
  const text = hint === null ? whole : whole.slice(hint[0].length);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: hint?.[1] ?? guessDelimiter(text),
    skipEmptyLines: false,
    preview: limits.maxRows + 1,
  });
  const quoteErrors = parsed.errors.filter((found) => found.type === "Quotes");
  if (quoteErrors.length > 0) {
    return err(
      quoteErrors.map((found) =>
        issue("csv_malformed_quotes", `Row ${String((found.row ?? 0) + 1)}: ${found.message}; the file's quoting is broken, so its rows cannot be told apart.`, [...path, found.row ?? 0]),
      ),
    );
  }
  const rows: string[][] = parsed.data.map((row) => (row.length === 1 && row[0] === "" ? [] : row.map(restore)));
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  // Stopped before the end of the file: rows beyond the limit, blank or not, would be lost.
  if (rows.length > limits.maxRows || parsed.meta.truncated) {
    return err([issue("too_many_rows", `The file has more than ${String(limits.maxRows)} rows, the limit (limits.maxRows).`, [...path])]);
  }
  const issues: IsmsIssue[] = [];
  rows.forEach((row, rowIndex) => {
    if (row.length > limits.maxColumns) {
      issues.push(issue("too_many_columns", `Row ${String(rowIndex + 1)} has ${String(row.length)} fields, above the limit of ${String(limits.maxColumns)} (limits.maxColumns).`, [...path, rowIndex]));
    }
    row.forEach((cell, columnIndex) => {
      if (cell.length > limits.maxCellLength) {
        issues.push(issue("cell_too_long", `Row ${String(rowIndex + 1)}, field ${String(columnIndex + 1)} has ${String(cell.length)} characters, above the limit of ${String(limits.maxCellLength)} (limits.maxCellLength).`, [...path, rowIndex, columnIndex]));
      }
    });
  });
  if (issues.length > 0) return err(issues.slice(0, 100));
  return ok([{ name, rows }]);
}
