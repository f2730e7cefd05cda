import { describe, expect, it } from "vitest";
import { revisionOf, type IsmsDiff, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { fakeIo } from "./fakeIo.js";

const base = createExampleIsms();
const later: IsmsDocument = structuredClone(base);
later.cycle.phase = "act";
later.risks.reverse();

function files(extra: Record<string, string> = {}) {
  return fakeIo({ "old.json": JSON.stringify(base), "new.json": JSON.stringify(later), "same.json": JSON.stringify({ ...base, risks: [...base.risks].reverse() }), ...extra });
}

describe("isms diff", () => {
  it("prints Markdown and exits 1 when the documents differ", () => {
    const result = files().run("diff", "old.json", "new.json");
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe("## Changes from old.json to new.json");
    expect(result.stdout).toContain("PDCA phase (cycle 2): Check → Act.");
    expect(result.stdout).toContain("| cycle.phase | check | act |");
    expect(result.stderr).toBe("");
  });

  it("exits 0 when both hold the same ISMS, records in another order included", () => {
    const result = files().run("diff", "old.json", "same.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No changes");
  });

  it("prints the diff as JSON with --format json, judged on --as-of", () => {
    const result = files().run("diff", "old.json", "new.json", "--format", "json", "--as-of", "2026-11-27");
    expect(result.code).toBe(1);
    const diff = JSON.parse(result.stdout) as IsmsDiff;
    expect(diff.equal).toBe(false);
    expect(diff.asOf).toBe("2026-11-27");
    expect(diff.revisions).toEqual({ before: revisionOf(base), after: revisionOf(later) });
    expect(diff.consequences.phase).toEqual({ before: { cycle: 2, phase: "check" }, after: { cycle: 2, phase: "act" } });
  });

  it("writes to --out instead of standard output", () => {
    const fake = files();
    const result = fake.run("diff", "old.json", "new.json", "--out", "changes.md");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(fake.files.get("changes.md")).toContain("## Changes from old.json to new.json");
  });

  it("exits 2 on wrong usage: a missing file name, a wrong format or date", () => {
    expect(files().run("diff", "old.json").code).toBe(2);
    expect(files().run("diff", "old.json", "new.json", "--format", "html").code).toBe(2);
    const badDate = files().run("diff", "old.json", "new.json", "--as-of", "27.11.2026");
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("--as-of must be a date");
    expect(files().run("diff", "old.json", "new.json", "extra.json").code).toBe(2);
  });

  it("exits 2 when a document is missing, not JSON or not an ISMS document", () => {
    expect(files().run("diff", "old.json", "gone.json").code).toBe(2);
    expect(files({ "bad.json": "{ nope" }).run("diff", "bad.json", "new.json").code).toBe(2);
    const invalid = files({ "invalid.json": JSON.stringify({ schemaVersion: 1 }) }).run("diff", "old.json", "invalid.json");
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("invalid.json is not a valid ISMS document");
    expect(invalid.stdout).toBe("");
  });

  it("is listed in the help with its options", () => {
    const help = files().run("diff", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: isms diff OLD NEW [options]");
    expect(help.stdout).toContain("--format md|json");
    expect(help.stdout).toContain("--max-size N");
  });
});
