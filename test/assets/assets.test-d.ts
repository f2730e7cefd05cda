import { expectTypeOf, test } from "vitest";
import type { Asset, AssetPatch, AssetType, EffectiveRequirement, RequirementSource } from "../../src/assets/index.js";
import { effectiveRequirements } from "../../src/assets/index.js";
import type { AssetId } from "../../src/core/index.js";

test("asset ids are branded", () => {
  expectTypeOf<Asset["id"]>().toEqualTypeOf<AssetId>();
  // @ts-expect-error a plain string is not an AssetId
  const bad: Asset["id"] = "A-1";
  void bad;
});

test("the asset type keeps the built-in names and accepts own ones", () => {
  expectTypeOf<"information">().toExtend<AssetType>();
  expectTypeOf<"medical_device">().toExtend<AssetType>();
});

test("effectiveRequirements is keyed by asset id", () => {
  expectTypeOf(effectiveRequirements).returns.toEqualTypeOf<ReadonlyMap<AssetId, Readonly<Record<string, EffectiveRequirement>>>>();
});

test("a requirement source is an exhaustive union", () => {
  const describe = (source: RequirementSource): string => {
    switch (source.kind) {
      case "own":
        return "own";
      case "inherited":
        return source.from;
      case "override":
        return source.reason;
      default: {
        const never: never = source;
        return never;
      }
    }
  };
  expectTypeOf(describe).returns.toBeString();
});

test("a patch cannot change the id nor remove a required field", () => {
  // @ts-expect-error the id is not patchable
  const withId: AssetPatch = { id: "x" as AssetId };
  // @ts-expect-error the owner is required
  const withoutOwner: AssetPatch = { owner: undefined };
  const removal: AssetPatch = { custodian: undefined };
  void [withId, withoutOwner, removal];
});
