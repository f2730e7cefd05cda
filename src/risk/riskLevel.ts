import * as z from "zod";
import { CustomFieldsSchema, NonBlankStringSchema } from "../core/index.js";
import { ColourSchema, ScaleKeySchema } from "./scale.js";

/**
 * A level of risk (the value in a matrix cell). A matrix lists its risk levels lowest first;
 * for the colouring checks the lowest level is the green tier, the highest the red tier and
 * every level in between the intermediate (yellow) tier.
 *
 * @category Risk
 * @example
 * ```ts
 * RiskLevelSchema.parse({ key: "high", label: "High", colour: "#c62828" });
 * ```
 */
export const RiskLevelSchema = /* @__PURE__ */ z.strictObject({
  /** Stable key named by matrix cells and acceptance criteria. */
  key: ScaleKeySchema,
  /** Label shown to people. */
  label: NonBlankStringSchema,
  /** What the level means. */
  description: z.string().optional(),
  /** Display colour. */
  colour: ColourSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A level of risk.
 *
 * @category Risk
 * @example
 * ```ts
 * const level: RiskLevel = { key: "low", label: "Low", colour: "#2e7d32" };
 * ```
 */
export type RiskLevel = z.infer<typeof RiskLevelSchema>;
