import type { ApplicabilityDecision } from "../../soa/index.js";
import { matchEnum, IMPLEMENTATION_STATUS, REASON_KINDS } from "./labels.js";
import { parseYesNo, type Coerced, quote } from "./coerce.js";
import { buildControlIndex, displayRef, parseControlId, titleMatches } from "./controlIds.js";
import { changedFields, isRecord, nextCustom, RowReader, updateOf, type FieldValues, type PlanContext } from "./context.js";

const REQUIRED = /* @__PURE__ */ new Set(["control", "applicable"]);

/**
 * "Legal: GDPR art. 32; Business" → reasons. A part that names no kind continues the note
 * before it (a note may hold ";"); a first part that names no kind is refused.
 */
export function parseReasons(text: string): Coerced<{ kind: string; note?: string }[]> {
  const reasons: { kind: string; note?: string }[] = [];
  for (const part of text.split(";")) {
    const colon = part.indexOf(":");
    const label = colon === -1 ? part : part.slice(0, colon);
    const note = colon === -1 ? "" : part.slice(colon + 1).trim();
    const kind = matchEnum(REASON_KINDS, label);
    const previous = reasons[reasons.length - 1];
    if (kind === undefined && previous?.note !== undefined) {
      previous.note = `${previous.note};${part}`;
      continue;
    }
    if (part.trim() === "") continue;
    if (kind === undefined) return { ok: false, code: "unrecognised_reason", message: `${quote(label.trim())} is not a kind of reason (Risk treatment, Legal, Statutory, Regulatory, Contractual, Business, Best practice).` };
    reasons.push(note === "" ? { kind } : { kind, note });
  }
  return { ok: true, value: reasons };
}

/** Plans the rows of a Statement of Applicability: one decision per control, keyed by control. */
export function planSoa(context: PlanContext): void {
  const { document, table } = context;
  const controls = buildControlIndex(document.cataloguesInScope, document.catalogues);
  const decisions = new Map<string, ApplicabilityDecision>(document.soaDecisions.map((decision) => [decision.control, decision]));
  const seen = new Map<string, { row: number; direct: boolean }>();
  const columnOf = (field: string) => table.columns.find((column) => column.field === field);
  // The mapping's reasons for the applicable controls the sheet adds, when it has no reasons column.
  const given = context.mapping?.defaultReasons;
  let defaultReasons: { kind: string; note?: string }[] | undefined;
  if (given !== undefined && columnOf("reasons") === undefined) {
    const parsed = parseReasons(given);
    if (parsed.ok) {
      defaultReasons = parsed.value;
      context.issues.push({ code: "default_reasons", severity: "info", message: `The sheet has no reasons column: each applicable control it adds gets the mapping's default reasons (${given}).`, path: [], sheet: table.sheet });
    } else {
      context.issues.push({ code: "invalid_default_reasons", severity: "error", message: `The mapping's defaultReasons: ${parsed.message}`, path: [], sheet: table.sheet });
    }
  } else if (given !== undefined) {
    context.issues.push({ code: "default_reasons_unused", severity: "info", message: "The sheet has a reasons column, so the mapping's defaultReasons are not used.", path: [], sheet: table.sheet });
  }
  if (!columnOf("control")) {
    context.issues.push({ code: "missing_key_column", severity: "error", message: `Sheet "${table.sheet}" has no Control column, so no row can be matched to a control.`, path: [], sheet: table.sheet });
    return;
  }
  for (const tableRow of table.rows) {
    const row = new RowReader(context, tableRow);
    const controlCell = row.cell("control");
    if (!controlCell) continue;
    if (controlCell.text === "") {
      row.issue("error", "missing_control", "The row has no control reference.", controlCell.column);
      continue;
    }
    const parsed = parseControlId(controlCell.text, controlCell.kind, controls);
    if (!parsed.ok) {
      row.refuse(controlCell, parsed);
      continue;
    }
    const title = row.text("title");
    const { refs, from2013, alternative } = parsed.value;
    if (alternative !== undefined) {
      const first = controls.byRef.get(refs[0] ?? "");
      const other = controls.byRef.get(alternative);
      if (typeof title === "string" && titleMatches(other, title)) {
        row.issue("error", "control_title_mismatch", `${quote(controlCell.raw)} was stored as a number and reads as ${displayRef(refs[0] ?? "")}, but the title is that of ${displayRef(alternative)}; write the id as text.`, controlCell.column);
        continue;
      }
      if (typeof title !== "string") row.issue("warning", "numeric_control_id", `${quote(controlCell.raw)} was stored as a number: read as ${displayRef(refs[0] ?? "")} (${first?.title ?? ""}), though ${displayRef(alternative)} would look the same; add a Title column or write the id as text.`, controlCell.column);
    }
    if (from2013 === undefined && typeof title === "string" && refs.length === 1 && !titleMatches(controls.byRef.get(refs[0] ?? ""), title)) {
      const control = controls.byRef.get(refs[0] ?? "");
      row.issue(alternative === undefined ? "warning" : "error", "control_title_mismatch", `The title ${quote(title)} is not that of ${displayRef(refs[0] ?? "")} ("${control?.title ?? ""}").`, columnOf("title"));
      if (alternative !== undefined) continue;
    }
    if (from2013 !== undefined && refs.length > 1) {
      row.issue("info", "one_to_many_2013", `2013 control A.${from2013} corresponds to ${refs.length} controls of 2022 (${refs.map(displayRef).join(", ")}); the row's values are applied to each.`, controlCell.column);
    }
    const values: FieldValues = new Map();
    const applicable = row.coerce("applicable", (cell) => parseYesNo(cell.text));
    const reasons = row.coerce("reasons", (cell) => parseReasons(cell.text));
    const status = row.coerce("status", (cell) => {
      const key = matchEnum(IMPLEMENTATION_STATUS, cell.text);
      return key === undefined ? { ok: false, code: "unrecognised_status", message: `${quote(cell.text)} is not an implementation status (Not started, Planned, Partially implemented, Implemented, Not implemented).` } : { ok: true, value: key };
    });
    values.set("applicable", applicable === null ? undefined : applicable);
    values.set("reasons", reasons);
    values.set("justification", row.text("justification"));
    values.set("status", status);
    values.set("owner", row.text("owner"));
    values.set("provider", row.text("provider"));
    values.set("lastReviewed", row.date("lastReviewed"));
    values.set("notes", row.text("notes"));
    const custom = row.custom();
    for (const ref of refs) {
      const earlier = seen.get(ref);
      if (earlier) {
        if (from2013 === undefined && earlier.direct) row.issue("error", "duplicate_row", `${displayRef(ref)} is also on row ${earlier.row}; each control may appear once.`, controlCell.column);
        else row.issue("warning", "merged_2013_row", `${displayRef(ref)} was already set from row ${earlier.row}; this row's values for it were not applied.`, controlCell.column);
        continue;
      }
      seen.set(ref, { row: row.number, direct: from2013 === undefined });
      const existing = decisions.get(ref);
      if (existing) {
        if (applicable === null) row.issue("warning", "applicability_blank", `Applicable is blank for ${displayRef(ref)}; the decision stays ${existing.applicable ? "included" : "excluded"}.`, columnOf("applicable"));
        const record: Record<string, unknown> = { ...existing };
        const update = updateOf(record, values, REQUIRED, row, columnOf);
        const customNext = nextCustom(existing.custom, custom);
        const patch = { ...(update?.patch ?? {}), ...(customNext ? { custom: customNext } : {}) };
        const unset = [...(update?.unset ?? []), ...(customNext === null ? ["custom"] : [])];
        if (Object.keys(patch).length === 0 && unset.length === 0) continue;
        row.step(
          { type: "entity.update", collection: "soaDecisions", id: ref, patch, ...(unset.length > 0 ? { unset } : {}) },
          `SoA ${displayRef(ref)}: ${changedFields({ patch, unset })}`,
        );
        continue;
      }
      if (applicable === undefined || applicable === null) {
        const others = [...values.entries()].some(([field, value]) => field !== "applicable" && value !== undefined && value !== null) || [...custom.values()].some((text) => text !== "");
        if (applicable === null && others) row.issue("warning", "undecided_control", `Applicable is blank for ${displayRef(ref)}, which has no decision yet: no decision is recorded and the row's other values are not applied.`, columnOf("applicable"));
        if (applicable === undefined && !columnOf("applicable")) row.issue("error", "missing_applicability", `${displayRef(ref)} has no decision yet and the sheet has no Applicable column.`, controlCell.column);
        continue;
      }
      const value: Record<string, unknown> = { control: ref };
      for (const [field, fieldValue] of values) if (fieldValue !== undefined && fieldValue !== null) value[field] = fieldValue;
      if (applicable && defaultReasons !== undefined && value.reasons === undefined) value.reasons = defaultReasons.map((reason) => ({ ...reason }));
      const customValue = nextCustom(undefined, custom);
      if (isRecord(customValue)) value.custom = customValue;
      row.step({ type: "entity.add", collection: "soaDecisions", value }, `SoA ${displayRef(ref)}: decision added (${applicable ? "applicable" : "not applicable"})`);
    }
  }
}
