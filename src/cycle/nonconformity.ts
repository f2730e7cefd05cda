import * as z from "zod";
import { ClauseIdSchema, ControlRefSchema } from "../catalogue/index.js";
import {
  AuditIdSchema,
  CustomFieldsSchema,
  FindingIdSchema,
  IsoDateSchema,
  NonBlankStringSchema,
  NonconformityIdSchema,
  PartySchema,
  ReviewIdSchema,
} from "../core/index.js";
import { CorrectiveActionSchema } from "./actions.js";

/**
 * Where a nonconformity came from: an internal audit (and its finding), a management
 * review, an incident, or anything else, with an optional reference.
 *
 * @category Cycle
 * @example
 * ```ts
 * NonconformitySourceSchema.parse({ kind: "audit", audit: "AUD-2026-1", finding: "F-1" });
 * NonconformitySourceSchema.parse({ kind: "incident", reference: "INC-42" });
 * ```
 */
export const NonconformitySourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("audit"), audit: AuditIdSchema, finding: FindingIdSchema.optional() }),
  z.strictObject({ kind: z.literal("review"), review: ReviewIdSchema }),
  z.strictObject({ kind: z.literal("incident"), reference: z.string().min(1).optional() }),
  z.strictObject({ kind: z.literal("other"), reference: z.string().min(1).optional() }),
]);

/**
 * A nonconformity's source.
 *
 * @category Cycle
 * @example
 * ```ts
 * const source: NonconformitySource = { kind: "other", reference: "customer complaint" };
 * ```
 */
export type NonconformitySource = z.infer<typeof NonconformitySourceSchema>;

/**
 * The lifecycle of a nonconformity (10.2), in order: open, correction done, root cause
 * found, action planned, action done, effective, closed. {@link advanceNonconformity}
 * moves it one step at a time.
 *
 * @category Cycle
 * @example
 * ```ts
 * NonconformityStatusSchema.options.at(-1); // "closed"
 * ```
 */
export const NonconformityStatusSchema = z.enum([
  "open",
  "correction_done",
  "root_cause_found",
  "action_planned",
  "action_done",
  "effective",
  "closed",
]);

/**
 * A nonconformity status.
 *
 * @category Cycle
 * @example
 * ```ts
 * const status: NonconformityStatus = "action_planned";
 * ```
 */
export type NonconformityStatus = z.infer<typeof NonconformityStatusSchema>;

/**
 * The severity of a nonconformity: `major` (a requirement not fulfilled at all, or doubt
 * that the ISMS achieves its results) or `minor`.
 *
 * @category Cycle
 * @example
 * ```ts
 * NonconformitySeveritySchema.parse("major");
 * ```
 */
export const NonconformitySeveritySchema = z.enum(["major", "minor"]);

/**
 * A nonconformity severity.
 *
 * @category Cycle
 * @example
 * ```ts
 * const severity: NonconformitySeverity = "minor";
 * ```
 */
export type NonconformitySeverity = z.infer<typeof NonconformitySeveritySchema>;

/**
 * The review of whether the corrective actions worked (10.2 d): when, by whom, the verdict
 * and a note.
 *
 * @category Cycle
 * @example
 * ```ts
 * EffectivenessReviewSchema.parse({ date: "2026-09-01", by: "Internal Audit", effective: true });
 * ```
 */
export const EffectivenessReviewSchema = z.strictObject({
  date: IsoDateSchema,
  by: PartySchema,
  effective: z.boolean(),
  note: z.string().optional(),
});

/**
 * An effectiveness review.
 *
 * @category Cycle
 * @example
 * ```ts
 * const review: EffectivenessReview = { date: "2026-09-01", by: "Internal Audit", effective: true };
 * ```
 */
export type EffectivenessReview = z.infer<typeof EffectivenessReviewSchema>;

/**
 * A nonconformity and its corrective action (10.2): source, description, severity, the
 * immediate correction, the root cause, the corrective actions, the effectiveness review
 * and the closure, with a status that follows the lifecycle.
 *
 * @category Cycle
 * @example
 * ```ts
 * NonconformitySchema.parse({
 *   id: "NC-1", source: { kind: "audit", audit: "AUD-2026-1", finding: "F-1" }, severity: "minor",
 *   description: "Leavers keep VPN access", raised: "2026-05-12", owner: "Head of IT",
 *   status: "open", correctiveActions: [],
 * });
 * ```
 */
export const NonconformitySchema = z.strictObject({
  id: NonconformityIdSchema,
  source: NonconformitySourceSchema,
  severity: NonconformitySeveritySchema,
  description: NonBlankStringSchema,
  raised: IsoDateSchema,
  owner: PartySchema,
  clauses: z.array(ClauseIdSchema).optional(),
  controls: z.array(ControlRefSchema).optional(),
  status: NonconformityStatusSchema,
  correction: z.strictObject({ description: NonBlankStringSchema, date: IsoDateSchema }).optional(),
  rootCause: z.strictObject({ description: NonBlankStringSchema, date: IsoDateSchema, method: z.string().min(1).optional() }).optional(),
  correctiveActions: z.array(CorrectiveActionSchema),
  effectivenessReview: EffectivenessReviewSchema.optional(),
  closure: z.strictObject({ date: IsoDateSchema, by: PartySchema }).optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * A nonconformity.
 *
 * @category Cycle
 * @example
 * ```ts
 * const nc: Nonconformity = NonconformitySchema.parse(JSON.parse(text));
 * validateNonconformities([...doc.nonconformities, nc]);
 * ```
 */
export type Nonconformity = z.infer<typeof NonconformitySchema>;
