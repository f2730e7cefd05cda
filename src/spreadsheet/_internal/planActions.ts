import type { TreatmentPlan } from "../../treatment/index.js";
import { splitList, type Coerced, quote } from "./coerce.js";
import { buildControlIndex, parseControlId } from "./controlIds.js";
import { changedFields, isRecord, nextCustom, RowReader, updateOf, type FieldValues, type PlanContext } from "./context.js";
import { ACTION_STATUS, matchEnum } from "./labels.js";

const REQUIRED = /* @__PURE__ */ new Set(["id", "title", "owner", "due", "status"]);

/** Plans the rows of treatment-plan actions, keyed by Plan ID and Action ID; each row updates its plan's `actions`. */
export function planActions(context: PlanContext): void {
  const { document, table } = context;
  const plans = new Map<string, TreatmentPlan>(document.treatmentPlans.map((plan) => [plan.id, plan]));
  const working = new Map<string, Record<string, unknown>[]>();
  const controls = buildControlIndex(document.cataloguesInScope, document.catalogues);
  const columnOf = (field: string) => table.columns.find((column) => column.field === field);
  const missing = ["planId", "actionId"].filter((field) => !columnOf(field));
  if (missing.length > 0) {
    context.issues.push({ code: "missing_key_column", severity: "error", message: `Sheet "${table.sheet}" has no ${missing.map((field) => (field === "planId" ? "Plan ID" : "Action ID")).join(" or ")} column, so no row can be matched to an action.`, path: [], sheet: table.sheet });
    return;
  }
  const seen = new Map<string, number>();
  for (const tableRow of table.rows) {
    const row = new RowReader(context, tableRow);
    const planId = row.text("planId");
    const actionId = row.text("actionId");
    if (typeof planId !== "string" || typeof actionId !== "string") {
      row.issue("error", "missing_id", "The row needs both a Plan ID and an Action ID.", columnOf(typeof planId === "string" ? "actionId" : "planId"));
      continue;
    }
    const plan = plans.get(planId);
    if (!plan) {
      row.issue("error", "unknown_plan", `No treatment plan has the id ${quote(planId)}; create the plan first.`, columnOf("planId"));
      continue;
    }
    const planTitle = row.cell("planTitle");
    if (planTitle && planTitle.text !== "" && planTitle.text !== plan.title.trim()) {
      row.issue("info", "plan_title_not_read", `The plan's title ${quote(planTitle.text)} differs from plan ${planId}'s (${quote(plan.title)}); an action sheet does not change a plan's title.`, planTitle.column);
    }
    const key = `${planId}\u0000${actionId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      row.issue("error", "duplicate_row", `Action ${actionId} of plan ${planId} is also on row ${earlier}; each action may appear once.`, columnOf("actionId"));
      continue;
    }
    seen.set(key, row.number);
    const actions: Record<string, unknown>[] = working.get(planId) ?? [...plan.actions];
    const values: FieldValues = new Map();
    values.set("title", row.text("title"));
    values.set("owner", row.text("owner"));
    values.set("note", row.text("note"));
    values.set("due", row.date("due"));
    values.set("completedOn", row.date("completedOn"));
    values.set(
      "status",
      row.coerce("status", (cell): Coerced<string> => {
        const found = matchEnum(ACTION_STATUS, cell.text);
        return found === undefined ? { ok: false, code: "unrecognised_value", message: `${quote(cell.text)} is not an action status (Planned, In progress, Done, Cancelled).` } : { ok: true, value: found };
      }),
    );
    values.set(
      "controls",
      row.coerce("controls", (cell): Coerced<string[]> => {
        const refs: string[] = [];
        for (const part of splitList(cell.text)) {
          const parsed = parseControlId(part, undefined, controls);
          if (!parsed.ok) return parsed;
          for (const ref of parsed.value.refs) if (!refs.includes(ref)) refs.push(ref);
        }
        return { ok: true, value: refs };
      }),
    );
    const custom = row.custom();
    const index = actions.findIndex((action) => action.id === actionId);
    const existing = actions[index];
    if (existing) {
      const update = updateOf(existing, values, REQUIRED, row, columnOf);
      const customNext = nextCustom(existing.custom, custom);
      if (!update && customNext === undefined) continue;
      const next: Record<string, unknown> = { ...existing, ...(update?.patch ?? {}) };
      for (const field of update?.unset ?? []) delete next[field];
      if (customNext === null) delete next.custom;
      else if (customNext) next.custom = customNext;
      const replaced = [...actions];
      replaced[index] = next;
      working.set(planId, replaced);
      row.step(
        { type: "entity.update", collection: "treatmentPlans", id: planId, patch: { actions: replaced } },
        `Plan ${planId}, action ${actionId}: ${changedFields({ patch: { ...(update?.patch ?? {}), ...(customNext === undefined ? {} : { custom: customNext }) }, unset: update?.unset ?? [] })}`,
      );
      continue;
    }
    const value: Record<string, unknown> = { id: actionId };
    for (const [field, fieldValue] of values) if (fieldValue !== undefined && fieldValue !== null) value[field] = fieldValue;
    if (value.status === undefined && values.get("status") !== undefined) {
      value.status = "planned";
      row.issue("info", "default_status", `Action ${actionId} is new and its status is empty: recorded as Planned.`, columnOf("status"));
    } else if (value.status === undefined && !columnOf("status")) {
      value.status = "planned";
      row.issue("info", "default_status", `Action ${actionId} is new and the sheet has no Status column: recorded as Planned.`);
    }
    const customValue = nextCustom(undefined, custom);
    if (isRecord(customValue)) value.custom = customValue;
    const absent = ["title", "owner", "due"].filter((field) => value[field] === undefined);
    if (absent.length > 0) {
      row.issue("error", "missing_required_field", `Action ${actionId} of plan ${planId} is new and needs ${absent.join(", ")}.`);
      continue;
    }
    const added = [...actions, value];
    working.set(planId, added);
    row.step({ type: "entity.update", collection: "treatmentPlans", id: planId, patch: { actions: added } }, `Plan ${planId}: action ${actionId} added (${quote(String(value.title))})`);
  }
}
