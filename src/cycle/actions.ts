import * as z from "zod";
import { ActionIdSchema, CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema, PartySchema } from "../core/index.js";

/**
 * The status of a follow-up action (a corrective action under 10.2 or an action decided
 * by a management review under 9.3.3).
 *
 * @category Cycle
 * @example
 * ```ts
 * ActionItemStatusSchema.options; // ["planned", "in_progress", "done", "cancelled"]
 * ```
 */
export const ActionItemStatusSchema = z.enum(["planned", "in_progress", "done", "cancelled"]);

/**
 * A follow-up action's status.
 *
 * @category Cycle
 * @example
 * ```ts
 * const status: ActionItemStatus = "done";
 * ```
 */
export type ActionItemStatus = z.infer<typeof ActionItemStatusSchema>;

function actionShape() {
  return {
    id: ActionIdSchema,
    description: NonBlankStringSchema,
    owner: PartySchema,
    due: IsoDateSchema,
    status: ActionItemStatusSchema,
    /** The date the action was completed; required when the status is `done`. */
    completed: IsoDateSchema.optional(),
    custom: CustomFieldsSchema.optional(),
  };
}

/**
 * A corrective action taken to remove the cause of a nonconformity (10.2 c): what, who,
 * by when, its status and the completion date.
 *
 * @category Cycle
 * @example
 * ```ts
 * CorrectiveActionSchema.parse({
 *   id: "CA-1", description: "Automate leaver deprovisioning", owner: "Head of IT",
 *   due: "2026-06-30", status: "planned",
 * });
 * ```
 */
export const CorrectiveActionSchema = z.strictObject(actionShape());

/**
 * A corrective action.
 *
 * @category Cycle
 * @example
 * ```ts
 * const action: CorrectiveAction = CorrectiveActionSchema.parse({
 *   id: "CA-1", description: "Fix", owner: "IT", due: "2026-06-30", status: "planned",
 * });
 * ```
 */
export type CorrectiveAction = z.infer<typeof CorrectiveActionSchema>;

/**
 * An action decided by a management review (9.3.3): what, who, by when, its status.
 *
 * @category Cycle
 * @example
 * ```ts
 * ReviewActionSchema.parse({
 *   id: "MR-2026-A1", description: "Budget a SIEM", owner: "CFO", due: "2026-09-30", status: "planned",
 * });
 * ```
 */
export const ReviewActionSchema = z.strictObject(actionShape());

/**
 * An action decided by a management review.
 *
 * @category Cycle
 * @example
 * ```ts
 * const action: ReviewAction = ReviewActionSchema.parse({
 *   id: "A-1", description: "Budget a SIEM", owner: "CFO", due: "2026-09-30", status: "planned",
 * });
 * ```
 */
export type ReviewAction = z.infer<typeof ReviewActionSchema>;
