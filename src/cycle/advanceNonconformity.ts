import { castDraft } from "immer";
import { produce, argumentError } from "../core/_internal/index.js";
import * as z from "zod";
import { ActionIdSchema, err, issue, IsoDateSchema, NonBlankStringSchema, ok, PartySchema, type IsmsIssue, type Result } from "../core/index.js";
import { CorrectiveActionSchema } from "./actions.js";
import type { Nonconformity, NonconformityStatus } from "./nonconformity.js";
import { latestCompletion } from "./_internal/actionDates.js";

/**
 * The events that move a nonconformity through its lifecycle (10.2):
 * `record_correction` (open → correction done), `record_root_cause` (→ root cause found),
 * `plan_action` (root cause found or action planned → action planned), `update_action`
 * (→ action done once every action not cancelled is done), `review_effectiveness`
 * (action done → effective, or back to root cause found when not effective) and `close`
 * (effective → closed).
 *
 * @category Cycle
 * @example
 * ```ts
 * NonconformityEventSchema.parse({ kind: "close", date: "2026-10-01", by: "CISO" });
 * ```
 */
export const NonconformityEventSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("record_correction"), description: NonBlankStringSchema, date: IsoDateSchema }),
  z.strictObject({
    kind: z.literal("record_root_cause"),
    description: NonBlankStringSchema,
    date: IsoDateSchema,
    method: z.string().min(1).optional(),
  }),
  z.strictObject({ kind: z.literal("plan_action"), action: CorrectiveActionSchema }),
  z.strictObject({
    kind: z.literal("update_action"),
    action: ActionIdSchema,
    status: z.enum(["in_progress", "done", "cancelled"]),
    date: IsoDateSchema,
  }),
  z.strictObject({
    kind: z.literal("review_effectiveness"),
    date: IsoDateSchema,
    by: PartySchema,
    effective: z.boolean(),
    note: z.string().optional(),
  }),
  z.strictObject({ kind: z.literal("close"), date: IsoDateSchema, by: PartySchema }),
]);

/**
 * A nonconformity event.
 *
 * @category Cycle
 * @example
 * ```ts
 * const event: NonconformityEvent = { kind: "close", date: "2026-11-27", by: "CISO" };
 * doc.nonconformities.map((nc) => advanceNonconformity(nc, event).ok); // [false, false]: one is closed, one not ready
 * ```
 */
export type NonconformityEvent = z.infer<typeof NonconformityEventSchema>;

const ALLOWED_FROM: { readonly [K in NonconformityEvent["kind"]]: readonly NonconformityStatus[] } = {
  record_correction: ["open"],
  record_root_cause: ["correction_done"],
  plan_action: ["root_cause_found", "action_planned"],
  update_action: ["action_planned"],
  review_effectiveness: ["action_done"],
  close: ["effective"],
};

function refuse(code: string, message: string, path: (string | number)[] = ["status"]): Result<Nonconformity, IsmsIssue[]> {
  return err([issue(code, message, path)]);
}

function eventDate(event: NonconformityEvent): string {
  return event.kind === "plan_action" ? event.action.due : event.date;
}

/**
 * Moves a nonconformity one step along its lifecycle (10.2), checking that the step is
 * allowed from its status. Closing is refused until an effectiveness review found the
 * corrective actions effective (`effectiveness_not_reviewed`); the review may not be dated
 * before the last completion date of the actions not cancelled
 * (`review_before_action_completed`), nor the closure before the review (`closed_before_review`).
 *
 * @param nc - the nonconformity (not changed)
 * @param event - what happened
 * @returns the next nonconformity (the same reference when an action update changes nothing), or the issues that refuse the event: `illegal_nonconformity_transition`, `effectiveness_not_reviewed`, `date_before_raised`, `review_before_action_completed`, `closed_before_review`, `duplicate_action_id`, `invalid_action_status`, `unknown_action`
 * @category Cycle
 * @example
 * ```ts
 * const nc = doc.nonconformities.find((candidate) => candidate.id === "NC-2026-02"); // action_planned
 * const next = nc && advanceNonconformity(nc, { kind: "close", date: "2026-11-27", by: "CISO" });
 * if (next && !next.ok) next.error.map((found) => found.code); // ["effectiveness_not_reviewed"]
 * ```
 */
export function advanceNonconformity(nc: Nonconformity, event: NonconformityEvent): Result<Nonconformity, IsmsIssue[]> {
  try {
    if (!ALLOWED_FROM[event.kind].includes(nc.status)) {
      if (event.kind === "close" && nc.effectivenessReview?.effective !== true) {
        return refuse("effectiveness_not_reviewed", `Nonconformity ${nc.id} cannot be closed before a review found its corrective actions effective.`);
      }
      return refuse("illegal_nonconformity_transition", `Event "${event.kind}" is not allowed while nonconformity ${nc.id} is ${nc.status}.`);
    }
    if (event.kind !== "plan_action" && eventDate(event) < nc.raised) {
      return refuse("date_before_raised", `The date ${eventDate(event)} is before nonconformity ${nc.id} was raised (${nc.raised}).`, ["raised"]);
    }
    switch (event.kind) {
      case "record_correction":
        return ok(
          produce(nc, (draft) => {
            draft.correction = { description: event.description, date: event.date };
            draft.status = "correction_done";
          }),
        );
      case "record_root_cause":
        return ok(
          produce(nc, (draft) => {
            draft.rootCause = { description: event.description, date: event.date, ...(event.method === undefined ? {} : { method: event.method }) };
            draft.status = "root_cause_found";
          }),
        );
      case "plan_action": {
        if (nc.correctiveActions.some((action) => action.id === event.action.id)) {
          return refuse("duplicate_action_id", `Nonconformity ${nc.id} already has an action ${event.action.id}.`, ["correctiveActions"]);
        }
        if (event.action.status !== "planned" && event.action.status !== "in_progress") {
          return refuse("invalid_action_status", `A new corrective action must be planned or in progress, not ${event.action.status}.`, ["correctiveActions"]);
        }
        return ok(
          produce(nc, (draft) => {
            draft.correctiveActions.push(castDraft({ ...event.action }));
            draft.status = "action_planned";
          }),
        );
      }
      case "update_action": {
        const index = nc.correctiveActions.findIndex((action) => action.id === event.action);
        const current = nc.correctiveActions[index];
        if (current === undefined) {
          return refuse("unknown_action", `Nonconformity ${nc.id} has no corrective action ${event.action}.`, ["correctiveActions"]);
        }
        if (current.status === event.status) return ok(nc);
        return ok(
          produce(nc, (draft) => {
            const action = draft.correctiveActions[index];
            if (action === undefined) return;
            action.status = event.status;
            if (event.status === "done") action.completed = event.date;
            else delete action.completed;
            const live = draft.correctiveActions.filter((item) => item.status !== "cancelled");
            if (live.length > 0 && live.every((item) => item.status === "done")) draft.status = "action_done";
          }),
        );
      }
      case "review_effectiveness": {
        const completed = latestCompletion(nc);
        if (completed !== undefined && event.date < completed) {
          return refuse(
            "review_before_action_completed",
            `The effectiveness review on ${event.date} is before the last corrective action of nonconformity ${nc.id} was completed (${completed}).`,
            ["effectivenessReview", "date"],
          );
        }
        return ok(
          produce(nc, (draft) => {
            draft.effectivenessReview = {
              date: event.date,
              by: event.by,
              effective: event.effective,
              ...(event.note === undefined ? {} : { note: event.note }),
            };
            draft.status = event.effective ? "effective" : "root_cause_found";
          }),
        );
      }
      case "close": {
        const reviewed = nc.effectivenessReview?.date;
        if (reviewed !== undefined && event.date < reviewed) {
          return refuse(
            "closed_before_review",
            `Nonconformity ${nc.id} cannot be closed on ${event.date}, before its effectiveness review (${reviewed}).`,
            ["closure", "date"],
          );
        }
        return ok(
          produce(nc, (draft) => {
            draft.closure = { date: event.date, by: event.by };
            draft.status = "closed";
          }),
        );
      }
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  } catch (error) {
    throw argumentError("advanceNonconformity", error);
  }
}
