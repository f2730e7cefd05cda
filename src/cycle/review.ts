import * as z from "zod";
import { rejectReservedKeys } from "../core/_internal/index.js";
import { CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema, PartySchema, ReviewIdSchema } from "../core/index.js";
import { ReviewActionSchema } from "./actions.js";

/**
 * The inputs a management review considers (9.3.2), one key each: status of actions from
 * previous reviews (a); changes in external and internal issues (b); changes in interested
 * parties' needs (c); feedback on performance — nonconformities and corrective actions,
 * monitoring and measurement results, audit results, fulfilment of objectives (d 1–4);
 * interested parties' feedback (e); risk assessment results and treatment plan status (f);
 * opportunities for continual improvement (g).
 *
 * @category Cycle
 * @example
 * ```ts
 * ReviewInputSchema.options.length; // 10
 * ```
 */
export const ReviewInputSchema = z.enum([
  "previous_actions_status",
  "external_internal_issues_changes",
  "interested_parties_needs_changes",
  "nonconformities_and_corrective_actions",
  "monitoring_and_measurement_results",
  "audit_results",
  "objectives_fulfilment",
  "interested_parties_feedback",
  "risk_assessment_and_treatment_status",
  "improvement_opportunities",
]);

/**
 * A management review input.
 *
 * @category Cycle
 * @example
 * ```ts
 * const input: ReviewInput = "audit_results";
 * ```
 */
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

/**
 * One item of the inputs checklist: whether the input was presented, and a reference to
 * the document or agenda item that holds it.
 *
 * @category Cycle
 * @example
 * ```ts
 * ReviewInputEntrySchema.parse({ present: true, reference: "Audit report AUD-2026-1" });
 * ```
 */
export const ReviewInputEntrySchema = z.strictObject({
  present: z.boolean(),
  reference: z.string().min(1).optional(),
  note: z.string().optional(),
});

/**
 * An inputs checklist item.
 *
 * @category Cycle
 * @example
 * ```ts
 * const entry: ReviewInputEntry = { present: false, note: "postponed" };
 * ```
 */
export type ReviewInputEntry = z.infer<typeof ReviewInputEntrySchema>;

/**
 * The status of a management review: planned or held.
 *
 * @category Cycle
 * @example
 * ```ts
 * ReviewStatusSchema.options; // ["planned", "held"]
 * ```
 */
export const ReviewStatusSchema = z.enum(["planned", "held"]);

/**
 * A management review status.
 *
 * @category Cycle
 * @example
 * ```ts
 * const status: ReviewStatus = "held";
 * ```
 */
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/**
 * A management review (9.3): date, status, attendees, the 9.3.2 inputs as a checklist,
 * and its results (9.3.3): decisions and actions.
 *
 * @category Cycle
 * @example
 * ```ts
 * ManagementReviewSchema.parse({
 *   id: "MR-2026", date: "2026-10-15", status: "held", attendees: ["CEO", "CISO"],
 *   inputs: { audit_results: { present: true, reference: "AUD-2026-1" } },
 *   decisions: ["Fund a SIEM in 2027"], actions: [],
 * });
 * ```
 */
export const ManagementReviewSchema = z.strictObject({
  id: ReviewIdSchema,
  date: IsoDateSchema,
  status: ReviewStatusSchema,
  attendees: z.array(PartySchema),
  inputs: rejectReservedKeys(z.partialRecord(ReviewInputSchema, ReviewInputEntrySchema)),
  decisions: z.array(NonBlankStringSchema),
  actions: z.array(ReviewActionSchema),
  minutesReference: z.string().min(1).optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * A management review.
 *
 * @category Cycle
 * @example
 * ```ts
 * const review: ManagementReview = ManagementReviewSchema.parse(JSON.parse(text));
 * missingReviewInputs(review);
 * ```
 */
export type ManagementReview = z.infer<typeof ManagementReviewSchema>;
