import { describe, expect, it } from "vitest";
import { formatIssuePath, IsmsError } from "../../src/core/index.js";

describe("formatIssuePath", () => {
  it.each([
    [[], "(document)"],
    [["scope"], "scope"],
    [["risks", 3, "owner"], "risks[3].owner"],
    [["methodologies", 0, "matrix", "cells", 4, 0], "methodologies[0].matrix.cells[4][0]"],
    [[2, "date"], "[2].date"],
    [["custom", "my field-1"], "custom.my field-1"],
  ] as const)("writes %j as %s", (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });

  it("answers a path that is not a list with IsmsError invalid_argument", () => {
    expect(() => formatIssuePath(null as never)).toThrowError(expect.objectContaining({ code: "invalid_argument" }) as unknown as IsmsError);
  });
});
