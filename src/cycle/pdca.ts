import * as z from "zod";
import { CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema, PartySchema } from "../core/index.js";

/**
 * The four phases of the management-system cycle: `plan` (clauses 4–7, including 6.1–6.3),
 * `do` (clause 8), `check` (clause 9) and `act` (clause 10).
 *
 * @category Cycle
 * @example
 * ```ts
 * PdcaPhaseSchema.options; // ["plan", "do", "check", "act"]
 * ```
 */
export const PdcaPhaseSchema = z.enum(["plan", "do", "check", "act"]);

/**
 * A PDCA phase.
 *
 * @category Cycle
 * @example
 * ```ts
 * const phase: PdcaPhase = doc.cycle.phase; // "check"
 * checkExitCriteria(phase, pdcaFacts(doc, "2026-11-27")).missing.map((item) => item.code);
 * // ["no_internal_audit_in_cycle", "no_management_review_in_cycle"]
 * ```
 */
export type PdcaPhase = z.infer<typeof PdcaPhaseSchema>;

/**
 * The events of the cycle, one per legal transition: `start_operation` (plan → do),
 * `start_evaluation` (do → check), `start_improvement` (check → act) and `restart`
 * (act → plan, which opens the next cycle). No event skips a phase.
 *
 * @category Cycle
 * @example
 * ```ts
 * PdcaEventSchema.options; // ["start_operation", "start_evaluation", "start_improvement", "restart"]
 * ```
 */
export const PdcaEventSchema = z.enum(["start_operation", "start_evaluation", "start_improvement", "restart"]);

/**
 * A PDCA event.
 *
 * @category Cycle
 * @example
 * ```ts
 * const event: PdcaEvent = "start_improvement";
 * can(doc.cycle, event, pdcaFacts(doc, "2026-11-27")); // false: this cycle's audit and review are still to come
 * ```
 */
export type PdcaEvent = z.infer<typeof PdcaEventSchema>;

/**
 * One exit criterion of a phase: a stable snake_case code and a sentence for people.
 *
 * @category Cycle
 * @example
 * ```ts
 * ExitCriterionSchema.parse({ code: "missing_scope", message: "The ISMS scope (4.3) is not defined." });
 * ```
 */
export const ExitCriterionSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  message: NonBlankStringSchema,
});

/**
 * An exit criterion.
 *
 * @category Cycle
 * @example
 * ```ts
 * const criterion: ExitCriterion = { code: "missing_scope", message: "No scope." };
 * ```
 */
export type ExitCriterion = z.infer<typeof ExitCriterionSchema>;

/**
 * The result of a phase's exit guard: whether it passed, the criteria that were met and
 * those still missing. Stored in the cycle's history as the evidence of a transition.
 *
 * @category Cycle
 * @example
 * ```ts
 * ExitCriteriaResultSchema.parse({ passed: true, met: [], missing: [] });
 * ```
 */
export const ExitCriteriaResultSchema = z.strictObject({
  passed: z.boolean(),
  met: z.array(ExitCriterionSchema),
  missing: z.array(ExitCriterionSchema),
});

/**
 * A guard result.
 *
 * @category Cycle
 * @example
 * ```ts
 * const result: ExitCriteriaResult = checkExitCriteria("check", pdcaFacts(doc, "2026-11-27"));
 * transition(doc.cycle, "start_improvement", { guards: result, date: "2026-11-27" }).ok; // false
 * ```
 */
export type ExitCriteriaResult = z.infer<typeof ExitCriteriaResultSchema>;

/**
 * One entry of the cycle's history: the phase entered, when, in which cycle, by which
 * event and person, and the guard evidence of the phase that was left. The first entry
 * has no event.
 *
 * @category Cycle
 * @example
 * ```ts
 * PdcaHistoryEntrySchema.parse({ cycle: 1, phase: "plan", entered: "2026-01-05" });
 * ```
 */
export const PdcaHistoryEntrySchema = z.strictObject({
  cycle: z.number().int().min(1),
  phase: PdcaPhaseSchema,
  entered: IsoDateSchema,
  event: PdcaEventSchema.optional(),
  by: PartySchema.optional(),
  evidence: ExitCriteriaResultSchema.optional(),
});

/**
 * A history entry.
 *
 * @category Cycle
 * @example
 * ```ts
 * const entry: PdcaHistoryEntry = { cycle: 1, phase: "plan", entered: "2026-01-05" };
 * ```
 */
export type PdcaHistoryEntry = z.infer<typeof PdcaHistoryEntrySchema>;

/**
 * The state of the management-system cycle: the cycle number (1 for the first pass through
 * plan–do–check–act), the current phase and the history of every phase entered.
 * {@link validateCycle} checks that the history is consistent.
 *
 * @category Cycle
 * @example
 * ```ts
 * PdcaCycleSchema.parse({ cycle: 1, phase: "plan", history: [{ cycle: 1, phase: "plan", entered: "2026-01-05" }] });
 * ```
 */
export const PdcaCycleSchema = z.strictObject({
  cycle: z.number().int().min(1),
  phase: PdcaPhaseSchema,
  history: z.array(PdcaHistoryEntrySchema).min(1),
  custom: CustomFieldsSchema.optional(),
});

/**
 * The PDCA cycle state.
 *
 * @category Cycle
 * @example
 * ```ts
 * const state: PdcaCycle = createCycle("2026-01-05");
 * nextEvents(state); // ["start_operation"]
 * ```
 */
export type PdcaCycle = z.infer<typeof PdcaCycleSchema>;
