import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { daysBetween } from "../../src/core/index.js";
import type { IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { listTrainingDue, roleHoldersOn, rolesHeldBy } from "../../src/people/index.js";
import { buildIsmsWorkbook, type WorkbookModel, type WorkbookSheet, type WorkbookValue } from "../../src/spreadsheet/index.js";
import { nextSupplierReview, supplierCriticality } from "../../src/suppliers/index.js";
import { readSpreadsheet, writeXlsx, type SheetInput } from "../../src/xlsx/index.js";

const example = createExampleIsms();
const workbook = buildIsmsWorkbook(example, { asOf: EXAMPLE_AS_OF });
const OLD_SHEETS = ["Summary", "SoA", "Risk register", "Treatment plan", "Assets"];
const COLLECTIONS = ["people", "roles", "trainings", "suppliers", "incidents"] as const;

function sheet(name: string, book: WorkbookModel = workbook): WorkbookSheet {
  const found = book.sheets.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

function column(of: WorkbookSheet, header: string): number {
  const index = of.columns.findIndex((candidate) => candidate.header === header);
  if (index < 0) throw new Error(`no column ${header} in ${of.name}`);
  return index;
}

/** The cell of the row whose first cell is `id`. */
function cell(of: WorkbookSheet, id: string, header: string): WorkbookValue | undefined {
  const row = of.rows.find((candidate) => candidate[0] === id);
  if (row === undefined) throw new Error(`no row ${id} in ${of.name}`);
  return row[column(of, header)];
}

function without(document: IsmsDocument, names: readonly (typeof COLLECTIONS)[number][]): IsmsDocument {
  const copy: Record<string, unknown> = { ...document };
  for (const name of names) delete copy[name];
  return copy as unknown as IsmsDocument;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the example has ${what}`);
  return value;
}

const people = required(example.people, "people");
const roles = required(example.roles, "roles");
const trainings = required(example.trainings, "trainings");
const suppliers = required(example.suppliers, "suppliers");
const incidents = required(example.incidents, "incidents");

describe("buildIsmsWorkbook: people, roles, suppliers and incidents", () => {
  it("adds People, Roles, Suppliers and Incidents after the five sheets, one row per record, rows as wide as the columns", () => {
    expect(workbook.sheets.map((candidate) => candidate.name)).toEqual([...OLD_SHEETS, "People", "Roles", "Suppliers", "Incidents"]);
    expect(sheet("People").rows.map((row) => row[0])).toEqual(people.map((person) => person.id));
    expect(sheet("Roles").rows.map((row) => row[0])).toEqual(roles.map((role) => role.id));
    expect(sheet("Suppliers").rows.map((row) => row[0])).toEqual(suppliers.map((supplier) => supplier.id));
    expect(sheet("Incidents").rows.map((row) => row[0])).toEqual(incidents.map((incident) => incident.id));
    for (const candidate of workbook.sheets.slice(5)) for (const row of candidate.rows) expect(row).toHaveLength(candidate.columns.length);
  });

  it("writes the roles each person holds and the trainings they are overdue with on asOf, as the people queries give them", () => {
    const sheetOfPeople = sheet("People");
    const due = listTrainingDue(people, trainings, roles, EXAMPLE_AS_OF);
    expect(due.length).toBeGreaterThan(0);
    const titles = new Map(trainings.map((training) => [training.id, training.title]));
    for (const person of people) {
      const held = rolesHeldBy(roles, person.id, EXAMPLE_AS_OF).map((role) => role.name);
      expect(cell(sheetOfPeople, person.id, `Roles held on ${EXAMPLE_AS_OF}`)).toBe(held.length === 0 ? null : held.join(", "));
      const overdue = due.filter((item) => item.person === person.id).map((item) => titles.get(item.training));
      expect(cell(sheetOfPeople, person.id, `Trainings overdue on ${EXAMPLE_AS_OF}`)).toBe(overdue.length === 0 ? null : overdue.join(", "));
      expect(cell(sheetOfPeople, person.id, "Started")).toBe(person.started);
      expect(cell(sheetOfPeople, person.id, "Screening")).toBe(person.screening?.date ?? null);
      expect(cell(sheetOfPeople, person.id, "Assets returned")).toBe(person.offboarding?.assetsReturned ?? null);
    }
    const leaver = required(people.find((person) => person.left !== undefined), "a leaver");
    expect(cell(sheetOfPeople, leaver.id, "Left")).toBe(leaver.left);
    expect(sheetOfPeople.columns[column(sheetOfPeople, "Started")]?.type).toBe("date");
    for (const row of sheetOfPeople.rows) expect(sheetOfPeople.columns[column(sheetOfPeople, "Kind")]?.allowed).toContain(row[column(sheetOfPeople, "Kind")]);
  });

  it("writes each role's ISMS role by label, its holders on asOf, competences and conflicts", () => {
    const sheetOfRoles = sheet("Roles");
    for (const role of roles) {
      const holders = roleHoldersOn(role, EXAMPLE_AS_OF);
      expect(cell(sheetOfRoles, role.id, `Holders on ${EXAMPLE_AS_OF}`)).toBe(holders.length === 0 ? null : holders.join(", "));
      expect(cell(sheetOfRoles, role.id, "Required competences")).toBe(role.competences.length === 0 ? null : role.competences.map((competence) => competence.name).join(", "));
    }
    const ciso = required(roles.find((role) => role.isms === "isms_manager"), "an ISMS manager role");
    expect(cell(sheetOfRoles, ciso.id, "ISMS role")).toBe("ISMS manager");
    const conflicted = roles.find((role) => (role.conflictsWith?.length ?? 0) > 0);
    if (conflicted !== undefined) expect(cell(sheetOfRoles, conflicted.id, "Conflicts with")).toBe(conflicted.conflictsWith?.join(", "));
  });

  it("writes each supplier's criticality, next review on asOf and open findings as the supplier queries give them", () => {
    const sheetOfSuppliers = sheet("Suppliers");
    let findings = 0;
    for (const supplier of suppliers) {
      const criticality = supplierCriticality(supplier, example);
      expect(cell(sheetOfSuppliers, supplier.id, "Criticality asset")).toBe(criticality?.asset ?? null);
      expect(cell(sheetOfSuppliers, supplier.id, `Next review due on ${EXAMPLE_AS_OF}`)).toBe(nextSupplierReview(supplier, EXAMPLE_AS_OF) ?? null);
      const open = supplier.assessments.filter((assessment) => assessment.date <= EXAMPLE_AS_OF).flatMap((assessment) => assessment.findings.filter((finding) => finding.status !== "closed")).length;
      expect(cell(sheetOfSuppliers, supplier.id, "Open findings")).toBe(open);
      findings += open;
      expect(cell(sheetOfSuppliers, supplier.id, "Agreement")).toBe(supplier.agreement?.ref ?? null);
    }
    expect(findings).toBeGreaterThan(0);
    const assessed = required(suppliers.find((supplier) => supplier.assessments.length > 0), "an assessed supplier");
    const last = [...assessed.assessments].filter((assessment) => assessment.date <= EXAMPLE_AS_OF).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    expect(cell(sheetOfSuppliers, assessed.id, "Last assessment")).toBe(last?.date);
    expect(sheetOfSuppliers.columns[column(sheetOfSuppliers, "Assessment result")]?.allowed).toContain(cell(sheetOfSuppliers, assessed.id, "Assessment result"));
    const critical = required(suppliers.find((supplier) => supplierCriticality(supplier, example) !== undefined), "a supplier with a criticality");
    const level = required(supplierCriticality(critical, example), "a criticality");
    const label = example.assetSettings.requirementScales[level.property]?.levels.find((candidate) => candidate.key === level.level)?.label;
    expect(cell(sheetOfSuppliers, critical.id, "Criticality")).toBe(label);
  });

  it("writes each incident's kind and severity by label, days to close, lessons and the nonconformities its lessons raised", () => {
    const sheetOfIncidents = sheet("Incidents");
    for (const incident of incidents) {
      expect(cell(sheetOfIncidents, incident.id, "Days to close")).toBe(incident.closed === undefined ? null : daysBetween(incident.reported, incident.closed));
      expect(cell(sheetOfIncidents, incident.id, "Lessons")).toBe(incident.lessons.length);
      expect(cell(sheetOfIncidents, incident.id, "Reported")).toBe(incident.reported);
      const raised = incident.lessons.flatMap((lesson) => (lesson.raised?.nonconformity === undefined ? [] : [lesson.raised.nonconformity]));
      expect(cell(sheetOfIncidents, incident.id, "Nonconformities raised")).toBe(raised.length === 0 ? null : raised.join(", "));
    }
    expect(incidents.some((incident) => incident.closed === undefined) || incidents.some((incident) => incident.lessons.some((lesson) => lesson.raised?.nonconformity !== undefined))).toBe(true);
    for (const header of ["Kind", "Severity"]) {
      const index = column(sheetOfIncidents, header);
      for (const row of sheetOfIncidents.rows) if (row[index] !== null) expect(sheetOfIncidents.columns[index]?.allowed).toContain(row[index]);
    }
  });

  it("gives a document without the collections exactly the five old sheets, equal to those of the full document, byte for byte once written", async () => {
    const stripped = without(example, COLLECTIONS);
    const book = buildIsmsWorkbook(stripped, { asOf: EXAMPLE_AS_OF });
    expect(book.sheets.map((candidate) => candidate.name)).toEqual(OLD_SHEETS);
    expect(book.sheets).toEqual(workbook.sheets.slice(0, 5));
    const written = await writeXlsx(book, { creator: "isms test" });
    const fromFull = await writeXlsx({ sheets: workbook.sheets.slice(0, 5) }, { creator: "isms test" });
    expect(Array.from(written)).toEqual(Array.from(fromFull));
  });

  test.prop([fc.subarray([...COLLECTIONS])], { numRuns: 25 })("adds a sheet exactly for each collection the document holds, in a fixed order", (removed) => {
    const book = buildIsmsWorkbook(without(example, removed), { asOf: EXAMPLE_AS_OF });
    const expected = [...OLD_SHEETS, ...(["people", "roles", "suppliers", "incidents"] as const).filter((name) => !removed.includes(name)).map((name) => ({ people: "People", roles: "Roles", suppliers: "Suppliers", incidents: "Incidents" })[name])];
    expect(book.sheets.map((candidate) => candidate.name)).toEqual(expected);
    expect(book.sheets.slice(0, 5)).toEqual(workbook.sheets.slice(0, 5));
  });

  it("writes an empty sheet with headers for an empty collection", () => {
    const book = buildIsmsWorkbook({ ...example, people: [], suppliers: [] }, { asOf: EXAMPLE_AS_OF });
    expect(sheet("People", book).rows).toEqual([]);
    expect(sheet("Suppliers", book).columns.length).toBeGreaterThan(0);
    expect(sheet("Suppliers", book).rows).toEqual([]);
  });

  it("leaves the columns judged on a day out without asOf and counts every assessment", () => {
    const book = buildIsmsWorkbook(example);
    const headers = book.sheets.slice(5).flatMap((candidate) => candidate.columns.map((entry) => entry.header));
    expect(headers.filter((header) => / on \d{4}-\d{2}-\d{2}$/.test(header))).toEqual([]);
    expect(workbook.sheets.slice(5).flatMap((candidate) => candidate.columns.map((entry) => entry.header)).filter((header) => / on \d{4}-\d{2}-\d{2}$/.test(header))).toHaveLength(4);
    for (const candidate of book.sheets.slice(5)) for (const row of candidate.rows) expect(row).toHaveLength(candidate.columns.length);
    const suppliersSheet = sheet("Suppliers", book);
    for (const supplier of suppliers) {
      const open = supplier.assessments.flatMap((assessment) => assessment.findings.filter((finding) => finding.status !== "closed")).length;
      expect(cell(suppliersSheet, supplier.id, "Open findings")).toBe(open);
    }
  });

  it("writes custom fields of people, roles, suppliers and incidents as custom.<key> columns", () => {
    const [person, ...restPeople] = people;
    const [supplier, ...restSuppliers] = suppliers;
    const [incident, ...restIncidents] = incidents;
    const [role, ...restRoles] = roles;
    const document: IsmsDocument = {
      ...example,
      people: [{ ...required(person, "a person"), custom: { desk: "B-12" } }, ...restPeople],
      roles: [{ ...required(role, "a role"), custom: { grade: 4 } }, ...restRoles],
      suppliers: [{ ...required(supplier, "a supplier"), custom: { tier: "gold" } }, ...restSuppliers],
      incidents: [{ ...required(incident, "an incident"), custom: { ticket: ["T-1"] } }, ...restIncidents],
    };
    const book = buildIsmsWorkbook(document, { asOf: EXAMPLE_AS_OF });
    expect(sheet("People", book).rows[0]?.[column(sheet("People", book), "custom.desk")]).toBe("B-12");
    expect(sheet("Roles", book).rows[0]?.[column(sheet("Roles", book), "custom.grade")]).toBe("4");
    expect(sheet("Suppliers", book).rows[0]?.[column(sheet("Suppliers", book), "custom.tier")]).toBe("gold");
    expect(sheet("Incidents", book).rows[0]?.[column(sheet("Incidents", book), "custom.ticket")]).toBe('["T-1"]');
    expect(sheet("Suppliers", book).rows[1]?.[column(sheet("Suppliers", book), "custom.tier")]).toBeNull();
  });
});

describe("the people, supplier and incident sheets through writeXlsx and readSpreadsheet", async () => {
  const bytes = await writeXlsx(workbook, { creator: "isms test" });
  const read = readSpreadsheet(bytes, { fileName: "records.xlsx" });
  const sheets: readonly SheetInput[] = read.ok ? read.value : [];

  function readBack(name: string): SheetInput {
    const found = sheets.find((candidate) => candidate.name === name);
    if (found === undefined) throw new Error(`no sheet ${name} read back`);
    return found;
  }

  it("reads back all nine sheets with their headers and one row per record", () => {
    expect(read.ok).toBe(true);
    expect(sheets.map((candidate) => candidate.name)).toEqual(workbook.sheets.map((candidate) => candidate.name));
    for (const name of ["People", "Roles", "Suppliers", "Incidents"]) {
      const written = sheet(name);
      const back = readBack(name);
      expect(back.rows[0]).toEqual(written.columns.map((entry) => entry.header));
      expect(back.rows.slice(1).map((row) => row[0])).toEqual(written.rows.map((row) => row[0]));
    }
  });

  it("reads dates back as dates and counts as numbers, with the same text", () => {
    const incidentsBack = readBack("Incidents");
    const written = sheet("Incidents");
    const reported = column(written, "Reported");
    const days = column(written, "Days to close");
    const closedRow = written.rows.findIndex((row) => row[days] !== null);
    expect(closedRow).toBeGreaterThanOrEqual(0);
    expect(incidentsBack.rows[closedRow + 1]?.[reported]).toBe(written.rows[closedRow]?.[reported]);
    expect(incidentsBack.kinds?.[closedRow + 1]?.[reported]).toBe("d");
    expect(incidentsBack.rows[closedRow + 1]?.[days]).toBe(String(written.rows[closedRow]?.[days]));
    expect(incidentsBack.kinds?.[closedRow + 1]?.[days]).toBe("n");
    const peopleBack = readBack("People");
    const started = column(sheet("People"), "Started");
    expect(peopleBack.rows[1]?.[started]).toBe(people[0]?.started);
    expect(peopleBack.kinds?.[1]?.[started]).toBe("d");
    const suppliersBack = readBack("Suppliers");
    const name = column(sheet("Suppliers"), "Supplier");
    expect(suppliersBack.rows[1]?.[name]).toBe(suppliers[0]?.name);
  });

  it("writes formula-like names as text, never as formulas", async () => {
    const [first, ...rest] = suppliers;
    const hostile = '=HYPERLINK("http://evil.example","Click")';
    const document: IsmsDocument = { ...example, suppliers: [{ ...required(first, "a supplier"), name: hostile, custom: { note: "+1 day" } }, ...rest] };
    const back = readSpreadsheet(await writeXlsx(buildIsmsWorkbook(document, { asOf: EXAMPLE_AS_OF })), { fileName: "hostile.xlsx" });
    expect(back.ok).toBe(true);
    const suppliersBack = back.ok ? back.value.find((candidate) => candidate.name === "Suppliers") : undefined;
    const header = suppliersBack?.rows[0] ?? [];
    expect(suppliersBack?.rows[1]?.[header.indexOf("Supplier")]).toBe(hostile);
    expect(suppliersBack?.kinds?.[1]?.[header.indexOf("Supplier")]).toBe("s");
    expect(suppliersBack?.rows[1]?.[header.indexOf("custom.note")]).toBe("+1 day");
  });
});
