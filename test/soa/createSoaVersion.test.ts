import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { createSoaVersion, deriveSoa, SoaVersionSchema } from "../../src/soa/index.js";
import { baseInput, decision, plan } from "./fixtures.js";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

const rowsV1 = deriveSoa(
  baseInput({
    catalogues: ["annex-a", "acme"],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business" }], owner: "CISO", status: "planned" }),
      decision({ control: "annex-a:7.5", applicable: false, justification: "Remote only" }),
    ],
  }),
);
const rowsV2 = deriveSoa(
  baseInput({
    catalogues: ["annex-a"],
    plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:7.5", state: "planned" }])],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business", note: "tenders" }], owner: "COO", status: "implemented", provider: "Host" }),
      decision({ control: "annex-a:7.5", applicable: true, justification: "Remote only, new office" }),
    ],
  }),
);

describe("createSoaVersion", () => {
  it("numbers the first version 1 and the next one more than the highest", () => {
    const v1 = createSoaVersion([], rowsV1, { date: "2026-03-01" });
    expect(v1).toEqual({ version: 1, date: "2026-03-01", rows: rowsV1 });
    expect(v1.rows).not.toBe(rowsV1);
    const v5 = { ...v1, version: 5 };
    const next = createSoaVersion([v5, v1], rowsV2, { date: "2026-09-01", note: "office", approvedBy: "CEO", approvedOn: "2026-09-02" });
    expect(next).toMatchObject({ version: 6, note: "office", approvedBy: "CEO", approvedOn: "2026-09-02" });
    expect(SoaVersionSchema.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });

  it("throws for an incomplete approval or one dated before the version", () => {
    expect(() => createSoaVersion([], [], { date: "2026-03-01", approvedBy: "CEO" })).toThrow(IsmsError);
    expect(() => createSoaVersion([], [], { date: "2026-03-01", approvedOn: "2026-03-02" })).toThrow(IsmsError);
    expect(() => createSoaVersion([], [], { date: "2026-03-01", approvedBy: "CEO", approvedOn: "2026-02-28" })).toThrow(/before the version/);
    expect(() => createSoaVersion([], [], { date: "2026-03-01", approvedBy: "CEO", approvedOn: "2026-02-30" })).toThrow(/calendar date/);
  });

  it("does not mutate its input", () => {
    const previous = deepFreeze([createSoaVersion([], rowsV1, { date: "2026-03-01" })]);
    const rows = deepFreeze([...rowsV2]);
    expect(() => createSoaVersion(previous, rows, { date: "2026-04-01" })).not.toThrow();
  });
});
