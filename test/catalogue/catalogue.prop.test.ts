import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  annexA,
  AttributeKindSchema,
  attributeVocabulary,
  filterControls,
  fromHashtag,
  predecessorsOf,
  successorsOf,
  toHashtag,
  type ControlFilter,
} from "../../src/catalogue/index.js";

const filterArb: fc.Arbitrary<ControlFilter> = fc.record(
  Object.fromEntries(AttributeKindSchema.options.map((kind) => [kind, fc.subarray([...attributeVocabulary[kind]])])),
  { requiredKeys: [] },
) as fc.Arbitrary<ControlFilter>;

describe("catalogue properties", () => {
  test.prop([filterArb])("a filter returns exactly the controls that match every given set", (filter) => {
    const found = filterControls(filter);
    const expected = annexA.filter((control) =>
      AttributeKindSchema.options.every((kind) => {
        const wanted = (filter[kind] ?? []) as readonly string[];
        return wanted.length === 0 || wanted.some((value) => (control.attributes[kind] as readonly string[]).includes(value));
      }),
    );
    expect(found).toEqual(expected);
  });
  test.prop([filterArb, filterArb])("adding a set to a filter never adds controls", (a, b) => {
    const narrowed = filterControls({ ...a, ...b });
    const ids = new Set(filterControls(b).map((control) => control.id));
    for (const control of narrowed) expect(ids.has(control.id)).toBe(true);
  });
  test.prop([fc.constantFrom(...annexA)])("successor and predecessor maps agree for any control", (control) => {
    for (const id2013 of predecessorsOf(control.id)) expect(successorsOf(id2013)).toContain(control.id);
  });
  test.prop([fc.constantFrom(...AttributeKindSchema.options).chain((kind) => fc.constantFrom(...attributeVocabulary[kind]))])(
    "hashtags round-trip",
    (value) => {
      expect(fromHashtag(toHashtag(value))?.value).toBe(value);
    },
  );
});
