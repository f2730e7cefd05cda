import { err, ok, type Result } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import { applyIsmsCommand, type ChangeLogEntry, type CommandMeta, type IsmsDocument } from "../document/index.js";
import type { ImportIssue, ImportPlan } from "./importTypes.js";

/**
 * Applies an import plan: runs its steps in order through {@link applyIsmsCommand}, all or
 * nothing. A plan with an error issue is refused as it is (its errors are returned); a step
 * the document refuses (a schema rule, a reference, a removal guard) stops the import, and
 * its issues come back naming the step's sheet and row, with nothing changed. On success the
 * next document and one change-log entry per step that changed something.
 *
 * @param document - the document the plan was made for
 * @param plan - from {@link planImport}
 * @param meta - who imports and when
 * @returns `{ ok: true, value: { document, entries } }` or `{ ok: false, error: issues }`
 * @category Spreadsheet
 * @example
 * ```ts
 * const plan = planImport(doc, [{ name: "Assets", rows: [["Asset ID", "Asset", "Asset type", "Owner"], ["A-HW-KIOSK", "Lobby kiosk", "Hardware", "Office Manager"]] }]);
 * const result = applyImportPlan(doc, plan, { by: "CISO", at: "2026-12-01T09:00:00Z" });
 * if (result.ok) result.value.entries.length; // 1: the kiosk was added
 * ```
 */
export function applyImportPlan(document: IsmsDocument, plan: ImportPlan, meta: CommandMeta): Result<{ readonly document: IsmsDocument; readonly entries: readonly ChangeLogEntry[] }, readonly ImportIssue[]> {
  try {
    const errors = plan.issues.filter((found) => found.severity === "error");
    if (errors.length > 0) return err(errors);
    let current = document;
    const entries: ChangeLogEntry[] = [];
    for (const step of plan.steps) {
      const result = applyIsmsCommand(current, step.command, meta);
      if (!result.ok) {
        return err(
          result.error.map((found) => ({
            ...found,
            message: `${step.source.sheet}!${step.source.row}: ${step.summary}: ${found.message}`,
            sheet: step.source.sheet,
            row: step.source.row,
          })),
        );
      }
      current = result.value.document;
      if (result.value.entry) entries.push(result.value.entry);
    }
    return ok({ document: current, entries });
  } catch (error) {
    throw argumentError("applyImportPlan", error);
  }
}
