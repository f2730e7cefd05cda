import * as z from "zod";
import { ClauseIdSchema, ControlRefSchema } from "../catalogue/index.js";
import { CustomFieldsSchema, IsoDateSchema, PartySchema } from "../core/index.js";

/**
 * How far a requirement is met: `met`, `partly_met`, `not_met` or `not_assessed`.
 *
 * @category Cycle
 * @example
 * ```ts
 * ReadinessStatusSchema.options; // ["met", "partly_met", "not_met", "not_assessed"]
 * ```
 */
export const ReadinessStatusSchema = z.enum(["met", "partly_met", "not_met", "not_assessed"]);

/**
 * A readiness status.
 *
 * @category Cycle
 * @example
 * ```ts
 * const status: ReadinessStatus = "partly_met";
 * ```
 */
export type ReadinessStatus = z.infer<typeof ReadinessStatusSchema>;

/**
 * The assessment of one requirement of the gap analysis: the requirement (a clause id such
 * as `"6.1.2"` or a control reference such as `"annex-a:8.24"`), its status, evidence
 * references, a note, who assessed it and when. An assessment of a clause applies to its
 * sub-clauses and items that have none of their own.
 *
 * @category Cycle
 * @example
 * ```ts
 * ReadinessAssessmentSchema.parse({ requirement: "4.3", status: "met", evidence: ["ISMS-SCOPE v2"] });
 * ```
 */
export const ReadinessAssessmentSchema = z.strictObject({
  requirement: z.union([ClauseIdSchema, ControlRefSchema]),
  status: ReadinessStatusSchema,
  evidence: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
  assessedBy: PartySchema.optional(),
  assessedOn: IsoDateSchema.optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * A requirement's assessment.
 *
 * @category Cycle
 * @example
 * ```ts
 * const assessment: ReadinessAssessment = { requirement: "9.2.2", status: "not_met", note: "No audit programme yet" };
 * assessReadiness([assessment], { annexA: false }).blocking[0]?.requirement; // "9.2.2"
 * ```
 */
export type ReadinessAssessment = z.infer<typeof ReadinessAssessmentSchema>;
