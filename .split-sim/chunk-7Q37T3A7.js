// src/core/issue.ts
import * as z from "zod";

// src/core/error.ts
var IsmsError = class extends Error {
  /** Stable code of the error. */
  code;
  /** Where in the argument the error lies, when it lies somewhere in particular. */
  path;
  /**
   * @param code - stable code
   * @param message - sentence for people
   * @param path - where in the argument the error lies
   * @param options - `cause`: the error that led to this one
   */
  constructor(code, message, path, options) {
    super(message, options);
    this.name = "IsmsError";
    this.code = code;
    if (path !== void 0) this.path = path;
  }
};

// src/core/_internal/guard.ts
function argumentError(operation, error) {
  if (error instanceof IsmsError || isZodError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new IsmsError(
    "invalid_argument",
    `${operation} cannot work with its arguments (${reason}); pass values of the documented types, parsed with the schemas when they come from outside.`,
    void 0,
    { cause: error }
  );
}
function isZodError(error) {
  const traits = error?._zod?.traits;
  return traits instanceof Set && traits.has("ZodError");
}

// src/core/issue.ts
var IssueSeveritySchema = /* @__PURE__ */ z.enum(["error", "warning", "info"]);
function issue(code, message, path = [], severity = "error") {
  return { code, severity, message, path };
}
function hasErrors(issues) {
  try {
    return issues.some((found) => found.severity === "error");
  } catch (error) {
    throw argumentError("hasErrors", error);
  }
}
var severityRank = { error: 0, warning: 1, info: 2 };
function comparePaths(a, b) {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const left = a[index];
    const right = b[index];
    if (left === right) continue;
    if (typeof left === "number" && typeof right === "number") return left - right;
    return String(left) < String(right) ? -1 : 1;
  }
  return a.length - b.length;
}
function compareIssues(a, b) {
  try {
    return comparePaths(a.path, b.path) || severityRank[a.severity] - severityRank[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
  } catch (error) {
    throw argumentError("compareIssues", error);
  }
}
function sortIssues(issues) {
  try {
    return [...issues].sort(compareIssues);
  } catch (error) {
    throw argumentError("sortIssues", error);
  }
}
function prefixIssues(issues, prefix) {
  try {
    return issues.map((found) => ({ ...found, path: [...prefix, ...found.path] }));
  } catch (error) {
    throw argumentError("prefixIssues", error);
  }
}

// src/core/formatIssuePath.ts
function formatIssuePath(path) {
  try {
    if (path.length === 0) return "(document)";
    return path.map((part, index) => typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`).join("");
  } catch (error) {
    throw argumentError("formatIssuePath", error);
  }
}

// src/core/result.ts
function ok(value) {
  return { ok: true, value };
}
function err(error) {
  return { ok: false, error };
}

// src/core/ids.ts
import * as z2 from "zod";
var ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.:\-/]*$/;
function idSchema(brand) {
  return z2.string().min(1).max(128).regex(ID_PATTERN, { message: `${brand} must start with a letter, digit or _ and use only letters, digits and _ . : - /` }).brand();
}
var AssetIdSchema = /* @__PURE__ */ idSchema("AssetId");
var RiskIdSchema = /* @__PURE__ */ idSchema("RiskId");
var TreatmentPlanIdSchema = /* @__PURE__ */ idSchema("TreatmentPlanId");
var DecisionIdSchema = /* @__PURE__ */ idSchema("DecisionId");
var ObligationIdSchema = /* @__PURE__ */ idSchema("ObligationId");
var ObjectiveIdSchema = /* @__PURE__ */ idSchema("ObjectiveId");
var AuditIdSchema = /* @__PURE__ */ idSchema("AuditId");
var FindingIdSchema = /* @__PURE__ */ idSchema("FindingId");
var NonconformityIdSchema = /* @__PURE__ */ idSchema("NonconformityId");
var ActionIdSchema = /* @__PURE__ */ idSchema("ActionId");
var ReviewIdSchema = /* @__PURE__ */ idSchema("ReviewId");
var MethodologyIdSchema = /* @__PURE__ */ idSchema("MethodologyId");
var CatalogueIdSchema = /* @__PURE__ */ z2.string().min(1).max(64).regex(/^[a-z][a-z0-9-]*$/, { message: "must be lower-case letters, digits and -, starting with a letter" }).brand();
var PartySchema = /* @__PURE__ */ z2.string().min(1).max(256).regex(/^\S(?:[\s\S]*\S)?$/, { message: "must not be blank or have leading or trailing white space" });
var NonBlankStringSchema = /* @__PURE__ */ z2.string().regex(/\S/, { message: "must not be blank" });

// src/core/date.ts
import { addDays as addDaysFns } from "date-fns/addDays";
import { addMonths as addMonthsFns } from "date-fns/addMonths";
import { addYears as addYearsFns } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import * as z3 from "zod";
var IsoDateSchema = /* @__PURE__ */ z3.iso.date().regex(/^[1-8]\d{3}-/, { message: "the year must be between 1000 and 8999" });
var IsoDateTimeSchema = /* @__PURE__ */ z3.iso.datetime({ offset: true });
var IsoDurationSchema = /* @__PURE__ */ z3.string().regex(/^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/, { message: "must be an ISO 8601 duration such as P1D, PT4H or P1DT12H" });
function durationToMinutes(duration) {
  const match = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match) throw new IsmsError("invalid_date", `"${duration}" is not a supported ISO 8601 duration`);
  const [, weeks, days, hours, minutes] = match;
  return (Number(weeks ?? 0) * 7 + Number(days ?? 0)) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}
function toDate(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const parsed = new Date(year, month - 1, day);
    parsed.setFullYear(year);
    if (parsed.getFullYear() === year && parsed.getMonth() === month - 1 && parsed.getDate() === day) return parsed;
  }
  throw new IsmsError("invalid_date", `"${date}" is not a calendar date in the form YYYY-MM-DD`);
}
function fromDate(date) {
  const year = date.getFullYear();
  if (!(year >= 1e3 && year <= 9999)) {
    throw new IsmsError("invalid_date", `Date arithmetic left the years 1000\u20139999 (year ${Number.isNaN(year) ? "not a number" : year}).`);
  }
  const pad = (value, width) => String(value).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
function isIsoDate(value) {
  try {
    toDate(value);
    return true;
  } catch {
    return false;
  }
}
function addDays(date, days) {
  return fromDate(addDaysFns(toDate(date), days));
}
function addMonths(date, months) {
  return fromDate(addMonthsFns(toDate(date), months));
}
function addYears(date, years) {
  return fromDate(addYearsFns(toDate(date), years));
}
function daysBetween(from, to) {
  return differenceInCalendarDays(toDate(to), toDate(from));
}
function compareDates(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function toIsoDate(value) {
  try {
    return value.slice(0, 10);
  } catch (error) {
    throw argumentError("toIsoDate", error);
  }
}

// src/core/json.ts
import * as z4 from "zod";
var RESERVED_KEYS = /* @__PURE__ */ Object.freeze(["__proto__"]);
function checkJson(value, path, ctx, depth) {
  if (depth > 64) {
    ctx.addIssue({ code: "custom", message: "JSON nesting deeper than 64 levels", path, params: { isms: "json_too_deep" } });
    return;
  }
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) ctx.addIssue({ code: "custom", message: "number must be finite", path });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkJson(item, [...path, index], ctx, depth + 1));
    return;
  }
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      ctx.addIssue({ code: "custom", message: "must be a plain JSON object", path });
      return;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.includes(key)) {
        ctx.addIssue({ code: "custom", message: `key "${key}" is reserved and not accepted`, path: [...path, key] });
        continue;
      }
      checkJson(value[key], [...path, key], ctx, depth + 1);
    }
    return;
  }
  ctx.addIssue({ code: "custom", message: `${typeof value} is not a JSON value`, path });
}
var JsonValueSchema = /* @__PURE__ */ z4.unknown().superRefine((value, ctx) => {
  checkJson(value, [], ctx, 0);
});
var CustomFieldsSchema = /* @__PURE__ */ z4.unknown().superRefine((value, ctx) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: "custom", message: "custom fields must be a JSON object" });
    return;
  }
  checkJson(value, [], ctx, 0);
});

export {
  IsmsError,
  argumentError,
  IssueSeveritySchema,
  issue,
  hasErrors,
  compareIssues,
  sortIssues,
  prefixIssues,
  formatIssuePath,
  ok,
  err,
  idSchema,
  AssetIdSchema,
  RiskIdSchema,
  TreatmentPlanIdSchema,
  DecisionIdSchema,
  ObligationIdSchema,
  ObjectiveIdSchema,
  AuditIdSchema,
  FindingIdSchema,
  NonconformityIdSchema,
  ActionIdSchema,
  ReviewIdSchema,
  MethodologyIdSchema,
  CatalogueIdSchema,
  PartySchema,
  NonBlankStringSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  IsoDurationSchema,
  durationToMinutes,
  isIsoDate,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  compareDates,
  toIsoDate,
  RESERVED_KEYS,
  JsonValueSchema,
  CustomFieldsSchema
};
