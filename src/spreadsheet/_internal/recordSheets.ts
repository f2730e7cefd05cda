import { daysBetween, type IsoDate } from "../../core/index.js";
import type { IsmsDocument } from "../../document/index.js";
import type { Incident } from "../../incidents/index.js";
import { listTrainingDue, roleHoldersOn, rolesHeldBy, type Person, type Role } from "../../people/index.js";
import { DEFAULT_REPORT_LABELS } from "../../report/index.js";
import { lastSupplierAssessment, nextSupplierReview, supplierCriticality, type Supplier } from "../../suppliers/index.js";
import type { WorkbookColumn, WorkbookSheet, WorkbookValue } from "../sheet.js";
import { customColumns, customKeys, customValues, list, text } from "./cells.js";

// The sheets of the people, supplier and incident records. Each is built only when the document
// holds its collection. Columns judged on a day (who holds a role, overdue trainings, the next
// supplier review) carry the day in their header and are left out when no `asOf` is given.

const labels = DEFAULT_REPORT_LABELS;

/** The label of `key` in `vocabulary`, or the key itself when the vocabulary has none. */
function labelOf(vocabulary: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(vocabulary, key) ? (vocabulary[key] ?? key) : key;
}

/** Free-text items (which may hold commas) joined with semicolons, empty for none. */
const joined = (values: readonly string[] | undefined): WorkbookValue => (values === undefined || values.length === 0 ? null : values.join("; "));

/** The columns and cells that exist only with a date. */
function onDay<T>(asOf: IsoDate | undefined, columns: (day: IsoDate) => WorkbookColumn[], cells: (day: IsoDate, item: T) => WorkbookValue[]): { columns: WorkbookColumn[]; cells: (item: T) => WorkbookValue[] } {
  if (asOf === undefined) return { columns: [], cells: () => [] };
  return { columns: columns(asOf), cells: (item) => cells(asOf, item) };
}

/** The People sheet: one row per person. */
export function peopleSheet(document: IsmsDocument, people: readonly Person[], asOf: IsoDate | undefined): WorkbookSheet {
  const roles = document.roles ?? [];
  const trainings = document.trainings ?? [];
  const trainingTitles = new Map(trainings.map((training) => [training.id, training.title] as const));
  const due = asOf === undefined ? [] : listTrainingDue(people, trainings, roles, asOf);
  const keys = customKeys(people);
  const derived = onDay<Person>(
    asOf,
    (day) => [
      { header: `Roles held on ${day}`, width: 32 },
      { header: `Trainings overdue on ${day}`, width: 36 },
    ],
    (day, person) => [
      list(rolesHeldBy(roles, person.id, day).map((role) => role.name)),
      list(due.filter((item) => item.person === person.id).map((item) => trainingTitles.get(item.training) ?? item.training)),
    ],
  );
  return {
    name: "People",
    columns: [
      { header: "Person ID", width: 14 },
      { header: "Name", width: 24 },
      { header: "Kind", width: 14, allowed: Object.values(labels.people.personKind) },
      { header: "Started", width: 14, type: "date" },
      { header: "Left", width: 14, type: "date" },
      ...derived.columns,
      { header: "Screening", width: 14, type: "date" },
      { header: "Terms signed", width: 14, type: "date" },
      { header: "Access reviewed", width: 16, type: "date" },
      { header: "Assets returned", width: 16, type: "date" },
      ...customColumns(keys),
    ],
    rows: people.map((person) => [
      person.id,
      text(person.name),
      labelOf(labels.people.personKind, person.kind),
      person.started,
      text(person.left),
      ...derived.cells(person),
      text(person.screening?.date),
      text(person.termsSigned?.date),
      text(person.offboarding?.accessReviewed),
      text(person.offboarding?.assetsReturned),
      ...customValues(person.custom, keys),
    ]),
  };
}

/** The Roles sheet: one row per role. */
export function roleSheet(roles: readonly Role[], asOf: IsoDate | undefined): WorkbookSheet {
  const keys = customKeys(roles);
  const derived = onDay<Role>(
    asOf,
    (day) => [{ header: `Holders on ${day}`, width: 24 }],
    (day, role) => [list(roleHoldersOn(role, day))],
  );
  return {
    name: "Roles",
    columns: [
      { header: "Role ID", width: 14 },
      { header: "Role", width: 32 },
      { header: "ISMS role", width: 22, allowed: Object.values(labels.people.ismsRole) },
      ...derived.columns,
      { header: "Required competences", width: 36 },
      { header: "Conflicts with", width: 20 },
      ...customColumns(keys),
    ],
    rows: roles.map((role) => [
      role.id,
      role.name,
      role.isms === undefined ? null : labelOf(labels.people.ismsRole, role.isms),
      ...derived.cells(role),
      list(role.competences.map((competence) => competence.name)),
      list(role.conflictsWith),
      ...customValues(role.custom, keys),
    ]),
  };
}

/** The Suppliers sheet: one row per supplier. */
export function supplierSheet(document: IsmsDocument, suppliers: readonly Supplier[], asOf: IsoDate | undefined): WorkbookSheet {
  const words = labels.suppliers;
  const scales = document.assetSettings.requirementScales;
  const levelLabel = (property: string, level: string): string => (Object.hasOwn(scales, property) ? scales[property]?.levels.find((candidate) => candidate.key === level)?.label : undefined) ?? level;
  const keys = customKeys(suppliers);
  const derived = onDay<Supplier>(
    asOf,
    (day) => [{ header: `Next review due on ${day}`, width: 18, type: "date" }],
    (day, supplier) => [text(nextSupplierReview(supplier, day))],
  );
  return {
    name: "Suppliers",
    columns: [
      { header: "Supplier ID", width: 14 },
      { header: "Supplier", width: 28 },
      { header: "Status", width: 14, allowed: Object.values(words.status) },
      { header: "Owner", width: 20 },
      { header: "Criticality", width: 16 },
      { header: "Criticality asset", width: 18 },
      { header: "Services", width: 36 },
      { header: "Cloud services", width: 28 },
      { header: "Agreement", width: 18 },
      { header: "Agreement signed", width: 16, type: "date" },
      { header: "Agreement expires", width: 16, type: "date" },
      { header: "Security requirements", width: 40 },
      { header: "Last assessment", width: 16, type: "date" },
      { header: "Assessment result", width: 18, allowed: Object.values(words.result) },
      ...derived.columns,
      { header: "Open findings", width: 14, type: "number" },
      ...customColumns(keys),
    ],
    rows: suppliers.map((supplier) => {
      const criticality = supplierCriticality(supplier, document);
      const last = lastSupplierAssessment(supplier, asOf);
      const assessed = supplier.assessments.filter((assessment) => asOf === undefined || assessment.date <= asOf);
      const cloud = supplier.services.flatMap((service) => (service.cloud === undefined ? [] : [words.service(service.name, labelOf(words.cloudModel, service.cloud.model))]));
      return [
        supplier.id,
        supplier.name,
        labelOf(words.status, supplier.status),
        supplier.owner,
        criticality === undefined ? null : levelLabel(criticality.property, criticality.level),
        criticality === undefined ? null : criticality.asset,
        joined(supplier.services.map((service) => service.name)),
        joined(cloud),
        text(supplier.agreement?.ref),
        text(supplier.agreement?.signed),
        text(supplier.agreement?.expires),
        joined(supplier.agreement?.securityRequirements),
        text(last?.date),
        last === undefined ? null : labelOf(words.result, last.result),
        ...derived.cells(supplier),
        assessed.reduce((count, assessment) => count + assessment.findings.filter((finding) => finding.status !== "closed").length, 0),
        ...customValues(supplier.custom, keys),
      ];
    }),
  };
}

/** The Incidents sheet: one row per event or incident, as recorded. */
export function incidentSheet(incidents: readonly Incident[]): WorkbookSheet {
  const words = labels.incidents;
  const keys = customKeys(incidents);
  return {
    name: "Incidents",
    columns: [
      { header: "Incident ID", width: 14 },
      { header: "Title", width: 40 },
      { header: "Kind", width: 12, allowed: Object.values(words.kind) },
      { header: "Severity", width: 12, allowed: Object.values(words.severity) },
      { header: "Reported", width: 14, type: "date" },
      { header: "Closed", width: 14, type: "date" },
      { header: "Days to close", width: 14, type: "number" },
      { header: "Affected assets", width: 28 },
      { header: "Properties affected", width: 28 },
      { header: "Risks", width: 20 },
      { header: "Lessons", width: 10, type: "number" },
      { header: "Nonconformities raised", width: 24 },
      ...customColumns(keys),
    ],
    rows: incidents.map((incident) => [
      incident.id,
      incident.title,
      labelOf(words.kind, incident.kind),
      incident.classification === undefined ? null : labelOf(words.severity, incident.classification.severity),
      incident.reported,
      text(incident.closed),
      incident.closed === undefined ? null : daysBetween(incident.reported, incident.closed),
      list(incident.affectedAssets),
      list(incident.affected.map((property) => labelOf(words.property, property))),
      list(incident.risks),
      incident.lessons.length,
      list(incident.lessons.flatMap((lesson) => (lesson.raised?.nonconformity === undefined ? [] : [lesson.raised.nonconformity]))),
      ...customValues(incident.custom, keys),
    ]),
  };
}
