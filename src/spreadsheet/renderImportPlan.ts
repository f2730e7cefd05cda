import { argumentError } from "../core/_internal/index.js";
import type { ImportPlan } from "./importTypes.js";

/**
 * The dry run for people: what was read (sheet, kind, header row, where each column goes),
 * one line per step as `sheet!row  summary`, then the issues with sheet, row, column, code
 * and message, and a last line that says whether the plan can be applied.
 *
 * @param plan - from {@link planImport}
 * @returns plain text, lines ending in `\n`
 * @category Spreadsheet
 * @example
 * ```ts
 * const plan = planImport(doc, [{ name: "SoA", rows: [["Control", "Owner"], ["A.5.1", "Head of Security"]] }]);
 * console.log(renderImportPlan(plan)); // … "SoA!2  SoA A.5.1: owner" …
 * ```
 */
export function renderImportPlan(plan: ImportPlan): string {
  try {
    const lines: string[] = [];
    lines.push(`Sheet "${plan.sheet}" read as ${plan.kind}${plan.headerRow > 0 ? `, headers in row ${plan.headerRow}` : ""}.`);
    for (const column of plan.columns) {
      const target = column.field !== undefined ? column.field : column.custom !== undefined ? `custom "${column.custom}"` : "ignored";
      lines.push(`  ${column.column} ${column.header === "" ? "(no header)" : `"${column.header}"`} → ${target}${column.ignored === true && column.field !== undefined ? " (ignored)" : ""}`);
    }
    lines.push("", plan.steps.length === 0 ? "No changes." : `${plan.steps.length} change(s):`);
    for (const step of plan.steps) lines.push(`  ${step.source.sheet}!${step.source.row}  ${step.summary}`);
    if (plan.issues.length > 0) {
      lines.push("", `${plan.issues.length} issue(s):`);
      for (const found of plan.issues) {
        const place = `${found.sheet}${found.row === undefined ? "" : `!${found.column ?? ""}${found.row}`}${found.header === undefined ? "" : ` (${found.header})`}`;
        lines.push(`  ${found.severity} ${found.code} at ${place}: ${found.message}`);
      }
    }
    lines.push("", plan.ok ? "The plan can be applied." : "The plan has errors and cannot be applied.");
    return `${lines.join("\n")}\n`;
  } catch (error) {
    throw argumentError("renderImportPlan", error);
  }
}
