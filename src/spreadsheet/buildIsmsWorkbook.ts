import { ANNEX_A, splitControlRef, type ControlRef } from "../catalogue/index.js";
import { argumentError } from "../core/_internal/index.js";
import { deriveIsmsSoa, type IsmsDocument } from "../document/index.js";
import { DEFAULT_REPORT_LABELS } from "../report/index.js";
import { RatingLayerSchema, scoreRating, type Methodology, type Rating, type Risk } from "../risk/index.js";
import { summariseSoa, type ApplicabilityDecision } from "../soa/index.js";
import type { WorkbookColumn, WorkbookModel, WorkbookSheet, WorkbookValue } from "./sheet.js";
import { customColumns, customKeys, customValues, list, text } from "./_internal/cells.js";
import { incidentSheet, peopleSheet, roleSheet, supplierSheet } from "./_internal/recordSheets.js";

/**
 * Options of {@link buildIsmsWorkbook}.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const options: BuildIsmsWorkbookOptions = { asOf: "2026-12-01" };
 * ```
 */
export interface BuildIsmsWorkbookOptions {
  /**
   * The day the workbook is as of: the summary counts overdue actions on it, and the People,
   * Roles and Suppliers sheets add the roles held, overdue trainings, role holders and next
   * supplier review on it (headed with the day) and count only assessments on or before it.
   * Without it, none of these are written and every assessment counts.
   */
  readonly asOf?: string | undefined;
}

const labels = DEFAULT_REPORT_LABELS;
const LAYER_LABEL = labels.ratingLayer;

/** `annex-a:5.1` is written `A.5.1`; a control of another catalogue keeps its full ref. */
function controlCell(ref: ControlRef | string): string {
  const parts = splitControlRef(ref);
  return parts !== undefined && parts.catalogue === ANNEX_A ? `A.${parts.id}` : ref;
}

function soaSheet(document: IsmsDocument): WorkbookSheet {
  const decisions = new Map<string, ApplicabilityDecision>();
  for (const decision of document.soaDecisions) decisions.set(decision.control, decision);
  const rows = deriveIsmsSoa(document);
  const keys = customKeys(document.soaDecisions);
  const reasonLabel = labels.soaReasonKind;
  const statusLabel = labels.implementationStatus;
  return {
    name: "SoA",
    columns: [
      { header: "Control", width: 12 },
      { header: "Title", width: 48 },
      { header: "Applicable", width: 12, allowed: [labels.common.yes, labels.common.no] },
      { header: "Reasons", width: 32 },
      { header: "Justification", width: 40 },
      { header: "Implementation status", width: 22, allowed: Object.values(statusLabel) },
      { header: "Owner", width: 20 },
      { header: "Provider", width: 20 },
      { header: "Last reviewed", width: 14, type: "date" },
      { header: "Notes", width: 40 },
      ...customColumns(keys),
    ],
    rows: rows.map((row) => {
      const decision = decisions.get(row.ref);
      const reasons = decision?.reasons?.map((reason) => (reason.note === undefined ? reasonLabel[reason.kind] : `${reasonLabel[reason.kind]}: ${reason.note}`));
      return [
        controlCell(row.ref),
        row.title,
        decision === undefined ? null : decision.applicable ? labels.common.yes : labels.common.no,
        reasons === undefined || reasons.length === 0 ? null : reasons.join("; "),
        text(decision?.justification),
        decision?.status === undefined ? null : statusLabel[decision.status],
        text(decision?.owner),
        text(decision?.provider),
        text(decision?.lastReviewed),
        text(decision?.notes),
        ...customValues(decision?.custom, keys),
      ];
    }),
  };
}

/** The label of each security property, from the document's requirement scales. */
function propertyLabels(document: IsmsDocument): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, scale] of Object.entries(document.assetSettings.requirementScales)) found.set(key, scale.label);
  return found;
}

function methodologyOf(document: IsmsDocument, rating: Rating): Methodology | undefined {
  return document.methodologies.find((methodology) => methodology.id === rating.methodology.id && methodology.version === rating.methodology.version);
}

function ratingCells(document: IsmsDocument, rating: Rating | undefined): WorkbookValue[] {
  if (rating === undefined) return [null, null, null, null];
  const methodology = methodologyOf(document, rating);
  if (methodology === undefined) return [rating.likelihood, rating.consequence, null, rating.date];
  const label = (levels: readonly { readonly key: string; readonly label: string }[], key: string): string => levels.find((level) => level.key === key)?.label ?? key;
  const matrix = methodology.matrix;
  let level: string | null = null;
  try {
    level = scoreRating(methodology, rating).level.label;
  } catch {
    level = null;
  }
  return [label(matrix.likelihood.levels, rating.likelihood), label(matrix.consequence.levels, rating.consequence), level, rating.date];
}

function riskSheet(document: IsmsDocument): WorkbookSheet {
  const properties = propertyLabels(document);
  const keys = customKeys(document.risks);
  const layers = RatingLayerSchema.options;
  const layerColumns = layers.flatMap((layer): WorkbookColumn[] => [
    { header: `${LAYER_LABEL[layer]} likelihood`, width: 16 },
    { header: `${LAYER_LABEL[layer]} consequence`, width: 16 },
    { header: `${LAYER_LABEL[layer]} level`, width: 12 },
    { header: `${LAYER_LABEL[layer]} date`, width: 14, type: "date" },
  ]);
  const row = (risk: Risk): WorkbookValue[] => [
    risk.id,
    risk.title,
    labels.riskKind[risk.kind],
    text(risk.description),
    text(risk.owner),
    text(risk.category),
    labels.riskStatus[risk.status],
    list(risk.affectedProperties.map((key) => properties.get(key) ?? key)),
    list(risk.assets),
    risk.kind === "asset_based" ? risk.threat : null,
    risk.kind === "asset_based" ? risk.vulnerability : null,
    risk.kind === "event_based" ? risk.riskSource : null,
    risk.kind === "event_based" ? risk.event : null,
    risk.kind === "event_based" ? risk.consequenceDescription : null,
    risk.kind === "event_based" ? text(risk.objective) : null,
    ...layers.flatMap((layer) => ratingCells(document, risk.ratings[layer])),
    ...customValues(risk.custom, keys),
  ];
  return {
    name: "Risk register",
    columns: [
      { header: "Risk ID", width: 12 },
      { header: "Risk", width: 40 },
      { header: "Risk type", width: 14, allowed: Object.values(labels.riskKind) },
      { header: "Description", width: 40 },
      { header: "Risk owner", width: 20 },
      { header: "Category", width: 16 },
      { header: "Status", width: 18, allowed: Object.values(labels.riskStatus) },
      { header: "Affected properties", width: 28 },
      { header: "Assets", width: 24 },
      { header: "Threat", width: 30 },
      { header: "Vulnerability", width: 30 },
      { header: "Risk source", width: 24 },
      { header: "Event", width: 30 },
      { header: "Consequence description", width: 30 },
      { header: "Objective", width: 24 },
      ...layerColumns,
      ...customColumns(keys),
    ],
    rows: document.risks.map(row),
  };
}

function actionSheet(document: IsmsDocument): WorkbookSheet {
  const actions = document.treatmentPlans.flatMap((plan) => plan.actions.map((action) => ({ plan, action })));
  const keys = customKeys(actions.map(({ action }) => action));
  return {
    name: "Treatment plan",
    columns: [
      { header: "Plan ID", width: 12 },
      { header: "Plan", width: 36 },
      { header: "Action ID", width: 12 },
      { header: "Action", width: 40 },
      { header: "Owner", width: 20 },
      { header: "Due date", width: 14, type: "date" },
      { header: "Status", width: 14, allowed: Object.values(labels.actionStatus) },
      { header: "Completed on", width: 14, type: "date" },
      { header: "Controls", width: 24 },
      { header: "Note", width: 40 },
      ...customColumns(keys),
    ],
    rows: actions.map(({ plan, action }) => [
      plan.id,
      plan.title,
      action.id,
      action.title,
      action.owner,
      action.due,
      labels.actionStatus[action.status],
      text(action.completedOn),
      list(action.controls?.map(controlCell)),
      text(action.note),
      ...customValues(action.custom, keys),
    ]),
  };
}

function assetSheet(document: IsmsDocument): WorkbookSheet {
  const settings = document.assetSettings;
  const classification = new Map(settings.classification.levels.map((level) => [level.key, level.label] as const));
  const scales = Object.entries(settings.requirementScales);
  const keys = customKeys(document.assets);
  const assetTypeLabel = (type: string): string => (Object.hasOwn(labels.assetType, type) ? labels.assetType[type as keyof typeof labels.assetType] : type);
  return {
    name: "Assets",
    columns: [
      { header: "Asset ID", width: 14 },
      { header: "Asset", width: 32 },
      { header: "Asset type", width: 16 },
      { header: "Description", width: 40 },
      { header: "Owner", width: 20 },
      { header: "Custodian", width: 20 },
      { header: "Location", width: 20 },
      { header: "Status", width: 12, allowed: Object.values(labels.assetStatus) },
      { header: "Classification", width: 16, allowed: settings.classification.levels.map((level) => level.label) },
      ...scales.map(([, scale]): WorkbookColumn => ({ header: scale.label, width: 16, allowed: scale.levels.map((level) => level.label) })),
      { header: "Depends on", width: 24 },
      ...customColumns(keys),
    ],
    rows: document.assets.map((asset) => [
      asset.id,
      asset.name,
      assetTypeLabel(asset.type),
      text(asset.description),
      asset.owner,
      text(asset.custodian),
      text(asset.location),
      labels.assetStatus[asset.status],
      asset.classification === undefined ? null : (classification.get(asset.classification) ?? asset.classification),
      ...scales.map(([property, scale]) => {
        const key = asset.requirements?.[property];
        return key === undefined ? null : (scale.levels.find((level) => level.key === key)?.label ?? key);
      }),
      list(asset.dependsOn),
      ...customValues(asset.custom, keys),
    ]),
  };
}

function summarySheet(document: IsmsDocument, asOf: string | undefined): WorkbookSheet {
  const soa = summariseSoa(deriveIsmsSoa(document, asOf));
  const actions = document.treatmentPlans.flatMap((plan) => plan.actions);
  const open = actions.filter((action) => action.status === "planned" || action.status === "in_progress");
  const rows: WorkbookValue[][] = [
    ["Organisation", document.organisation.name],
    ["Controls in scope", soa.total],
    ["Applicable", soa.applicable],
    ["Excluded", soa.excluded],
    ["Undecided", soa.undecided],
    ...Object.entries(soa.byStatus).map(([status, count]): WorkbookValue[] => [`Applicable, ${labels.implementationStatus[status as keyof typeof labels.implementationStatus].toLowerCase()}`, count]),
    ["Risks", document.risks.length],
    ["Treatment plans", document.treatmentPlans.length],
    ["Actions", actions.length],
    ["Open actions", open.length],
    ...(asOf === undefined ? [] : [[`Overdue actions on ${asOf}`, open.filter((action) => action.due < asOf).length]]),
    ["Assets", document.assets.length],
  ];
  return { name: "Summary", columns: [{ header: "Measure", width: 36 }, { header: "Value", width: 40 }], rows };
}

/**
 * The workbook for people that `isms export --format xlsx` writes: a summary sheet, then the
 * Statement of Applicability (one row per control in scope, undecided rows with an empty
 * Applicable cell), the risk register (labels of each rating's own methodology, the level on
 * every layer), the treatment plan's actions and the asset inventory (requirement levels by
 * label). When the document holds them, People, Roles, Suppliers and Incidents sheets follow
 * (one row per record; a document without these collections gives exactly the five sheets).
 * Values are labels, never keys; enumerated columns carry the list a person may pick
 * from; every entity's `custom` fields are columns headed `custom.<key>` (non-string values
 * as JSON text). It holds what the import reads back: importing the written workbook into the
 * same document changes nothing (the import reads the first five sheets only). Turn it into
 * bytes with `writeXlsx` from `isms/xlsx`.
 *
 * @param document - the ISMS
 * @param options - the day the summary and the derived people and supplier columns are as of
 * @returns the workbook as plain data
 * @throws {@link IsmsError} `invalid_argument` when `document` is not a parsed ISMS document
 * @category Spreadsheet
 * @example
 * ```ts
 * import { createExampleIsms } from "isms/example";
 * import { buildIsmsWorkbook } from "isms/spreadsheet";
 *
 * const workbook = buildIsmsWorkbook(createExampleIsms(), { asOf: "2026-12-01" });
 * workbook.sheets.map((sheet) => sheet.name);
 * // ["Summary", "SoA", "Risk register", "Treatment plan", "Assets", "People", "Roles", "Suppliers", "Incidents"]
 * ```
 */
export function buildIsmsWorkbook(document: IsmsDocument, options?: BuildIsmsWorkbookOptions): WorkbookModel {
  try {
    const asOf = options?.asOf;
    const sheets = [summarySheet(document, asOf), soaSheet(document), riskSheet(document), actionSheet(document), assetSheet(document)];
    if (document.people !== undefined) sheets.push(peopleSheet(document, document.people, asOf));
    if (document.roles !== undefined) sheets.push(roleSheet(document.roles, asOf));
    if (document.suppliers !== undefined) sheets.push(supplierSheet(document, document.suppliers, asOf));
    if (document.incidents !== undefined) sheets.push(incidentSheet(document.incidents));
    return { sheets };
  } catch (error) {
    throw argumentError("buildIsmsWorkbook", error);
  }
}
