import { describe, expect, it } from "vitest";
import {
  ChangeLogEntrySchema,
  filterControls,
  listControlsByTheme,
  parseIsms,
  replayChangeLog,
  validateIsms,
  type ApplicabilityDecision,
  type IsmsDocument,
} from "../../src/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { fakeIo } from "./fakeIo.js";
import { starter as approvedOrNot } from "./starter.js";

/** The starter with an approved SoA version: its 93 undecided controls are errors. */
const approvedStarter = () => approvedOrNot({ approved: true });

const REMOTE = "No premises of our own: all staff work remotely and nothing is hosted on site.";

function starter(env: Record<string, string> = {}) {
  const fake = fakeIo({}, env);
  expect(fake.run("init", "x.json").code).toBe(0);
  fake.writes.length = 0;
  return fake;
}

function documentOf(fake: ReturnType<typeof fakeIo>, file = "x.json"): IsmsDocument {
  return parseIsms(JSON.parse(fake.files.get(file)!));
}

function decisionOn(document: IsmsDocument, ref: string): ApplicabilityDecision | undefined {
  return document.soaDecisions.find((decision) => decision.control === ref);
}

describe("isms decide", () => {
  it("takes a starter to a complete SoA in four calls, without editing JSON", () => {
    const fake = starter();
    const by = ["--by", "CISO"];
    expect(fake.run("decide", "x.json", "--theme", "Organizational", "--include", "--reason", "business", ...by).code).toBe(0);
    expect(fake.run("decide", "x.json", "--theme", "Physical", "--exclude", "--justification", REMOTE, ...by).code).toBe(0);
    expect(fake.run("decide", "x.json", "--theme", "People", "--include", "--reason", "legal,contractual", "--note", "Employment law and customer contracts", ...by).code).toBe(0);
    expect(fake.run("decide", "x.json", "--undecided", "--include", "--reason", "best_practice", "--status", "planned", "--owner", "IT lead", ...by).code).toBe(0);

    const document = documentOf(fake);
    const issues = validateIsms(document, { asOf: "2026-11-27" });
    expect(issues.filter((found) => found.code === "undecided_control")).toEqual([]);
    expect(issues.filter((found) => found.severity === "error")).toEqual([]);
    expect(document.soaDecisions).toHaveLength(93);
    expect(decisionOn(document, "annex-a:7.4")).toEqual({ control: "annex-a:7.4", applicable: false, justification: REMOTE });
    expect(decisionOn(document, "annex-a:6.3")?.reasons).toEqual([
      { kind: "legal", note: "Employment law and customer contracts" },
      { kind: "contractual", note: "Employment law and customer contracts" },
    ]);
    expect(decisionOn(document, "annex-a:8.24")).toMatchObject({ applicable: true, status: "planned", owner: "IT lead", reasons: [{ kind: "best_practice" }] });
    expect(fake.run("validate", "x.json").code).toBe(0);
  });

  it("prints one line per change and a summary with the validation before and after", () => {
    const fake = starter();
    const result = fake.run("decide", "x.json", "5.1", "annex-a:5.2", "--include", "--reason", "business", "--by", "CISO");
    expect(result.stdout.split("\n")).toEqual([
      "annex-a:5.1 included (business), new decision",
      "annex-a:5.2 included (business), new decision",
      "Wrote x.json: 2 changes by CISO; errors 0 → 0, warnings 94 → 92.",
      "",
    ]);
    // Once an SoA version is approved the undecided controls are errors, and a decision removes one.
    const approved = approvedStarter();
    expect(approved.run("decide", "x.json", "5.1", "annex-a:5.2", "--include", "--reason", "business", "--by", "CISO").stdout).toContain("Wrote x.json: 2 changes by CISO; errors 93 → 91, warnings 1 → 1.\n");
  });

  it("selects controls by id, by ref, by an A.-prefixed id and by --control lists, each once", () => {
    const fake = starter();
    expect(fake.run("decide", "x.json", "5.1", "A.5.2", "--control", "annex-a:8.24,5.1", "--control", "7.4", "--include", "--reason", "business", "--by", "CISO").code).toBe(0);
    expect(documentOf(fake).soaDecisions.map((decision) => decision.control)).toEqual(["annex-a:5.1", "annex-a:5.2", "annex-a:8.24", "annex-a:7.4"]);
  });

  it("selects by attributes as filterControls does: any value of one option, all options", () => {
    const fake = starter();
    expect(fake.run("decide", "x.json", "--control-type", "Detective,corrective", "--property", "#Availability", "--include", "--reason", "best_practice", "--by", "CISO").code).toBe(0);
    const expected = filterControls({ controlTypes: ["Detective", "Corrective"], securityProperties: ["Availability"] }).map((control) => `annex-a:${control.id}`);
    expect(expected.length).toBeGreaterThan(3);
    expect(documentOf(fake).soaDecisions.map((decision) => decision.control)).toEqual(expected);
  });

  it("reads the other attribute options and spaces for underscores", () => {
    const fake = starter();
    const result = fake.run("decide", "x.json", "--concept", "Protect", "--capability", "asset management", "--domain", "Protection", "--include", "--reason", "business", "--by", "CISO");
    expect(result.code).toBe(0);
    const expected = filterControls({ cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management"], securityDomains: ["Protection"] }).map((control) => `annex-a:${control.id}`);
    expect(documentOf(fake).soaDecisions.map((decision) => decision.control)).toEqual(expected);
  });

  it("--undecided keeps only controls without a decision, also with a theme", () => {
    const fake = starter();
    fake.run("decide", "x.json", "5.1", "--include", "--reason", "legal", "--by", "CISO");
    expect(fake.run("decide", "x.json", "--theme", "Organizational", "--undecided", "--include", "--reason", "business", "--by", "CISO").code).toBe(0);
    const document = documentOf(fake);
    expect(decisionOn(document, "annex-a:5.1")?.reasons).toEqual([{ kind: "legal" }]);
    expect(document.soaDecisions).toHaveLength(listControlsByTheme("Organizational").length);
  });

  it("--all decides every control of every catalogue in scope, custom ones too", () => {
    const example = createExampleIsms();
    const document = { ...example, soaDecisions: [] };
    const fake = fakeIo({ "x.json": JSON.stringify(document) });
    expect(fake.run("decide", "x.json", "--all", "--include", "--reason", "business", "--by", "CISO", "--allow-errors").code).toBe(0);
    const refs = documentOf(fake).soaDecisions.map((decision) => decision.control);
    expect(refs).toHaveLength(93 + example.catalogues[0]!.controls.length);
    expect(refs).toContain("northwind:NW-1");
  });

  it("names a custom catalogue's control by its id or its ref", () => {
    const fake = fakeIo({ "x.json": JSON.stringify(createExampleIsms()) });
    const result = fake.run("decide", "x.json", "NW-2", "northwind:NW-3", "--include", "--reason", "contractual", "--by", "CISO");
    expect(result.stdout).toContain("northwind:NW-2 included (");
    expect(result.stdout).toContain("contractual), decision updated");
    expect(decisionOn(documentOf(fake), "northwind:NW-3")?.reasons).toContainEqual({ kind: "contractual" });
  });

  it("refuses to exclude a control a treatment plan requires, naming the plan", () => {
    const fake = fakeIo({ "x.json": JSON.stringify(createExampleIsms()) });
    const result = fake.run("decide", "x.json", "NW-1", "--exclude", "--justification", "Northwind retired this control with the old warehouse.", "--by", "CISO");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Control northwind:NW-1 is excluded but required by treatment plan TP-23. [excluded_but_required]");
    expect(fake.writes).toEqual([]);
  });

  it("updates an existing decision: an exclusion drops reasons and status, an inclusion drops the justification", () => {
    const fake = starter();
    fake.run("decide", "x.json", "5.7", "--include", "--reason", "business", "--status", "implemented", "--by", "CISO", "--allow-errors");
    const excluded = fake.run("decide", "x.json", "5.7", "--exclude", "--justification", "No threat intelligence is needed for our single static brochure site.", "--by", "CISO");
    expect(excluded.stdout).toContain("annex-a:5.7 excluded, decision updated");
    expect(decisionOn(documentOf(fake), "annex-a:5.7")).toEqual({ control: "annex-a:5.7", applicable: false, justification: "No threat intelligence is needed for our single static brochure site." });
    fake.run("decide", "x.json", "5.7", "--include", "--reason", "contractual", "--by", "CISO");
    expect(decisionOn(documentOf(fake), "annex-a:5.7")).toEqual({ control: "annex-a:5.7", applicable: true, reasons: [{ kind: "contractual" }] });
  });

  it("adds reasons to those a decision has, and a new note replaces the note of the same kind", () => {
    const fake = starter();
    fake.run("decide", "x.json", "5.1", "--include", "--reason", "business", "--note", "Tenders", "--by", "CISO");
    fake.run("decide", "x.json", "5.1", "--include", "--reason", "legal", "--by", "CISO");
    fake.run("decide", "x.json", "5.1", "--include", "--reason", "legal", "--note", "GDPR", "--by", "CISO");
    fake.run("decide", "x.json", "5.1", "--include", "--reason", "business", "--by", "CISO");
    expect(decisionOn(documentOf(fake), "annex-a:5.1")?.reasons).toEqual([
      { kind: "business", note: "Tenders" },
      { kind: "legal", note: "GDPR" },
    ]);
  });

  it("writes nothing when every decision is already in place, and says so", () => {
    const fake = starter();
    fake.run("decide", "x.json", "5.1", "5.2", "--include", "--reason", "business", "--by", "CISO");
    fake.writes.length = 0;
    const again = fake.run("decide", "x.json", "5.1", "5.2", "--include", "--reason", "business", "--by", "CISO", "--log", "log.jsonl");
    expect(again).toMatchObject({ code: 0, stdout: "Nothing to change in x.json (2 changes already in place); nothing written.\n" });
    expect(fake.writes).toEqual([]);
    const partly = fake.run("decide", "x.json", "5.1", "5.3", "--include", "--reason", "business", "--by", "CISO");
    expect(partly.stdout).toContain("1 change (1 already in place)");
  });

  it("says when no control matches, and writes nothing", () => {
    const fake = starter();
    fake.run("decide", "x.json", "--all", "--include", "--reason", "business", "--by", "CISO");
    fake.writes.length = 0;
    expect(fake.run("decide", "x.json", "--undecided", "--exclude", "--justification", REMOTE, "--by", "CISO")).toMatchObject({
      code: 0,
      stdout: "No control matches the selection; nothing written.\n",
    });
    expect(fake.writes).toEqual([]);
  });

  it("refuses inclusions without a reason, says how to give one, and writes nothing", () => {
    const fake = starter();
    const result = fake.run("decide", "x.json", "--theme", "People", "--include", "--by", "CISO");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Refused: the changes would add 8 validation errors to x.json:");
    expect(result.stderr).toContain("error   inclusion_without_reason ×8: annex-a:6.1, annex-a:6.2,");
    expect(result.stderr).toContain("--reason risk_treatment|legal|");
    expect(result.stderr).toMatch(/\nNothing written\. Fix the changes, or write them anyway with --allow-errors\.\n$/);
    expect(fake.writes).toEqual([]);
  });

  it("--allow-errors writes a change that adds errors and lists them on standard error", () => {
    const fake = starter();
    const result = fake.run("decide", "x.json", "6.1", "--include", "--by", "CISO", "--allow-errors");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^The changes added 1 validation error \(--allow-errors\):\n {2}error {3}soaDecisions\[0\]\.reasons: Control annex-a:6\.1 .+ \[inclusion_without_reason\]\n$/);
    expect(decisionOn(documentOf(fake), "annex-a:6.1")).toEqual({ control: "annex-a:6.1", applicable: true });
  });

  it("takes the actor from ISMS_ACTOR, --by winning over it", () => {
    const fake = starter({ ISMS_ACTOR: "Compliance team" });
    fake.run("decide", "x.json", "5.1", "--include", "--reason", "business", "--log", "log.jsonl");
    fake.run("decide", "x.json", "5.2", "--include", "--reason", "business", "--log", "log.jsonl", "--by", "CISO");
    const entries = fake.files.get("log.jsonl")!.trim().split("\n").map((line) => ChangeLogEntrySchema.parse(JSON.parse(line)));
    expect(entries.map((entry) => entry.by)).toEqual(["Compliance team", "CISO"]);
    expect(entries.map((entry) => entry.at)).toEqual(["2026-11-27T12:00:00Z", "2026-11-27T12:00:00Z"]);
  });

  it("refuses to change the document when nobody says who makes the change", () => {
    const fake = starter({ ISMS_ACTOR: "  " });
    const result = fake.run("decide", "x.json", "5.1", "--include", "--reason", "business");
    expect(result).toMatchObject({ code: 2, stderr: "Say who makes the change: --by NAME, or set the environment variable ISMS_ACTOR.\n" });
    expect(fake.writes).toEqual([]);
    expect(fake.run("decide", "x.json", "5.1", "--include", "--reason", "business", "--by", "x".repeat(300)).code).toBe(2);
  });

  it("appends one JSON line per change-log entry; the log replays the starter into the result", () => {
    const fake = starter();
    const first = documentOf(fake);
    fake.files.set("log.jsonl", '{"note":"an earlier line without a final newline"}');
    fake.run("decide", "x.json", "--theme", "People", "--include", "--reason", "legal", "--by", "CISO", "--log", "log.jsonl");
    const result = fake.run("decide", "x.json", "6.1", "7.4", "--exclude", "--justification", REMOTE, "--by", "CISO", "--log", "log.jsonl");
    expect(result.stdout).toContain("Appended 2 entries to log.jsonl.");
    const lines = fake.files.get("log.jsonl")!.split("\n");
    expect(lines[0]).toBe('{"note":"an earlier line without a final newline"}');
    expect(lines.at(-1)).toBe("");
    const entries = lines.slice(1, -1).map((line) => ChangeLogEntrySchema.parse(JSON.parse(line)));
    expect(entries).toHaveLength(8 + 2);
    expect(entries.map((entry) => entry.command)).toEqual([...Array(8).fill("entity.add"), "entity.update", "entity.add"]);
    expect(replayChangeLog(first, entries)).toEqual(documentOf(fake));
    // Each run writes the document and the log in one call: both or neither.
    expect(fake.writes.map((files) => [...files.keys()])).toEqual([
      ["x.json", "log.jsonl"],
      ["x.json", "log.jsonl"],
    ]);
  });

  it("--dry-run prints the changes and writes nothing", () => {
    const fake = starter();
    const result = fake.run("decide", "x.json", "5.1", "--include", "--reason", "business", "--by", "CISO", "--log", "log.jsonl", "--dry-run");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "annex-a:5.1 included (business), new decision\nDry run: would write x.json (1 change by CISO) and 1 entry to log.jsonl; errors 0 → 0, warnings 94 → 93. Nothing written.\n",
    );
    expect(fake.writes).toEqual([]);
    const refused = fake.run("decide", "x.json", "5.1", "--include", "--by", "CISO", "--dry-run");
    expect(refused.code).toBe(1);
    const allowed = fake.run("decide", "x.json", "5.1", "--include", "--by", "CISO", "--dry-run", "--allow-errors");
    expect(allowed.stderr).toContain("The changes would add 1 validation error");
    expect(fake.writes).toEqual([]);
  });

  it.each([
    [["5.1", "--include", "--reason", "business"], "Choose --include or --exclude, not both.", ["--exclude"]],
    [["5.1"], "Say what to decide: --include (with --reason KIND) or --exclude (with --justification TEXT).", []],
    [["--include", "--reason", "business"], "Choose the controls to decide: CONTROL..., --control, --theme,", []],
    [["5.1", "--exclude"], "--exclude needs --justification TEXT: why the controls do not apply (6.1.3 d).", []],
    [["5.1", "--exclude", "--justification", "   "], "--exclude needs --justification TEXT", []],
    [["5.1", "--exclude", "--justification", "x", "--reason", "legal"], "--reason goes with --include; an exclusion takes only --justification.", []],
    [["5.1", "--include", "--justification", "x"], "--justification goes with --exclude; an inclusion takes --reason (and --note).", []],
    [["5.1", "--include", "--note", "why"], "--note explains the reasons given with --reason; give --reason too.", []],
    [["5.1", "--include", "--reason", "buisness"], '--reason does not know "buisness"; use risk_treatment, legal, statutory, regulatory, contractual, business, best_practice. Did you mean business?', []],
    [["5.1", "--include", "--reason", "legal", "--status", "done"], '--status does not know "done"', []],
    [["5.1", "--include", "--reason", "legal", "--owner", " "], "--owner must name who is responsible", []],
    [["--theme", "Organisational", "--include", "--reason", "legal"], "Did you mean Organizational?", []],
    [["5.1", "--theme", "People", "--include", "--reason", "legal"], "Name controls or select them with --theme, attribute options or --all, not both.", []],
    [["--all", "--theme", "People", "--include", "--reason", "legal"], "--all selects every control; leave it out when selecting by theme or attribute.", []],
    [["5.99", "--include", "--reason", "legal"], "Unknown control 5.99: not in the catalogues in scope (annex-a). Did you mean 5.9?", []],
    [["annex-a:5.99", "--include", "--reason", "legal"], "Unknown control annex-a:5.99: no catalogue in scope has it. Did you mean annex-a:5.9?", []],
    [["annex-a-2013:A.5.1.1", "--include", "--reason", "legal"], "annex-a-2013:A.5.1.1 is a control of catalogue annex-a-2013, which is not in scope (cataloguesInScope: annex-a).", []],
    [["5.1", "--include", "--reason", "legal", "--log", "x.json"], "--log must name a file other than the document.", []],
  ])("refuses %j with a usage error and writes nothing", (args, message, extra) => {
    const fake = starter();
    const result = fake.run("decide", "x.json", ...args, ...extra, "--by", "CISO");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(fake.writes).toEqual([]);
  });

  it("asks for the catalogue when an id is in two catalogues in scope", () => {
    const example = createExampleIsms();
    const twin = { ...example.catalogues[0]!, id: "twin" };
    const document = { ...example, catalogues: [...example.catalogues, twin], cataloguesInScope: [...example.cataloguesInScope, "twin"] };
    const fake = fakeIo({ "x.json": JSON.stringify(document) });
    const result = fake.run("decide", "x.json", "NW-1", "--include", "--reason", "legal", "--by", "CISO");
    expect(result).toMatchObject({ code: 2, stderr: "Control NW-1 is in more than one catalogue in scope; name one: northwind:NW-1, twin:NW-1.\n" });
  });

  it("refuses attribute options when Annex A is not in scope", () => {
    const example = createExampleIsms();
    const fake = fakeIo({ "x.json": JSON.stringify({ ...example, cataloguesInScope: ["northwind"], soaDecisions: [] }) });
    const result = fake.run("decide", "x.json", "--theme", "People", "--include", "--reason", "legal", "--by", "CISO");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("annex-a is not in the catalogues in scope");
  });
});
