import { describe, expect, it } from "vitest";
import { ChangeLogEntrySchema, parseIsms, replayChangeLog, type IsmsCommand, type IsmsDocument } from "../../src/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { fakeIo } from "./fakeIo.js";

const example = JSON.stringify(createExampleIsms());

function documentOf(fake: ReturnType<typeof fakeIo>): IsmsDocument {
  return parseIsms(JSON.parse(fake.files.get("x.json")!));
}

const ownerChange: IsmsCommand = { type: "entity.update", collection: "risks", id: "R-01", patch: { owner: "CFO" } };
const reclassify: IsmsCommand = { type: "asset.reclassify", id: "A-INF-CUST-DATA", classification: "confidential" };
const organisation: IsmsCommand = { type: "organisation.update", patch: { name: "Northwind Analytics plc" } };

describe("isms apply", () => {
  it("applies the commands in order, prints one line each, and logs one JSON line each", () => {
    const fake = fakeIo({ "x.json": example, "changes.json": JSON.stringify([ownerChange, reclassify, organisation]) });
    const first = documentOf(fake);
    const result = fake.run("apply", "x.json", "changes.json", "--by", "CISO", "--log", "log.jsonl");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(0, 3)).toEqual(["Risk R-01 updated (owner)", "Asset A-INF-CUST-DATA reclassified as confidential", "Organisation updated"]);
    expect(result.stdout).toContain("Wrote x.json: 3 changes by CISO; errors 0 → 0");
    const document = documentOf(fake);
    expect(document.risks[0]?.owner).toBe("CFO");
    expect(document.organisation.name).toBe("Northwind Analytics plc");
    const lines = fake.files.get("log.jsonl")!.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const entries = lines.map((line) => ChangeLogEntrySchema.parse(JSON.parse(line)));
    expect(entries.map((entry) => entry.command)).toEqual(["entity.update", "asset.reclassify", "organisation.update"]);
    expect(replayChangeLog(first, entries)).toEqual(document);
  });

  it("takes a single command object as well as an array", () => {
    const fake = fakeIo({ "x.json": example, "one.json": JSON.stringify(organisation) });
    expect(fake.run("apply", "x.json", "one.json", "--by", "CISO").code).toBe(0);
    expect(documentOf(fake).organisation.name).toBe("Northwind Analytics plc");
  });

  it("writes nothing when the third of three commands is refused, and names it", () => {
    const refused: IsmsCommand = { type: "entity.update", collection: "risks", id: "R-404", patch: { owner: "CFO" } };
    const fake = fakeIo({ "x.json": example, "changes.json": JSON.stringify([ownerChange, reclassify, refused]) });
    const result = fake.run("apply", "x.json", "changes.json", "--by", "CISO", "--log", "log.jsonl");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("Command [2] (entity.update risks R-404) was refused; nothing written:\n  error   id: Risk R-404 does not exist. [unknown_entity]\n");
    expect(result.stdout).toBe("");
    expect(fake.writes).toEqual([]);
    expect(fake.files.get("x.json")).toBe(example);
    expect(fake.files.has("log.jsonl")).toBe(false);
  });

  it("checks every command before applying any, reporting each bad one by index and path", () => {
    const commands = [ownerChange, { type: "entity.update", collection: "riskz", id: "R-01", patch: {} }, reclassify, { type: "asset.retire", id: "A-1", date: "soon" }];
    const fake = fakeIo({ "x.json": example, "changes.json": JSON.stringify(commands) });
    const result = fake.run("apply", "x.json", "changes.json", "--by", "CISO");
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("changes.json has 2 invalid commands; nothing written:");
    expect(lines[1]).toMatch(/^ {2}\[1\]\.collection: /);
    expect(lines[2]).toMatch(/^ {2}\[3\]\.date: /);
    expect(fake.writes).toEqual([]);
  });

  it("cuts a long list of bad commands with … and N more", () => {
    const fake = fakeIo({ "x.json": example, "changes.json": JSON.stringify(Array.from({ length: 25 }, () => ({ type: "nope" }))) });
    const result = fake.run("apply", "x.json", "changes.json", "--by", "CISO");
    expect(result.stderr).toContain("changes.json has 25 invalid commands");
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe("  … and 5 more");
  });

  it("refuses changes that add validation errors", () => {
    const exclusion: IsmsCommand = { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { applicable: false } };
    const fake = fakeIo({ "x.json": example, "changes.json": JSON.stringify([exclusion]) });
    const result = fake.run("apply", "x.json", "changes.json", "--by", "CISO");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Refused: the change would add");
    expect(result.stderr).toContain("[exclusion_without_justification]");
    expect(fake.writes).toEqual([]);
  });

  it("needs --by or ISMS_ACTOR", () => {
    const fake = fakeIo({ "x.json": example, "changes.json": JSON.stringify([organisation]) });
    expect(fake.run("apply", "x.json", "changes.json")).toMatchObject({ code: 2, stderr: expect.stringContaining("--by NAME, or set the environment variable ISMS_ACTOR") });
    expect(fake.writes).toEqual([]);
    const withEnv = fakeIo({ "x.json": example, "changes.json": JSON.stringify([organisation]) }, { ISMS_ACTOR: "DPO" });
    expect(withEnv.run("apply", "x.json", "changes.json").stdout).toContain("1 change by DPO");
  });

  it("--dry-run prints the changes and writes nothing", () => {
    const fake = fakeIo({ "x.json": example, "changes.json": JSON.stringify([organisation]) });
    const result = fake.run("apply", "x.json", "changes.json", "--by", "CISO", "--dry-run");
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining("Organisation updated\nDry run: would write x.json (1 change by CISO);") });
    expect(fake.writes).toEqual([]);
  });

  it("says so when the file holds no commands, and writes nothing", () => {
    const fake = fakeIo({ "x.json": example, "changes.json": "[]" });
    expect(fake.run("apply", "x.json", "changes.json", "--by", "CISO")).toMatchObject({ code: 0, stdout: "changes.json holds no commands; nothing written.\n" });
    expect(fake.writes).toEqual([]);
  });

  it("answers a missing, unreadable or broken file of commands with exit 2", () => {
    const fake = fakeIo({ "x.json": example, "broken.json": '[{"type": "organisation.update",}]' });
    expect(fake.run("apply", "x.json", "--by", "CISO")).toMatchObject({ code: 2, stderr: "Missing COMMANDS.json: name the file of commands to apply.\n" });
    expect(fake.run("apply", "x.json", "none.json", "--by", "CISO")).toMatchObject({ code: 2, stderr: "Cannot read none.json: no such file.\n" });
    expect(fake.run("apply", "x.json", "broken.json", "--by", "CISO")).toMatchObject({
      code: 2,
      stderr: "broken.json is not valid JSON: line 1, column 33: a comma before a closing bracket or brace is not allowed in JSON.\n",
    });
    expect(fake.run("apply", "--by", "CISO")).toMatchObject({ code: 2, stderr: "Missing FILE: name the ISMS document to read.\n" });
    expect(fake.run("apply", "x.json", "broken.json", "extra", "--by", "CISO").code).toBe(2);
    expect(fake.writes).toEqual([]);
  });
});
