import { describe, expect, it } from "vitest";
import { compareNatural } from "../../src/cli/issues.js";
import { starter } from "./starter.js";

const PLACES = "annex-a:5.1, annex-a:5.2, annex-a:5.3, annex-a:5.4, annex-a:5.5, annex-a:5.6, annex-a:5.7, annex-a:5.8, annex-a:5.9, annex-a:5.10, … and 83 more";
/** The starter's 93 undecided controls: warnings while no SoA version is approved… */
const UNDECIDED = `warning undecided_control ×93: ${PLACES}`;
/** …errors once one is. */
const UNDECIDED_ERRORS = `error   undecided_control ×93: ${PLACES}`;
const SCOPE = "warning scope: The ISMS scope (4.3) is not defined. [missing_scope]";

describe("isms validate, human output", () => {
  it("groups a repeated code on one line with its count and the first places in catalogue order", () => {
    const result = starter().run("validate", "x.json");
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split("\n")).toEqual([SCOPE, UNDECIDED, "x.json: 0 errors, 94 warnings, 0 acknowledged, 0 notes (as of 2026-11-27)"]);
    expect(starter({ miscoloured: true }).run("validate", "x.json").stdout.trimEnd().split("\n")).toEqual([
      "warning inconsistent_colouring ×2: methodologies[0].matrix.cells[0][4], methodologies[0].matrix.cells[4][0]",
      SCOPE,
      UNDECIDED,
      "x.json: 0 errors, 96 warnings, 0 acknowledged, 0 notes (as of 2026-11-27)",
    ]);
  });

  it("groups errors before warnings", () => {
    const result = starter({ approved: true }).run("validate", "x.json");
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split("\n")).toEqual([UNDECIDED_ERRORS, SCOPE, "x.json: 93 errors, 1 warnings, 0 acknowledged, 0 notes (as of 2026-11-27)"]);
  });

  it("lists every place when there are ten or fewer", () => {
    const fake = starter();
    fake.run("decide", "x.json", "--undecided", "--include", "--reason", "business", "--by", "CISO");
    fake.files.set("rm.json", JSON.stringify(["5.2", "5.10", "8.1"].map((id) => ({ type: "entity.remove", collection: "soaDecisions", id: `annex-a:${id}` }))));
    // With no approved SoA version, undecided controls are warnings: the removal adds no error.
    expect(fake.run("apply", "x.json", "rm.json", "--by", "CISO").code).toBe(0);
    expect(fake.run("validate", "x.json", "--code", "undecided_control").stdout.split("\n")[0]).toBe("warning undecided_control ×3: annex-a:5.2, annex-a:5.10, annex-a:8.1");
  });

  it("--only shows one kind; the exit code and the counts still cover the whole document", () => {
    const fake = starter({ approved: true });
    const summary = "x.json: 93 errors, 1 warnings, 0 acknowledged, 0 notes (as of 2026-11-27)";
    const errors = fake.run("validate", "x.json", "--only", "errors");
    expect(errors.code).toBe(1);
    expect(errors.stdout).toBe(`${UNDECIDED_ERRORS}\n${summary}; 93 issues shown\n`);
    const warnings = fake.run("validate", "x.json", "--only", "warnings");
    expect(warnings.code).toBe(1);
    expect(warnings.stdout).toBe(`${SCOPE}\n${summary}; 1 issue shown\n`);
    for (const only of ["notes", "acknowledged"]) expect(fake.run("validate", "x.json", "--only", only)).toEqual({ code: 1, stdout: `${summary}; 0 issues shown\n`, stderr: "" });
    expect(fake.run("validate", "x.json", "--only", "error").stderr).toBe('--only must be one of errors, warnings, acknowledged, notes (got "error"). Did you mean errors?\n');
    // Warnings alone do not make the exit code 1, whatever is shown.
    expect(starter().run("validate", "x.json", "--only", "errors")).toEqual({ code: 0, stdout: "x.json: 0 errors, 94 warnings, 0 acknowledged, 0 notes (as of 2026-11-27); 0 issues shown\n", stderr: "" });
  });

  it("--code keeps the issues of the codes given, repeated or comma-separated", () => {
    const fake = starter({ approved: true });
    const one = fake.run("validate", "x.json", "--code", "missing_scope");
    expect(one.stdout).toBe(`${SCOPE}\nx.json: 93 errors, 1 warnings, 0 acknowledged, 0 notes (as of 2026-11-27); 1 issue shown\n`);
    expect(one.code).toBe(1);
    const repeated = fake.run("validate", "x.json", "--code", "missing_scope", "--code", "undecided_control");
    expect(repeated.stdout).toBe(`${UNDECIDED_ERRORS}\n${SCOPE}\nx.json: 93 errors, 1 warnings, 0 acknowledged, 0 notes (as of 2026-11-27); 94 issues shown\n`);
    expect(fake.run("validate", "x.json", "--code", "missing_scope,undecided_control")).toEqual(repeated);
    const both = fake.run("validate", "x.json", "--code", "missing_scope,inconsistent_colouring", "--code", "undecided_control", "--only", "warnings");
    expect(both.stdout).toContain("; 1 issue shown");
    expect(both.stderr).toBe("No issue of x.json has the code inconsistent_colouring.\n");
    expect(starter({ miscoloured: true }).run("validate", "x.json", "--code", "missing_scope,inconsistent_colouring", "--code", "undecided_control", "--only", "warnings").stdout).toContain("; 96 issues shown");
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
    const valid = JSON.parse(starter().run("validate", "x.json", "--json").stdout);
    expect(valid).toMatchObject({ valid: true, file: "x.json", errors: 0, warnings: 94, acknowledged: 0 });
    expect(valid.issues).toHaveLength(94);
    expect(valid).not.toHaveProperty("filter");
    const result = starter({ approved: true }).run("validate", "x.json", "--json");
    expect(result.code).toBe(1);
    const invalid = JSON.parse(result.stdout);
    expect(invalid).toMatchObject({ valid: false, file: "x.json", errors: 93, warnings: 1, acknowledged: 0 });
    expect(invalid.issues).toHaveLength(94);
  });

  it("prints the issues the filters keep, the filter, and the whole document's counts", () => {
    const result = starter({ approved: true }).run("validate", "x.json", "--json", "--only", "warnings", "--code", "missing_scope");
    expect(result.code).toBe(1);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ valid: false, errors: 93, warnings: 1, acknowledged: 0, filter: { only: "warnings", codes: ["missing_scope"] } });
    expect(answer.issues.map((found: { code: string }) => found.code)).toEqual(["missing_scope"]);
  });
});

describe("isms validate, acknowledged warnings", () => {
  /** The starter with every undecided control acknowledged until the end of the year, and the missing scope at its path for good. */
  function acknowledged() {
    const fake = starter();
    const document = JSON.parse(fake.files.get("x.json")!);
    const acknowledgements = [
      { id: "ACK-1", code: "undecided_control", reason: "The SoA workshop is on 15 December.", by: "CISO", on: "2026-11-01", until: "2026-12-31" },
      { id: "ACK-2", code: "missing_scope", path: ["scope"], reason: "The board sets the scope.", by: "CEO", on: "2026-11-01" },
    ];
    fake.files.set("x.json", JSON.stringify({ ...document, acknowledgements }));
    return fake;
  }

  it("shows them after the warnings and counts them apart; they do not count as warnings", () => {
    const result = acknowledged().run("validate", "x.json");
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split("\n")).toEqual([
      "acknowledged scope: The ISMS scope (4.3) is not defined. [missing_scope] (ACK-2, by CEO: The board sets the scope.)",
      `acknowledged undecided_control ×93: ${PLACES}`,
      "x.json: 0 errors, 0 warnings, 94 acknowledged, 0 notes (as of 2026-11-27)",
    ]);
  });

  it("--only acknowledged shows them, --only warnings does not", () => {
    const fake = acknowledged();
    const only = fake.run("validate", "x.json", "--only", "acknowledged", "--code", "missing_scope");
    expect(only).toEqual({
      code: 0,
      stdout: "acknowledged scope: The ISMS scope (4.3) is not defined. [missing_scope] (ACK-2, by CEO: The board sets the scope.)\nx.json: 0 errors, 0 warnings, 94 acknowledged, 0 notes (as of 2026-11-27); 1 issue shown\n",
      stderr: "",
    });
    expect(fake.run("validate", "x.json", "--only", "acknowledged").stdout).toContain("; 94 issues shown\n");
    expect(fake.run("validate", "x.json", "--only", "warnings").stdout).toContain("; 0 issues shown\n");
    expect(fake.run("validate", "x.json", "--only", "notes").stdout).toContain("; 0 issues shown\n");
  });

  it("--json counts them as acknowledged and gives each its acknowledgement", () => {
    const answer = JSON.parse(acknowledged().run("validate", "x.json", "--json", "--only", "acknowledged").stdout);
    expect(answer).toMatchObject({ valid: true, errors: 0, warnings: 0, acknowledged: 94, filter: { only: "acknowledged" } });
    expect(answer.issues).toHaveLength(94);
    expect(answer.issues[0]).toEqual({
      code: "missing_scope",
      severity: "info",
      message: "The ISMS scope (4.3) is not defined.",
      path: ["scope"],
      acknowledged: { id: "ACK-2", reason: "The board sets the scope.", by: "CEO" },
    });
    expect(answer.issues[1]).toMatchObject({ code: "undecided_control", severity: "info", acknowledged: { id: "ACK-1", reason: "The SoA workshop is on 15 December.", by: "CISO", until: "2026-12-31" } });
  });

  it("after its last day an acknowledgement no longer holds: the warnings are back, with a note", () => {
    const fake = acknowledged();
    expect(fake.run("validate", "x.json", "--as-of", "2026-12-31").stdout).toContain("x.json: 0 errors, 0 warnings, 94 acknowledged, 0 notes (as of 2026-12-31)\n");
    const after = fake.run("validate", "x.json", "--as-of", "2027-01-01");
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(`${UNDECIDED}\n`);
    expect(after.stdout).toContain("x.json: 0 errors, 93 warnings, 1 acknowledged, 1 notes (as of 2027-01-01)\n");
    expect(fake.run("validate", "x.json", "--as-of", "2027-01-01", "--only", "notes").stdout).toBe(
      "info    acknowledgements[0]: Acknowledgement ACK-1 of undecided_control expired on 2026-12-31, so it no longer acknowledges its 93 matching warnings; review them and acknowledge again or fix them. [acknowledgement_expired]\nx.json: 0 errors, 93 warnings, 1 acknowledged, 1 notes (as of 2027-01-01); 1 issue shown\n",
    );
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
