import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { runCliAsync as runFull } from "../../src/cli/run.js";
import { runCliAsync as runValidateOnly } from "../../src/cli/validateOnly.js";
import { fakeIo } from "./fakeIo.js";

// main.ts sends `isms validate …` to validateOnly.ts, which loads less; every other command
// goes to run.ts. Both must answer a validate command line exactly alike.
const example = `${JSON.stringify(createExampleIsms(), null, 2)}\n`;
const broken = JSON.stringify({ ...createExampleIsms(), colour: "blue" });
const withErrors = JSON.stringify({ ...createExampleIsms(), risks: [{ ...createExampleIsms().risks[0], owner: undefined }] });

async function both(args: readonly string[]) {
  const files = { "isms.json": example, "broken.json": broken, "errors.json": withErrors, "text.json": "{ not json" };
  const runs = [];
  for (const run of [runFull, runValidateOnly]) {
    const { io } = fakeIo(files);
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, { ...io, stdout: (text) => out.push(text), stderr: (text) => err.push(text) }, "9.9.9");
    runs.push({ code, stdout: out.join(""), stderr: err.join("") });
  }
  return runs;
}

describe("isms validate through validateOnly.ts", () => {
  it.each([
    [["validate", "isms.json"]],
    [["validate", "isms.json", "--json", "--as-of", "2026-11-27"]],
    [["validate", "isms.json", "--only", "warnings"]],
    [["validate", "isms.json", "--code", "status_mismatch,unknown_code"]],
    [["validate", "errors.json"]],
    [["validate", "broken.json", "--json"]],
    [["validate", "text.json"]],
    [["validate", "missing.json"]],
    [["validate"]],
    [["validate", "isms.json", "extra.json"]],
    [["validate", "isms.json", "--as-of", "tomorrow"]],
    [["validate", "isms.json", "--format", "csv"]],
    [["validate", "isms.json", "--max-size", "100"]],
    [["validate", "--help"]],
    [["validate", "--version"]],
    [["validate", "isms.json", "--strict"]],
  ])("%j answers as the full command does", async (args) => {
    const [full, only] = await both(args);
    expect(only).toEqual(full);
    expect(full!.stdout.length + full!.stderr.length).toBeGreaterThan(0);
  });

  it("the cases cover a success, errors in the document and failures of the command line", async () => {
    const codes = new Set<number>();
    for (const args of [["validate", "isms.json"], ["validate", "errors.json"], ["validate", "isms.json", "--as-of", "x"]]) codes.add((await both(args))[0]!.code);
    expect([...codes].sort()).toEqual([0, 1, 2]);
  });
});
