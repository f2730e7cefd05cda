import { addDays, isIsoDate } from "../../core/index.js";
import type { CellKind } from "../sheet.js";

/** A coerced value, or why the cell's text could not be taken. */
export type Coerced<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string; readonly message: string };

const yes = <T>(value: T): Coerced<T> => ({ ok: true, value });
const no = <T>(code: string, message: string): Coerced<T> => ({ ok: false, code, message });

/** A cell's text in quotes for a message, cut to 80 characters. */
export function quote(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
}

/** Lower case, letters and digits only, single spaces: how headers and labels are compared. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const TRUE_WORDS = /* @__PURE__ */ new Set(["yes", "y", "true", "1", "x", "✓", "✔", "☑", "✅", "included", "include", "applicable", "applies", "in scope", "selected"]);
const FALSE_WORDS = /* @__PURE__ */ new Set(["no", "n", "false", "0", "✗", "✘", "☒", "❌", "excluded", "exclude", "not applicable", "n a", "na", "out of scope", "not selected"]);

/**
 * Yes/No as people write it: Yes/No, Y/N, ticks and crosses, TRUE/FALSE, 1/0, x (ticked),
 * Included/Excluded, case-insensitive. A lone "x" means ticked.
 */
export function parseYesNo(text: string): Coerced<boolean> {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (TRUE_WORDS.has(lower) || TRUE_WORDS.has(normaliseText(trimmed))) return yes(true);
  if (FALSE_WORDS.has(lower) || FALSE_WORDS.has(normaliseText(trimmed))) return yes(false);
  return no("unrecognised_yes_no", `${quote(trimmed)} is not a yes or no (Yes/No, Y/N, ✓/✗, TRUE/FALSE, 1/0, Included/Excluded).`);
}

/** A level of a scale as the import compares it: key, label and, for risk scales, a value. */
export interface LevelLike {
  readonly key: string;
  readonly label: string;
  readonly value?: number | undefined;
}

function initials(label: string): string {
  return normaliseText(label)
    .split(" ")
    .map((word) => word.charAt(0))
    .join("");
}

function matchOne(levels: readonly LevelLike[], text: string): string | undefined {
  const lower = text.trim().toLowerCase();
  const normal = normaliseText(text);
  if (normal === "") return undefined;
  const byKey = levels.find((level) => level.key.toLowerCase() === lower || normaliseText(level.key) === normal);
  if (byKey) return byKey.key;
  const byLabel = levels.filter((level) => normaliseText(level.label) === normal);
  if (byLabel.length === 1) return byLabel[0]?.key;
  if (/^-?\d+(\.\d+)?$/.test(lower)) {
    const number = Number(lower);
    const byValue = levels.filter((level, index) => (level.value ?? index + 1) === number);
    return byValue.length === 1 ? byValue[0]?.key : undefined;
  }
  if (/^[\p{L}]{1,3}$/u.test(normal)) {
    const full = levels.filter((level) => initials(level.label) === normal);
    if (full.length === 1) return full[0]?.key;
    if (normal.length === 1) {
      const first = levels.filter((level) => normaliseText(level.label).startsWith(normal));
      if (first.length === 1) return first[0]?.key;
    }
  }
  return undefined;
}

/**
 * Finds the level a cell names: by key, by label, by value (risk scales) or 1-based position,
 * by initials (H, M, L, VH when exactly one level fits), or as "3 - Possible" / "Possible (3)"
 * when both parts name the same level. Anything else is `undefined`: never a guess.
 */
export function matchLevel(levels: readonly LevelLike[], text: string): string | undefined {
  // No level is named by a long text; the cap keeps the patterns below linear on hostile cells.
  if (text.length > MAX_VALUE_LENGTH) return undefined;
  const direct = matchOne(levels, text);
  if (direct !== undefined) return direct;
  const compound = /^\s*(\d+(?:\.\d+)?)\s*[-–—:.)=]?\s*\(?\s*([^()]*?)\s*\)?\s*$/u.exec(text) ?? /^\s*([^()\d][^()]*?)\s*[-–—:=]?\s*\(\s*(\d+(?:\.\d+)?)\s*\)\s*$/u.exec(text);
  if (!compound) return undefined;
  const [, first = "", second = ""] = compound;
  const a = matchOne(levels, first);
  const b = matchOne(levels, second);
  return a !== undefined && a === b ? a : undefined;
}

/** The longest cell text compared with levels, dates and control ids. */
export const MAX_VALUE_LENGTH = 200;

/** Which way round a date like 03/04/2026 is read. */
export type DateOrder = "day-first" | "month-first";

function isoOf(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(text) ? text : undefined;
}

/**
 * A date as people and spreadsheets write it: ISO (`2026-12-31`, with or without a time),
 * `2026/12/31`, day-first (`31/12/2026`, `31.12.2026`), month-first (`12/31/2026`), and Excel
 * serial numbers (1900 date system). A date that reads both ways (`03/04/2026`) is an issue
 * unless `order` says which way; dots always mean day-first.
 */
export function parseDate(text: string, kind: CellKind | undefined, order: DateOrder | undefined): Coerced<string> {
  const trimmed = text.trim();
  if (trimmed.length > MAX_VALUE_LENGTH) return no("invalid_date", `The cell is not a date (${trimmed.length} characters).`);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+Z?)?$/.exec(trimmed) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(trimmed);
  if (iso) {
    const value = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value ? yes(value) : no("invalid_date", `${quote(trimmed)} is not a calendar date.`);
  }
  const local = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(trimmed);
  if (local) {
    const a = Number(local[1]);
    const b = Number(local[3]);
    const year = Number(local[4]);
    let dayFirst: boolean;
    if (local[2] === ".") dayFirst = true;
    else if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    else if (a === b) dayFirst = true;
    else if (order !== undefined) dayFirst = order === "day-first";
    else return no("ambiguous_date", `${quote(trimmed)} reads as a date either way round (day first or month first); set "dateOrder" in the mapping.`);
    const value = dayFirst ? isoOf(year, b, a) : isoOf(year, a, b);
    return value ? yes(value) : no("invalid_date", `${quote(trimmed)} is not a calendar date.`);
  }
  if (/^\d+(\.\d+)?$/.test(trimmed) && (kind === "n" || kind === undefined || kind === "")) {
    const serial = Math.floor(Number(trimmed));
    // 1900 system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was.
    if (serial >= 1 && serial <= 2958465) return yes(serial < 61 ? addDays("1899-12-31", serial) : addDays("1899-12-30", serial));
  }
  return no("invalid_date", `${quote(trimmed)} is not a date (use YYYY-MM-DD, 31/12/2026, 12/31/2026 or a spreadsheet date).`);
}

/** Splits a list cell ("A, B; C" or one per line) into its trimmed, non-empty parts. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
