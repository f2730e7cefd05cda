import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { COMMANDS } from "../../src/cli/commands.js";
import { editDistance, nearest } from "../../src/cli/nearest.js";
import { fakeIo } from "./fakeIo.js";

const example = JSON.stringify(createExampleIsms());

describe("help", () => {
  it("says in the help what the exit codes mean, as the command keeps them: not JSON is 2, an invalid document 1", () => {
    const fake = fakeIo({ "broken.json": "{", "invalid.json": JSON.stringify({ colour: "red" }) });
    expect(fake.run("validate", "broken.json").code).toBe(2);
    expect(fake.run("validate", "invalid.json").code).toBe(1);
  });

  it("lists every command briefly, the environment and the exit codes", () => {
    const { stdout, code } = fakeIo().run("--help");
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^ {2}${command.name} .*${command.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
    expect(stdout).toContain("ISMS_ACTOR");
    expect(stdout).toContain("Exit codes: 0 success; 1 the file is JSON but not a valid ISMS document");
    expect(stdout).toContain("2 wrong usage, or a file that is\nmissing, unreadable or not JSON");
    expect(stdout).not.toContain("--format");
    expect(fakeIo().run("help").stdout).toBe(stdout);
    expect(fakeIo().run()).toMatchObject({ code: 2, stdout });
  });

  it.each(COMMANDS.filter((command) => command.name !== "help").map((command) => [command.name, command] as const))(
    "isms %s --help prints its usage, one line per option and an example",
    (name, command) => {
      const fake = fakeIo();
      const result = fake.run(name, "--help");
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`Usage: isms ${name}`)).toBe(true);
      for (const option of command.options) expect(result.stdout).toMatch(new RegExp(`^ {2}${option.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+\\S`, "m"));
      expect(result.stdout).toContain(`Example:\n  isms ${name}`);
      expect(fake.run("help", name).stdout).toBe(result.stdout);
    },
  );

  it("documents in validate's help that the exit code ignores the filters", () => {
    const { stdout } = fakeIo().run("help", "validate");
    expect(stdout).toContain("it is 1 whenever the\nwhole document has errors");
    // The label is too long for the column: the text goes on the next line, under the others.
    expect(stdout).toContain(`\n  --only errors|warnings|acknowledged|notes\n${" ".repeat(34)}show only issues of that kind (acknowledged: warnings someone accepted)\n`);
    expect(stdout).toContain("its counts of errors, warnings and acknowledged warnings cover the whole document.");
  });

  it("help for an unknown command suggests the nearest", () => {
    expect(fakeIo().run("help", "valdiate")).toMatchObject({ code: 2, stderr: 'Unknown command "valdiate". Did you mean validate? Run isms --help for the commands.\n' });
    expect(fakeIo().run("help", "--help").code).toBe(0);
  });

  it("prints the version from any command", () => {
    expect(fakeIo().run("--version").stdout).toBe("0.0.0\n");
    expect(fakeIo().run("soa", "-v").stdout).toBe("0.0.0\n");
  });
});

describe("wrong options and commands, in the command's own words", () => {
  it("an unknown option gets the nearest option of the command, never Node's wording", () => {
    const result = fakeIo({ "x.json": example }).run("soa", "x.json", "--fromat", "md");
    expect(result).toEqual({ code: 2, stdout: "", stderr: "Unknown option --fromat for isms soa. Did you mean --format? Run isms soa --help for its options.\n" });
    const unknown = fakeIo().run("validate", "x.json", "--x");
    expect(unknown.stderr).toBe("Unknown option --x for isms validate. Run isms validate --help for its options.\n");
    expect(unknown.stderr).not.toMatch(/positional argument|To specify/);
    expect(fakeIo().run("soa", "x.json", "-q").stderr).toContain("Unknown option -q for isms soa.");
    expect(fakeIo().run("--nope").stderr).toBe("Unknown option --nope for isms. Run isms --help for its options.\n");
    expect(fakeIo().run("decide", "x.json", "--justif", "x").stderr).toContain("Did you mean --justification?");
  });

  it("an option of another command is refused by name", () => {
    expect(fakeIo().run("soa", "x.json", "--layer", "inherent").stderr).toBe(
      "Option --layer does not apply to isms soa (it is an option of isms heatmap). Run isms soa --help for its options.\n",
    );
    expect(fakeIo().run("init", "x.json", "--strict").stderr).toContain("(it is an option of isms soa, risks, heatmap, report and oscal)");
    expect(fakeIo().run("--json").stderr).toContain("Option --json does not apply to isms (it is an option of isms validate)");
  });

  it("an unknown command gets the nearest command", () => {
    expect(fakeIo().run("valdiate", "x.json")).toMatchObject({ code: 2, stderr: 'Unknown command "valdiate". Did you mean validate? Run isms --help for the commands.\n' });
    expect(fakeIo().run("frobnicate").stderr).toBe('Unknown command "frobnicate". Run isms --help for the commands.\n');
  });

  it("a missing value, a value for a flag and a value given twice are refused", () => {
    expect(fakeIo().run("soa", "x.json", "--format").stderr).toBe("Option --format needs a value.\n");
    expect(fakeIo().run("soa", "x.json", "--format", "--out", "a").stderr).toBe("Option --format needs a value (write --format=VALUE for a value that starts with -).\n");
    expect(fakeIo().run("validate", "x.json", "--json=yes").stderr).toBe("Option --json takes no value.\n");
    expect(fakeIo().run("soa", "x.json", "--format", "md", "--format", "csv").stderr).toBe("Option --format is given twice; give it once.\n");
    expect(fakeIo().run("validate", "x.json", "--code", ",").stderr).toBe("Option --code needs a value.\n");
  });

  it("a bad value gets the valid ones and the nearest", () => {
    const fake = fakeIo({ "x.json": example });
    expect(fake.run("soa", "x.json", "--format", "htm").stderr).toBe('--format must be one of csv, md, html, json (got "htm"). Did you mean html?\n');
    expect(fake.run("oscal", "x.json", "--model", "catalogue").stderr).toContain("Did you mean catalog?");
    expect(fake.run("oscal", "x.json", "--model", "catalog", "--catalogue", "annex-a-2031").stderr).toContain("Did you mean annex-a-2013?");
  });

  it("takes values with = and everything after -- as arguments", () => {
    const fake = fakeIo({ "x.json": example, "-odd.json": example });
    expect(fake.run("soa", "x.json", "--format=csv").stdout).toContain("5.1");
    expect(fake.run("validate", "--as-of=2026-11-27", "--", "-odd.json").stdout).toContain("-odd.json: 0 errors");
  });

  it("refuses an extra argument, naming the command", () => {
    expect(fakeIo({ "x.json": example }).run("soa", "x.json", "y.json").stderr).toBe('Unexpected argument "y.json" for isms soa. Run isms soa --help for its usage.\n');
  });

  it("validate --json answers an unknown option in JSON", () => {
    const result = fakeIo({ "x.json": example }).run("validate", "x.json", "--json", "--fromat", "md");
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, file: "x.json", issues: [{ code: "invalid_option", message: expect.stringContaining("--fromat") }] });
  });
});

describe("nearest", () => {
  it("counts a swap of two neighbours as one edit", () => {
    expect(editDistance("fromat", "format")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("suggests only what is close, or the one candidate a prefix names", () => {
    expect(nearest("fromat", ["format", "out"])).toBe("format");
    expect(nearest("pdf", ["csv", "md", "html", "json"])).toBeUndefined();
    expect(nearest("just", ["justification", "json"])).toBe("justification");
    expect(nearest("", ["a"])).toBeUndefined();
  });
});
