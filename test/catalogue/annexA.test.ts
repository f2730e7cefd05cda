import { describe, expect, it } from "vitest";
import {
  ANNEX_A_IDS,
  AnnexAIdSchema,
  annexA,
  attributeVocabulary,
  AttributeKindSchema,
  getControl,
  listControlsByTheme,
  ThemeSchema,
} from "../../src/catalogue/index.js";

function compareIds(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number) as [number, number];
  const [b1, b2] = b.split(".").map(Number) as [number, number];
  return a1 - b1 || a2 - b2;
}

describe("Annex A 2022", () => {
  it("has 93 unique ids", () => {
    expect(annexA).toHaveLength(93);
    expect(new Set(annexA.map((control) => control.id)).size).toBe(93);
  });
  it("lists the controls in the standard's order", () => {
    const ids = annexA.map((control) => control.id);
    expect([...ids].sort(compareIds)).toEqual(ids);
    expect(ids[0]).toBe("5.1");
    expect(ids.at(-1)).toBe("8.34");
  });
  it("has 37, 8, 14 and 34 controls per theme, numbered 5, 6, 7, 8", () => {
    const counts = ThemeSchema.options.map((theme) => listControlsByTheme(theme).length);
    expect(counts).toEqual([37, 8, 14, 34]);
    ThemeSchema.options.forEach((theme, index) => {
      for (const control of listControlsByTheme(theme)) expect(control.id.startsWith(`${index + 5}.`)).toBe(true);
    });
  });
  it("numbers each theme without gaps", () => {
    for (const [theme, size] of [["Organizational", 37], ["People", 8], ["Physical", 14], ["Technological", 34]] as const) {
      const numbers = listControlsByTheme(theme).map((control) => Number(control.id.split(".")[1]));
      expect(numbers).toEqual(Array.from({ length: size }, (_, index) => index + 1));
    }
  });
  it("gives every control at least one value of each attribute set, all from the closed vocabularies", () => {
    for (const control of annexA) {
      for (const kind of AttributeKindSchema.options) {
        const values = control.attributes[kind] as readonly string[];
        expect(values.length, `${control.id} ${kind}`).toBeGreaterThan(0);
        expect(new Set(values).size).toBe(values.length);
        for (const value of values) expect(attributeVocabulary[kind] as readonly string[]).toContain(value);
      }
    }
  });
  it("keeps the 27002 title only where it differs", () => {
    const withOwn = annexA.filter((control) => control.title27002 !== undefined).map((control) => control.id);
    expect(withOwn).toEqual(["5.21", "5.34", "8.1"]);
    for (const control of annexA) expect(control.title27002).not.toBe(control.title);
  });
  it("carries the corrected first-print values of 5.22 and 6.6", () => {
    expect(getControl("5.22").attributes.operationalCapabilities).toContain("Information_security_assurance");
    expect(getControl("5.22").attributes.securityDomains).not.toContain("Information_security_assurance" as never);
    expect(getControl("6.6").attributes.securityProperties).toEqual(["Confidentiality"]);
  });
  it("exposes the ids in order and parses only them", () => {
    expect(ANNEX_A_IDS).toEqual(annexA.map((control) => control.id));
    expect(AnnexAIdSchema.safeParse("8.24").success).toBe(true);
    expect(AnnexAIdSchema.safeParse("8.35").success).toBe(false);
    expect(AnnexAIdSchema.safeParse("A.8.24").success).toBe(false);
  });
});

describe("immutability and JSON", () => {
  it("is deeply frozen", () => {
    expect(Object.isFrozen(annexA)).toBe(true);
    for (const control of annexA) {
      expect(Object.isFrozen(control)).toBe(true);
      expect(Object.isFrozen(control.attributes)).toBe(true);
      expect(Object.isFrozen(control.attributes.controlTypes)).toBe(true);
    }
    expect(() => {
      (annexA[0] as { title: string }).title = "changed";
    }).toThrow(TypeError);
  });
  it("round-trips through JSON", () => {
    expect(JSON.parse(JSON.stringify(annexA))).toEqual(annexA);
  });
});
