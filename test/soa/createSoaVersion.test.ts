import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { createSoaVersion, SoaVersionSchema } from "../../src/soa/index.js";
import { rowsV1, rowsV2 } from "./fixtures.js";
import { deepFreeze } from "../../src/core/_internal/index.js";

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
