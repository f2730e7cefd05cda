import type { Asset } from "../../assets/index.js";
import { matchLevel, splitList, type Coerced, quote } from "./coerce.js";
import { changedFields, isRecord, nextCustom, RowReader, updateOf, type FieldValues, type PlanContext } from "./context.js";
import { ASSET_TYPES, LIFECYCLE_STATUS, matchEnum } from "./labels.js";

const REQUIRED = /* @__PURE__ */ new Set(["id", "name", "type", "owner", "status"]);
const OWN_TYPE = /^[a-z][a-z0-9_-]*$/;

/** Plans the rows of an asset inventory: assets keyed by Asset ID. */
export function planAssets(context: PlanContext): void {
  const { document, table } = context;
  const byId = new Map<string, Asset>(document.assets.map((asset) => [asset.id, asset]));
  const usedTypes = new Set(document.assets.map((asset) => asset.type));
  const classification = document.assetSettings.classification.levels;
  const scales = Object.entries(document.assetSettings.requirementScales);
  const columnOf = (field: string) => table.columns.find((column) => column.field === field);
  if (!columnOf("id")) {
    context.issues.push({ code: "missing_key_column", severity: "error", message: `Sheet "${table.sheet}" has no Asset ID column, so no row can be matched to an asset.`, path: [], sheet: table.sheet });
    return;
  }
  const seen = new Map<string, number>();
  const sheetIds = new Set(table.rows.map((tableRow) => tableRow.cells[columnOf("id")?.index ?? 0] ?? "").filter((id) => id !== ""));
  for (const tableRow of table.rows) {
    const row = new RowReader(context, tableRow);
    const id = row.text("id");
    if (typeof id !== "string") {
      row.issue("error", "missing_id", "The row has no Asset ID.", columnOf("id"));
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      row.issue("error", "duplicate_row", `Asset ${id} is also on row ${earlier}; each asset may appear once.`, columnOf("id"));
      continue;
    }
    seen.set(id, row.number);
    const existing = byId.get(id);
    const values: FieldValues = new Map();
    for (const field of ["name", "description", "owner", "custodian", "location"]) values.set(field, row.text(field));
    values.set(
      "type",
      row.coerce("type", (cell): Coerced<string> => {
        const key = matchEnum(ASSET_TYPES, cell.text) ?? (usedTypes.has(cell.text) || OWN_TYPE.test(cell.text) ? cell.text : undefined);
        return key === undefined ? { ok: false, code: "unrecognised_value", message: `${quote(cell.text)} is not an asset type (${Object.values(ASSET_TYPES).map((words) => words[0]).join(", ")}, or an own type in lower case).` } : { ok: true, value: key };
      }),
    );
    values.set(
      "status",
      row.coerce("status", (cell): Coerced<string> => {
        const key = matchEnum(LIFECYCLE_STATUS, cell.text);
        return key === undefined ? { ok: false, code: "unrecognised_value", message: `${quote(cell.text)} is not an asset status (Planned, In use, Retired, Disposed).` } : { ok: true, value: key };
      }),
    );
    values.set(
      "classification",
      row.coerce("classification", (cell): Coerced<string> => {
        const key = matchLevel(classification, cell.text);
        return key === undefined ? { ok: false, code: "unrecognised_level", message: `${quote(cell.text)} is no level of the classification scheme (${classification.map((level) => level.label).join(", ")}).` } : { ok: true, value: key };
      }),
    );
    values.set(
      "dependsOn",
      row.coerce("dependsOn", (cell): Coerced<string[]> => {
        const ids = splitList(cell.text);
        const unknown = ids.filter((other) => !byId.has(other) && !sheetIds.has(other) && !(existing?.dependsOn ?? []).some((stored) => stored === other));
        return unknown.length > 0 ? { ok: false, code: "unknown_asset", message: `No asset has the id ${unknown.map((other) => quote(other)).join(", ")}.` } : { ok: true, value: ids };
      }),
    );
    // Requirements: one column per property; an empty cell removes that property's requirement.
    const requirements: Record<string, string> = { ...(existing?.requirements ?? {}) };
    let requirementColumns = 0;
    let refused = false;
    for (const [property, scale] of scales) {
      const level = row.coerce(`requirement.${property}`, (cell): Coerced<string> => {
        const key = matchLevel(scale.levels, cell.text);
        return key === undefined ? { ok: false, code: "unrecognised_level", message: `${quote(cell.text)} is no level of the ${scale.label} scale (${scale.levels.map((candidate) => candidate.label).join(", ")}).` } : { ok: true, value: key };
      });
      if (row.cell(`requirement.${property}`)) requirementColumns += 1;
      if (level === undefined) {
        if (row.cell(`requirement.${property}`)?.text) refused = true;
        continue;
      }
      if (level === null) delete requirements[property];
      else requirements[property] = level;
    }
    if (requirementColumns > 0 && !refused) values.set("requirements", Object.keys(requirements).length === 0 ? null : requirements);
    const custom = row.custom();
    if (existing) {
      const update = updateOf({ ...existing }, values, REQUIRED, row, columnOf);
      const customNext = nextCustom(existing.custom, custom);
      const patch = { ...(update?.patch ?? {}), ...(customNext ? { custom: customNext } : {}) };
      const unset = [...(update?.unset ?? []), ...(customNext === null ? ["custom"] : [])];
      if (Object.keys(patch).length > 0 || unset.length > 0) {
        row.step({ type: "entity.update", collection: "assets", id, patch, ...(unset.length > 0 ? { unset } : {}) }, `Asset ${id}: ${changedFields({ patch, unset })}`);
      }
      continue;
    }
    const value: Record<string, unknown> = { id };
    for (const [field, fieldValue] of values) if (fieldValue !== undefined && fieldValue !== null) value[field] = fieldValue;
    if (value.status === undefined && values.get("status") !== undefined) {
      value.status = "in_use";
      row.issue("info", "default_status", `Asset ${id} is new and its status is empty: recorded as In use.`, columnOf("status"));
    } else if (value.status === undefined && !columnOf("status")) {
      value.status = "in_use";
      row.issue("info", "default_status", `Asset ${id} is new and the sheet has no Status column: recorded as In use.`);
    }
    const customValue = nextCustom(undefined, custom);
    if (isRecord(customValue)) value.custom = customValue;
    const missing = ["name", "type", "owner"].filter((field) => value[field] === undefined);
    if (missing.length > 0) {
      if (!refused) row.issue("error", "missing_required_field", `Asset ${id} is new and needs ${missing.join(", ")}.`);
      continue;
    }
    if (refused) continue;
    row.step({ type: "entity.add", collection: "assets", value }, `Asset ${id}: added (${quote(String(value.name))})`);
  }
}
