import * as z from "zod";
import { CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema } from "../core/index.js";
import { CompetenceIdSchema, RoleIdSchema, TrainingIdSchema } from "./ids.js";


/**
 * A course (training for competence, 7.2) or an awareness campaign (7.3).
 *
 * @category People
 * @example
 * ```ts
 * TrainingKindSchema.options; // ["course", "awareness_campaign"]
 * ```
 */
export const TrainingKindSchema = z.enum(["course", "awareness_campaign"]);

/** A training's kind. @category People @example `const kind: TrainingKind = "awareness_campaign";` */
export type TrainingKind = z.infer<typeof TrainingKindSchema>;

/**
 * Who a training is for: `"everyone"` (every person working for the organisation), or the
 * holders of the given roles.
 *
 * @category People
 * @example
 * ```ts
 * TrainingAudienceSchema.parse({ roles: ["ROLE-DEV"] });
 * ```
 */
export const TrainingAudienceSchema = z.union([
  z.literal("everyone"),
  z.strictObject({ roles: z.array(RoleIdSchema).min(1) }),
]);

/** A training's audience. @category People @example `const audience: TrainingAudience = "everyone";` */
export type TrainingAudience = z.infer<typeof TrainingAudienceSchema>;

/**
 * A training or awareness campaign (7.2, 7.3, Annex A 6.3): its title, its kind, who it is
 * for, how often it is repeated (`recurrenceMonths`; absent: once), the competences
 * completing it gives, and for a campaign the days it runs (`from`, `until`).
 *
 * @category People
 * @example
 * ```ts
 * TrainingSchema.parse({ id: "TR-AWARENESS", title: "Annual security awareness", kind: "course", audience: "everyone", recurrenceMonths: 12 });
 * ```
 */
export const TrainingSchema = z.strictObject({
  id: TrainingIdSchema,
  title: NonBlankStringSchema,
  kind: TrainingKindSchema,
  audience: TrainingAudienceSchema,
  /** Every how many months a person repeats it; absent: once. */
  recurrenceMonths: z.number().int().min(1).max(120).optional(),
  /** The ids of the competences completing it gives (7.2). */
  competences: z.array(CompetenceIdSchema).optional(),
  /** The first day it runs (a campaign); nobody is due before it. */
  from: IsoDateSchema.optional(),
  /** The last day it runs (a campaign). */
  until: IsoDateSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A training or awareness campaign.
 *
 * @category People
 * @example
 * ```ts
 * const trainings: readonly Training[] = doc.trainings ?? [];
 * trainings.map((training) => training.kind); // ["course", "course", "awareness_campaign"]
 * ```
 */
export type Training = z.infer<typeof TrainingSchema>;
