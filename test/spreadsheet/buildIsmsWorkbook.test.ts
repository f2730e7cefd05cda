import { describe, expect, it } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { deriveIsmsSoa, type IsmsDocument } from "../../src/document/index.js";
import { buildIsmsWorkbook } from "../../src/spreadsheet/index.js";
import type { WorkbookSheet } from "../../src/spreadsheet/index.js";

const example = createExampleIsms();
const workbook = buildIsmsWorkbook(example, { asOf: EXAMPLE_AS_OF });

function sheet(name: string, book = workbook): WorkbookSheet {
  const found = book.sheets.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

function column(of: WorkbookSheet, header: string): number {
  const index = of.columns.findIndex((candidate) => candidate.header === header);
  if (index < 0) throw new Error(`no column ${header} in ${of.name}`);
  return index;
}

describe("buildIsmsWorkbook", () => {
  it("writes a summary, the SoA, the risk register, the treatment plan and the assets, in that order, then the example's people, roles, suppliers and incidents", () => {
    expect(workbook.sheets.map((candidate) => candidate.name)).toEqual(["Summary", "SoA", "Risk register", "Treatment plan", "Assets", "People", "Roles", "Suppliers", "Incidents"]);
  });

  it("gives every row exactly as many cells as the sheet has columns", () => {
    for (const candidate of workbook.sheets) {
      for (const row of candidate.rows) expect(row).toHaveLength(candidate.columns.length);
    }
  });

  it("has one SoA row per control in scope, decided rows with Yes or No and undecided ones empty", () => {
    const soa = sheet("SoA");
    const rows = deriveIsmsSoa(example);
    expect(soa.rows).toHaveLength(rows.length);
    const applicable = column(soa, "Applicable");
    const decided = new Map(example.soaDecisions.map((decision) => [decision.control, decision.applicable]));
    rows.forEach((row, index) => {
      const expected = decided.has(row.ref) ? (decided.get(row.ref) ? "Yes" : "No") : null;
      expect(soa.rows[index]?.[applicable]).toBe(expected);
    });
    expect(soa.rows[0]?.[0]).toMatch(/^A\.5\.1$/);
  });

  it("writes labels, never keys, in enumerated columns", () => {
    const soa = sheet("SoA");
    const status = column(soa, "Implementation status");
    const values = new Set(soa.rows.map((row) => row[status]).filter((value) => value !== null));
    expect(values.size).toBeGreaterThan(0);
    for (const value of values) expect(soa.columns[status]?.allowed).toContain(value);
    const risks = sheet("Risk register");
    for (const header of ["Status", "Risk type"]) {
      const index = column(risks, header);
      for (const row of risks.rows) expect(risks.columns[index]?.allowed).toContain(row[index]);
    }
  });

  it("writes each rating's likelihood and consequence by label and its level", () => {
    const risks = sheet("Risk register");
    const rated = example.risks.find((risk) => risk.ratings.current !== undefined);
    if (rated?.ratings.current === undefined) throw new Error("the example has a current rating");
    const row = risks.rows.find((candidate) => candidate[0] === rated.id);
    const methodology = example.methodologies.find((candidate) => candidate.id === rated.ratings.current?.methodology.id && candidate.version === rated.ratings.current.methodology.version);
    const label = methodology?.matrix.likelihood.levels.find((level) => level.key === rated.ratings.current?.likelihood)?.label;
    expect(row?.[column(risks, "Current likelihood")]).toBe(label);
    expect(row?.[column(risks, "Current date")]).toBe(rated.ratings.current.date);
    expect(typeof row?.[column(risks, "Current level")]).toBe("string");
  });

  it("writes custom fields as custom.<key> columns, non-strings as JSON text", () => {
    const risk = example.risks[0];
    if (risk === undefined) throw new Error("the example has risks");
    const document: IsmsDocument = { ...example, risks: [{ ...risk, custom: { tier: "gold", weight: 3, tags: ["a"] } }, ...example.risks.slice(1)] };
    const risks = sheet("Risk register", buildIsmsWorkbook(document));
    const first = risks.rows[0];
    expect(first?.[column(risks, "custom.tier")]).toBe("gold");
    expect(first?.[column(risks, "custom.weight")]).toBe("3");
    expect(first?.[column(risks, "custom.tags")]).toBe('["a"]');
    expect(risks.rows[1]?.[column(risks, "custom.tier")]).toBeNull();
  });

  it("counts overdue actions only when given a date", () => {
    const measures = (book: ReturnType<typeof buildIsmsWorkbook>) => sheet("Summary", book).rows.map((row) => String(row[0]));
    expect(measures(workbook).some((measure) => measure.startsWith("Overdue actions on"))).toBe(true);
    expect(measures(buildIsmsWorkbook(example)).some((measure) => measure.startsWith("Overdue actions on"))).toBe(false);
  });

  it("refuses a value that is not a document with invalid_argument", () => {
    expect(() => buildIsmsWorkbook({} as IsmsDocument)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
