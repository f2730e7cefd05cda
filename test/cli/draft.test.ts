import { describe, expect, it } from "vitest";
import { annexA, parseIsms } from "../../src/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { fakeIo } from "./fakeIo.js";
import { starter } from "./starter.js";

const NOTICE = "x.json has 93 validation errors; the output is marked as a draft. Run isms validate x.json.\n";

/** The starter with an approved SoA version: its 93 undecided controls are errors. */
const withErrors = () => starter({ approved: true });

const REPORTS: readonly (readonly string[])[] = [
  ["soa", "x.json"],
  ["risks", "x.json", "--format", "csv"],
  ["heatmap", "x.json"],
  ["oscal", "x.json", "--model", "catalog"],
];

describe("reports of a document with validation errors", () => {
  it.each(REPORTS)("%s still writes its output, and says on standard error that it is a draft", (...args) => {
    const result = withErrors().run(...args);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
    expect(result.stderr).toBe(NOTICE);
  });

  it.each([
    ["soa", "md"],
    ["soa", "html"],
    ["risks", "md"],
    ["risks", "html"],
  ])("%s --format %s carries the draft notice with the error count inside the output too", (command, format) => {
    const drafted = withErrors().run(command!, "x.json", "--format", format!);
    expect(drafted.stdout).toContain("Draft: this document has 93 validation errors.");
    const clean = starter().run(command!, "x.json", "--format", format!);
    expect(clean.stdout).not.toContain("Draft:");
  });

  it("report writes its folder and the notice", () => {
    const fake = withErrors();
    const result = fake.run("report", "x.json", "--out", "out");
    expect(result.code).toBe(0);
    expect(fake.files.has("out/summary.html")).toBe(true);
    expect(result.stderr).toBe(NOTICE);
  });

  it.each([...REPORTS, ["report", "x.json", "--out", "out"]])("%s --strict writes nothing and exits 1", (...args) => {
    const fake = withErrors();
    const result = fake.run(...args, "--strict", ...(args.includes("--out") ? [] : ["--out", "out.txt"]));
    expect(result).toEqual({ code: 1, stdout: "", stderr: "x.json has 93 validation errors; nothing written (--strict). Run isms validate x.json.\n" });
    expect(fake.writes).toEqual([]);
  });

  it.each([...REPORTS, ["report", "x.json", "--out", "out"]])("%s of the starter, which has warnings but no errors, is no draft, also with --strict", (...args) => {
    const fake = starter();
    expect(fake.run("validate", "x.json").stdout).toContain("x.json: 0 errors, 94 warnings, 0 acknowledged, 0 notes (as of 2026-11-27)\n");
    const result = fake.run(...args, "--strict", ...(args.includes("--out") ? [] : ["--out", "out.txt"]));
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(fake.writes).toHaveLength(1);
  });

  it("says nothing for a document without errors, also with --strict", () => {
    const fake = fakeIo({ "x.json": JSON.stringify(createExampleIsms()) });
    for (const args of [["soa", "x.json", "--strict"], ["risks", "x.json"], ["heatmap", "x.json"], ["oscal", "x.json", "--as-of", "2026-11-27T09:00:00Z"]]) {
      const result = fake.run(...args);
      expect(result, args.join(" ")).toMatchObject({ code: 0, stderr: "" });
    }
  });

  it("judges the document as of --as-of (default today)", () => {
    const fake = fakeIo({ "x.json": JSON.stringify(createExampleIsms()) });
    expect(fake.run("soa", "x.json").stderr).toBe("");
    expect(fake.run("soa", "x.json", "--as-of", "2028-01-01").stderr).toMatch(/^x\.json has \d+ validation errors; the output is marked as a draft\./);
    expect(fake.run("risks", "x.json", "--as-of", "2028-01-01", "--strict").code).toBe(1);
    expect(fake.run("oscal", "x.json", "--as-of", "2028-01-01T00:00:00Z", "--strict").code).toBe(1);
    expect(fake.run("oscal", "x.json", "--as-of", "2026-11-27").code).toBe(0);
  });

  it("says 1 validation error for one: an inclusion without a reason", () => {
    const fake = starter();
    expect(fake.run("decide", "x.json", "6.1", "--include", "--by", "CISO", "--allow-errors").code).toBe(0);
    expect(fake.run("heatmap", "x.json").stderr).toBe("x.json has 1 validation error; the output is marked as a draft. Run isms validate x.json.\n");
    expect(fake.run("soa", "x.json", "--strict")).toEqual({ code: 1, stdout: "", stderr: "x.json has 1 validation error; nothing written (--strict). Run isms validate x.json.\n" });
  });

  it("says 1 validation error for one: the one control left undecided once an SoA version is approved", () => {
    const document = parseIsms(JSON.parse(withErrors().files.get("x.json")!));
    const soaDecisions = annexA.filter((control) => control.id !== "8.34").map((control) => ({ control: `annex-a:${control.id}`, applicable: true, reasons: [{ kind: "business" }] }));
    const fake = fakeIo({ "x.json": JSON.stringify({ ...document, soaDecisions }) });
    expect(fake.run("heatmap", "x.json").stderr).toBe("x.json has 1 validation error; the output is marked as a draft. Run isms validate x.json.\n");
    // Before the approval the same control is only a warning: no draft.
    const unapproved = fakeIo({ "x.json": JSON.stringify({ ...document, soaDecisions, soaVersions: [] }) });
    expect(unapproved.run("heatmap", "x.json").stderr).toBe("");
  });

  it("refuses a malformed --as-of in the CLI's words", () => {
    const fake = fakeIo({ "x.json": JSON.stringify(createExampleIsms()) });
    expect(fake.run("oscal", "x.json", "--as-of", "later")).toMatchObject({
      code: 2,
      stderr: '--as-of must be a date YYYY-MM-DD or a date-time with a time zone, e.g. 2026-11-27T12:00:00Z (got "later").\n',
    });
    expect(fake.run("heatmap", "x.json", "--as-of", "2026-13-01").code).toBe(2);
  });
});
