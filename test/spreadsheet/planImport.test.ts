import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { applyIsmsCommand, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { applyImportPlan, planImport, type ImportPlan, type SheetInput } from "../../src/spreadsheet/index.js";

const doc = createExampleIsms();
const meta = { by: "Importer", at: "2026-12-01T09:00:00Z" };
const codes = (plan: ImportPlan) => plan.issues.map((found) => `${found.severity}:${found.code}@${found.row ?? ""}${found.column ?? ""}`);
function applied(plan: ImportPlan, document: IsmsDocument = doc): IsmsDocument {
  const result = applyImportPlan(document, plan, meta);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.document;
}
const decision = (document: IsmsDocument, control: string) => document.soaDecisions.find((found) => found.control === control);

describe("planImport: a consultant's SoA workbook", () => {
  const sheet: SheetInput = {
    name: "SoA 2013",
    rows: [
      ["ACME Ltd – Statement of Applicability", "", "", "", ""],
      ["Version 4, approved by the board", "", "", "", ""],
      [],
      ["Annex A ref", "Control title", "Selected (Y/N)", "Reason for exclusion", "Control owner"],
      ["A.5 Information security policies", "", "", "", ""],
      ["A.5.1.1", "Policies for information security", "✓", "", "CISO"],
      ["A.18.2.3", "Technical compliance review", "Y", "", "Head of IT"],
      ["", "", "", "", ""],
      ["A.11.1.1", "Physical security perimeter", "✗", "Fully remote company, no premises.", ""],
      ["Total", "", "2", "", ""],
    ],
    merges: [{ first: { row: 0, column: 0 }, last: { row: 0, column: 4 } }],
  };
  const plan = planImport(doc, [sheet]);

  it("reads the header row under the title rows and maps every column", () => {
    expect(plan.kind).toBe("soa");
    expect(plan.headerRow).toBe(4);
    expect(plan.columns.map((column) => column.field)).toEqual(["control", "title", "applicable", "justification", "owner"]);
  });

  it("maps 2013 ids to 2022 and notes the one-to-many mapping on its row", () => {
    expect(codes(plan)).toContain("info:one_to_many_2013@7A");
    const targets = plan.steps.map((step) => (step.command.type === "entity.update" ? step.command.id : step.command.type === "entity.add" ? JSON.stringify(step.command.value) : ""));
    expect(targets.some((target) => target === "annex-a:5.36")).toBe(true);
    expect(targets.some((target) => target === "annex-a:8.8")).toBe(true);
  });

  it("skips the section, blank and total rows with info issues, and is free of errors", () => {
    expect(codes(plan)).toEqual(expect.arrayContaining(["info:skipped_section_row@5", "info:skipped_total_row@10", "info:skipped_blank_rows@"]));
    expect(plan.ok).toBe(true);
  });

  it("applies: ticks and crosses become decisions, the exclusion keeps its justification", () => {
    const next = applied(plan);
    expect(decision(next, "annex-a:5.1")?.owner).toBe("CISO");
    expect(decision(next, "annex-a:7.1")).toMatchObject({ applicable: false, justification: "Fully remote company, no premises." });
    expect(planImport(next, [sheet]).steps).toEqual([]);
  });
});

describe("planImport: control ids stored as numbers", () => {
  it("a number like 5.3 whose title is that of 5.30 is an error, not a guess", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Title", "Applicable"], ["5.3", "ICT readiness for business continuity", "Yes"]], kinds: [[], ["n", "s", "s"]] }]);
    expect(codes(plan)).toContain("error:control_title_mismatch@2A");
    expect(plan.ok).toBe(false);
  });
  it("a number like 5.3 with its own title is read as 5.3", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Title", "Applicable", "Owner"], ["5.3", "Segregation of duties", "Yes", "COO"]], kinds: [[], ["n", "s", "s", "s"]] }]);
    expect(plan.ok).toBe(true);
    expect(plan.steps[0]?.command).toMatchObject({ type: "entity.update", id: "annex-a:5.3", patch: { owner: "COO" } });
  });
  it("without a title column it warns that 5.3 may be 5.30", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable"], ["5.3", "Yes"]], kinds: [[], ["n", "s"]] }]);
    expect(codes(plan)).toContain("warning:numeric_control_id@2A");
  });
});

describe("planImport: a second language through a mapping file", () => {
  const sheet: SheetInput = { name: "Anwendbarkeitserklärung", rows: [["Maßnahme", "Anwendbar", "Begründung", "Verantwortlich", "Geprüft am"], ["A.7.5", "Nein", "Keine eigenen Räume.", "", "03.11.2026"]] };
  const mapping = {
    kind: "soa" as const,
    columns: { Maßnahme: "control", Anwendbar: "applicable", Begründung: "justification", Verantwortlich: "owner", "Geprüft am": "lastReviewed" },
    values: { applicable: { Ja: true, Nein: false } },
  };
  it("maps the headers and values the mapping names", () => {
    const plan = planImport(doc, [sheet], { mapping });
    expect(plan.ok).toBe(true);
    expect(plan.columns.map((column) => column.field)).toEqual(["control", "applicable", "justification", "owner", "lastReviewed"]);
    const next = applied(plan);
    expect(decision(next, "annex-a:7.5")).toMatchObject({ applicable: false, justification: "Keine eigenen Räume.", lastReviewed: "2026-11-03" });
  });
  it("refuses a mapping that does not match the schema", () => {
    expect(() => planImport(doc, [sheet], { mapping: { columns: { a: "control" }, colour: "red" } as never })).toThrow(IsmsError);
  });
  it("reports a mapping that names no field", () => {
    const plan = planImport(doc, [sheet], { mapping: { kind: "soa", columns: { Maßnahme: "control", Anwendbar: "applicability" } } });
    expect(codes(plan)).toContain("error:unknown_field@B");
  });
});

describe("planImport: dates", () => {
  it("an ambiguous date is an error unless the mapping says the order", () => {
    const sheet: SheetInput = { name: "SoA", rows: [["Control", "Applicable", "Last reviewed"], ["A.5.1", "Yes", "03/04/2026"]] };
    expect(codes(planImport(doc, [sheet]))).toContain("error:ambiguous_date@2C");
    const plan = planImport(doc, [sheet], { mapping: { dateOrder: "month-first" } });
    expect(plan.steps[0]?.command).toMatchObject({ patch: { lastReviewed: "2026-03-04" } });
  });
  it("an Excel serial number in a date column is a date", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable", "Last reviewed"], ["A.5.1", "Yes", "46387"]], kinds: [[], ["s", "s", "n"]] }]);
    expect(plan.steps[0]?.command).toMatchObject({ patch: { lastReviewed: "2026-12-31" } });
  });
});

describe("planImport: a risk register", () => {
  it("reads free-text scores onto the methodology's levels and dates ratings with asOf", () => {
    const sheet: SheetInput = { name: "Risks", rows: [["Risk ID", "Risk", "Residual likelihood", "Residual impact"], ["R-01", "Production secrets leaked through source code", "1 - Rare", "Minor (2)"]] };
    const plan = planImport(doc, [sheet], { asOf: "2026-12-01" });
    expect(plan.ok).toBe(true);
    expect(plan.steps.map((step) => step.command)).toEqual([{ type: "risk.rate", id: "R-01", layer: "residual", rating: { likelihood: "rare", consequence: "minor", methodology: { id: "northwind-risk-method", version: 2 }, date: "2026-12-01" } }]);
    expect(planImport(applied(plan), [sheet], { asOf: "2026-12-02" }).steps).toEqual([]);
  });
  it("a rating without a date column or asOf is an error", () => {
    const plan = planImport(doc, [{ name: "Risks", rows: [["Risk ID", "Residual likelihood", "Residual impact"], ["R-01", "Rare", "Minor"]] }]);
    expect(codes(plan)).toContain("error:missing_rating_date@2B");
  });
  it("an unmapped level is an issue, and the mapping's values map it", () => {
    const sheet: SheetInput = { name: "Risks", rows: [["Risk ID", "Residual likelihood", "Residual impact", "Residual date"], ["R-01", "Selten", "Minor", "2026-12-01"]] };
    expect(codes(planImport(doc, [sheet]))).toContain("error:unrecognised_level@2B");
    expect(planImport(doc, [sheet], { mapping: { values: { likelihood: { Selten: "rare" } } } }).ok).toBe(true);
  });
  it("without a Risk ID column it matches risks by exact title, ignoring case", () => {
    const plan = planImport(doc, [{ name: "Risks", rows: [["Risk", "Risk owner", "Threat"], ["PRODUCTION SECRETS LEAKED THROUGH SOURCE CODE", "CISO", "x"]] }], { kind: "risks" });
    expect(plan.steps[0]?.command).toMatchObject({ type: "entity.update", collection: "risks", id: "R-01", patch: { owner: "CISO", threat: "x" } });
  });
  it("adds a new risk with its ratings and reports a level that differs from the computed one", () => {
    const sheet: SheetInput = {
      name: "Risks",
      rows: [
        ["Risk ID", "Risk", "Risk owner", "Assets", "Threat", "Vulnerability", "Affected properties", "Likelihood", "Impact", "Risk level", "Treatment"],
        ["R-90", "Laptop theft", "IT Manager", "A-HW-LAPTOPS", "Thief", "Laptops left in cars", "C, A", "Possible", "Moderate", "Low", "Mitigate"],
      ],
    };
    const assetId = doc.assets.find((asset) => asset.type === "hardware")?.id ?? "";
    const rows = sheet.rows.map((row) => row.map((cell) => (cell === "A-HW-LAPTOPS" ? assetId : cell)));
    const plan = planImport(doc, [{ ...sheet, rows }], { asOf: "2026-12-01" });
    expect(codes(plan)).toContain("warning:level_mismatch@2J");
    expect(plan.ok).toBe(true);
    const next = applied(plan);
    const risk = next.risks.find((found) => found.id === "R-90");
    expect(risk).toMatchObject({ kind: "asset_based", status: "identified", affectedProperties: ["confidentiality", "availability"], custom: { Treatment: "Mitigate" } });
    expect(risk?.ratings.inherent).toMatchObject({ likelihood: "possible", consequence: "moderate", date: "2026-12-01" });
  });
  it("reads a register with two-row merged headers, free-text scores and a score column", () => {
    const sheet: SheetInput = {
      name: "Risk register",
      rows: [
        ["Risk register 2026"],
        ["Risk ID", "Risk", "Inherent risk", "", "", "Residual risk", "", ""],
        ["", "", "Likelihood", "Impact", "Score", "Likelihood", "Impact", "Date"],
        ["R-01", "Production secrets leaked through source code", "4 - Likely", "5 - Severe", "20", "Unlikely", "Major", "15.11.2026"],
      ],
      merges: [
        { first: { row: 1, column: 0 }, last: { row: 2, column: 0 } },
        { first: { row: 1, column: 1 }, last: { row: 2, column: 1 } },
        { first: { row: 1, column: 2 }, last: { row: 1, column: 4 } },
        { first: { row: 1, column: 5 }, last: { row: 1, column: 7 } },
      ],
    };
    const plan = planImport(doc, [sheet]);
    expect(plan.headerRow).toBe(3);
    expect(plan.ok).toBe(true);
    expect(codes(plan).filter((code) => code.startsWith("warning"))).toEqual([]);
    expect(plan.steps.map((step) => step.command)).toEqual([{ type: "risk.rate", id: "R-01", layer: "residual", rating: { likelihood: "unlikely", consequence: "major", methodology: { id: "northwind-risk-method", version: 2 }, date: "2026-11-15" } }]);
  });
  it("an empty Assets cell of an asset-based risk is kept and reported; of an event-based one it clears the assets", () => {
    const plan = planImport(doc, [{ name: "Risks", rows: [["Risk ID", "Assets"], ["R-01", ""], ["R-16", ""]] }], { kind: "risks" });
    expect(codes(plan)).toContain("warning:empty_required_field@2B");
    expect(plan.steps.map((step) => step.command)).toEqual([{ type: "entity.update", collection: "risks", id: "R-16", patch: {}, unset: ["assets"] }]);
  });
  it("a level column without likelihood and consequence is checked against the stored rating, else reported as not read", () => {
    const plan = planImport(doc, [{ name: "Risks", rows: [["Risk ID", "Risk", "Risk score", "Residual risk score"], ["R-01", "Production secrets leaked through source code", "Low", "High"]] }], { kind: "risks" });
    expect(codes(plan)).toEqual(expect.arrayContaining(["warning:level_mismatch@2C", "info:level_not_read@2D"]));
  });
  it("a row that would change a risk's type is an error", () => {
    const plan = planImport(doc, [{ name: "Risks", rows: [["Risk ID", "Risk type"], ["R-01", "Event-based"]] }], { kind: "risks" });
    expect(codes(plan)).toContain("error:risk_type_change@2B");
  });
  it("a new risk without its required fields is an error", () => {
    const plan = planImport(doc, [{ name: "Risks", rows: [["Risk ID", "Risk", "Threat"], ["R-91", "Something", "Someone"]] }]);
    expect(codes(plan)).toContain("error:missing_required_field@2");
  });
});

describe("planImport: an asset inventory", () => {
  it("maps C, I and A values and classification labels onto the document's scales", () => {
    const asset = doc.assets[0];
    const sheet: SheetInput = { name: "Assets", rows: [["Asset ID", "Asset name", "Classification", "C", "I", "A"], [asset?.id ?? "", asset?.name ?? "", "Confidential", "H", "M", "VH"]] };
    const plan = planImport(doc, [sheet]);
    expect(plan.kind).toBe("assets");
    expect(plan.steps[0]?.command).toMatchObject({ type: "entity.update", collection: "assets", patch: { classification: "confidential", requirements: { confidentiality: "high", integrity: "medium", availability: "very_high" } } });
  });
  it("an unknown level is an issue", () => {
    const plan = planImport(doc, [{ name: "Assets", rows: [["Asset ID", "Classification"], [doc.assets[0]?.id ?? "", "Top secret"]] }], { kind: "assets" });
    expect(codes(plan)).toContain("error:unrecognised_level@2B");
  });
  it("a new asset needs its required fields; a status left out defaults to In use", () => {
    const plan = planImport(doc, [{ name: "Assets", rows: [["Asset ID", "Asset", "Asset type", "Owner"], ["A-NEW", "Kiosk", "Hardware", "Office Manager"], ["A-NEW-2", "Wiki", "", ""]] }]);
    expect(codes(plan)).toEqual(expect.arrayContaining(["info:default_status@2", "error:missing_required_field@3"]));
  });
  it("an empty cell in a column the sheet has unsets an optional field", () => {
    const asset = doc.assets.find((found) => found.custodian !== undefined);
    const plan = planImport(doc, [{ name: "Assets", rows: [["Asset ID", "Custodian"], [asset?.id ?? "", ""]] }], { kind: "assets" });
    expect(plan.steps[0]?.command).toMatchObject({ type: "entity.update", unset: ["custodian"] });
  });
});

describe("planImport: treatment-plan actions", () => {
  it("an unknown plan id is an error", () => {
    const plan = planImport(doc, [{ name: "Actions", rows: [["Plan ID", "Action ID", "Action", "Due date"], ["TP-99", "A1", "Do it", "2027-01-31"]] }]);
    expect(codes(plan)).toContain("error:unknown_plan@2A");
  });
  it("updates an action's status and adds a new action, one step per row on the plan's actions", () => {
    const sheet: SheetInput = {
      name: "Actions",
      rows: [
        ["Plan ID", "Action ID", "Action", "Owner", "Due date", "Status", "Completed on"],
        ["TP-01", "TP-01-A2", "Rotate every credential found in Git history and move it to the secrets manager", "Head of Platform Operations", "2026-08-31", "Done", "2026-11-30"],
        ["TP-01", "TP-01-A4", "Train developers on secret handling", "Head of Engineering", "31/01/2027", "Planned", ""],
      ],
    };
    const plan = planImport(doc, [sheet]);
    expect(plan.ok).toBe(true);
    expect(plan.steps).toHaveLength(2);
    const next = applied(plan);
    const actions = next.treatmentPlans.find((found) => found.id === "TP-01")?.actions ?? [];
    expect(actions.find((action) => action.id === "TP-01-A2")).toMatchObject({ status: "done", completedOn: "2026-11-30" });
    expect(actions.find((action) => action.id === "TP-01-A4")).toMatchObject({ due: "2027-01-31", status: "planned" });
    expect(planImport(next, [sheet]).steps).toEqual([]);
  });
});

describe("planImport: kind, sheet and custom fields", () => {
  it("picks the sheet that fits best and skips a Summary sheet", () => {
    const plan = planImport(doc, [
      { name: "Summary", rows: [["Control", "Applicable"]] },
      { name: "Notes", rows: [["Hello"]] },
      { name: "Assets", rows: [["Asset ID", "Asset", "Classification"]] },
    ]);
    expect(plan.sheet).toBe("Assets");
    expect(plan.issues[0]).toMatchObject({ code: "guessed_kind", severity: "info" });
  });
  it("an unknown sheet is an error", () => {
    expect(codes(planImport(doc, [{ name: "SoA", rows: [] }], { sheet: "Risks" }))).toEqual(["error:unknown_sheet@"]);
  });
  it("a sheet with no recognisable headers is an error", () => {
    expect(planImport(doc, [{ name: "Notes", rows: [["a", "b"], ["c", "d"]] }]).ok).toBe(false);
  });
  it("custom.<key> and unknown headers go to custom; a stored non-string with the same JSON text is unchanged", () => {
    const withCustom = applyIsmsCommand(doc, { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { custom: { score: 3, tags: ["a"] } } }, meta);
    if (!withCustom.ok) throw new Error("setup");
    const next = withCustom.value.document;
    const plan = planImport(next, [{ name: "SoA", rows: [["Control", "Applicable", "custom.score", "custom.tags", "Auditor note"], ["A.5.1", "Yes", "3", '["a"]', "Seen"]] }]);
    expect(plan.steps.map((step) => step.command)).toEqual([{ type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { custom: { score: 3, tags: ["a"], "Auditor note": "Seen" } } }]);
  });
  it("each step names its sheet, row and the row's cells", () => {
    const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable", "Owner"], ["A.5.1", "Yes", "COO"]] }]);
    expect(plan.steps[0]?.source).toEqual({ sheet: "SoA", row: 2, cells: [{ column: "A", header: "Control", value: "A.5.1" }, { column: "B", header: "Applicable", value: "Yes" }, { column: "C", header: "Owner", value: "COO" }] });
  });
});

describe("planImport: SoA rows, one rule each", () => {
  const soa = (...rows: string[][]): SheetInput => ({ name: "SoA", rows: [["Control", "Applicable", "Reasons", "Implementation status", "Colour"], ...rows] });
  const starter = (() => {
    const result = applyIsmsCommand(doc, { type: "entity.remove", collection: "soaDecisions", id: "annex-a:7.4" }, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value.document;
  })();
  it("the same control twice is an error", () => {
    expect(codes(planImport(doc, [soa(["A.5.1", "Yes", "", "", ""], ["5.1", "Yes", "", "", ""])]))).toContain("error:duplicate_row@3A");
  });
  it("2013 rows that map onto one 2022 control: the first decides, the later is reported", () => {
    expect(codes(planImport(doc, [soa(["A.5.1.1", "Yes", "", "", ""], ["A.5.1.2", "No", "", "", ""])]))).toContain("warning:merged_2013_row@3A");
  });
  it("a row without a control is an error; a sheet without a Control column is refused", () => {
    expect(codes(planImport(doc, [soa(["", "Yes", "", "", "x"])]))).toContain("error:missing_control@2A");
    expect(codes(planImport(doc, [{ name: "SoA", rows: [["Applicable", "Justification"], ["Yes", "x"]] }], { kind: "soa" }))).toContain("error:missing_key_column@");
  });
  it("a blank Applicable leaves an existing decision's applicability and warns", () => {
    const plan = planImport(doc, [soa(["A.5.1", "", "", "", ""])]);
    expect(codes(plan)).toContain("warning:applicability_blank@2B");
    expect(plan.steps.some((step) => JSON.stringify(step.command).includes('"applicable"'))).toBe(false);
  });
  it("a control without a decision and a blank Applicable records nothing", () => {
    const plan = planImport(starter, [soa(["A.7.4", "", "", "Planned", ""])]);
    expect(codes(plan)).toContain("warning:undecided_control@2B");
    expect(plan.steps).toEqual([]);
    const noColumn = planImport(starter, [{ name: "SoA", rows: [["Control", "Owner"], ["A.7.4", "CISO"]] }]);
    expect(codes(noColumn)).toContain("error:missing_applicability@2A");
  });
  it("adds a decision with its reasons, status and custom fields", () => {
    const plan = planImport(starter, [soa(["A.7.4", "Yes", "Legal: GDPR art. 32; Business", "Partially implemented", "amber"])]);
    expect(plan.steps.map((step) => step.command)).toEqual([
      { type: "entity.add", collection: "soaDecisions", value: { control: "annex-a:7.4", applicable: true, reasons: [{ kind: "legal", note: "GDPR art. 32" }, { kind: "business" }], status: "partially_implemented", custom: { Colour: "amber" } } },
    ]);
  });
  it("an unknown reason or status is an error at its cell", () => {
    expect(codes(planImport(doc, [soa(["A.5.1", "Yes", "Gut feeling", "", ""])]))).toContain("error:unrecognised_reason@2C");
    expect(codes(planImport(doc, [soa(["A.5.1", "Yes", "", "Sort of", ""])]))).toContain("error:unrecognised_status@2D");
  });
  it("an empty custom cell removes the key, and the last key removes custom", () => {
    const withCustom = applyIsmsCommand(doc, { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { custom: { Colour: "red" } } }, meta);
    if (!withCustom.ok) throw new Error("setup");
    const plan = planImport(withCustom.value.document, [{ name: "SoA", rows: [["Control", "Colour"], ["A.5.1", ""]] }], { kind: "soa" });
    expect(plan.steps[0]?.command).toEqual({ type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: {}, unset: ["custom"] });
  });
  it("a stored text with spaces around, or an empty one, is unchanged by its trimmed or empty cell", () => {
    const spaced = applyIsmsCommand(doc, { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { notes: " Reviewed yearly ", justification: "" } }, meta);
    if (!spaced.ok) throw new Error("setup");
    expect(planImport(spaced.value.document, [{ name: "SoA", rows: [["Control", "Notes", "Justification"], ["A.5.1", "Reviewed yearly", ""]] }], { kind: "soa" }).steps).toEqual([]);
  });
  it("a title that is not the control's is a warning", () => {
    expect(codes(planImport(doc, [{ name: "SoA", rows: [["Control", "Title", "Applicable"], ["A.5.1", "Something else", "Yes"]] }]))).toContain("warning:control_title_mismatch@2B");
  });
});

describe("planImport: action rows, one rule each", () => {
  const header = ["Plan ID", "Action ID", "Action", "Owner", "Due date", "Status", "Controls", "Note"];
  it("a row without its ids, and the same action twice, are errors", () => {
    const plan = planImport(doc, [{ name: "Actions", rows: [header, ["TP-01", "", "x", "", "", "", "", ""], ["TP-01", "TP-01-A1", "", "", "", "", "", ""], ["TP-01", "TP-01-A1", "", "", "", "", "", ""]] }]);
    expect(codes(plan)).toEqual(expect.arrayContaining(["error:missing_id@2B", "error:duplicate_row@4B"]));
  });
  it("a sheet without Plan ID or Action ID is refused", () => {
    expect(codes(planImport(doc, [{ name: "Actions", rows: [["Action ID", "Due date", "Completed on"], ["X", "2027-01-01", ""]] }], { kind: "actions" }))).toContain("error:missing_key_column@");
  });
  it("a new action needs a title, an owner and a due date; an empty status is Planned", () => {
    const plan = planImport(doc, [{ name: "Actions", rows: [header, ["TP-01", "TP-01-A8", "Do it", "CISO", "2027-01-31", "", "A.8.24, 8.25", "n"], ["TP-01", "TP-01-A9", "", "", "", "", "", ""]] }]);
    expect(codes(plan)).toEqual(expect.arrayContaining(["info:default_status@2F", "error:missing_required_field@3"]));
    expect(plan.steps[0]?.command).toMatchObject({
      type: "entity.update",
      patch: { actions: expect.arrayContaining([{ id: "TP-01-A8", title: "Do it", owner: "CISO", note: "n", due: "2027-01-31", status: "planned", controls: ["annex-a:8.24", "annex-a:8.25"] }]) },
    });
  });
  it("an unknown control or status is an error at its cell", () => {
    const plan = planImport(doc, [{ name: "Actions", rows: [header, ["TP-01", "TP-01-A1", "", "", "", "Someday", "A.9.99", ""]] }]);
    expect(codes(plan)).toEqual(expect.arrayContaining(["error:unrecognised_value@2F", "error:unknown_control@2G"]));
  });
  it("a plan title that differs is reported, not changed", () => {
    const plan = planImport(doc, [{ name: "Actions", rows: [["Plan ID", "Plan", "Action ID", "Due date"], ["TP-01", "Another title", "TP-01-A1", "2026-03-31"]] }], { kind: "actions" });
    expect(codes(plan)).toContain("info:plan_title_not_read@2B");
    expect(plan.steps).toEqual([]);
  });
  it("an empty cell of a required field is kept and reported", () => {
    const plan = planImport(doc, [{ name: "Actions", rows: [["Plan ID", "Action ID", "Owner"], ["TP-01", "TP-01-A1", ""]] }], { kind: "actions" });
    expect(codes(plan)).toContain("warning:empty_required_field@2C");
    expect(plan.steps).toEqual([]);
  });
});

describe("planImport: hostile cells", () => {
  it("a megabyte of spaces, digits or punctuation in any cell is reported, not a hang", () => {
    const huge = [`1${" ".repeat(1_000_000)}(`, `A${" ".repeat(1_000_000)}5.1x`, "?".repeat(1_000_000) + "x", `${"1.".repeat(500_000)}x`];
    for (const text of huge) {
      const plan = planImport(doc, [{ name: "Risks", rows: [["Risk ID", "Likelihood", "Impact", "Residual date", text], ["R-01", text, "Minor", text, text]] }], { kind: "risks", asOf: "2026-12-01" });
      expect(plan.ok).toBe(false);
      expect(Math.max(...plan.issues.map((found) => found.message.length))).toBeLessThan(1000);
      const soa = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable", "Last reviewed"], [text, "Yes", text]] }], { kind: "soa" });
      expect(soa.ok).toBe(false);
    }
  });
});

describe("planImport: the mapping's defaultReasons", () => {
  const starterLike: IsmsDocument = { ...doc, soaDecisions: doc.soaDecisions.filter((found) => found.control !== "annex-a:7.4" && found.control !== "annex-a:8.24") };
  const sheet: SheetInput = { name: "SoA", rows: [["Control", "Applicable"], ["A.7.4", "No"], ["A.8.24", "Yes"], ["A.5.1", "Yes"]] };
  const justified: SheetInput = { name: "SoA", rows: [["Control", "Applicable", "Justification"], ["A.7.4", "No", "No premises"], ["A.8.24", "Yes", ""]] };

  it("gives the applicable controls the sheet adds those reasons, and nothing else", () => {
    const plan = planImport(starterLike, [justified], { kind: "soa", mapping: { defaultReasons: "Legal: GDPR art. 32; Risk treatment" } });
    expect(plan.ok).toBe(true);
    expect(codes(plan)).toContain("info:default_reasons@");
    const after = applied(plan, starterLike);
    expect(decision(after, "annex-a:8.24")?.reasons).toEqual([{ kind: "legal", note: "GDPR art. 32" }, { kind: "risk_treatment" }]);
    expect(decision(after, "annex-a:7.4")?.reasons).toBeUndefined();
    // A decision already in the document keeps its reasons.
    expect(decision(after, "annex-a:5.1")).toEqual(decision(starterLike, "annex-a:5.1"));
  });

  it("is not used when the sheet has a reasons column, and says so", () => {
    const withColumn: SheetInput = { name: "SoA", rows: [["Control", "Applicable", "Reasons"], ["A.8.24", "Yes", "Business"]] };
    const plan = planImport(starterLike, [withColumn], { kind: "soa", mapping: { defaultReasons: "Legal" } });
    expect(codes(plan)).toContain("info:default_reasons_unused@");
    expect(decision(applied(plan, starterLike), "annex-a:8.24")?.reasons).toEqual([{ kind: "business" }]);
  });

  it("refuses reasons that name no kind of reason", () => {
    const plan = planImport(starterLike, [sheet], { kind: "soa", mapping: { defaultReasons: "Because" } });
    expect(plan.ok).toBe(false);
    expect(codes(plan)).toContain("error:invalid_default_reasons@");
  });
});
