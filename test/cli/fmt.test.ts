import { describe, expect, it } from "vitest";
import { formatIsms } from "../../src/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { fakeIo } from "./fakeIo.js";

const example = createExampleIsms();
const formatted = formatIsms(example);
const unformatted = JSON.stringify({ ...example, risks: [...example.risks].reverse() });

describe("isms fmt", () => {
  it("passes --check on what isms init writes, starter and example, so a pre-commit hook passes from the first commit", () => {
    for (const args of [["init", "isms.json"], ["init", "isms.json", "--example", "--force"]]) {
      const fake = fakeIo({});
      expect(fake.run(...args).code).toBe(0);
      expect(fake.run("fmt", "--check", "isms.json").code, args.join(" ")).toBe(0);
    }
    const example = fakeIo({});
    example.run("init", "isms.json", "--example");
    expect(example.files.get("isms.json")).toBe(formatted);
  });

  it("rewrites a file in canonical form", () => {
    const fake = fakeIo({ "isms.json": unformatted });
    const result = fake.run("fmt", "isms.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Formatted isms.json\n");
    expect(fake.files.get("isms.json")).toBe(formatted);
  });

  it("writes only the files that change, in one write", () => {
    const fake = fakeIo({ "a.json": unformatted, "b.json": formatted, "c.json": unformatted });
    const result = fake.run("fmt", "a.json", "b.json", "c.json");
    expect(result.code).toBe(0);
    expect(fake.writes).toHaveLength(1);
    expect([...fake.writes[0]!.keys()]).toEqual(["a.json", "c.json"]);
    expect(result.stdout).toBe("Formatted a.json\nFormatted c.json\n1 file already formatted.\n");
  });

  it("is idempotent: a second run writes nothing", () => {
    const fake = fakeIo({ "isms.json": unformatted });
    fake.run("fmt", "isms.json");
    const second = fake.run("fmt", "isms.json");
    expect(second.code).toBe(0);
    expect(fake.writes).toHaveLength(1);
    expect(second.stdout).toBe("1 file already formatted.\n");
  });

  it("--check lists the files that are not formatted, writes nothing and exits 1", () => {
    const fake = fakeIo({ "a.json": unformatted, "b.json": formatted });
    const result = fake.run("fmt", "--check", "a.json", "b.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("a.json is not formatted: run isms fmt a.json\n1 file of 2 not formatted.\n");
    expect(fake.writes).toEqual([]);
  });

  it("--check exits 0 when every file is formatted", () => {
    const fake = fakeIo({ "a.json": formatted, "b.json": formatted });
    const result = fake.run("fmt", "a.json", "b.json", "--check");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("2 files formatted.\n");
  });

  it("writes nothing when one file is not a valid document, and lists its problems (exit 1)", () => {
    const fake = fakeIo({ "a.json": unformatted, "bad.json": JSON.stringify({ ...example, colour: "blue" }) });
    const result = fake.run("fmt", "a.json", "bad.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bad\.json is not a valid ISMS document \(1 problem\):\n.*colour/);
    expect(fake.writes).toEqual([]);
  });

  it("needs at least one file (exit 2)", () => {
    const result = fakeIo().run("fmt");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing FILE");
  });

  it("is listed in the help with --check", () => {
    const fake = fakeIo();
    expect(fake.run("--help").stdout).toMatch(/\n {2}fmt FILE\.\.\. +write documents in canonical form/);
    expect(fake.run("fmt", "--help").stdout).toContain("--check");
  });
});
