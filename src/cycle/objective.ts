import * as z from "zod";
import { CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema, ObjectiveIdSchema, PartySchema } from "../core/index.js";

/**
 * How a measured value is compared with an objective's target: `at_least` (higher is
 * better), `at_most` (lower is better) or `equal`.
 *
 * @category Cycle
 * @example
 * ```ts
 * TargetComparatorSchema.options; // ["at_least", "at_most", "equal"]
 * ```
 */
export const TargetComparatorSchema = z.enum(["at_least", "at_most", "equal"]);

/**
 * A target comparator.
 *
 * @category Cycle
 * @example
 * ```ts
 * const comparator: TargetComparator = "at_most";
 * meetsTarget({ comparator, value: 7, unit: "days" }, 9); // false
 * ```
 */
export type TargetComparator = z.infer<typeof TargetComparatorSchema>;

/**
 * The target of an objective: a comparator, a number and an optional unit.
 *
 * @category Cycle
 * @example
 * ```ts
 * ObjectiveTargetSchema.parse({ comparator: "at_least", value: 95, unit: "%" });
 * ```
 */
export const ObjectiveTargetSchema = z.strictObject({
  comparator: TargetComparatorSchema,
  value: z.number().finite(),
  unit: z.string().min(1).optional(),
});

/**
 * An objective's target.
 *
 * @category Cycle
 * @example
 * ```ts
 * const target: ObjectiveTarget = { comparator: "at_most", value: 5, unit: "days" };
 * meetsTarget(target, 4); // true
 * ```
 */
export type ObjectiveTarget = z.infer<typeof ObjectiveTargetSchema>;

/**
 * One measurement of an objective's measure (9.1): date, value and an optional note.
 *
 * @category Cycle
 * @example
 * ```ts
 * MeasurementSchema.parse({ date: "2026-03-31", value: 91.5 });
 * ```
 */
export const MeasurementSchema = z.strictObject({
  date: IsoDateSchema,
  value: z.number().finite(),
  note: z.string().optional(),
});

/**
 * A measurement.
 *
 * @category Cycle
 * @example
 * ```ts
 * const measurement: Measurement = { date: "2026-11-30", value: 99.95 };
 * const objective = doc.objectives.find((candidate) => candidate.id === "OBJ-01");
 * objective && isTargetMet(recordMeasurement(objective, measurement)); // true: at least 99.9 %
 * ```
 */
export type Measurement = z.infer<typeof MeasurementSchema>;

/**
 * The status of an objective.
 *
 * @category Cycle
 * @example
 * ```ts
 * ObjectiveStatusSchema.options; // ["planned", "in_progress", "achieved", "not_achieved", "cancelled"]
 * ```
 */
export const ObjectiveStatusSchema = z.enum(["planned", "in_progress", "achieved", "not_achieved", "cancelled"]);

/**
 * An objective's status.
 *
 * @category Cycle
 * @example
 * ```ts
 * const status: ObjectiveStatus = "in_progress";
 * ```
 */
export type ObjectiveStatus = z.infer<typeof ObjectiveStatusSchema>;

/**
 * An information security objective (6.2): what is to be achieved, how it is measured,
 * the target, who owns it, by when, its status and its measurements over time (9.1).
 *
 * @category Cycle
 * @example
 * ```ts
 * ObjectiveSchema.parse({
 *   id: "OBJ-1", objective: "Patch critical vulnerabilities quickly",
 *   measure: "Median days to patch critical CVEs", target: { comparator: "at_most", value: 7, unit: "days" },
 *   owner: "Head of IT", due: "2026-12-31", status: "in_progress", measurements: [],
 * });
 * ```
 */
export const ObjectiveSchema = z.strictObject({
  id: ObjectiveIdSchema,
  objective: NonBlankStringSchema,
  measure: NonBlankStringSchema,
  target: ObjectiveTargetSchema,
  owner: PartySchema,
  due: IsoDateSchema,
  status: ObjectiveStatusSchema,
  measurements: z.array(MeasurementSchema),
  custom: CustomFieldsSchema.optional(),
});

/**
 * An information security objective.
 *
 * @category Cycle
 * @example
 * ```ts
 * const objective: Objective = ObjectiveSchema.parse(JSON.parse(text));
 * isTargetMet(objective, "2026-11-27");
 * ```
 */
export type Objective = z.infer<typeof ObjectiveSchema>;
