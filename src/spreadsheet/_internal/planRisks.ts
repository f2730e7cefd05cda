import { currentMethodology } from "../../document/index.js";
import type { Rating, Risk } from "../../risk/index.js";
import { matchLevel, splitList, type Coerced, quote } from "./coerce.js";
import { changedFields, isRecord, nextCustom, RowReader, updateOf, type FieldValues, type PlanContext } from "./context.js";
import { LAYERS } from "./headers.js";
import { matchEnum, RISK_KIND, RISK_STATUS } from "./labels.js";

const REQUIRED = /* @__PURE__ */ new Set(["id", "title", "kind", "status", "affectedProperties", "threat", "vulnerability", "riskSource", "event", "consequenceDescription"]);
const ASSET_BASED_REQUIRED = /* @__PURE__ */ new Set([...REQUIRED, "assets"]);
const TEXT_FIELDS = ["title", "description", "owner", "category", "threat", "vulnerability", "riskSource", "event", "consequenceDescription", "objective"] as const;

function enumCoerce(table: Readonly<Record<string, readonly string[]>>, what: string) {
  return (cell: { text: string }): Coerced<string> => {
    const key = matchEnum(table, cell.text);
    return key === undefined ? { ok: false, code: "unrecognised_value", message: `${quote(cell.text)} is not ${what} (${Object.values(table).map((words) => words[0]).join(", ")}).` } : { ok: true, value: key };
  };
}

/** Plans the rows of a risk register: risks keyed by Risk ID (or, without that column, by title). */
export function planRisks(context: PlanContext): void {
  const { document, table } = context;
  const methodology = currentMethodology(document);
  const matrix = methodology.matrix;
  const byId = new Map<string, Risk>(document.risks.map((risk) => [risk.id, risk]));
  const byTitle = new Map<string, Risk>();
  for (const risk of document.risks) if (!byTitle.has(risk.title.toLowerCase())) byTitle.set(risk.title.toLowerCase(), risk);
  const assetIds = new Set<string>(document.assets.map((asset) => asset.id));
  const properties = Object.entries(document.assetSettings.requirementScales).map(([key, scale]) => ({ key, label: scale.label }));
  const columnOf = (field: string) => table.columns.find((column) => column.field === field);
  const hasId = columnOf("id") !== undefined;
  if (!hasId && !columnOf("title")) {
    context.issues.push({ code: "missing_key_column", severity: "error", message: `Sheet "${table.sheet}" has neither a Risk ID nor a Risk (title) column, so no row can be matched to a risk.`, path: [], sheet: table.sheet });
    return;
  }
  let nextNumber = 1 + Math.max(0, ...document.risks.map((risk) => Number(/^R-(\d+)$/.exec(risk.id)?.[1] ?? 0)));
  const seen = new Map<string, number>();
  for (const tableRow of table.rows) {
    const row = new RowReader(context, tableRow);
    const idText = row.text("id");
    const title = row.text("title");
    if (hasId && idText === null) {
      row.issue("error", "missing_id", "The row has no Risk ID.", columnOf("id"));
      continue;
    }
    const existing = typeof idText === "string" ? byId.get(idText) : typeof title === "string" ? byTitle.get(title.toLowerCase()) : undefined;
    let id = typeof idText === "string" ? idText : existing?.id;
    if (id === undefined) {
      if (typeof title !== "string") {
        row.issue("error", "missing_title", "The row has neither a Risk ID nor a title.", columnOf("title"));
        continue;
      }
      while (byId.has(`R-${String(nextNumber).padStart(2, "0")}`)) nextNumber += 1;
      id = `R-${String(nextNumber).padStart(2, "0")}`;
      nextNumber += 1;
      row.issue("info", "generated_id", `The sheet has no Risk ID column; the new risk ${quote(title)} gets the id ${id}.`, columnOf("title"));
    }
    const earlier = seen.get(id.toLowerCase());
    if (earlier !== undefined) {
      row.issue("error", "duplicate_row", `Risk ${id} is also on row ${earlier}; each risk may appear once.`, columnOf(hasId ? "id" : "title"));
      continue;
    }
    seen.set(id.toLowerCase(), row.number);
    const values: FieldValues = new Map();
    for (const field of TEXT_FIELDS) values.set(field, row.text(field));
    values.set("kind", row.coerce("kind", enumCoerce(RISK_KIND, "a risk type")));
    values.set("status", row.coerce("status", enumCoerce(RISK_STATUS, "a risk status")));
    values.set(
      "affectedProperties",
      row.coerce("affectedProperties", (cell): Coerced<string[]> => {
        const keys: string[] = [];
        for (const part of splitList(cell.text.replace(/\//g, ","))) {
          const key = matchLevel(properties, part);
          if (key === undefined) return { ok: false, code: "unrecognised_property", message: `${quote(part)} is not a security property (${properties.map((property) => property.label).join(", ")}).` };
          if (!keys.includes(key)) keys.push(key);
        }
        return { ok: true, value: keys };
      }),
    );
    const assets = row.coerce("assets", (cell): Coerced<string[]> => {
      const ids = splitList(cell.text);
      const unknown = ids.filter((asset) => !assetIds.has(asset) && !(existing?.assets ?? []).some((stored) => stored === asset));
      return unknown.length > 0 ? { ok: false, code: "unknown_asset", message: `No asset has the id ${unknown.map((asset) => quote(asset)).join(", ")}.` } : { ok: true, value: ids };
    });
    values.set("assets", assets);
    const custom = row.custom(["treatment"]);
    // Ratings: one per layer the sheet has columns for.
    const ratings = new Map<string, Rating | null>();
    let refused = false;
    for (const layer of LAYERS) {
      const likelihoodCell = row.cell(`${layer}.likelihood`);
      const consequenceCell = row.cell(`${layer}.consequence`);
      const old = existing?.ratings[layer];
      if (!likelihoodCell && !consequenceCell) {
        // A level column alone: checked against the stored rating, else not read.
        const levelCell = row.cell(`${layer}.level`);
        if (levelCell && levelCell.text !== "") {
          if (old) checkLevel(row, layer, old.likelihood, old.consequence, matrix);
          else row.issue("info", "level_not_read", `The ${layer} level ${quote(levelCell.text)} is derived from a likelihood and a consequence, which the sheet does not give; it was not read.`, levelCell.column);
        }
        continue;
      }
      const l = likelihoodCell?.text ?? "";
      const c = consequenceCell?.text ?? "";
      if (l === "" && c === "") {
        if (likelihoodCell && consequenceCell) ratings.set(layer, null);
        continue;
      }
      if (l === "" || c === "" || !likelihoodCell || !consequenceCell) {
        row.issue("error", "incomplete_rating", `The ${layer} rating needs both a likelihood and a consequence.`, (l === "" ? likelihoodCell : consequenceCell)?.column ?? likelihoodCell?.column ?? consequenceCell?.column);
        refused = true;
        continue;
      }
      const likelihood = matchLevel(matrix.likelihood.levels, l);
      const consequence = matchLevel(matrix.consequence.levels, c);
      if (likelihood === undefined) row.issue("error", "unrecognised_level", `${quote(l)} is no likelihood level of the methodology "${methodology.name}" (${matrix.likelihood.levels.map((level) => level.label).join(", ")}); map it in the mapping's "values".`, likelihoodCell.column);
      if (consequence === undefined) row.issue("error", "unrecognised_level", `${quote(c)} is no consequence level of the methodology "${methodology.name}" (${matrix.consequence.levels.map((level) => level.label).join(", ")}); map it in the mapping's "values".`, consequenceCell.column);
      if (likelihood === undefined || consequence === undefined) {
        refused = true;
        continue;
      }
      const dateCell = row.cell(`${layer}.date`);
      const date = row.date(`${layer}.date`);
      if (dateCell && dateCell.text !== "" && date === undefined) {
        refused = true;
        continue;
      }
      checkLevel(row, layer, likelihood, consequence, matrix);
      if (old && old.likelihood === likelihood && old.consequence === consequence && (typeof date !== "string" || date === old.date)) continue;
      const ratingDate = typeof date === "string" ? date : context.asOf;
      if (ratingDate === undefined) {
        row.issue("error", "missing_rating_date", `The ${layer} rating has no date: add a "${layer[0]?.toUpperCase()}${layer.slice(1)} date" column or give asOf.`, likelihoodCell.column);
        refused = true;
        continue;
      }
      ratings.set(layer, { likelihood, consequence, methodology: { id: methodology.id, version: methodology.version }, date: ratingDate });
    }
    if (existing) {
      const kind = values.get("kind");
      if (typeof kind === "string" && kind !== existing.kind) {
        row.issue("error", "risk_type_change", `Risk ${existing.id} is ${existing.kind === "asset_based" ? "asset-based" : "event-based"}; an import does not change a risk's type.`, columnOf("kind"));
        continue;
      }
      const update = updateOf({ ...existing }, values, existing.kind === "asset_based" ? ASSET_BASED_REQUIRED : REQUIRED, row, columnOf);
      const customNext = nextCustom(existing.custom, custom);
      const patch = { ...(update?.patch ?? {}), ...(customNext ? { custom: customNext } : {}) };
      const unset = [...(update?.unset ?? []), ...(customNext === null ? ["custom"] : [])];
      if (Object.keys(patch).length > 0 || unset.length > 0) {
        row.step({ type: "entity.update", collection: "risks", id: existing.id, patch, ...(unset.length > 0 ? { unset } : {}) }, `Risk ${existing.id}: ${changedFields({ patch, unset })}`);
      }
      for (const [layer, rating] of ratings) {
        if (rating === null && existing.ratings[layer as (typeof LAYERS)[number]] === undefined) continue;
        if (layer !== "inherent" && layer !== "current" && layer !== "target" && layer !== "residual") continue;
        row.step(
          rating === null ? { type: "risk.rate", id: existing.id, layer } : { type: "risk.rate", id: existing.id, layer, rating },
          rating === null ? `Risk ${existing.id}: ${layer} rating cleared` : `Risk ${existing.id}: ${layer} rating ${rating.likelihood} × ${rating.consequence} on ${rating.date}`,
        );
      }
      continue;
    }
    if (refused) continue;
    const value: Record<string, unknown> = { id };
    for (const [field, fieldValue] of values) if (fieldValue !== undefined && fieldValue !== null) value[field] = fieldValue;
    if (value.kind === undefined) value.kind = value.riskSource !== undefined || value.event !== undefined ? "event_based" : "asset_based";
    if (value.status === undefined) {
      value.status = "identified";
      row.issue("info", "default_status", `Risk ${id} is new and the sheet gives no status: recorded as Identified.`);
    }
    if (value.affectedProperties === undefined) value.affectedProperties = [];
    const ratingValue: Record<string, Rating> = {};
    for (const [layer, rating] of ratings) if (rating) ratingValue[layer] = rating;
    value.ratings = ratingValue;
    const customValue = nextCustom(undefined, custom);
    if (isRecord(customValue)) value.custom = customValue;
    const missing = (value.kind === "asset_based" ? ["title", "assets", "threat", "vulnerability"] : ["title", "riskSource", "event", "consequenceDescription"]).filter((field) => value[field] === undefined || (Array.isArray(value[field]) && value[field].length === 0));
    if (missing.length > 0) {
      row.issue("error", "missing_required_field", `Risk ${id} is new and ${value.kind === "asset_based" ? "an asset-based" : "an event-based"} risk needs ${missing.join(", ")}.`);
      continue;
    }
    row.step({ type: "entity.add", collection: "risks", value }, `Risk ${id}: added (${quote(String(value.title))})`);
  }
}

function checkLevel(row: RowReader, layer: string, likelihood: string, consequence: string, matrix: ReturnType<typeof currentMethodology>["matrix"]): void {
  const cell = row.cell(`${layer}.level`);
  if (!cell || cell.text === "") return;
  const li = matrix.likelihood.levels.findIndex((level) => level.key === likelihood);
  const ci = matrix.consequence.levels.findIndex((level) => level.key === consequence);
  const computed = matrix.cells[li]?.[ci];
  const level = matrix.levels.find((candidate) => candidate.key === computed);
  const named = matchLevel(
    matrix.levels.map((candidate) => ({ key: candidate.key, label: candidate.label })),
    cell.text,
  );
  if (named !== undefined) {
    if (named !== computed) row.issue("warning", "level_mismatch", `The sheet's ${layer} level ${quote(cell.text)} differs from the level the methodology gives (${level?.label ?? computed ?? "?"}); the level is derived and not stored.`, cell.column);
    return;
  }
  const number = Number(cell.text.replace(/[^\d.]/g, ""));
  const lv = matrix.likelihood.levels[li]?.value ?? li + 1;
  const cv = matrix.consequence.levels[ci]?.value ?? ci + 1;
  if (/\d/.test(cell.text) && Number.isFinite(number) && (number === lv * cv || number === lv + cv)) return;
  row.issue("warning", "level_mismatch", `The sheet's ${layer} score ${quote(cell.text)} does not match the level the methodology gives (${level?.label ?? computed ?? "?"}, ${lv} × ${cv}); the level is derived and not stored.`, cell.column);
}

