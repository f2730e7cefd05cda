import { describe, expect, it } from "vitest";
import { DEFAULT_SPREADSHEET_LIMITS } from "../../src/xlsx/index.js";

describe("DEFAULT_SPREADSHEET_LIMITS", () => {
  it("holds the documented values", () => {
    expect(DEFAULT_SPREADSHEET_LIMITS).toEqual({
      maxBytes: 52_428_800,
      maxUncompressedBytes: 524_288_000,
      maxRows: 200_000,
      maxColumns: 1_000,
      maxCellLength: 32_767,
      maxSheets: 100,
    });
  });

  it("is frozen", () => {
    expect(Object.isFrozen(DEFAULT_SPREADSHEET_LIMITS)).toBe(true);
  });
});
