import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import { runCli, type CliIo } from "../../src/cli/run.js";
import { createExampleIsms } from "../../src/example/index.js";
import buildCli from "./buildCli.js";

const CLI = join(process.cwd(), "node_modules/.cache/isms-test/cli.mjs");
let dir: string;

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: dir });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), "isms-cli-"));
  writeFileSync(join(dir, "good.json"), JSON.stringify(createExampleIsms()));
  writeFileSync(join(dir, "broken.json"), '{"schemaVersion": 1, "organisation": ');
  const invalid = createExampleIsms() as unknown as Record<string, unknown>;
  writeFileSync(join(dir, "invalid.json"), JSON.stringify({ ...invalid, colour: "red", assets: [{ id: "" }] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the isms command as a child process", () => {
  it("prints help and its version", () => {
    expect(cli("--help")).toMatchObject({ code: 0 });
    expect(cli("--help").stdout).toContain("isms validate FILE".replace("isms ", ""));
    expect(cli("--version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(cli().code).toBe(2);
  });
  it("validates a good document with exit 0 and a summary line", () => {
    const result = cli("validate", "good.json", "--as-of", "2026-11-27");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/good\.json: 0 errors, \d+ warnings/);
  });
  it("prints machine-readable issues with --json", () => {
    const result = cli("validate", "good.json", "--json", "--as-of", "2026-11-27");
    const parsed = JSON.parse(result.stdout);
    expect(parsed.valid).toBe(true);
    expect(Array.isArray(parsed.issues)).toBe(true);
  });
  it("exits 2 with a clear message on broken JSON and on a missing file", () => {
    const broken = cli("validate", "broken.json");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("broken.json is not valid JSON");
    const missing = cli("validate", "missing.json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });
  it("exits 1 on an invalid document and lists the problems with paths", () => {
    const result = cli("validate", "invalid.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("not a valid ISMS document");
    expect(result.stderr).toContain("assets[0]");
  });
  it("rejects a bad --as-of and a bad --format", () => {
    expect(cli("validate", "good.json", "--as-of", "yesterday").code).toBe(2);
    expect(cli("report", "good.json", "--out", "bad-date", "--as-of", "garbage").code).toBe(2);
    expect(existsSync(join(dir, "bad-date"))).toBe(false);
    expect(cli("soa", "good.json", "--format", "pdf").code).toBe(2);
  });
  it("writes the SoA in every format", () => {
    for (const format of ["csv", "md", "html", "json"]) {
      const result = cli("soa", "good.json", "--format", format);
      expect(result.code, format).toBe(0);
      expect(result.stdout).toContain("5.1");
    }
  });
  it("writes an SVG heat map that parses as XML", () => {
    const result = cli("heatmap", "good.json", "--layer", "inherent");
    expect(result.code).toBe(0);
    const errors: string[] = [];
    const svg = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(result.stdout, "image/svg+xml");
    expect(errors).toEqual([]);
    expect(svg.documentElement?.nodeName).toBe("svg");
  });
  it("writes every report into a folder and nothing on failure", () => {
    const out = join(dir, "report");
    expect(cli("report", "good.json", "--out", out).code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(["summary.html", "soa.csv", "risks.md", "heatmap-residual.svg", "assets.html"]));
    const failed = join(dir, "failed-report");
    expect(cli("report", "invalid.json", "--out", failed).code).toBe(1);
    expect(existsSync(failed)).toBe(false);
    expect(cli("soa", "broken.json", "--out", join(dir, "soa.csv")).code).toBe(2);
    expect(existsSync(join(dir, "soa.csv"))).toBe(false);
  });
  it("init writes a starter that parses, and refuses to overwrite", () => {
    expect(cli("init", "new.json").code).toBe(0);
    const validated = cli("validate", "new.json", "--json");
    expect(validated.code).toBe(1);
    expect(new Set(JSON.parse(validated.stdout).issues.filter((found: { severity: string }) => found.severity === "error").map((found: { code: string }) => found.code))).toEqual(
      new Set(["undecided_control"]),
    );
    expect(cli("init", "new.json").code).toBe(2);
    expect(cli("init", "example.json", "--example").code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "example.json"), "utf8")).organisation.name).toBe(createExampleIsms().organisation.name);
  });
  it("exports every OSCAL model deterministically", () => {
    for (const model of ["catalog", "profile", "ssp", "assessment-results", "poam", "mapping"]) {
      const first = cli("oscal", "good.json", "--model", model, "--as-of", "2026-11-27T12:00:00Z");
      expect(first.code, model).toBe(0);
      const parsed = JSON.parse(first.stdout);
      expect(Object.keys(parsed)).toHaveLength(1);
      expect(cli("oscal", "good.json", "--model", model, "--as-of", "2026-11-27T12:00:00Z").stdout).toBe(first.stdout);
    }
    expect(cli("oscal", "good.json", "--model", "nope").code).toBe(2);
  });
  it("imports an OSCAL catalog as a custom catalogue, and writes nothing for a bad one", () => {
    const source = join(process.cwd(), "..", "shared", "oscal", "content", "basic-catalog.json");
    const result = cli("import-catalog", source, "--out", "basic.json", "--id", "basic");
    expect(result.code).toBe(0);
    const imported = JSON.parse(readFileSync(join(dir, "basic.json"), "utf8"));
    expect(imported.id).toBe("basic");
    expect(imported.controls.length).toBeGreaterThan(0);
    writeFileSync(join(dir, "not-oscal.json"), JSON.stringify({ hello: "world" }));
    expect(cli("import-catalog", "not-oscal.json", "--out", "bad.json").code).toBe(1);
    expect(existsSync(join(dir, "bad.json"))).toBe(false);
    expect(cli("import-catalog", "not-oscal.json").code).toBe(2);
  });
  it("prints the JSON Schema", () => {
    const result = cli("schema");
    expect(JSON.parse(result.stdout).$schema).toContain("2020-12");
  });
  it("rejects an unknown command and unknown options", () => {
    expect(cli("frobnicate").code).toBe(2);
    expect(cli("validate", "good.json", "--nope").code).toBe(2);
  });
});

describe("runCli in process", () => {
  function io(files: Record<string, string>): CliIo & { out: string[]; err: string[]; written: Map<string, string> } {
    const out: string[] = [];
    const errors: string[] = [];
    const written = new Map<string, string>();
    return {
      out,
      err: errors,
      written,
      readFile: (path) => files[path] ?? "",
      exists: (path) => path in files,
      writeFiles: (map) => map.forEach((content, path) => written.set(path, content)),
      stdout: (text) => out.push(text),
      stderr: (text) => errors.push(text),
      today: () => "2026-11-27",
      now: () => "2026-11-27T12:00:00Z",
    };
  }
  it("risks in every format and the report map", () => {
    const fake = io({ "x.json": JSON.stringify(createExampleIsms()) });
    for (const format of ["csv", "md", "html", "json"]) expect(runCli(["risks", "x.json", "--format", format], fake, "0.0.0")).toBe(0);
    expect(runCli(["report", "x.json", "--out", "out/"], fake, "0.0.0")).toBe(0);
    expect([...fake.written.keys()]).toContain("out/summary.html");
    expect(runCli(["report", "x.json"], fake, "0.0.0")).toBe(2);
  });
  it("writes to --out instead of standard output", () => {
    const fake = io({ "x.json": JSON.stringify(createExampleIsms()) });
    expect(runCli(["soa", "x.json", "--format", "csv", "--out", "soa.csv"], fake, "0.0.0")).toBe(0);
    expect(fake.written.get("soa.csv")).toContain("5.1");
    expect(fake.out).toEqual([]);
  });
  it("runs the built command through its file", () => {
    expect(execFileSync(process.execPath, [CLI, "--version"], { encoding: "utf8" }).trim()).toMatch(/^\d/);
  });
});
