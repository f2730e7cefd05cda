import type { CloudService, Supplier, SupplierAgreement, SupplierService } from "../../suppliers/index.js";
import { normaliseText, parseYesNo, quote, splitList, type Coerced } from "./coerce.js";
import { changedFields, isRecord, nextCustom, RowReader, updateOf, type FieldValues, type PlanContext } from "./context.js";
import { CLOUD_MODELS, matchEnum, SUPPLIER_STATUS } from "./labels.js";

const REQUIRED = /* @__PURE__ */ new Set(["id", "name", "owner", "status", "services"]);

/** Splits a cell of several entries: one per line or separated by ";" (commas stay inside an entry). */
export function splitEntries(text: string): string[] {
  return text
    .split(/[;\n\r]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

const PERIOD_WORDS: Readonly<Record<string, number>> = {
  monthly: 1,
  "every month": 1,
  quarterly: 3,
  "every quarter": 3,
  "half yearly": 6,
  "semi annual": 6,
  "semi annually": 6,
  "twice a year": 6,
  biannual: 6,
  annual: 12,
  annually: 12,
  yearly: 12,
  "every year": 12,
  "once a year": 12,
  biennial: 24,
  biennially: 24,
  "every two years": 24,
  "every other year": 24,
  triennial: 36,
  "every three years": 36,
};

/**
 * A review frequency in months: "annual", "quarterly", "12 months", "every 6 months", "2 years",
 * "6" (a bare number is months). Whole months from 1 to 120.
 */
export function parseReviewMonths(text: string): Coerced<number> {
  const normal = normaliseText(text);
  const worded = PERIOD_WORDS[normal];
  if (worded !== undefined) return { ok: true, value: worded };
  const match = /^(?:every )?(\d{1,4})(?: (months?|mos?|m|years?|yrs?|y))?$/.exec(normal);
  if (match) {
    const count = Number(match[1]);
    const months = match[2] !== undefined && match[2].startsWith("y") ? count * 12 : count;
    if (Number.isInteger(months) && months >= 1 && months <= 120) return { ok: true, value: months };
  }
  return { ok: false, code: "unrecognised_value", message: `${quote(text)} is not a review frequency (annual, quarterly, 12 months, 2 years, or a number of months from 1 to 120).` };
}

/** The Cloud cell: `true`/`false` for yes/no, else a service model. */
function parseCloud(text: string): Coerced<boolean | CloudService["model"]> {
  const model = matchEnum(CLOUD_MODELS, text);
  if (model !== undefined) return { ok: true, value: model as CloudService["model"] };
  const answer = parseYesNo(text);
  if (answer.ok) return answer;
  return { ok: false, code: "unrecognised_value", message: `${quote(text)} is neither yes/no nor a cloud service model (IaaS, PaaS, SaaS, Other).` };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/** The cloud of a service after the row's Cloud cell (`undefined` keeps the service's own). */
function cloudOf(answer: boolean | CloudService["model"] | null | undefined, old: CloudService | undefined): CloudService | undefined {
  if (answer === undefined) return old;
  if (answer === null || answer === false) return undefined;
  if (answer === true) return old ?? { model: "other" };
  return old === undefined ? { model: answer } : old.model === answer ? old : { ...old, model: answer };
}

/**
 * Plans the rows of a supplier register: suppliers keyed by Supplier ID, else by their exact
 * name (ignoring case). A row is one supplier; its Services cell names one service or several
 * (separated by ";" or line breaks), each with the row's assets and cloud model. Assessments
 * are not imported.
 */
export function planSuppliers(context: PlanContext): void {
  const { document, table } = context;
  const suppliers: readonly Supplier[] = document.suppliers ?? [];
  const byId = new Map<string, Supplier>(suppliers.map((supplier) => [supplier.id, supplier]));
  const byName = new Map<string, Supplier>();
  for (const supplier of suppliers) if (!byName.has(supplier.name.trim().toLowerCase())) byName.set(supplier.name.trim().toLowerCase(), supplier);
  const assetIds = new Set<string>(document.assets.map((asset) => asset.id));
  const columnOf = (field: string) => table.columns.find((column) => column.field === field);
  const hasId = columnOf("id") !== undefined;
  if (!hasId && !columnOf("name")) {
    context.issues.push({ code: "missing_key_column", severity: "error", message: `Sheet "${table.sheet}" has neither a Supplier ID nor a Supplier (name) column, so no row can be matched to a supplier.`, path: [], sheet: table.sheet });
    return;
  }
  let nextNumber = 1 + Math.max(0, ...suppliers.map((supplier) => Number(/^SUP-(\d+)$/.exec(supplier.id)?.[1] ?? 0)));
  const seen = new Map<string, number>();
  for (const tableRow of table.rows) {
    const row = new RowReader(context, tableRow);
    const idText = row.text("id");
    const name = row.text("name");
    if (hasId && idText === null) {
      row.issue("error", "missing_id", "The row has no Supplier ID.", columnOf("id"));
      continue;
    }
    const existing = typeof idText === "string" ? byId.get(idText) : typeof name === "string" ? byName.get(name.toLowerCase()) : undefined;
    let id = typeof idText === "string" ? idText : existing?.id;
    if (id === undefined) {
      if (typeof name !== "string") {
        row.issue("error", "missing_name", "The row has neither a Supplier ID nor a supplier name.", columnOf("name"));
        continue;
      }
      while (byId.has(`SUP-${String(nextNumber).padStart(2, "0")}`)) nextNumber += 1;
      id = `SUP-${String(nextNumber).padStart(2, "0")}`;
      nextNumber += 1;
      row.issue("info", "generated_id", `The sheet has no Supplier ID column; the new supplier ${quote(name)} gets the id ${id}.`, columnOf("name"));
    }
    // Without an ID column the name is the key, also between two new suppliers of the sheet.
    const key = hasId || typeof name !== "string" ? id.toLowerCase() : `name:${name.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      row.issue("error", "duplicate_row", `Supplier ${hasId ? id : quote(name ?? id)} is also on row ${earlier}; each supplier may appear once.`, columnOf(hasId ? "id" : "name"));
      continue;
    }
    seen.set(key, row.number);
    let refused = false;
    const values: FieldValues = new Map();
    for (const field of ["name", "description", "owner"]) values.set(field, row.text(field));
    const status = row.coerce("status", (cell): Coerced<string> => {
      const key = matchEnum(SUPPLIER_STATUS, cell.text);
      if (key !== undefined) return { ok: true, value: key };
      const answer = parseYesNo(cell.text);
      if (answer.ok) return { ok: true, value: answer.value ? "active" : "ended" };
      return { ok: false, code: "unrecognised_value", message: `${quote(cell.text)} is not a supplier status (Prospective, Active, Ended, or yes/no for active).` };
    });
    values.set("status", status);
    const review = row.coerce("reviewEveryMonths", (cell) => parseReviewMonths(cell.text));
    values.set("reviewEveryMonths", review);
    // Services: the row's names, assets and cloud answer; a column the sheet lacks keeps the stored value.
    const names = row.coerce("services", (cell): Coerced<string[]> => ({ ok: true, value: [...new Set(splitEntries(cell.text))] }));
    const assets = row.coerce("assets", (cell): Coerced<string[]> => {
      const ids = [...new Set(splitList(cell.text))];
      const unknown = ids.filter((asset) => !assetIds.has(asset));
      return unknown.length > 0 ? { ok: false, code: "unknown_asset", message: `No asset has the id ${unknown.map((asset) => quote(asset)).join(", ")}.` } : { ok: true, value: ids };
    });
    const cloud = row.coerce("cloud", (cell) => parseCloud(cell.text));
    const coerced = { status, reviewEveryMonths: review, services: names, assets, cloud };
    for (const [field, result] of Object.entries(coerced)) if (row.cell(field)?.text && result === undefined) refused = true;
    const oldServices = existing?.services ?? [];
    const oldNames = oldServices.map((service) => service.name);
    const oldAssets = [...new Set(oldServices.flatMap((service) => service.assets))];
    const nextNames = names === undefined ? oldNames : (names ?? []);
    const nextAssets = assets === undefined ? oldAssets : (assets ?? []);
    const cloudChanged =
      cloud !== undefined &&
      (cloud === null || cloud === false
        ? oldServices.some((service) => service.cloud !== undefined)
        : cloud === true
          ? oldServices.length === 0 || oldServices.some((service) => service.cloud === undefined)
          : oldServices.length === 0 || oldServices.some((service) => service.cloud?.model !== cloud));
    const touched = names !== undefined || assets !== undefined || cloud !== undefined;
    if (touched && (existing === undefined || !sameList(nextNames, oldNames) || !sameSet(nextAssets, oldAssets) || cloudChanged)) {
      const wanted = nextNames.length === 0 && (nextAssets.length > 0 || cloud === true || typeof cloud === "string") && typeof name === "string" ? [name] : nextNames;
      if (wanted !== nextNames) row.issue("info", "unnamed_service", `The row names no service but gives assets or a cloud model: recorded as one service named ${quote(wanted[0] ?? "")}.`, columnOf("services"));
      const services: SupplierService[] = wanted.map((serviceName) => {
        const old = oldServices.find((service) => service.name === serviceName);
        const serviceCloud = cloudOf(cloud, old?.cloud);
        return { name: serviceName, assets: (assets === undefined ? old?.assets : undefined) ?? nextAssets, ...(serviceCloud === undefined ? {} : { cloud: serviceCloud }) } as SupplierService;
      });
      values.set("services", services);
    }
    // Agreement: present when a ref is given; a column the sheet lacks keeps the stored part.
    const ref = row.text("agreement");
    const signed = row.date("signed");
    const expires = row.date("expires");
    const requirements = row.coerce("securityRequirements", (cell): Coerced<string[]> => ({ ok: true, value: splitEntries(cell.text) }));
    for (const field of ["signed", "expires"]) if (row.cell(field)?.text && (field === "signed" ? signed : expires) === undefined) refused = true;
    if (ref !== undefined || signed !== undefined || expires !== undefined || requirements !== undefined) {
      const old = existing?.agreement;
      const nextRef = ref === undefined ? old?.ref : (ref ?? undefined);
      const nextSigned = signed === undefined ? old?.signed : (signed ?? undefined);
      const nextExpires = expires === undefined ? old?.expires : (expires ?? undefined);
      const nextRequirements = requirements === undefined ? (old?.securityRequirements ?? []) : (requirements ?? []);
      if (nextRef === undefined) {
        if (nextSigned !== undefined || nextExpires !== undefined || nextRequirements.length > 0) {
          row.issue("error", "missing_agreement_ref", `Supplier ${id}: the row gives contract dates or security requirements but no contract reference; an agreement needs its reference.`, columnOf("agreement"));
          refused = true;
        } else values.set("agreement", null);
      } else {
        const agreement: SupplierAgreement = { ref: nextRef, ...(nextSigned === undefined ? {} : { signed: nextSigned }), ...(nextExpires === undefined ? {} : { expires: nextExpires }), securityRequirements: nextRequirements } as SupplierAgreement;
        values.set("agreement", agreement);
      }
    }
    const custom = row.custom();
    if (existing) {
      if (refused) continue;
      const update = updateOf({ ...existing }, values, REQUIRED, row, columnOf);
      const customNext = nextCustom(existing.custom, custom);
      const patch = { ...(update?.patch ?? {}), ...(customNext ? { custom: customNext } : {}) };
      const unset = [...(update?.unset ?? []), ...(customNext === null ? ["custom"] : [])];
      if (Object.keys(patch).length > 0 || unset.length > 0) {
        row.step({ type: "entity.update", collection: "suppliers", id, patch, ...(unset.length > 0 ? { unset } : {}) }, `Supplier ${id}: ${changedFields({ patch, unset })}`);
      }
      continue;
    }
    const value: Record<string, unknown> = { id };
    for (const [field, fieldValue] of values) if (fieldValue !== undefined && fieldValue !== null) value[field] = fieldValue;
    if (value.services === undefined) value.services = [];
    value.assessments = [];
    if (value.status === undefined && status !== undefined) {
      value.status = "active";
      row.issue("info", "default_status", `Supplier ${id} is new and its status is empty: recorded as Active.`, columnOf("status"));
    } else if (value.status === undefined && !columnOf("status")) {
      value.status = "active";
    }
    const customValue = nextCustom(undefined, custom);
    if (isRecord(customValue)) value.custom = customValue;
    const missing = ["name", "owner"].filter((field) => value[field] === undefined);
    if (missing.length > 0) {
      if (!refused) row.issue("error", "missing_required_field", `Supplier ${id} is new and needs ${missing.join(", ")}.`);
      continue;
    }
    if (refused) continue;
    row.step({ type: "entity.add", collection: "suppliers", value }, `Supplier ${id}: added (${quote(String(value.name))})`);
  }
}
