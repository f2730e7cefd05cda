import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands.js";
import { fakeIo } from "./fakeIo.js";
import { starter } from "./starter.js";

const LONG = 200_000;
const TOO_LONG =
  "x.json is not a valid ISMS document (1 problem):\n" +
  `  organisation.name: A string of ${LONG} characters is longer than limits.maxStringLength (100000). [string_too_long]\n` +
  "The limits protect a server from oversized input; raise them with --max-string-length if the document is genuine.\n";

/** The starter with an organisation name of 200,000 characters: twice the default limit. */
function longName() {
  const fake = starter();
  const document = JSON.parse(fake.files.get("x.json")!);
  fake.files.set("x.json", JSON.stringify({ ...document, organisation: { ...document.organisation, name: "N".repeat(LONG) } }));
  return fake;
}

describe("the document limits on the command line", () => {
  it("refuses a string over the limit with its code and the option that raises it, and reads it with the option", () => {
    const fake = longName();
    expect(fake.run("validate", "x.json")).toEqual({ code: 1, stdout: "", stderr: TOO_LONG });
    expect(fake.run("validate", "x.json", "--max-string-length", "300000")).toEqual({
      code: 0,
      stdout: "warning scope: The ISMS scope (4.3) is not defined. [missing_scope]\n" +
        "warning undecided_control ×93: annex-a:5.1, annex-a:5.2, annex-a:5.3, annex-a:5.4, annex-a:5.5, annex-a:5.6, annex-a:5.7, annex-a:5.8, annex-a:5.9, annex-a:5.10, … and 83 more\n" +
        "x.json: 0 errors, 94 warnings, 0 acknowledged, 0 notes (as of 2026-11-27)\n",
      stderr: "",
    });
    // One character short of the string is still too short a limit.
    expect(fake.run("validate", "x.json", "--max-string-length", String(LONG - 1)).stderr).toContain("[string_too_long]");
    expect(fake.run("validate", "x.json", "--max-string-length", String(LONG)).code).toBe(0);
  });

  it("applies to every command that reads a document", () => {
    const fake = longName();
    const reading: string[][] = [
      ["soa", "x.json"],
      ["risks", "x.json"],
      ["heatmap", "x.json"],
      ["oscal", "x.json"],
      ["report", "x.json", "--out", "out"],
      ["coverage", "x.json", "--framework", "annex-a-2013"],
      ["decide", "x.json", "5.1", "--include", "--reason", "business", "--by", "CISO"],
      ["acknowledge", "x.json", "--code", "missing_scope", "--justification", "The board sets the scope.", "--by", "CISO"],
    ];
    for (const args of reading) {
      expect(fake.run(...args), args[0]).toEqual({ code: 1, stdout: "", stderr: TOO_LONG });
      expect(fake.writes, args[0]).toEqual([]);
    }
    for (const args of reading) expect(fake.run(...args, "--max-string-length", "300000").code, args[0]).toBe(0);
    expect(COMMANDS.filter((command) => command.options.some((option) => option.name === "max-string-length")).map((command) => command.name)).toEqual([
      "validate",
      "decide",
      "apply",
      "acknowledge",
      "import",
      "export",
      "soa",
      "risks",
      "heatmap",
      "report",
      "oscal",
      "diff",
      "coverage",
    ]);
    // diff exits 2 for a document it cannot read (1 means "the documents differ").
    expect(fake.run("diff", "x.json", "x.json")).toEqual({ code: 2, stdout: "", stderr: TOO_LONG });
    expect(fake.run("diff", "x.json", "x.json", "--max-string-length", "300000").code).toBe(0);
  });

  it("applies to import and export, which read the document before any spreadsheet", async () => {
    const fake = longName();
    for (const args of [["import", "x.json", "--from", "soa.csv", "--by", "CISO"], ["export", "x.json", "--out", "x.xlsx"]]) {
      expect(await fake.runAsync(...args), args[0]).toEqual({ code: 1, stdout: "", stderr: TOO_LONG });
    }
    expect(fake.writes).toEqual([]);
  });

  it("validate --json answers valid:false with the limit's code and path", () => {
    const result = longName().run("validate", "x.json", "--json");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(TOO_LONG);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      file: "x.json",
      errors: 1,
      warnings: 0,
      acknowledged: 0,
      issues: [
        {
          code: "string_too_long",
          severity: "error",
          message: `A string of ${LONG} characters is longer than limits.maxStringLength (100000).`,
          path: ["organisation", "name"],
        },
      ],
    });
  });

  it.each(["abc", "1.5", "1e3", "", "99999999999999999999"])("refuses --max-depth %j as wrong usage (exit 2)", (value) => {
    const fake = starter();
    expect(fake.run("validate", "x.json", "--max-depth", value)).toEqual({ code: 2, stdout: "", stderr: `--max-depth must be a whole number (got "${value}").\n` });
    const json = fake.run("validate", "x.json", "--json", `--max-depth=${value}`);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, issues: [{ code: "invalid_option" }] });
  });

  it("lowers a limit as well: depth, items and size have their own codes and options", () => {
    const fake = starter();
    const deep = fake.run("validate", "x.json", "--max-depth", "3");
    expect(deep.code).toBe(1);
    expect(deep.stderr).toContain("  methodologies[0].matrix: Objects and arrays are nested 4 deep here, deeper than limits.maxDepth (3); nothing below is read. [too_deep]\n");
    expect(deep.stderr).toMatch(/raise them with --max-depth if the document is genuine\.\n$/);
    const items = fake.run("validate", "x.json", "--max-items", "4");
    expect(items.stderr).toContain("  methodologies[0].matrix.cells: An array of 5 items has more than limits.maxItems (4). [too_many_items]\n");
    expect(items.stderr).toMatch(/raise them with --max-items if the document is genuine\.\n$/);
    const size = fake.run("validate", "x.json", "--max-size", "1000");
    expect(size.code).toBe(1);
    expect(size.stderr).toMatch(
      /^x\.json is not a valid ISMS document \(1 problem\):\n {2}\(document\): The document is more than limits\.maxSize \(1000\) characters of JSON: at least 1\d{3}; the rest is not read\. \[document_too_large\]\nThe limits protect a server from oversized input; raise them with --max-size if the document is genuine\.\n$/,
    );
    expect(fake.run("validate", "x.json", "--max-depth", "64", "--max-items", "1000", "--max-size", "1000000").code).toBe(0);
  });

  it("refuses a text far over --max-size before parsing it", () => {
    // Not even JSON: had it been parsed, the answer would be invalid_json (exit 2).
    const fake = fakeIo({ "x.json": "x".repeat(1_100_000) });
    expect(fake.run("validate", "x.json").stderr).toMatch(/^x\.json is not valid JSON: /);
    const message = "The file has 1100000 characters, far more than the document size limit of 10 (raise it with --max-size).";
    expect(fake.run("validate", "x.json", "--max-size", "10")).toEqual({
      code: 1,
      stdout: "",
      stderr: `x.json is not a valid ISMS document (1 problem):\n  (document): ${message} [document_too_large]\n`,
    });
    const json = fake.run("validate", "x.json", "--max-size", "10", "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ valid: false, file: "x.json", errors: 1, warnings: 0, acknowledged: 0, issues: [{ code: "document_too_large", severity: "error", message, path: [] }] });
    expect(fake.run("soa", "x.json", "--max-size", "10").stderr).toContain("[document_too_large]");
  });
});
