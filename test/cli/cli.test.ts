import { execFileSync, spawn, spawnSync } from "node:child_process";
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
  return cliWithEnv({}, ...args);
}

/** Runs the command with ISMS_ACTOR unset unless `env` sets it. */
function cliWithEnv(env: Record<string, string>, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const { ISMS_ACTOR: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: dir, env: { ...inherited, ...env } });
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
    expect(validated.code).toBe(0);
    const issues = JSON.parse(validated.stdout).issues as { severity: string; code: string }[];
    expect(issues.filter((found) => found.severity === "error")).toEqual([]);
    expect(issues.filter((found) => found.code === "undecided_control" && found.severity === "warning")).toHaveLength(93);
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
    const source = join(process.cwd(), "test", "fixtures", "oscal", "content", "basic-catalog.json");
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
  it("init → decide → validate: a starter becomes a complete SoA from the command line, with its change log", () => {
    expect(cli("init", "e2e.json").code).toBe(0);
    const starter = readFileSync(join(dir, "e2e.json"), "utf8");
    const nobody = cli("decide", "e2e.json", "--all", "--include", "--reason", "business");
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain("ISMS_ACTOR");
    expect(readFileSync(join(dir, "e2e.json"), "utf8")).toBe(starter);

    const included = cliWithEnv({ ISMS_ACTOR: "CISO" }, "decide", "e2e.json", "--theme", "Organizational,People,Technological", "--include", "--reason", "business", "--log", "e2e.log.jsonl");
    expect(included.code).toBe(0);
    expect(included.stdout).toContain("Wrote e2e.json: 79 changes by CISO; errors 0 → 0, warnings 94 → 15.\n");
    const excluded = cli("decide", "e2e.json", "--theme", "Physical", "--exclude", "--justification", "No premises of our own: all staff work remotely and nothing is hosted on site.", "--by", "Facilities lead", "--log", "e2e.log.jsonl");
    expect(excluded.code).toBe(0);

    const validated = cli("validate", "e2e.json", "--json");
    expect(validated.code).toBe(0);
    const answer = JSON.parse(validated.stdout) as JsonAnswer;
    expect(answer.errors).toBe(0);
    expect(answer.issues.filter((found) => found.code === "undecided_control")).toEqual([]);
    const log = readFileSync(join(dir, "e2e.log.jsonl"), "utf8").trimEnd().split("\n").map((line) => JSON.parse(line) as { by: string });
    expect(log).toHaveLength(93);
    expect(new Set(log.map((entry) => entry.by))).toEqual(new Set(["CISO", "Facilities lead"]));
    expect(readdirSync(dir).filter((name) => name.endsWith(".isms-tmp"))).toEqual([]);
  });

  it("rejects an unknown command and unknown options", () => {
    expect(cli("frobnicate").code).toBe(2);
    expect(cli("validate", "good.json", "--nope").code).toBe(2);
  });
});

function cliWithClosedStdout(...args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    // The reader goes away before the command writes anything: its first write meets a closed pipe.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stderr }));
  });
}

interface JsonAnswer {
  valid: boolean;
  file: string | null;
  errors: number;
  issues: { code: string; severity: string; message: string; path: (string | number)[] }[];
}

describe("review findings", () => {
  it("validate --json prints one JSON object for a missing file, broken JSON and an invalid document, with the same exit codes", () => {
    const missing = cli("validate", "missing.json", "--json");
    expect(missing.code).toBe(2);
    const missingAnswer = JSON.parse(missing.stdout) as JsonAnswer;
    expect(missingAnswer).toMatchObject({ valid: false, file: "missing.json", errors: 1 });
    expect(missingAnswer.issues).toEqual([{ code: "file_not_found", severity: "error", message: expect.stringContaining("no such file"), path: [] }]);

    const broken = cli("validate", "broken.json", "--json");
    expect(broken.code).toBe(2);
    expect((JSON.parse(broken.stdout) as JsonAnswer).issues.map((found) => found.code)).toEqual(["invalid_json"]);

    const invalid = cli("validate", "invalid.json", "--json");
    expect(invalid.code).toBe(1);
    const invalidAnswer = JSON.parse(invalid.stdout) as JsonAnswer;
    expect(invalidAnswer.valid).toBe(false);
    expect(invalidAnswer.errors).toBe(invalidAnswer.issues.length);
    expect(invalidAnswer.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "invalid_unrecognized_keys", severity: "error", path: [expect.any(String)] }),
        expect.objectContaining({ severity: "error", path: expect.arrayContaining(["assets", 0]) }),
      ]),
    );

    const badDate = cli("validate", "good.json", "--json", "--as-of", "yesterday");
    expect(badDate.code).toBe(2);
    expect((JSON.parse(badDate.stdout) as JsonAnswer).issues[0]?.code).toBe("invalid_option");
    const badOption = cli("validate", "good.json", "--json", "--nope");
    expect(badOption.code).toBe(2);
    expect(JSON.parse(badOption.stdout)).toMatchObject({ valid: false, file: "good.json", issues: [{ code: "invalid_option" }] });
    const noFile = cli("validate", "--json");
    expect(noFile.code).toBe(2);
    expect(JSON.parse(noFile.stdout)).toMatchObject({ valid: false, file: null, issues: [{ code: "missing_argument" }] });
  });

  it("keeps the human output without --json", () => {
    const missing = cli("validate", "missing.json");
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe("Cannot read missing.json: no such file.\n");
  });

  it("exits quietly when its standard output is closed early", async () => {
    for (const args of [
      ["heatmap", "good.json", "--layer", "residual"],
      ["oscal", "good.json", "--model", "ssp", "--as-of", "2026-11-27T12:00:00Z"],
    ]) {
      const result = await cliWithClosedStdout(...args);
      expect(result.stderr, args.join(" ")).not.toMatch(/Error|EPIPE|\bat /);
      expect(result.code, args.join(" ")).toBe(0);
    }
  });

  it("reports a starter document that has no applicable control as a document problem when exporting a profile", () => {
    expect(cli("init", "starter-profile.json").code).toBe(0);
    const result = cli("oscal", "starter-profile.json", "--model", "profile", "--out", "profile.json");
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("starter-profile.json: cannot export the OSCAL profile");
    expect(result.stderr).not.toContain("isms:");
    expect(existsSync(join(dir, "profile.json"))).toBe(false);
    expect(cli("oscal", "good.json", "--model", "profile", "--as-of", "not-a-date").code).toBe(2);
  });

  it("exports the catalogue named by --catalogue and rejects an unknown one with the valid ids", () => {
    const asOf = "2026-11-27T12:00:00Z";
    const titles = (catalogue?: string) => {
      const result = cli("oscal", "good.json", "--model", "catalog", "--as-of", asOf, ...(catalogue === undefined ? [] : ["--catalogue", catalogue]));
      expect(result.code, catalogue).toBe(0);
      return JSON.parse(result.stdout).catalog.metadata.title as string;
    };
    const custom = createExampleIsms().catalogues[0]!;
    expect(titles()).toBe(titles("annex-a"));
    const all = [titles("annex-a"), titles("annex-a-2013"), titles("clauses"), titles(custom.id)];
    expect(new Set(all).size).toBe(4);
    expect(JSON.parse(cli("oscal", "good.json", "--model", "catalog", "--catalogue", "clauses", "--as-of", asOf).stdout).catalog.groups[0].id).toBe("clause-4");
    const unknown = cli("oscal", "good.json", "--model", "catalog", "--catalogue", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`annex-a, annex-a-2013, clauses, ${custom.id}`);
    expect(cli("oscal", "good.json", "--model", "ssp", "--catalogue", "clauses").code).toBe(2);
    expect(cli("help", "oscal").stdout).toContain("--catalogue ID");
  });

  it("init --matrix chooses the starter's risk matrix", () => {
    const sizes: Record<string, number> = { "3x3": 3, "4x4": 4, "5x5": 5 };
    for (const [matrix, size] of Object.entries(sizes)) {
      const target = `starter-${matrix}.json`;
      const result = cli("init", target, "--matrix", matrix);
      expect(result.code, matrix).toBe(0);
      const written = JSON.parse(readFileSync(join(dir, target), "utf8"));
      expect(written.methodologies[0].matrix.likelihood.levels).toHaveLength(size);
      expect(written.methodologies[0].matrix.cells).toHaveLength(size);
      const validated = cli("validate", target, "--json");
      expect(validated.code, matrix).toBe(0);
      expect(JSON.parse(validated.stdout).issues.filter((found: { code: string }) => found.code === "inconsistent_colouring"), matrix).toEqual([]);
    }
    expect(cli("init", "starter-6x6.json", "--matrix", "6x6").code).toBe(2);
    expect(existsSync(join(dir, "starter-6x6.json"))).toBe(false);
    expect(cli("init", "example-3x3.json", "--example", "--matrix", "3x3").code).toBe(2);
    expect(cli("init", "--help").stdout).toContain("--matrix 3x3|4x4|5x5");
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
      writeFiles: (map) => map.forEach((content, path) => written.set(path, typeof content === "string" ? content : new TextDecoder().decode(content))),
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
  it("answers validate --json for an unreadable file and an unexpected failure", () => {
    const fake = io({ "x.json": "{}" });
    const unreadable: CliIo = {
      ...fake,
      readFile: () => {
        throw new Error("EACCES: permission denied");
      },
    };
    expect(runCli(["validate", "x.json", "--json"], unreadable, "0.0.0")).toBe(2);
    expect(JSON.parse(fake.out.join(""))).toMatchObject({ valid: false, file: "x.json", issues: [{ code: "file_unreadable", message: expect.stringContaining("EACCES") }] });
    // A failure the command does not expect (here: standard output refuses the result) still answers in JSON.
    const failing = io({ "x.json": JSON.stringify(createExampleIsms()) });
    const refusing: CliIo = {
      ...failing,
      stdout: (text) => {
        if (text.includes('"valid": true')) throw new Error("disk full");
        failing.stdout(text);
      },
    };
    expect(runCli(["validate", "x.json", "--json", "--as-of", "2026-11-27"], refusing, "0.0.0")).toBe(2);
    expect(JSON.parse(failing.out.join(""))).toMatchObject({ valid: false, issues: [{ code: "failed", message: "isms: disk full" }] });
  });
  it("maps an export the document cannot give to exit 1, and other export failures to exit 2", () => {
    const fake = io({ "s.json": "" });
    expect(runCli(["init", "s.json", "--force"], fake, "0.0.0")).toBe(0);
    const starter = io({ "s.json": fake.written.get("s.json")! });
    expect(runCli(["oscal", "s.json", "--model", "profile"], starter, "0.0.0")).toBe(1);
    expect(starter.err.join("")).toMatch(/^s\.json: cannot export the OSCAL profile: .+ \(isms validate s\.json lists the undecided ones\)\.\n$/);
    expect(runCli(["oscal", "s.json", "--model", "ssp", "--as-of", "later"], starter, "0.0.0")).toBe(2);
    expect(starter.out).toEqual([]);
  });
  it("gives the exit code of each use, in process", () => {
    const example = JSON.stringify(createExampleIsms());
    const files = { "good.json": example, "broken.json": "{", "invalid.json": JSON.stringify({ colour: "red" }), "cat.json": readFileSync(join(process.cwd(), "test", "fixtures", "oscal", "content", "basic-catalog.json"), "utf8"), "other.json": "{}" };
    const cases: [string[], number][] = [
      [["--version"], 0],
      [["--help"], 0],
      [["help"], 0],
      [[], 2],
      [["--bogus"], 2],
      [["validate", "good.json", "--json", "--bogus"], 2],
      [["validate", "good.json", "--as-of", "2026-11-27"], 0],
      [["validate", "good.json", "--json", "--as-of", "2026-11-27"], 0],
      [["validate", "good.json", "extra"], 2],
      [["validate"], 2],
      [["validate", "broken.json"], 2],
      [["validate", "invalid.json"], 1],
      [["validate", "nope.json", "--json"], 2],
      [["validate", "good.json", "--as-of", "soon"], 2],
      [["soa", "good.json", "--format", "pdf"], 2],
      ...(["csv", "md", "html", "json"] as const).map((format): [string[], number] => [["soa", "good.json", "--format", format], 0]),
      [["heatmap", "good.json"], 0],
      [["heatmap", "good.json", "--layer", "nope"], 2],
      [["report", "good.json", "--out", "r", "--as-of", "soon"], 2],
      [["oscal", "good.json"], 0],
      [["oscal", "good.json", "--model", "catalog", "--catalogue", "annex-a-2013"], 0],
      [["oscal", "good.json", "--model", "catalog", "--catalogue", "nope"], 2],
      [["oscal", "good.json", "--model", "poam", "--catalogue", "clauses"], 2],
      [["import-catalog", "cat.json", "--out", "c.json"], 0],
      [["import-catalog", "cat.json", "--out", "c.json", "--id", "basic"], 0],
      [["import-catalog", "other.json", "--out", "c.json"], 1],
      [["import-catalog", "cat.json"], 2],
      [["schema"], 0],
      [["schema", "extra"], 2],
      [["init", "good.json"], 2],
      [["init", "new.json", "--matrix", "3x3"], 0],
      [["init", "--example", "--force"], 0],
      [["init", "x.json", "--example", "--matrix", "4x4"], 2],
      [["init", "x.json", "--matrix", "9x9"], 2],
      [["frobnicate"], 2],
    ];
    for (const [args, code] of cases) expect(runCli(args, io(files), "0.0.0"), args.join(" ")).toBe(code);
  });
  it("runs the built command through its file", () => {
    expect(execFileSync(process.execPath, [CLI, "--version"], { encoding: "utf8" }).trim()).toMatch(/^\d/);
  });
});
