import { describe, expect, it } from "vitest";
import { attributeVocabulary, AttributeKindSchema, fromHashtag, toHashtag } from "../../src/catalogue/index.js";

describe("hashtags", () => {
  it("round-trips every attribute value through the #Hashtag form", () => {
    for (const kind of AttributeKindSchema.options) {
      for (const value of attributeVocabulary[kind]) {
        expect(toHashtag(value)).toBe(`#${value}`);
        expect(fromHashtag(toHashtag(value))).toEqual({ kind, value });
      }
    }
  });
  it("rejects other spellings and text without #", () => {
    expect(fromHashtag("#Defense")).toBeUndefined();
    expect(fromHashtag("#governance_and_ecosystem")).toBeUndefined();
    expect(fromHashtag("Defence")).toBeUndefined();
  });
});
