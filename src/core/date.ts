// Per-function entry points: importing the "date-fns" root makes Node load every one of its
// modules (about 110 ms of cold start); these four load a handful.
import { addDays as addDaysFns } from "date-fns/addDays";
import { addMonths as addMonthsFns } from "date-fns/addMonths";
import { addYears as addYearsFns } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import * as z from "zod";
import { IsmsError } from "./error.js";
import { argumentError } from "./_internal/guard.js";

/**
 * A calendar date in ISO 8601 form, `YYYY-MM-DD`, as stored in every document. Years are
 * limited to 1000–8999, so that date arithmetic (review intervals, expiry periods) always
 * stays within four-digit years and its results parse again.
 *
 * @category Core
 * @example
 * ```ts
 * IsoDateSchema.parse("2026-02-28");
 * IsoDateSchema.safeParse("9998-06-01").success; // false: the year is after 8999
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ z.iso.date().regex(/^[1-8]\d{3}-/, { message: "the year must be between 1000 and 8999" });

/**
 * A calendar date string `YYYY-MM-DD`.
 *
 * @category Core
 * @example
 * ```ts
 * const due: IsoDate = "2026-12-31";
 * daysBetween("2026-11-27", due); // 34
 * addDays(due, 1); // "2027-01-01"
 * ```
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A date and time in ISO 8601 form with a time zone offset (`Z` or `±hh:mm`).
 *
 * @category Core
 * @example
 * ```ts
 * IsoDateTimeSchema.parse("2026-11-27T09:00:00Z");
 * ```
 */
export const IsoDateTimeSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });

/**
 * A date-time string with a time zone.
 *
 * @category Core
 * @example
 * ```ts
 * const at: IsoDateTime = "2026-11-27T09:00:00Z";
 * ```
 */
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

/**
 * A duration in ISO 8601 form limited to days, hours and minutes (`P3D`, `PT4H`,
 * `P1DT12H`, `PT15M`), as used for recovery objectives.
 *
 * @category Core
 * @example
 * ```ts
 * IsoDurationSchema.parse("PT4H");
 * ```
 */
export const IsoDurationSchema = /* @__PURE__ */ z
  .string()
  .regex(/^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/, { message: "must be an ISO 8601 duration such as P1D, PT4H or P1DT12H" });

/**
 * An ISO 8601 duration string.
 *
 * @category Core
 * @example
 * ```ts
 * const rto: IsoDuration = "PT4H";
 * durationToMinutes(rto); // 240
 * ```
 */
export type IsoDuration = z.infer<typeof IsoDurationSchema>;

/**
 * The number of minutes an {@link IsoDuration} stands for (weeks are 7 days, days 24 hours).
 *
 * @param duration - e.g. `"P1DT12H"`
 * @returns minutes
 * @throws {@link IsmsError} `invalid_date` when the text is not a supported duration
 * @category Core
 * @example
 * ```ts
 * durationToMinutes("P1DT12H"); // 2160
 * ```
 */
export function durationToMinutes(duration: string): number {
  const match = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match) throw new IsmsError("invalid_date", `"${duration}" is not a supported ISO 8601 duration`);
  const [, weeks, days, hours, minutes] = match;
  return (Number(weeks ?? 0) * 7 + Number(days ?? 0)) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}

// Dates are handled as local midnight, the convention of date-fns: the day arithmetic is then
// the same in every time zone. Parsing and formatting are done by hand so that no locale is
// bundled.
function toDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const parsed = new Date(year, month - 1, day);
    parsed.setFullYear(year);
    if (parsed.getFullYear() === year && parsed.getMonth() === month - 1 && parsed.getDate() === day) return parsed;
  }
  throw new IsmsError("invalid_date", `"${date}" is not a calendar date in the form YYYY-MM-DD`);
}

// Only four-digit years are written: a five-digit or negative year would not be `YYYY-MM-DD`
// and could not be read back.
function fromDate(date: Date): IsoDate {
  const year = date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) {
    throw new IsmsError("invalid_date", `Date arithmetic left the years 1000–9999 (year ${Number.isNaN(year) ? "not a number" : year}).`);
  }
  const pad = (value: number, width: number): string => String(value).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * Whether a string is a real calendar date in the form `YYYY-MM-DD`.
 *
 * @param value - any string
 * @returns `true` for e.g. `"2028-02-29"`, `false` for `"2026-02-29"`
 * @category Core
 * @example
 * ```ts
 * isIsoDate("2026-02-29"); // false
 * ```
 */
export function isIsoDate(value: string): value is IsoDate {
  try {
    toDate(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds days to a calendar date.
 *
 * @param date - `YYYY-MM-DD`
 * @param days - may be negative
 * @returns the new date
 * @throws {@link IsmsError} `invalid_date` when `date` is not a calendar date, or when the
 *   result falls outside the years 1000–9999
 * @category Core
 * @example
 * ```ts
 * addDays("2026-12-30", 3); // "2027-01-02"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDate(addDaysFns(toDate(date), days));
}

/**
 * Adds calendar months; the day is clamped to the end of a shorter month (date-fns rule).
 *
 * @param date - `YYYY-MM-DD`
 * @param months - may be negative
 * @returns the new date
 * @throws {@link IsmsError} `invalid_date` when `date` is not a calendar date, or when the
 *   result falls outside the years 1000–9999
 * @category Core
 * @example
 * ```ts
 * addMonths("2026-01-31", 1); // "2026-02-28"
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromDate(addMonthsFns(toDate(date), months));
}

/**
 * Adds years; 29 February becomes 28 February in a common year.
 *
 * @param date - `YYYY-MM-DD`
 * @param years - may be negative
 * @returns the new date
 * @throws {@link IsmsError} `invalid_date` when `date` is not a calendar date, or when the
 *   result falls outside the years 1000–9999
 * @category Core
 * @example
 * ```ts
 * addYears("2024-02-29", 1); // "2025-02-28"
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return fromDate(addYearsFns(toDate(date), years));
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @param from - `YYYY-MM-DD`
 * @param to - `YYYY-MM-DD`
 * @returns whole days
 * @throws {@link IsmsError} `invalid_date` when a date is not a calendar date
 * @category Core
 * @example
 * ```ts
 * daysBetween("2026-02-27", "2026-03-01"); // 2
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/**
 * Compares two calendar dates as strings compare: `YYYY-MM-DD` sorts chronologically.
 *
 * @param a - `YYYY-MM-DD`
 * @param b - `YYYY-MM-DD`
 * @returns negative when `a` is earlier, 0 when equal, positive when later
 * @category Core
 * @example
 * ```ts
 * compareDates("2026-01-02", "2026-01-10") < 0; // true
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The calendar date part of a date-time or date string.
 *
 * @param value - `YYYY-MM-DD` or an ISO date-time
 * @returns `YYYY-MM-DD`
 * @category Core
 * @example
 * ```ts
 * toIsoDate("2026-11-27T23:00:00Z"); // "2026-11-27"
 * ```
 */
export function toIsoDate(value: string): IsoDate {
  try {
    return value.slice(0, 10);
  } catch (error) {
    throw argumentError("toIsoDate", error);
  }
}
