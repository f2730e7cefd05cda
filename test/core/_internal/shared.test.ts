import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { recordsById, sharedLookups, sharedLookupsOf, withSharedLookups } from "../../../src/core/_internal/index.js";

const recordsArb = fc.array(fc.record({ id: fc.constantFrom("a", "b", "c", "d"), n: fc.nat(9) }), { maxLength: 12 });

describe("recordsById", () => {
  test.prop([recordsArb], { numRuns: 40 })("keeps the last record of each id, as new Map(pairs) does, with or without shared lookups", (records) => {
    const expected = new Map<string, (typeof records)[number]>(records.map((record) => [record.id, record]));
    expect(recordsById(records, {})).toEqual(expected);
    const context = withSharedLookups({}, sharedLookups());
    expect(recordsById(records, context)).toEqual(expected);
    for (const [id, record] of recordsById(records, context)) expect(record).toBe(expected.get(id));
  });

  it("builds the map of one array once per lookups, and another for another array", () => {
    const lookups = sharedLookups();
    const records = [{ id: "a" }, { id: "b" }];
    const first = withSharedLookups({ asOf: "2026-11-27" }, lookups);
    const second = withSharedLookups({ risks: records }, lookups);
    expect(recordsById(records, first)).toBe(recordsById(records, second));
    expect(recordsById([...records], first)).not.toBe(recordsById(records, first));
    // Without lookups every call builds its own.
    expect(recordsById(records, {})).not.toBe(recordsById(records, {}));
  });

  it("attaches the lookups out of sight: not enumerable, not copied by a spread, not in JSON", () => {
    const lookups = sharedLookups();
    const context = withSharedLookups({ asOf: "2026-11-27" }, lookups);
    expect(sharedLookupsOf(context)).toBe(lookups);
    expect(Object.keys(context)).toEqual(["asOf"]);
    expect(JSON.stringify(context)).toBe('{"asOf":"2026-11-27"}');
    expect(sharedLookupsOf({ ...context })).toBeUndefined();
    expect(sharedLookupsOf(withSharedLookups({}, undefined))).toBeUndefined();
  });
});
