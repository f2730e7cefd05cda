import { describe, expectTypeOf, it } from "vitest";
import { annexARef, getControl, type AnnexAId, type ControlRef, type AnnexA2013Id, type ClauseId } from "../../src/catalogue/index.js";
import { AssetIdSchema, type AssetId, type RiskId } from "../../src/core/index.js";

describe("typed ids", () => {
  it("AnnexAId is a literal union that completes and rejects typos", () => {
    expectTypeOf<"8.24">().toMatchTypeOf<AnnexAId>();
    expectTypeOf<"5.1">().toMatchTypeOf<AnnexAId>();
    // @ts-expect-error 9.1 is a clause, not an Annex A control
    const typo: AnnexAId = "9.1";
    void typo;
  });
  it("a raw string is not accepted where an Annex A id is required", () => {
    const raw: string = "8.24";
    // @ts-expect-error a plain string must be parsed first
    getControl(raw);
    expectTypeOf(getControl).parameter(0).toEqualTypeOf<AnnexAId>();
  });
  it("annexARef keeps the literal", () => {
    expectTypeOf(annexARef("8.24")).toEqualTypeOf<"annex-a:8.24">();
    expectTypeOf(annexARef("8.24")).toMatchTypeOf<ControlRef>();
  });
  it("2013 ids and clause ids are their own unions", () => {
    expectTypeOf<"A.5.1.1">().toMatchTypeOf<AnnexA2013Id>();
    // @ts-expect-error 2022 ids are not 2013 ids
    const wrong: AnnexA2013Id = "5.1";
    void wrong;
    expectTypeOf<"6.1.3.d">().toMatchTypeOf<ClauseId>();
  });
  it("branded ids do not mix", () => {
    const asset = AssetIdSchema.parse("A-1");
    expectTypeOf(asset).toEqualTypeOf<AssetId>();
    // @ts-expect-error an asset id is not a risk id
    const risk: RiskId = asset;
    void risk;
    // @ts-expect-error a raw string is not an asset id
    const raw: AssetId = "A-1";
    void raw;
  });
});
