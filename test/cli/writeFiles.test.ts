import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { writeFilesAtomically } from "../../src/cli/writeFiles.js";
import { fakeIo } from "./fakeIo.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "isms-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file and folder under the temporary folder, as relative paths. */
function tree(): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((path) => path.replace(/\\/g, "/")).sort();
}

describe("writing the files of a command: all or none", () => {
  it("writes every file, into new folders too, and leaves no temporary or old copy", () => {
    writeFileSync(join(dir, "old.txt"), "before");
    writeFilesAtomically(new Map([[join(dir, "old.txt"), "after"], [join(dir, "out/a/b.txt"), "new"]]));
    expect(readFileSync(join(dir, "old.txt"), "utf8")).toBe("after");
    expect(readFileSync(join(dir, "out/a/b.txt"), "utf8")).toBe("new");
    expect(tree()).toEqual(["old.txt", "out", "out/a", "out/a/b.txt"]);
  });

  it("refuses before writing anything when a target's name is taken by a folder", () => {
    mkdirSync(join(dir, "out/soa.html"), { recursive: true });
    writeFileSync(join(dir, "out/keep.txt"), "mine");
    const files = new Map([[join(dir, "out/summary.html"), "1"], [join(dir, "out/soa.html"), "2"], [join(dir, "out/new/risks.csv"), "3"]]);
    expect(() => writeFilesAtomically(files)).toThrow(/a folder of that name is in the way/);
    expect(tree()).toEqual(["out", "out/keep.txt", "out/soa.html"]);
  });

  it("refuses when a parent of a target is a file", () => {
    writeFileSync(join(dir, "out"), "a file");
    expect(() => writeFilesAtomically(new Map([[join(dir, "ok.txt"), "1"], [join(dir, "out/x.txt"), "2"]]))).toThrow(/is a file, not a folder/);
    expect(tree()).toEqual(["out"]);
  });

  it("undoes everything when a write fails part-way: earlier files, temporary copies and new folders are gone, old files unchanged", () => {
    writeFileSync(join(dir, "keep.txt"), "before");
    const tooLong = join(dir, "new", `${"x".repeat(300)}.txt`);
    const files = new Map([[join(dir, "keep.txt"), "after"], [join(dir, "new/first.txt"), "1"], [tooLong, "2"]]);
    expect(() => writeFilesAtomically(files)).toThrow();
    expect(readFileSync(join(dir, "keep.txt"), "utf8")).toBe("before");
    expect(tree()).toEqual(["keep.txt"]);
  });
});

describe("isms report --out with a target taken by a folder", () => {
  it("writes nothing, leaves no temporary file and says why", () => {
    const fake = fakeIo();
    fake.run("init", "x.json", "--example");
    const document = fake.files.get("x.json")!;
    writeFileSync(join(dir, "x.json"), document);
    mkdirSync(join(dir, "reports/soa.html"), { recursive: true });
    const { io } = fakeIo();
    const errors: string[] = [];
    const code = runCli(["report", join(dir, "x.json"), "--out", join(dir, "reports"), "--as-of", "2026-11-27"], {
      ...io,
      readFile: (path) => readFileSync(path, "utf8"),
      exists: (path) => existsSync(path),
      writeFiles: writeFilesAtomically,
      stderr: (text) => errors.push(text),
    }, "0.0.0");
    expect(code).toBe(2);
    expect(errors.join("")).toContain("a folder of that name is in the way. Nothing written.");
    expect(tree()).toEqual(["reports", "reports/soa.html", "x.json"]);
  });
});
