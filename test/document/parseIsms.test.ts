import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { IsmsError } from "../../src/core/index.js";
import { CURRENT_SCHEMA_VERSION, createStarterIsms, parseIsms, safeParseIsms } from "../../src/document/index.js";

const starter = (): Record<string, unknown> => JSON.parse(JSON.stringify(createStarterIsms({ organisation: "Test Ltd", date: "2026-01-05" })));
const codesAndPaths = (input: unknown, limits = {}): [string, (string | number)[]][] => {
  const result = safeParseIsms(input, { limits });
  return result.ok ? [] : result.error.map((found) => [found.code, [...found.path]]);
};

describe("safeParseIsms returns the library's Result", () => {
  it("is { ok: true, value } with the document parseIsms gives", () => {
    const input = starter();
    expect(safeParseIsms(input)).toEqual({ ok: true, value: parseIsms(input) });
  });

  it("names each unknown key at the end of its path and in its message", () => {
    const input = starter();
    (input["organisation"] as Record<string, unknown>)["colour"] = "red";
    (input["organisation"] as Record<string, unknown>)["size"] = 3;
    const result = safeParseIsms(input);
    expect(codesAndPaths(input)).toEqual([
      ["invalid_unrecognized_keys", ["organisation", "colour"]],
      ["invalid_unrecognized_keys", ["organisation", "size"]],
    ]);
    expect(result.ok ? [] : result.error.map((found) => found.message)).toEqual([expect.stringContaining('"colour"'), expect.stringContaining('"size"')]);
  });

  it("gives the schema's other findings as invalid_<zod code>, severity error", () => {
    const input = { ...starter(), scope: 5 };
    const result = safeParseIsms(input);
    expect(result.ok ? [] : result.error.map((found) => [found.code, found.path, found.severity])).toEqual([["invalid_invalid_type", ["scope"], "error"]]);
  });

  it("keeps the limits' own codes, at the path of what is too big", () => {
    const input = { ...starter(), custom: { note: "x".repeat(5001) } };
    expect(codesAndPaths(input, { maxStringLength: 5000 })).toEqual([["string_too_long", ["custom", "note"]]]);
    expect(codesAndPaths(starter(), { maxSize: 10 })).toEqual([["document_too_large", []]]);
  });

  it("reports a newer schema version as unsupported_version at schemaVersion", () => {
    expect(codesAndPaths({ ...starter(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual([["unsupported_version", ["schemaVersion"]]]);
  });

  it("throws IsmsError invalid_argument for options that are not valid: a programmer error, not input", () => {
    expect(() => safeParseIsms(starter(), { limits: { maxDepth: -1 } })).toThrow(IsmsError);
  });
});

describe("parseIsms throws zod's ZodError for bad input, as zod's parse does", () => {
  it("with the same problems safeParseIsms returns", () => {
    const input = { ...starter(), scope: 5, extra: true };
    let thrown: unknown;
    try {
      parseIsms(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ZodError);
    expect(thrown).not.toBeInstanceOf(IsmsError);
    expect((thrown as ZodError).issues.map((found) => [found.code, found.path.join(".")])).toEqual([
      ["invalid_type", "scope"],
      ["unrecognized_keys", ""],
    ]);
    expect(codesAndPaths(input)).toEqual([
      ["invalid_invalid_type", ["scope"]],
      ["invalid_unrecognized_keys", ["extra"]],
    ]);
  });
});
