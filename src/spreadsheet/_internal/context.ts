import type { IsmsCommand, IsmsDocument } from "../../document/index.js";
import type { ImportIssue, ImportMapping, ImportStep } from "../importTypes.js";
import type { Table, TableColumn, TableRow } from "./table.js";
import { parseDate, type Coerced } from "./coerce.js";
import { deepEqual } from "../../core/_internal/index.js";

/** What every planner works with, and where it puts its steps and issues. */
export interface PlanContext {
  readonly document: IsmsDocument;
  readonly table: Table;
  readonly mapping: ImportMapping | undefined;
  readonly asOf: string | undefined;
  readonly steps: ImportStep[];
  readonly issues: ImportIssue[];
}

/** A cell of a row under a field's column: its text (after the mapping's `values`) and place. */
export interface FieldCell {
  readonly text: string;
  readonly raw: string;
  readonly column: TableColumn;
  readonly kind: TableRow["kinds"][number];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Row-level helpers for one row of the table. */
export class RowReader {
  constructor(
    private readonly context: PlanContext,
    readonly row: TableRow,
  ) {}

  get number(): number {
    return this.row.index + 1;
  }

  /** The cell under a field's column; `undefined` when the sheet has no such column. */
  cell(field: string): FieldCell | undefined {
    const column = this.context.table.columns.find((candidate) => candidate.field === field);
    if (!column) return undefined;
    const raw = this.row.cells[column.index] ?? "";
    const values = this.context.mapping?.values;
    const aspect = field.includes(".") ? field.slice(field.indexOf(".") + 1) : undefined;
    const table = values?.[field] ?? (aspect === undefined ? undefined : values?.[aspect]);
    const mapped = raw !== "" && table && Object.hasOwn(table, raw) ? table[raw] : undefined;
    return { text: mapped === undefined ? raw : String(mapped), raw, column, kind: this.row.kinds[column.index] };
  }

  issue(severity: ImportIssue["severity"], code: string, message: string, column?: TableColumn): void {
    this.context.issues.push({
      code,
      severity,
      message,
      path: [],
      sheet: this.context.table.sheet,
      row: this.number,
      ...(column ? { column: column.column, header: column.header } : {}),
    });
  }

  /** Reports a coercion that failed, at the cell. */
  refuse(cell: FieldCell, failed: { readonly code: string; readonly message: string }): void {
    this.issue("error", failed.code, `${cell.column.header}: ${failed.message}`, cell.column);
  }

  /** A date cell, `null` for an empty cell, `undefined` when the column is absent or it failed. */
  date(field: string): string | null | undefined {
    const cell = this.cell(field);
    if (!cell) return undefined;
    if (cell.text === "") return null;
    const parsed = parseDate(cell.text, cell.kind, this.context.mapping?.dateOrder);
    if (!parsed.ok) {
      this.refuse(cell, parsed);
      return undefined;
    }
    return parsed.value;
  }

  /** A coerced cell: `null` when empty, `undefined` when absent or refused. */
  coerce<T>(field: string, coerce: (cell: FieldCell) => Coerced<T>): T | null | undefined {
    const cell = this.cell(field);
    if (!cell) return undefined;
    if (cell.text === "") return null;
    const result = coerce(cell);
    if (!result.ok) {
      this.refuse(cell, result);
      return undefined;
    }
    return result.value;
  }

  /** A text cell, trimmed: `null` when empty, `undefined` when the column is absent. */
  text(field: string): string | null | undefined {
    const cell = this.cell(field);
    if (!cell) return undefined;
    return cell.text === "" ? null : cell.text;
  }

  /** The row's non-empty cells, for a step's source. */
  cells(): ImportStep["source"]["cells"] {
    return this.context.table.columns.flatMap((column) => {
      const value = this.row.cells[column.index] ?? "";
      return value === "" ? [] : [{ column: column.column, header: column.header, value }];
    });
  }

  /** Adds a step traced to this row. */
  step(command: IsmsCommand, summary: string): void {
    this.context.steps.push({ command, summary, source: { sheet: this.context.table.sheet, row: this.number, cells: this.cells() } });
  }

  /** The row's custom cells: key → text ("" for an empty cell in a custom column). */
  custom(extraFields: readonly string[] = []): Map<string, string> {
    const found = new Map<string, string>();
    for (const column of this.context.table.columns) {
      const key = column.custom ?? (column.field !== undefined && extraFields.includes(column.field) ? column.header : undefined);
      if (key === undefined) continue;
      found.set(key, this.row.cells[column.index] ?? "");
    }
    return found;
  }
}

/**
 * The entity's `custom` after the row's custom cells: a non-empty cell sets its key (unchanged
 * when the stored value is that text, or a non-string whose JSON text it is), an empty cell
 * removes its key. `undefined` when nothing changes; `null` when `custom` ends up empty.
 */
export function nextCustom(existing: unknown, cells: ReadonlyMap<string, string>): Record<string, unknown> | null | undefined {
  const current: Record<string, unknown> = isRecord(existing) ? existing : {};
  const next: Record<string, unknown> = { ...current };
  let changed = false;
  for (const [key, text] of cells) {
    const has = Object.hasOwn(current, key);
    const value = current[key];
    // Cells are read trimmed: a stored string equal to the cell once trimmed (also "") is unchanged.
    if (has && typeof value === "string" && value.trim() === text) continue;
    if (text === "") {
      if (has) {
        delete next[key];
        changed = true;
      }
      continue;
    }
    if (has && (value === text || (typeof value !== "string" && JSON.stringify(value) === text))) continue;
    next[key] = text;
    changed = true;
  }
  if (!changed) return undefined;
  return Object.keys(next).length === 0 ? null : next;
}

/** A field's value from a row: a value to set, `null` to unset, `undefined` to leave alone. */
export type FieldValues = Map<string, unknown>;

/**
 * The `entity.update` of an existing entity: the fields whose value differs (set) or that
 * the sheet empties (unset), `undefined` when nothing differs. Required fields are never unset:
 * an empty cell for one is reported and left alone.
 */
export function updateOf(existing: Record<string, unknown>, values: FieldValues, required: ReadonlySet<string>, row: RowReader, columnOf: (field: string) => TableColumn | undefined): { patch: Record<string, unknown>; unset: string[] } | undefined {
  const patch: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const [field, value] of values) {
    if (value === undefined) continue;
    if (value === null) {
      // An empty list or object stored is "no value" too: nothing to unset.
      const stored = existing[field];
      if (stored === undefined || (typeof stored === "string" && stored.trim() === "") || (Array.isArray(stored) && stored.length === 0) || (isRecord(stored) && Object.keys(stored).length === 0)) continue;
      if (required.has(field)) {
        row.issue("warning", "empty_required_field", `The cell for "${field}" is empty; a required field is kept as it is (${JSON.stringify(existing[field])}).`, columnOf(field));
        continue;
      }
      unset.push(field);
      continue;
    }
    const stored = existing[field];
    // Cells are read trimmed: a stored text equal to the cell once trimmed is unchanged.
    if (typeof stored === "string" && typeof value === "string" && stored.trim() === value) continue;
    if (!deepEqual(stored, value)) patch[field] = value;
  }
  return Object.keys(patch).length === 0 && unset.length === 0 ? undefined : { patch, unset };
}

/** The changed fields of an update, for a step's summary. */
export function changedFields(update: { patch: Record<string, unknown>; unset: string[] }): string {
  return [...Object.keys(update.patch), ...update.unset.map((field) => `${field} cleared`)].join(", ");
}
