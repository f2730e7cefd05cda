import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { csvDocument } from "../../src/report/escape.js";
import type { ReportLabelOverrides } from "../../src/report/labels.js";
import { renderSoaCsv } from "../../src/report/renderSoaCsv.js";
import { renderSoaTable } from "../../src/report/renderSoaTable.js";
import { deriveSoa, type SoaRow } from "../../src/soa/index.js";
import { soaRowArb, soaWorldArb } from "../arbitraries/soa.js";
import { GERMAN } from "./germanLabels.js";

// renderSoaCsv prints each row's line as its cells are made instead of building the whole
// table first. The reference is the implementation before that change, kept here verbatim:
// the table of renderSoaTable, printed with csvDocument.
function referenceRenderSoaCsv(rows: readonly SoaRow[], options: { labels?: ReportLabelOverrides; bom?: boolean } = {}): string {
  const table = renderSoaTable(rows, options.labels === undefined ? {} : { labels: options.labels });
  return csvDocument([table.header, ...table.rows], options.bom === undefined ? {} : { bom: options.bom });
}

const crosswalkArb = fc.array(
  fc.record({
    ref: fc.constantFrom("sp800-53-low:ac-2", "sp800-53-low:au-6", "acme:A-1, \"quoted\""),
    mapping: fc.constant("annex-a-to-sp800-53"),
    relationship: fc.constantFrom("equivalent", "subset", "superset", "intersects"),
  }),
  { maxLength: 3 },
);

// Arbitrary rows (some with a crosswalk, which adds a column) and rows derived from generated ISMS data.
const rowsArb: fc.Arbitrary<SoaRow[]> = fc.oneof(
  fc.array(fc.tuple(soaRowArb, fc.option(crosswalkArb, { nil: undefined })).map(([row, crosswalk]) => (crosswalk === undefined ? row : ({ ...row, crosswalk } as SoaRow))), { maxLength: 6 }),
  soaWorldArb().map(({ input }) => deriveSoa({ ...input, catalogues: ["acme", ...input.catalogues.filter((id) => id !== "annex-a")] })),
);

const optionsArb = fc.record(
  { labels: fc.constantFrom<ReportLabelOverrides>(GERMAN, { common: { yes: "=Yes", no: "No, really" } }, {}), bom: fc.boolean() },
  { requiredKeys: [] },
);

describe("renderSoaCsv against the table-first reference", () => {
  test.prop([rowsArb, optionsArb], { numRuns: 60 })("prints the same text, byte for byte", (rows, options) => {
    expect(renderSoaCsv(rows, options)).toBe(referenceRenderSoaCsv(rows, options));
  });

  it("covers rows with and without a crosswalk", () => {
    const samples = fc.sample(rowsArb, { numRuns: 200, seed: 18 });
    expect(samples.filter((rows) => rows.some((row) => row.crosswalk !== undefined && row.crosswalk.length > 0)).length).toBeGreaterThan(10);
    expect(samples.filter((rows) => rows.length > 0 && rows.every((row) => row.crosswalk === undefined)).length).toBeGreaterThan(10);
  });

  it("reports a failure while making the cells as renderSoaTable's, as the reference does", () => {
    const broken = [{ reasons: null }] as unknown as SoaRow[];
    const message = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      return "no error";
    };
    expect(message(() => renderSoaCsv(broken))).toMatch(/^renderSoaTable cannot work with its arguments/);
    expect(message(() => renderSoaCsv(broken))).toBe(message(() => referenceRenderSoaCsv(broken)));
    expect(message(() => renderSoaCsv(null as unknown as SoaRow[]))).toBe(message(() => referenceRenderSoaCsv(null as unknown as SoaRow[])));
  });
});
