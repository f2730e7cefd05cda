import { describe, expectTypeOf, it } from "vitest";
import type { IsmsErrorCode } from "../../src/core/index.js";

describe("IsmsErrorCode", () => {
  it("is the closed list of programmer errors, one code for an unknown id", () => {
    expectTypeOf<IsmsErrorCode>().toEqualTypeOf<"unknown_entity" | "invalid_argument" | "invalid_date" | "unsupported_version" | "invalid_change_log">();
    // @ts-expect-error unknown_control became unknown_entity: one code for every kind of id
    const control: IsmsErrorCode = "unknown_control";
    // @ts-expect-error unknown_catalogue became unknown_entity too
    const catalogue: IsmsErrorCode = "unknown_catalogue";
    expectTypeOf([control, catalogue]).toEqualTypeOf<IsmsErrorCode[]>();
  });
});
