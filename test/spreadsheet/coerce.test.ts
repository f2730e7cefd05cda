import { describe, expect, it } from "vitest";
import { matchLevel, normaliseText, parseDate, parseYesNo, splitList } from "../../src/spreadsheet/_internal/coerce.js";

describe("parseYesNo", () => {
  it.each(["Yes", "y", "TRUE", "1", "x", "X", "✓", "✔", "Included", "included"])("%s is yes", (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: true });
  });
  it.each(["No", "n", "FALSE", "0", "✗", "✘", "Excluded", "N/A"])("%s is no", (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: false });
  });
  it("anything else is refused with a code", () => {
    const result = parseYesNo("maybe");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("unrecognised_yes_no");
  });
});

describe("matchLevel", () => {
  const likelihood = [
    { key: "rare", label: "Rare" },
    { key: "unlikely", label: "Unlikely" },
    { key: "possible", label: "Possible" },
    { key: "likely", label: "Likely" },
    { key: "almost_certain", label: "Almost certain" },
  ];
  const hml = [
    { key: "low", label: "Low" },
    { key: "medium", label: "Medium" },
    { key: "high", label: "High" },
    { key: "very_high", label: "Very high" },
  ];
  it("matches by key, by label and by 1-based position", () => {
    expect(matchLevel(likelihood, "almost_certain")).toBe("almost_certain");
    expect(matchLevel(likelihood, "ALMOST CERTAIN")).toBe("almost_certain");
    expect(matchLevel(likelihood, "3")).toBe("possible");
  });
  it("matches by a level's value when it has one", () => {
    expect(matchLevel([{ key: "a", label: "A", value: 10 }, { key: "b", label: "B", value: 20 }], "20")).toBe("b");
    expect(matchLevel([{ key: "a", label: "A", value: 10 }, { key: "b", label: "B", value: 20 }], "2")).toBeUndefined();
  });
  it("matches initials and first letters only when exactly one level fits", () => {
    expect(matchLevel(hml, "H")).toBe("high");
    expect(matchLevel(hml, "m")).toBe("medium");
    expect(matchLevel(hml, "VH")).toBe("very_high");
    expect(matchLevel(likelihood, "H")).toBeUndefined();
  });
  it("reads free-text scores whose number and label agree", () => {
    expect(matchLevel(likelihood, "3 - Possible")).toBe("possible");
    expect(matchLevel(likelihood, "Possible (3)")).toBe("possible");
    expect(matchLevel(likelihood, "4 - Possible")).toBeUndefined();
  });
  it("never guesses: an unknown value is undefined", () => {
    expect(matchLevel(likelihood, "Often")).toBeUndefined();
    expect(matchLevel(likelihood, "9")).toBeUndefined();
  });
});

describe("parseDate", () => {
  it("reads ISO dates, with or without a time", () => {
    expect(parseDate("2026-12-31", undefined, undefined)).toEqual({ ok: true, value: "2026-12-31" });
    expect(parseDate("2026-12-31T00:00:00", "d", undefined)).toEqual({ ok: true, value: "2026-12-31" });
    expect(parseDate("2026/1/5", undefined, undefined)).toEqual({ ok: true, value: "2026-01-05" });
  });
  it("reads day-first and month-first dates when only one reading is possible", () => {
    expect(parseDate("31/12/2026", undefined, undefined)).toEqual({ ok: true, value: "2026-12-31" });
    expect(parseDate("31.12.2026", undefined, undefined)).toEqual({ ok: true, value: "2026-12-31" });
    expect(parseDate("12/31/2026", undefined, undefined)).toEqual({ ok: true, value: "2026-12-31" });
  });
  it("an ambiguous date is an issue unless the order is given", () => {
    const result = parseDate("03/04/2026", undefined, undefined);
    expect(result.ok ? "" : result.code).toBe("ambiguous_date");
    expect(parseDate("03/04/2026", undefined, "day-first")).toEqual({ ok: true, value: "2026-04-03" });
    expect(parseDate("03/04/2026", undefined, "month-first")).toEqual({ ok: true, value: "2026-03-04" });
  });
  it("reads Excel serial numbers of the 1900 date system", () => {
    expect(parseDate("46387", "n", undefined)).toEqual({ ok: true, value: "2026-12-31" });
    expect(parseDate("1", "n", undefined)).toEqual({ ok: true, value: "1900-01-01" });
    expect(parseDate("61", "n", undefined)).toEqual({ ok: true, value: "1900-03-01" });
  });
  it("refuses what is not a date", () => {
    expect(parseDate("next week", undefined, undefined).ok).toBe(false);
    expect(parseDate("31/02/2026", undefined, undefined).ok).toBe(false);
    expect(parseDate("46387", "s", undefined).ok).toBe(false);
  });
});

describe("text helpers", () => {
  it("normaliseText drops case, punctuation and extra spaces", () => {
    expect(normaliseText("  Applicable? (Y/N) ")).toBe("applicable y n");
    expect(normaliseText("Maßnahme")).toBe("maßnahme");
  });
  it("splitList splits on commas, semicolons and line breaks", () => {
    expect(splitList("A-1, A-2;A-3\nA-4,,")).toEqual(["A-1", "A-2", "A-3", "A-4"]);
  });
});
