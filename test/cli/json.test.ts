import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { findJsonSyntaxProblem, lineAndColumn } from "../../src/cli/json.js";
import { fakeIo } from "./fakeIo.js";

describe("JSON syntax errors", () => {
  it("say where, in the CLI's words, and never echo the file", () => {
    const secret = "sk_live_51HxSECRETvalue";
    const text = `{\n  "organisation": {"name": "Acme"},\n  "apiKey": ${secret}\n}\n`;
    const fake = fakeIo({ "x.json": text });
    const result = fake.run("validate", "x.json");
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "x.json is not valid JSON: line 3, column 13: expected a value; found a bare word (text needs double quotes; only true, false and null go without).\n",
    });
    expect(result.stderr).not.toContain("sk_live");
    const json = fake.run("validate", "x.json", "--json");
    expect(json.stdout).not.toContain("sk_live");
    expect(JSON.parse(json.stdout).issues[0]).toMatchObject({ code: "invalid_json", message: expect.stringContaining("line 3, column 13") });
  });

  it("do not quote a secret in a string that is never closed either", () => {
    const result = fakeIo({ "x.json": '{"password": "hunter2 and more' }).run("soa", "x.json");
    expect(result.stderr).toBe('x.json is not valid JSON: line 1, column 14: a string starts here and is never closed (missing ").\n');
    expect(result.stderr).not.toContain("hunter2");
  });

  it.each([
    ["", 1, 1, "the file is empty"],
    ["  \n ", 2, 2, "the file is empty"],
    ['{"a": 1', 1, 8, "the file ends before the JSON is complete"],
    ['{"a" 1}', 1, 6, "expected ':' after the property name"],
    ['{"a": 1 "b": 2}', 1, 9, "expected ',' or '}' after a property value"],
    ["[1 2]", 1, 4, "expected ',' or ']' after an array element"],
    ['{"a": 1,}', 1, 9, "a comma before a closing bracket or brace is not allowed in JSON"],
    ["[1,]", 1, 4, "a comma before a closing bracket or brace is not allowed in JSON"],
    ["{,}", 1, 2, "expected a property name in double quotes; found ','"],
    ["{'a': 1}", 1, 2, "JSON needs double quotes, not single quotes"],
    ["[1] // note", 1, 5, "unexpected text after the end of the JSON value"],
    ["// note\n[1]", 1, 1, "JSON has no comments"],
    ['["a\tb"]', 1, 4, "control character inside a string"],
    ['["a\\qb"]', 1, 4, "invalid escape sequence in a string"],
    ['["\\u12G4"]', 1, 3, "\\u in a string must be followed by four hexadecimal digits"],
    ["[01]", 1, 2, "a number must not start with 0"],
    ["[1.]", 1, 3, "invalid number"],
    ["[-]", 1, 2, "invalid number"],
    ["[@]", 1, 2, "found '@'"],
    ["[€]", 1, 2, "found an unexpected character"],
    ['{"a": [true, nul]}', 1, 14, "found a bare word"],
  ])("%j: line %i, column %i: %s", (text, line, column, what) => {
    const result = fakeIo({ "x.json": text }).run("validate", "x.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^x\\.json is not valid JSON: line ${line}, column ${column}: .+\\.\\n$`));
    expect(result.stderr).toContain(what);
  });

  it("find nothing wrong in valid JSON, escapes and deep nesting included", () => {
    for (const text of ['{"a": [1, -2.5e+3, true, false, null, "x\\"\\u00e9\\n"], "b": {}}', "[]", " 0 ", "[".repeat(10000) + "]".repeat(10000)]) {
      expect(findJsonSyntaxProblem(text), text.slice(0, 20)).toBeUndefined();
    }
  });

  it("count lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd\r\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd\r\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd\r\nef", 7)).toEqual({ line: 3, column: 1 });
  });

  it("read a document that starts with a byte order mark", () => {
    const result = fakeIo({ "x.json": `\uFEFF${JSON.stringify(createExampleIsms())}` }).run("validate", "x.json", "--as-of", "2026-11-27");
    expect(result.code).toBe(0);
  });
});
