import { describe, expect, it } from "vitest";
import { compareNatural } from "../../src/cli/issues.js";
import { fakeIo } from "./fakeIo.js";

function starter() {
  const fake = fakeIo();
  fake.run("init", "x.json");
  return fake;
}

const UNDECIDED = "error   undecided_control ×93: annex-a:5.1, annex-a:5.2, annex-a:5.3, annex-a:5.4, annex-a:5.5, annex-a:5.6, annex-a:5.7, annex-a:5.8, annex-a:5.9, annex-a:5.10, … and 83 more";

describe("isms validate, human output", () => {
  it("groups a repeated code on one line with its count and the first places in catalogue order", () => {
    const lines = starter().run("validate", "x.json").stdout.trimEnd().split("\n");
    expect(lines).toEqual([
      UNDECIDED,
      "warning inconsistent_colouring ×2: methodologies[0].matrix.cells[0][4], methodologies[0].matrix.cells[4][0]",
      "warning scope: The ISMS scope (4.3) is not defined. [missing_scope]",
      "x.json: 93 errors, 3 warnings, 0 notes (as of 2026-11-27)",
    ]);
  });

  it("lists every place when there are ten or fewer", () => {
    const fake = starter();
    fake.run("decide", "x.json", "--undecided", "--include", "--reason", "business", "--by", "CISO");
    fake.files.set("rm.json", JSON.stringify(["5.2", "5.10", "8.1"].map((id) => ({ type: "entity.remove", collection: "soaDecisions", id: `annex-a:${id}` }))));
    expect(fake.run("apply", "x.json", "rm.json", "--by", "CISO", "--allow-errors").code).toBe(0);
    expect(fake.run("validate", "x.json", "--only", "errors").stdout.split("\n")[0]).toBe("error   undecided_control ×3: annex-a:5.2, annex-a:5.10, annex-a:8.1");
  });

  it("--only shows one severity; the exit code and the counts still cover the whole document", () => {
    const fake = starter();
    const errors = fake.run("validate", "x.json", "--only", "errors");
    expect(errors.code).toBe(1);
    expect(errors.stdout).toBe(`${UNDECIDED}\nx.json: 93 errors, 3 warnings, 0 notes (as of 2026-11-27); 93 issues shown\n`);
    const warnings = fake.run("validate", "x.json", "--only", "warnings");
    expect(warnings.code).toBe(1);
    expect(warnings.stdout).not.toContain("undecided_control");
    expect(warnings.stdout).toContain("3 issues shown");
    expect(fake.run("validate", "x.json", "--only", "notes").stdout).toContain("; 0 issues shown");
    expect(fake.run("validate", "x.json", "--only", "error").stderr).toBe('--only must be one of errors, warnings, notes (got "error"). Did you mean errors?\n');
  });

  it("--code keeps the issues of the codes given, repeated or comma-separated", () => {
    const fake = starter();
    const one = fake.run("validate", "x.json", "--code", "missing_scope");
    expect(one.stdout).toBe("warning scope: The ISMS scope (4.3) is not defined. [missing_scope]\nx.json: 93 errors, 3 warnings, 0 notes (as of 2026-11-27); 1 issue shown\n");
    expect(one.code).toBe(1);
    const two = fake.run("validate", "x.json", "--code", "missing_scope,inconsistent_colouring", "--code", "undecided_control", "--only", "warnings");
    expect(two.stdout).toContain("3 issues shown");
  });

  it("a code no issue has shows nothing and says so on standard error", () => {
    const result = starter().run("validate", "x.json", "--code", "no_such_code,missing_scope");
    expect(result.stderr).toBe("No issue of x.json has the code no_such_code.\n");
    expect(result.stdout).toContain("1 issue shown");
    expect(starter().run("validate", "x.json", "--code", "a,b").stderr).toBe("No issue of x.json has the codes a, b.\n");
  });
});

describe("isms validate --json with filters", () => {
  it("keeps every issue without filters, with no filter field", () => {
    const answer = JSON.parse(starter().run("validate", "x.json", "--json").stdout);
    expect(answer).toMatchObject({ valid: false, file: "x.json", errors: 93, warnings: 3 });
    expect(answer.issues).toHaveLength(96);
    expect(answer).not.toHaveProperty("filter");
  });

  it("prints the issues the filters keep, the filter, and the whole document's counts", () => {
    const result = starter().run("validate", "x.json", "--json", "--only", "warnings", "--code", "missing_scope");
    expect(result.code).toBe(1);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ valid: false, errors: 93, warnings: 3, filter: { only: "warnings", codes: ["missing_scope"] } });
    expect(answer.issues.map((found: { code: string }) => found.code)).toEqual(["missing_scope"]);
  });
});

describe("natural order", () => {
  it("orders numbers inside texts by value", () => {
    const places = ["annex-a:5.10", "annex-a:5.9", "annex-a:8.1", "annex-a:5.1", "risks[10]", "risks[2]", "annex-a:5.1"];
    expect([...places].sort(compareNatural)).toEqual(["annex-a:5.1", "annex-a:5.1", "annex-a:5.9", "annex-a:5.10", "annex-a:8.1", "risks[2]", "risks[10]"]);
    expect(compareNatural("a", "a.1")).toBeLessThan(0);
    expect(compareNatural("x01", "x1")).not.toBe(0);
  });
});
