import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  AssetIdSchema,
  compareDates,
  CustomFieldsSchema,
  daysBetween,
  durationToMinutes,
  err,
  hasErrors,
  IsmsError,
  isIsoDate,
  issue,
  IsoDateSchema,
  IsoDurationSchema,
  JsonValueSchema,
  NonBlankStringSchema,
  ok,
  PartySchema,
  prefixIssues,
  sortIssues,
  toIsoDate,
} from "../../src/core/index.js";

describe("issues", () => {
  it("defaults the severity to error", () => {
    expect(issue("x", "X").severity).toBe("error");
  });
  it("hasErrors is false for warnings only and true with one error", () => {
    expect(hasErrors([issue("a", "A", [], "warning")])).toBe(false);
    expect(hasErrors([issue("a", "A", [], "warning"), issue("b", "B")])).toBe(true);
  });
  it("sorts by path with numeric indexes, then severity, code and message", () => {
    const sorted = sortIssues([
      issue("z", "Z", ["assets", 10]),
      issue("b", "B", ["assets", 2], "warning"),
      issue("a", "A", ["assets", 2]),
      issue("c", "C", ["assets"]),
      issue("d", "D", ["risks", 0]),
      issue("a", "A2", ["assets", 2]),
    ]);
    expect(sorted.map((found) => found.message)).toEqual(["C", "A", "A2", "B", "Z", "D"]);
  });
  it("prefixes paths", () => {
    expect(prefixIssues([issue("x", "X", [1, "owner"])], ["assets"])[0]?.path).toEqual(["assets", 1, "owner"]);
  });
});

describe("result", () => {
  it("wraps values and errors", () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(err("no")).toEqual({ ok: false, error: "no" });
  });
});

describe("IsmsError", () => {
  it("carries a code and is an Error", () => {
    const error = new IsmsError("unknown_entity", "nope");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("unknown_entity");
    expect(error.name).toBe("IsmsError");
  });
});

describe("ids", () => {
  it("accepts ordinary ids and rejects blank or odd ones", () => {
    expect(AssetIdSchema.safeParse("A-001").success).toBe(true);
    expect(AssetIdSchema.safeParse("").success).toBe(false);
    expect(AssetIdSchema.safeParse(" A").success).toBe(false);
    expect(AssetIdSchema.safeParse("a b").success).toBe(false);
    expect(AssetIdSchema.safeParse("x".repeat(129)).success).toBe(false);
  });
  it("parties and non-blank strings reject white space only", () => {
    expect(PartySchema.safeParse("CISO").success).toBe(true);
    expect(PartySchema.safeParse("  ").success).toBe(false);
    expect(PartySchema.safeParse("CISO ").success).toBe(false);
    expect(NonBlankStringSchema.safeParse("\t\n").success).toBe(false);
  });
});

describe("dates", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });
  it("clamps months and leap days", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });
  it("counts calendar days", () => {
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(daysBetween("2026-03-01", "2026-02-27")).toBe(-2);
  });
  it("recognises real calendar dates only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-2-1")).toBe(false);
    expect(() => addDays("2026-13-01", 1)).toThrow(IsmsError);
  });
  it("compares and truncates", () => {
    expect(compareDates("2026-01-02", "2026-01-10")).toBeLessThan(0);
    expect(compareDates("2026-01-10", "2026-01-02")).toBeGreaterThan(0);
    expect(compareDates("2026-01-10", "2026-01-10")).toBe(0);
    expect(toIsoDate("2026-11-27T23:00:00Z")).toBe("2026-11-27");
  });
  it("the schema accepts years 1000 to 8999 only", () => {
    expect(IsoDateSchema.safeParse("1000-01-01").success).toBe(true);
    expect(IsoDateSchema.safeParse("8999-12-31").success).toBe(true);
    expect(IsoDateSchema.safeParse("9998-06-01").success).toBe(false);
    expect(IsoDateSchema.safeParse("0999-12-31").success).toBe(false);
    expect(IsoDateSchema.safeParse("2026-02-29").success).toBe(false);
  });
  it("date arithmetic on a late schema-valid date still gives a four-digit date", () => {
    expect(addYears("8999-06-01", 2)).toBe("9001-06-01");
    expect(isIsoDate(addDays("8999-12-31", 365))).toBe(true);
  });
  it("date arithmetic never writes a year outside 1000 to 9999", () => {
    expect(() => addYears("9998-06-01", 3)).toThrow(/years 1000–9999/);
    expect(() => addDays("1000-01-01", -1)).toThrow(IsmsError);
    expect(() => addMonths("9999-12-01", 1)).toThrow(expect.objectContaining({ code: "invalid_date" }));
    expect(() => addDays("2026-01-01", Number.NaN)).toThrow(/not a number/);
  });
  it("reads durations", () => {
    expect(durationToMinutes("P1DT12H")).toBe(2160);
    expect(durationToMinutes("PT15M")).toBe(15);
    expect(durationToMinutes("P2W")).toBe(20160);
    expect(IsoDurationSchema.safeParse("P").success).toBe(false);
    expect(IsoDurationSchema.safeParse("PT").success).toBe(false);
    expect(() => durationToMinutes("4 hours")).toThrow(IsmsError);
  });
});

describe("JSON values", () => {
  it("keeps nested values as given", () => {
    const value = { a: [1, "b", null, { c: true }] };
    expect(JsonValueSchema.parse(value)).toEqual(value);
  });
  it("reports a __proto__ key with its path instead of dropping it", () => {
    const result = CustomFieldsSchema.safeParse(JSON.parse('{"x":{"__proto__":{"polluted":1}}}'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["x", "__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
  it("rejects non-JSON values", () => {
    expect(JsonValueSchema.safeParse(Number.NaN).success).toBe(false);
    expect(JsonValueSchema.safeParse(undefined).success).toBe(false);
    expect(JsonValueSchema.safeParse(new Date()).success).toBe(false);
    expect(CustomFieldsSchema.safeParse([1]).success).toBe(false);
  });
  it("rejects nesting deeper than 64 levels", () => {
    let deep: unknown = 1;
    for (let level = 0; level < 70; level += 1) deep = [deep];
    expect(JsonValueSchema.safeParse(deep).success).toBe(false);
  });
});
