import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ChangeLogEntrySchema, parseIsms, replayChangeLog, validateIsms, type IsmsDocument } from "../../src/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { parsePath } from "../../src/cli/acknowledge.js";
import { applyChanges } from "../../src/cli/edit.js";
import { CliFailure } from "../../src/cli/failure.js";
import { formatIssuePath } from "../../src/core/index.js";
import { fakeIo } from "./fakeIo.js";
import { starter } from "./starter.js";

const CORNER = "methodologies[0].matrix.cells[4][0]";
const OTHER_CORNER = "methodologies[0].matrix.cells[0][4]";
const WHY = "Rare but severe risks go to the board whatever their colour.";

function documentOf(fake: ReturnType<typeof fakeIo>): IsmsDocument {
  return parseIsms(JSON.parse(fake.files.get("x.json")!));
}

/** Acknowledges the warning at the corner [4][0] of the miscoloured starter's matrix. */
function acknowledgeCorner(fake: ReturnType<typeof fakeIo>, ...extra: string[]) {
  return fake.run("acknowledge", "x.json", "--code", "inconsistent_colouring", "--path", CORNER, "--justification", WHY, ...extra);
}

describe("isms acknowledge", () => {
  it("writes one acknowledgement: the code, the path read from validate's text, the reason, --by, today and --until", () => {
    const fake = starter({ miscoloured: true });
    const result = acknowledgeCorner(fake, "--until", "2027-01-31", "--by", "CISO");
    expect(result).toEqual({
      code: 0,
      stdout: `ACK-1: inconsistent_colouring acknowledged at ${CORNER} until 2027-01-31\nWrote x.json: 1 change by CISO; errors 0 → 0, warnings 96 → 95.\n`,
      stderr: "",
    });
    expect(fake.writes).toHaveLength(1);
    expect(documentOf(fake).acknowledgements).toEqual([
      { id: "ACK-1", code: "inconsistent_colouring", path: ["methodologies", 0, "matrix", "cells", 4, 0], reason: WHY, by: "CISO", on: "2026-11-27", until: "2027-01-31" },
    ]);
  });

  it("without --path covers every warning of the code, and without --until does not expire", () => {
    const fake = starter();
    const result = fake.run("acknowledge", "x.json", "--code", "undecided_control", "--justification", "The SoA workshop is on 15 December.", "--by", "CISO");
    expect(result.stdout).toBe("ACK-1: undecided_control acknowledged everywhere\nWrote x.json: 1 change by CISO; errors 0 → 0, warnings 94 → 1.\n");
    expect(documentOf(fake).acknowledgements).toEqual([{ id: "ACK-1", code: "undecided_control", reason: "The SoA workshop is on 15 December.", by: "CISO", on: "2026-11-27" }]);
    expect(fake.run("validate", "x.json", "--as-of", "2099-12-31").stdout).toContain("x.json: 0 errors, 1 warnings, 93 acknowledged, 0 notes (as of 2099-12-31)\n");
  });

  it("takes the actor from ISMS_ACTOR, --by winning over it, and numbers the acknowledgements", () => {
    const fake = starter({ miscoloured: true, env: { ISMS_ACTOR: "Risk manager" } });
    expect(acknowledgeCorner(fake).code).toBe(0);
    expect(fake.run("acknowledge", "x.json", "--code", "inconsistent_colouring", "--path", OTHER_CORNER, "--justification", WHY, "--by", "CISO").code).toBe(0);
    expect(fake.run("acknowledge", "x.json", "--code", "missing_scope", "--justification", "The board sets the scope in January.", "--id", "ACK-SCOPE").code).toBe(0);
    expect(documentOf(fake).acknowledgements?.map(({ id, by }) => [id, by])).toEqual([
      ["ACK-1", "Risk manager"],
      ["ACK-2", "CISO"],
      ["ACK-SCOPE", "Risk manager"],
    ]);
  });

  it("needs --by or ISMS_ACTOR, and writes nothing without", () => {
    const fake = starter({ miscoloured: true });
    expect(acknowledgeCorner(fake)).toEqual({ code: 2, stdout: "", stderr: "Say who makes the change: --by NAME, or set the environment variable ISMS_ACTOR.\n" });
    expect(fake.writes).toEqual([]);
  });

  it("validate then shows the warning as acknowledged and counts it apart, --only acknowledged too", () => {
    const fake = starter({ miscoloured: true });
    acknowledgeCorner(fake, "--until", "2027-01-31", "--by", "CISO");
    const message = (corner: string) => `Cell ${corner} (medium): it holds the smallest risk of the matrix, so it should be green. [inconsistent_colouring]`;
    const acknowledged = `acknowledged ${CORNER}: ${message("[4][0]")} (ACK-1, by CISO until 2027-01-31: ${WHY})`;
    const result = fake.run("validate", "x.json");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`warning ${OTHER_CORNER}: ${message("[0][4]")}`);
    expect(lines.slice(-2)).toEqual([acknowledged, "x.json: 0 errors, 95 warnings, 1 acknowledged, 0 notes (as of 2026-11-27)"]);
    expect(fake.run("validate", "x.json", "--only", "acknowledged")).toEqual({
      code: 0,
      stdout: `${acknowledged}\nx.json: 0 errors, 95 warnings, 1 acknowledged, 0 notes (as of 2026-11-27); 1 issue shown\n`,
      stderr: "",
    });
    const answer = JSON.parse(fake.run("validate", "x.json", "--json", "--code", "inconsistent_colouring").stdout);
    expect(answer).toMatchObject({ valid: true, errors: 0, warnings: 95, acknowledged: 1 });
    expect(answer.issues.map((found: { severity: string; acknowledged?: unknown }) => [found.severity, found.acknowledged])).toEqual([
      ["warning", undefined],
      ["info", { id: "ACK-1", reason: WHY, by: "CISO", until: "2027-01-31" }],
    ]);
  });

  it("holds up to its --until day; the day after, the warning is back", () => {
    const fake = starter({ miscoloured: true });
    acknowledgeCorner(fake, "--until", "2027-01-31", "--by", "CISO");
    expect(fake.run("validate", "x.json", "--as-of", "2027-01-31").stdout).toContain("x.json: 0 errors, 95 warnings, 1 acknowledged, 0 notes (as of 2027-01-31)\n");
    const after = fake.run("validate", "x.json", "--as-of", "2027-02-01");
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(`warning inconsistent_colouring ×2: ${OTHER_CORNER}, ${CORNER}\n`);
    expect(after.stdout).toContain("[acknowledgement_expired]\n");
    expect(after.stdout).toContain("x.json: 0 errors, 96 warnings, 0 acknowledged, 1 notes (as of 2027-02-01)\n");
    expect(fake.run("validate", "x.json", "--as-of", "2027-02-01", "--only", "acknowledged").stdout).toContain("; 0 issues shown\n");
  });

  it("appends the change to --log as one line that parses as a change-log entry and replays", () => {
    const fake = starter({ miscoloured: true });
    const before = documentOf(fake);
    const result = acknowledgeCorner(fake, "--by", "CISO", "--log", "log.jsonl");
    expect(result.stdout).toContain("Appended 1 entry to log.jsonl.\n");
    const lines = fake.files.get("log.jsonl")!.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("");
    const entry = ChangeLogEntrySchema.parse(JSON.parse(lines[0]!));
    expect(entry).toMatchObject({ command: "entity.add", by: "CISO", at: "2026-11-27T12:00:00Z" });
    expect(replayChangeLog(before, [entry])).toEqual(documentOf(fake));
    expect(fake.writes.map((files) => [...files.keys()])).toEqual([["x.json", "log.jsonl"]]);
  });

  it("--dry-run prints the change and writes nothing", () => {
    const fake = starter({ miscoloured: true });
    const text = fake.files.get("x.json");
    expect(acknowledgeCorner(fake, "--by", "CISO", "--log", "log.jsonl", "--dry-run")).toEqual({
      code: 0,
      stdout: `ACK-1: inconsistent_colouring acknowledged at ${CORNER}\nDry run: would write x.json (1 change by CISO) and 1 entry to log.jsonl; errors 0 → 0, warnings 96 → 95. Nothing written.\n`,
      stderr: "",
    });
    expect(fake.writes).toEqual([]);
    expect(fake.files.get("x.json")).toBe(text);
  });
});

describe("isms acknowledge refuses, and writes nothing", () => {
  /** Runs acknowledge on `fake` and checks that it wrote nothing. */
  function refused(fake: ReturnType<typeof fakeIo>, ...args: string[]) {
    const text = fake.files.get("x.json");
    const result = fake.run("acknowledge", "x.json", ...args);
    expect(result.stdout).toBe("");
    expect(fake.writes).toEqual([]);
    expect(fake.files.get("x.json")).toBe(text);
    expect(fake.files.has("log.jsonl")).toBe(false);
    return { code: result.code, stderr: result.stderr };
  }
  const by = ["--by", "CISO", "--log", "log.jsonl"];

  it("a code no warning has (exit 1)", () => {
    expect(refused(starter(), "--code", "inconsistent_colouring", "--justification", WHY, ...by)).toEqual({
      code: 1,
      stderr: "No warning inconsistent_colouring to acknowledge: isms validate lists the codes and paths of the warnings. Nothing written.\n",
    });
  });

  it("a path where the code has no warning (exit 1)", () => {
    expect(refused(starter({ miscoloured: true }), "--code", "inconsistent_colouring", "--path", "methodologies[0].matrix.cells[1][1]", "--justification", WHY, ...by)).toEqual({
      code: 1,
      stderr: "No warning inconsistent_colouring at methodologies[0].matrix.cells[1][1] to acknowledge: isms validate lists the codes and paths of the warnings. Nothing written.\n",
    });
  });

  it("the code of an error (exit 1)", () => {
    expect(refused(starter({ approved: true }), "--code", "undecided_control", "--justification", WHY, ...by)).toEqual({
      code: 1,
      stderr: "undecided_control is an error, and errors cannot be acknowledged: fix it. Nothing written.\n",
    });
  });

  it("a warning acknowledged already (exit 1)", () => {
    const fake = starter({ miscoloured: true });
    expect(acknowledgeCorner(fake, "--by", "CISO").code).toBe(0);
    fake.writes.length = 0;
    expect(refused(fake, "--code", "inconsistent_colouring", "--path", CORNER, "--justification", WHY, ...by)).toEqual({
      code: 1,
      stderr: `The warnings inconsistent_colouring at ${CORNER} are acknowledged already. Nothing written.\n`,
    });
  });

  it("a note, which is no warning and needs no acknowledgement (exit 1)", () => {
    const fake = starter();
    const obligation = { id: "OBL-1", kind: "contractual", title: "Customer master agreement", controls: [] };
    fake.files.set("x.json", JSON.stringify({ ...JSON.parse(fake.files.get("x.json")!), obligations: [obligation] }));
    expect(fake.run("validate", "x.json", "--only", "notes").stdout).toContain("[obligation_without_controls]");
    expect(refused(fake, "--code", "obligation_without_controls", "--justification", WHY, ...by)).toEqual({
      code: 1,
      stderr: "obligation_without_controls is a note, not a warning: notes need no acknowledgement. Nothing written.\n",
    });
  });

  it("an id the document has (exit 1)", () => {
    const fake = starter({ miscoloured: true });
    expect(acknowledgeCorner(fake, "--by", "CISO").code).toBe(0);
    fake.writes.length = 0;
    expect(refused(fake, "--code", "inconsistent_colouring", "--path", OTHER_CORNER, "--id", "ACK-1", "--justification", WHY, ...by)).toEqual({
      code: 1,
      stderr: "The acknowledgement ACK-1 was refused; nothing written:\n  error   value: Acknowledgement ACK-1 already exists. [duplicate_id]\n",
    });
  });

  it.each([
    [["--path", CORNER, "--justification", WHY], "Name the one warning to acknowledge with --code CODE (isms validate prints the codes).\n"],
    [["--code", "inconsistent_colouring,missing_scope", "--justification", WHY], "Name the one warning to acknowledge with --code CODE (isms validate prints the codes).\n"],
    [["--code", "inconsistent_colouring", "--path", CORNER], "Say why the warning is accepted: --justification TEXT.\n"],
    [["--code", "inconsistent_colouring", "--path", CORNER, "--justification", "  "], "Say why the warning is accepted: --justification TEXT.\n"],
    [["--code", "inconsistent_colouring", "--path", CORNER, "--justification", WHY, "--until", "end of January"], '--until must be a date YYYY-MM-DD (got "end of January").\n'],
    [["--code", "inconsistent_colouring", "--path", CORNER, "--justification", WHY, "--until", "2027-02-30"], '--until must be a date YYYY-MM-DD (got "2027-02-30").\n'],
    [
      ["--code", "inconsistent_colouring", "--path", CORNER, "--justification", WHY, "--until", "2026-11-26"],
      "--until 2026-11-26 is before today (2026-11-27): the acknowledgement would never be in force.\n",
    ],
    ...["methodologies[0]..matrix", ".scope", "scope.", "cells[x]", "cells[-1]", "cells[01]", "a.[0]", "a[0]b", "cells[4", ""].map((path): [string[], string] => [
      ["--code", "inconsistent_colouring", "--path", path, "--justification", WHY],
      `--path "${path}" is not a path as isms validate prints it, e.g. risks[3].owner.\n`,
    ]),
  ])("a usage error: %j (exit 2)", (args, stderr) => {
    expect(refused(starter({ miscoloured: true }), ...args, ...by)).toEqual({ code: 2, stderr });
  });

  it("an option acknowledge does not take", () => {
    const result = refused(starter({ miscoloured: true }), "--code", "inconsistent_colouring", "--justification", WHY, "--allow-errors", ...by);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Option --allow-errors does not apply to isms acknowledge");
  });
});

describe("applyChanges offers --allow-errors only to a command that takes it", () => {
  it("says how to write anyway, or only to fix the changes", () => {
    const example = createExampleIsms();
    const exclusion = { command: { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { applicable: false } }, label: "Command [0]" } as const;
    const refusal = (offerAllowErrors: boolean): string => {
      try {
        applyChanges(fakeIo().io, "x.json", example, [exclusion], { by: "CISO", dryRun: false, allowErrors: false, offerAllowErrors });
      } catch (error) {
        expect(error).toBeInstanceOf(CliFailure);
        return (error as CliFailure).message;
      }
      throw new Error("not refused");
    };
    expect(refusal(true)).toMatch(/\nNothing written\. Fix the changes, or write them anyway with --allow-errors\.$/);
    expect(refusal(false)).toMatch(/\nNothing written\. Fix the changes\.$/);
  });
});

describe("parsePath", () => {
  it.each([
    ["(document)", []],
    ["scope", ["scope"]],
    ["risks[3].owner", ["risks", 3, "owner"]],
    [CORNER, ["methodologies", 0, "matrix", "cells", 4, 0]],
    ["[2].date", [2, "date"]],
    ["soaDecisions[10].reasons[0].note", ["soaDecisions", 10, "reasons", 0, "note"]],
    ["custom.my field-1", ["custom", "my field-1"]],
  ])("reads %s", (text, path) => {
    expect(parsePath(text)).toEqual(path);
    expect(formatIssuePath(path)).toBe(text);
  });

  const name = fc.stringMatching(/^[^.[\]]+$/).filter((text) => text !== "(document)");
  const part = fc.oneof(name, fc.nat({ max: 1_000_000 }));
  test.prop([fc.array(part, { maxLength: 8 })])("reads back every path formatIssuePath writes", (path) => {
    expect(parsePath(formatIssuePath(path))).toEqual(path);
  });

  it("reads back the path of every issue validate reports", () => {
    const example = createExampleIsms();
    const documents = [example, parseIsms({ ...example, policies: [...example.policies, example.policies[0]] }), documentOf(starter({ miscoloured: true, approved: true }))];
    const paths = documents.flatMap((document) => validateIsms(document, { asOf: "2030-01-01" }).map((found) => found.path));
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) expect(parsePath(formatIssuePath(path))).toEqual(path);
  });
});
