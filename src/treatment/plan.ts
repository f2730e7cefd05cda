import * as z from "zod";
import {
  ActionIdSchema,
  CustomFieldsSchema,
  IsoDateSchema,
  NonBlankStringSchema,
  PartySchema,
  RiskIdSchema,
  TreatmentPlanIdSchema,
} from "../core/index.js";
import { ControlRefSchema } from "../catalogue/index.js";
import { RatingSchema } from "../risk/index.js";
import { TreatmentOptionInputSchema } from "./option.js";

/**
 * Whether a control a plan relies on is already in place (`existing`) or still to be
 * implemented (`planned`).
 *
 * @category Treatment
 * @example
 * ```ts
 * ControlStateSchema.options; // ["existing", "planned"]
 * ```
 */
export const ControlStateSchema = z.enum(["existing", "planned"]);

/**
 * The state of a control in a plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * const state: ControlState = "planned";
 * ```
 */
export type ControlState = z.infer<typeof ControlStateSchema>;

/**
 * A control a treatment plan relies on (6.1.3 b): a catalogue-qualified reference (Annex A
 * 2022, the 2013 edition or a custom catalogue), existing or planned, with a note.
 *
 * @category Treatment
 * @example
 * ```ts
 * PlanControlSchema.parse({ ref: "annex-a:8.24", state: "planned", note: "Disk encryption on laptops" });
 * ```
 */
export const PlanControlSchema = z.strictObject({
  /** The control, `"<catalogue>:<control id>"`. */
  ref: ControlRefSchema,
  /** Existing or planned. */
  state: ControlStateSchema,
  /** How the control serves this plan. */
  note: z.string().optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A control of a treatment plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * const control: PlanControl = { ref: "annex-a:5.15", state: "existing" };
 * ```
 */
export type PlanControl = z.infer<typeof PlanControlSchema>;

/**
 * The status of a treatment action: planned, in progress, done or cancelled.
 *
 * @category Treatment
 * @example
 * ```ts
 * ActionStatusSchema.options; // ["planned", "in_progress", "done", "cancelled"]
 * ```
 */
export const ActionStatusSchema = z.enum(["planned", "in_progress", "done", "cancelled"]);

/**
 * An action status.
 *
 * @category Treatment
 * @example
 * ```ts
 * const status: ActionStatus = "in_progress";
 * ```
 */
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/**
 * One action of a treatment plan (6.1.3 e, 8.3): who does what by when, its status and the
 * date it was completed, and the planned controls it implements.
 *
 * @category Treatment
 * @example
 * ```ts
 * TreatmentActionSchema.parse({
 *   id: "ACT-1", title: "Roll out BitLocker", owner: "Head of IT", due: "2026-06-30",
 *   status: "in_progress", controls: ["annex-a:8.24"],
 * });
 * ```
 */
export const TreatmentActionSchema = z.strictObject({
  /** Id, unique within the plan. */
  id: ActionIdSchema,
  /** What is to be done. */
  title: NonBlankStringSchema,
  /** Who is responsible. */
  owner: PartySchema,
  /** When it is due. */
  due: IsoDateSchema,
  /** Where it stands. */
  status: ActionStatusSchema,
  /** When it was done (required once `status` is `done`, see `validateTreatmentPlans`). */
  completedOn: IsoDateSchema.optional(),
  /** The planned controls of the plan that this action implements. */
  controls: z.array(ControlRefSchema).optional(),
  /** Remarks. */
  note: z.string().optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A treatment action.
 *
 * @category Treatment
 * @example
 * ```ts
 * const actions: readonly TreatmentAction[] = doc.treatmentPlans.flatMap((plan) => plan.actions);
 * actions.filter((action) => action.status === "in_progress").length; // 12
 * ```
 */
export type TreatmentAction = z.infer<typeof TreatmentActionSchema>;

/**
 * How a risk is shared: the counterparty and the instrument (an insurance policy, a
 * contract, an outsourcing agreement). Sharing never transfers accountability.
 *
 * @category Treatment
 * @example
 * ```ts
 * SharingSchema.parse({ counterparty: "Cyber Insurer AG", instrument: { kind: "insurance_policy", reference: "POL-2026-17" } });
 * ```
 */
export const SharingSchema = z.strictObject({
  /** Who takes a share of the risk. */
  counterparty: PartySchema,
  /** By what means. */
  instrument: z
    .strictObject({
      /** The kind of instrument. */
      kind: z.enum(["insurance_policy", "contract", "outsourcing_agreement", "other"]),
      /** Policy or contract number, or a link. */
      reference: z.string().optional(),
      /** When the instrument ends. */
      expires: IsoDateSchema.optional(),
    })
    .optional(),
  /** Remarks, e.g. what part of the consequence is covered. */
  note: z.string().optional(),
});

/**
 * The sharing part of a plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * const sharing: Sharing = { counterparty: "Managed SOC provider" };
 * ```
 */
export type Sharing = z.infer<typeof SharingSchema>;

/**
 * What stops when a risk is avoided, and from when.
 *
 * @category Treatment
 * @example
 * ```ts
 * AvoidanceSchema.parse({ activityStopped: "Storing card numbers on premises", effectiveFrom: "2026-09-01" });
 * ```
 */
export const AvoidanceSchema = z.strictObject({
  /** The activity that stops. */
  activityStopped: NonBlankStringSchema,
  /** From when. */
  effectiveFrom: IsoDateSchema.optional(),
});

/**
 * The avoidance part of a plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * const avoidance: Avoidance = { activityStopped: "Public FTP server" };
 * ```
 */
export type Avoidance = z.infer<typeof AvoidanceSchema>;

/**
 * The rating a plan aims for: a likelihood and a consequence level key, optionally under a
 * named methodology version (by default the version of each risk's current rating).
 *
 * @category Treatment
 * @example
 * ```ts
 * TargetRatingSchema.parse({ likelihood: "unlikely", consequence: "major" });
 * ```
 */
export const TargetRatingSchema = z.strictObject({
  /** Likelihood level key. */
  likelihood: RatingSchema.shape.likelihood,
  /** Consequence level key. */
  consequence: RatingSchema.shape.consequence,
  /** Methodology version; by default that of each risk's current rating. */
  methodology: RatingSchema.shape.methodology.optional(),
});

/**
 * The target rating of a plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * const target: TargetRating = { likelihood: "unlikely", consequence: "moderate" };
 * const next = updateTreatmentPlan(doc.treatmentPlans, TreatmentPlanIdSchema.parse("TP-01"), { target });
 * if (next.ok) next.value[0]?.target; // { likelihood: "unlikely", consequence: "moderate" }
 * ```
 */
export type TargetRating = z.infer<typeof TargetRatingSchema>;

/**
 * The priority of a treatment plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * PrioritySchema.options; // ["low", "medium", "high", "critical"]
 * ```
 */
export const PrioritySchema = z.enum(["low", "medium", "high", "critical"]);

/**
 * A plan priority.
 *
 * @category Treatment
 * @example
 * ```ts
 * const priority: Priority = "critical";
 * updateTreatmentPlan(doc.treatmentPlans, TreatmentPlanIdSchema.parse("TP-02"), { priority }).ok; // true
 * ```
 */
export type Priority = z.infer<typeof PrioritySchema>;

/**
 * A risk treatment plan (6.1.3 e, 8.3) for one risk or a group of risks: the chosen
 * option(s), the controls it relies on (existing or planned), the actions with owners and
 * due dates, the counterparty and instrument when sharing, the activity that stops when
 * avoiding, the target rating and the priority. Its approval and the acceptance of the
 * residual risk are separate {@link Decision} records. Options may be written with the words
 * other tools use (mitigate, accept, transfer, terminate…): parsing normalises them to
 * modify, retain, avoid and share, and parsing a parsed plan again gives an equal plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * const plan = TreatmentPlanSchema.parse({
 *   id: "TP-1", title: "Encrypt laptops", risks: ["R-1"], options: ["Mitigate"], // parsed as "modify"
 *   controls: [{ ref: "annex-a:8.24", state: "planned" }],
 *   actions: [{ id: "ACT-1", title: "Roll out BitLocker", owner: "Head of IT", due: "2026-06-30", status: "planned", controls: ["annex-a:8.24"] }],
 *   target: { likelihood: "unlikely", consequence: "major" },
 * });
 * ```
 */
export const TreatmentPlanSchema = z.strictObject({
  /** Plan id. */
  id: TreatmentPlanIdSchema,
  /** Short title. */
  title: NonBlankStringSchema,
  /** What the plan is about and why this treatment was chosen. */
  description: z.string().optional(),
  /** The risks it treats. */
  risks: z.array(RiskIdSchema).min(1),
  /**
   * The chosen options. On input any common word is accepted and normalised (`"Mitigate"` →
   * `"modify"`, `"transfer"` → `"share"`, see {@link TreatmentOptionInputSchema}); parsed
   * plans hold the four canonical words only.
   */
  options: z.array(TreatmentOptionInputSchema).min(1),
  /** The controls it relies on. */
  controls: z.array(PlanControlSchema),
  /** The actions. */
  actions: z.array(TreatmentActionSchema),
  /** For sharing: with whom and by what instrument. */
  sharing: SharingSchema.optional(),
  /** For avoidance: what activity stops. */
  avoidance: AvoidanceSchema.optional(),
  /** The rating the plan aims for. */
  target: TargetRatingSchema.optional(),
  /** Priority. */
  priority: PrioritySchema.optional(),
  /** Who is responsible for the plan as a whole. */
  owner: PartySchema.optional(),
  /** When the plan was created. */
  created: IsoDateSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A risk treatment plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * const plans: readonly TreatmentPlan[] = doc.treatmentPlans;
 * plans.map((plan) => planProgress(plan, "2026-11-27").done); // [1, 1, 1, 1, 2, …]
 * ```
 */
export type TreatmentPlan = z.infer<typeof TreatmentPlanSchema>;
