import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createStarterIsms, parseIsms, type IsmsDocument } from "../../src/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { readSpreadsheet } from "../../src/xlsx/index.js";
import buildCli from "./buildCli.js";
import { fakeIo } from "./fakeIo.js";

const CLI = join(process.cwd(), "node_modules/.cache/isms-test/cli.mjs");
const example = JSON.stringify(createExampleIsms());
const starter = JSON.stringify(createStarterIsms({ organisation: "Acme", date: "2026-11-01" }));
let dir = "";

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: dir, env: { ...process.env, ISMS_ACTOR: "Consultant" } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function documentAt(path: string): IsmsDocument {
  return parseIsms(JSON.parse(readFileSync(join(dir, path), "utf8")));
}

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), "isms-sheets-"));
  writeFileSync(join(dir, "example.json"), example);
  writeFileSync(join(dir, "starter.json"), starter);
  writeFileSync(
    join(dir, "soa.csv"),
    [
      "Statement of Applicability;;;",
      ";;;",
      "Control;Title;Applicable?;Reason for inclusion;Justification",
      "A.5.1;Policies for information security;Yes;Best practice;",
      "A.7.4;Physical security monitoring;No;;Fully remote: no premises",
      "8.24;Use of cryptography;Y;Legal: GDPR art. 32;",
    ].join("\r\n"),
  );
});

describe("isms export and import as child processes", () => {
  it("exports the example as a workbook whose sheets read back", () => {
    const result = cli("export", "example.json", "--format", "xlsx", "--out", "example.xlsx", "--as-of", "2026-11-30");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote example\.xlsx: Summary \(\d+ rows\), SoA \(\d+ rows\), Risk register/);
    const read = readSpreadsheet(new Uint8Array(readFileSync(join(dir, "example.xlsx"))), { fileName: "example.xlsx" });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.map((sheet) => sheet.name)).toEqual(["Summary", "SoA", "Risk register", "Treatment plan", "Assets", "People", "Roles", "Suppliers", "Incidents"]);
  });

  it("imports the exported SoA, risks, actions, assets and suppliers back into the same document: nothing changes", () => {
    expect(cli("export", "example.json", "--out", "round.xlsx").code).toBe(0);
    const before = readFileSync(join(dir, "example.json"), "utf8");
    for (const [sheet, kind] of [["SoA", "soa"], ["Risk register", "risks"], ["Treatment plan", "actions"], ["Assets", "assets"], ["Suppliers", "suppliers"]] as const) {
      const result = cli("import", "example.json", "--from", "round.xlsx", "--sheet", sheet, "--kind", kind);
      expect(result.code, `${sheet}: ${result.stderr}`).toBe(0);
      expect(result.stdout, sheet).toMatch(/changes nothing; nothing written/);
    }
    expect(readFileSync(join(dir, "example.json"), "utf8")).toBe(before);
  });

  it("imports a semicolon CSV SoA with a title row into a starter, and a second import changes nothing", () => {
    writeFileSync(join(dir, "fresh.json"), starter);
    const first = cli("import", "fresh.json", "--from", "soa.csv", "--log", "fresh.log.jsonl");
    expect(first.code, first.stderr).toBe(0);
    const document = documentAt("fresh.json");
    const byControl = new Map(document.soaDecisions.map((decision) => [decision.control, decision]));
    expect(byControl.get("annex-a:5.1")).toMatchObject({ applicable: true, reasons: [{ kind: "best_practice" }] });
    expect(byControl.get("annex-a:8.24")?.reasons).toEqual([{ kind: "legal", note: "GDPR art. 32" }]);
    expect(byControl.get("annex-a:7.4")).toMatchObject({ applicable: false, justification: "Fully remote: no premises" });
    expect(byControl.get("annex-a:8.24")?.applicable).toBe(true);
    expect(readFileSync(join(dir, "fresh.log.jsonl"), "utf8").trimEnd().split("\n")).toHaveLength(3);
    const again = cli("import", "fresh.json", "--from", "soa.csv");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/changes nothing; nothing written/);
  });

  it("imports a supplier register with --kind suppliers, and a second import changes nothing", () => {
    writeFileSync(
      join(dir, "suppliers.csv"),
      ["Vendor ID,Vendor,Relationship owner,Services provided,Systems,Cloud,Contract ref,Expiry,Review cycle", 'SUP-MAIL,Postbox Mail Ltd,Head of IT,Transactional e-mail,A-SVC-EMAIL,SaaS,PB-2026-01,2028-01-31,annual'].join("\n"),
    );
    writeFileSync(join(dir, "sup.json"), example);
    const first = cli("import", "sup.json", "--from", "suppliers.csv", "--kind", "suppliers");
    expect(first.code, first.stderr).toBe(0);
    expect(documentAt("sup.json").suppliers?.find((found) => found.id === "SUP-MAIL")).toMatchObject({
      owner: "Head of IT",
      services: [{ name: "Transactional e-mail", assets: ["A-SVC-EMAIL"], cloud: { model: "saas" } }],
      agreement: { ref: "PB-2026-01", expires: "2028-01-31", securityRequirements: [] },
      reviewEveryMonths: 12,
      assessments: [],
      status: "active",
    });
    const second = cli("import", "sup.json", "--from", "suppliers.csv", "--kind", "suppliers");
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/changes nothing; nothing written/);
  });

  it("--dry-run writes nothing", () => {
    writeFileSync(join(dir, "dry.json"), starter);
    const result = cli("import", "dry.json", "--from", "soa.csv", "--dry-run");
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "dry.json"), "utf8")).toBe(starter);
  });
});

describe("isms import refusals (in process)", () => {
  it("refuses a sheet with a problem in any row, names sheet, row and column, and writes nothing", async () => {
    const csv = "Control,Applicable\nA.5.1,Yes\nA.99.9,Yes\nA.5.2,Perhaps\n";
    const fake = fakeIo({ "x.json": starter, "bad.csv": csv });
    const result = await fake.runAsync("import", "x.json", "--from", "bad.csv", "--by", "CISO");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing written/);
    expect(result.stderr).toMatch(/bad\.csv!3/);
    expect(result.stderr).toMatch(/bad\.csv!4 B/);
    expect(fake.writes).toEqual([]);
  });

  it("needs --from, and says so", async () => {
    const fake = fakeIo({ "x.json": starter });
    const result = await fake.runAsync("import", "x.json", "--by", "CISO");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--from/);
  });

  it("refuses a file that is not a spreadsheet with exit 2", async () => {
    const fake = fakeIo({ "x.json": starter });
    fake.binaries.set("junk.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const result = await fake.runAsync("import", "x.json", "--from", "junk.xlsx", "--by", "CISO");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Cannot import junk\.xlsx; nothing written/);
    expect(fake.writes).toEqual([]);
  });

  it("refuses a mapping file that does not parse, before reading the sheet", async () => {
    const fake = fakeIo({ "x.json": starter, "soa.csv": "Control,Applicable\nA.5.1,Yes\n", "map.json": JSON.stringify({ colums: {} }) });
    const result = await fake.runAsync("import", "x.json", "--from", "soa.csv", "--map", "map.json", "--by", "CISO");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/map\.json is not a mapping file/);
  });

  it("export needs --out and writes nothing without it; the synchronous entry refuses export", async () => {
    const fake = fakeIo({ "x.json": example });
    const result = await fake.runAsync("export", "x.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out/);
    expect(fake.run("export", "x.json", "--out", "x.xlsx").code).toBe(2);
    expect(fake.writes).toEqual([]);
    expect(existsSync("x.xlsx")).toBe(false);
  });
});
