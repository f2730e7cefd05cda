// Sheets shaped like the workbook export's canonical sheets, built from a document, for the
// import tests (export then import must change nothing).
import { currentMethodology, type IsmsDocument } from "../../src/document/index.js";
import type { SheetInput } from "../../src/spreadsheet/index.js";

const STATUS: Record<string, string> = { not_started: "Not started", planned: "Planned", partially_implemented: "Partially implemented", implemented: "Implemented", not_implemented: "Not implemented" };
const REASON: Record<string, string> = { risk_treatment: "Risk treatment", legal: "Legal", statutory: "Statutory", regulatory: "Regulatory", contractual: "Contractual", business: "Business", best_practice: "Best practice" };
const RISK_STATUS: Record<string, string> = { identified: "Identified", analysed: "Analysed", evaluated: "Evaluated", treatment_planned: "Treatment planned", treated: "Treated", accepted: "Accepted", closed: "Closed" };
const LIFECYCLE: Record<string, string> = { planned: "Planned", in_use: "In use", retired: "Retired", disposed: "Disposed" };
const ACTION: Record<string, string> = { planned: "Planned", in_progress: "In progress", done: "Done", cancelled: "Cancelled" };
const TYPES: Record<string, string> = { information: "Information", software: "Software", hardware: "Hardware", service: "Service", people: "People", site: "Site", supplier: "Supplier", cloud_service: "Cloud service" };

/** Adds one "custom.<key>" column per custom key of the entities, as the export writes them. */
function withCustom(sheet: SheetInput, entities: readonly { readonly custom?: unknown }[]): SheetInput {
  const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {});
  const keys = [...new Set(entities.flatMap((entity) => Object.keys(record(entity.custom))))];
  if (keys.length === 0) return sheet;
  const [header = [], ...rows] = sheet.rows;
  return {
    ...sheet,
    rows: [
      [...header, ...keys.map((key) => `custom.${key}`)],
      ...rows.map((row, index) => {
        const custom = record(entities[index]?.custom);
        return [...row, ...keys.map((key) => (custom[key] === undefined ? "" : typeof custom[key] === "string" ? custom[key] : JSON.stringify(custom[key])))];
      }),
    ],
  };
}

const ref = (control: string): string => (control.startsWith("annex-a:") ? `A.${control.slice(8)}` : control);

export function soaSheet(doc: IsmsDocument): SheetInput {
  const rows: string[][] = [["Control", "Title", "Applicable", "Reasons", "Justification", "Implementation status", "Owner", "Provider", "Last reviewed", "Notes"]];
  for (const decision of doc.soaDecisions) {
    rows.push([
      ref(decision.control),
      "",
      decision.applicable ? "Yes" : "No",
      (decision.reasons ?? []).map((reason) => `${REASON[reason.kind] ?? reason.kind}${reason.note === undefined ? "" : `: ${reason.note}`}`).join("; "),
      decision.justification ?? "",
      decision.status ? (STATUS[decision.status] ?? "") : "",
      decision.owner ?? "",
      decision.provider ?? "",
      decision.lastReviewed ?? "",
      decision.notes ?? "",
    ]);
  }
  return withCustom({ name: "SoA", rows }, doc.soaDecisions);
}

export function riskSheet(doc: IsmsDocument): SheetInput {
  const matrix = currentMethodology(doc).matrix;
  const label = (levels: readonly { key: string; label: string }[], key: string | undefined): string => levels.find((level) => level.key === key)?.label ?? "";
  const layers = ["inherent", "current", "target", "residual"] as const;
  const title = (layer: string): string => `${layer[0]?.toUpperCase()}${layer.slice(1)}`;
  const header = ["Risk ID", "Risk", "Risk type", "Description", "Risk owner", "Category", "Status", "Affected properties", "Assets", "Threat", "Vulnerability", "Risk source", "Event", "Consequence description", "Objective"];
  for (const layer of layers) header.push(`${title(layer)} likelihood`, `${title(layer)} consequence`, `${title(layer)} date`);
  const rows: string[][] = [header];
  for (const risk of doc.risks) {
    const row = [
      risk.id,
      risk.title,
      risk.kind === "asset_based" ? "Asset-based" : "Event-based",
      risk.description ?? "",
      risk.owner ?? "",
      risk.category ?? "",
      RISK_STATUS[risk.status] ?? "",
      risk.affectedProperties.map((key) => doc.assetSettings.requirementScales[key]?.label ?? key).join(", "),
      (risk.assets ?? []).join(", "),
      risk.kind === "asset_based" ? risk.threat : "",
      risk.kind === "asset_based" ? risk.vulnerability : "",
      risk.kind === "event_based" ? risk.riskSource : "",
      risk.kind === "event_based" ? risk.event : "",
      risk.kind === "event_based" ? risk.consequenceDescription : "",
      risk.kind === "event_based" ? (risk.objective ?? "") : "",
    ];
    for (const layer of layers) {
      const rating = risk.ratings[layer];
      row.push(label(matrix.likelihood.levels, rating?.likelihood), label(matrix.consequence.levels, rating?.consequence), rating?.date ?? "");
    }
    rows.push(row);
  }
  return withCustom({ name: "Risk register", rows }, doc.risks);
}

export function assetSheet(doc: IsmsDocument): SheetInput {
  const scales = Object.entries(doc.assetSettings.requirementScales);
  const rows: string[][] = [["Asset ID", "Asset", "Asset type", "Description", "Owner", "Custodian", "Location", "Status", "Classification", ...scales.map(([, scale]) => scale.label), "Depends on"]];
  for (const asset of doc.assets) {
    rows.push([
      asset.id,
      asset.name,
      TYPES[asset.type] ?? asset.type,
      asset.description ?? "",
      asset.owner,
      asset.custodian ?? "",
      asset.location ?? "",
      LIFECYCLE[asset.status] ?? "",
      doc.assetSettings.classification.levels.find((level) => level.key === asset.classification)?.label ?? "",
      ...scales.map(([key, scale]) => scale.levels.find((level) => level.key === asset.requirements?.[key])?.label ?? ""),
      (asset.dependsOn ?? []).join(", "),
    ]);
  }
  return withCustom({ name: "Assets", rows }, doc.assets);
}

export function actionSheet(doc: IsmsDocument): SheetInput {
  const rows: string[][] = [["Plan ID", "Plan", "Action ID", "Action", "Owner", "Due date", "Status", "Completed on", "Controls", "Note"]];
  for (const plan of doc.treatmentPlans) {
    for (const action of plan.actions) {
      rows.push([plan.id, plan.title, action.id, action.title, action.owner, action.due, ACTION[action.status] ?? "", action.completedOn ?? "", (action.controls ?? []).map(ref).join(", "), action.note ?? ""]);
    }
  }
  return withCustom({ name: "Treatment plan", rows }, doc.treatmentPlans.flatMap((plan) => plan.actions));
}
