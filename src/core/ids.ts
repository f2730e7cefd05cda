import * as z from "zod";

const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.:\-/]*$/;

/**
 * Builds the zod schema of a branded id: 1–128 characters, starting with a letter, a digit
 * or `_`, then letters, digits and `_ . : - /`. A raw string becomes a branded id only by
 * parsing, so ids of different kinds cannot be mixed up.
 *
 * @param brand - the brand name, e.g. `"AssetId"`
 * @returns a zod schema whose output is `string & z.$brand<brand>`
 * @category Core
 * @example
 * ```ts
 * const SupplierIdSchema = idSchema("SupplierId");
 * const id = SupplierIdSchema.parse("SUP-1");
 * ```
 */
export function idSchema<const B extends string>(brand: B) {
  return z
    .string()
    .min(1)
    .max(128)
    .regex(ID_PATTERN, { message: `${brand} must start with a letter, digit or _ and use only letters, digits and _ . : - /` })
    .brand<B>();
}

/**
 * Id of an asset (5.9). @category Core
 * @example
 * ```ts
 * const id = AssetIdSchema.parse("A-001");
 * ```
 */
export const AssetIdSchema = /* @__PURE__ */ idSchema("AssetId");
/** Branded asset id. @category Core @example `const id: AssetId = AssetIdSchema.parse("A-001");` */
export type AssetId = z.infer<typeof AssetIdSchema>;

/**
 * Id of a risk in the risk register (6.1.2). @category Core
 * @example
 * ```ts
 * const id = RiskIdSchema.parse("R-001");
 * ```
 */
export const RiskIdSchema = /* @__PURE__ */ idSchema("RiskId");
/** Branded risk id. @category Core @example `const id: RiskId = RiskIdSchema.parse("R-001");` */
export type RiskId = z.infer<typeof RiskIdSchema>;

/**
 * Id of a risk treatment plan (6.1.3 e). @category Core
 * @example
 * ```ts
 * const id = TreatmentPlanIdSchema.parse("TP-001");
 * ```
 */
export const TreatmentPlanIdSchema = /* @__PURE__ */ idSchema("TreatmentPlanId");
/** Branded treatment plan id. @category Core @example `const id: TreatmentPlanId = TreatmentPlanIdSchema.parse("TP-1");` */
export type TreatmentPlanId = z.infer<typeof TreatmentPlanIdSchema>;

/**
 * Id of a risk owner's decision (plan approval or residual-risk acceptance). @category Core
 * @example
 * ```ts
 * const id = DecisionIdSchema.parse("D-001");
 * ```
 */
export const DecisionIdSchema = /* @__PURE__ */ idSchema("DecisionId");
/** Branded decision id. @category Core @example `const id: DecisionId = DecisionIdSchema.parse("D-1");` */
export type DecisionId = z.infer<typeof DecisionIdSchema>;

/**
 * Id of a legal, regulatory, contractual or business obligation (5.31). @category Core
 * @example
 * ```ts
 * const id = ObligationIdSchema.parse("OB-GDPR");
 * ```
 */
export const ObligationIdSchema = /* @__PURE__ */ idSchema("ObligationId");
/** Branded obligation id. @category Core @example `const id: ObligationId = ObligationIdSchema.parse("OB-1");` */
export type ObligationId = z.infer<typeof ObligationIdSchema>;

/**
 * Id of an information security objective (6.2). @category Core
 * @example
 * ```ts
 * const id = ObjectiveIdSchema.parse("OBJ-1");
 * ```
 */
export const ObjectiveIdSchema = /* @__PURE__ */ idSchema("ObjectiveId");
/** Branded objective id. @category Core @example `const id: ObjectiveId = ObjectiveIdSchema.parse("OBJ-1");` */
export type ObjectiveId = z.infer<typeof ObjectiveIdSchema>;

/**
 * Id of an internal audit (9.2). @category Core
 * @example
 * ```ts
 * const id = AuditIdSchema.parse("AUD-2026-1");
 * ```
 */
export const AuditIdSchema = /* @__PURE__ */ idSchema("AuditId");
/** Branded audit id. @category Core @example `const id: AuditId = AuditIdSchema.parse("AUD-1");` */
export type AuditId = z.infer<typeof AuditIdSchema>;

/**
 * Id of an audit finding (9.2). @category Core
 * @example
 * ```ts
 * const id = FindingIdSchema.parse("F-1");
 * ```
 */
export const FindingIdSchema = /* @__PURE__ */ idSchema("FindingId");
/** Branded finding id. @category Core @example `const id: FindingId = FindingIdSchema.parse("F-1");` */
export type FindingId = z.infer<typeof FindingIdSchema>;

/**
 * Id of a nonconformity (10.2). @category Core
 * @example
 * ```ts
 * const id = NonconformityIdSchema.parse("NC-1");
 * ```
 */
export const NonconformityIdSchema = /* @__PURE__ */ idSchema("NonconformityId");
/** Branded nonconformity id. @category Core @example `const id: NonconformityId = NonconformityIdSchema.parse("NC-1");` */
export type NonconformityId = z.infer<typeof NonconformityIdSchema>;

/**
 * Id of a corrective action (10.2). @category Core
 * @example
 * ```ts
 * const id = ActionIdSchema.parse("CA-1");
 * ```
 */
export const ActionIdSchema = /* @__PURE__ */ idSchema("ActionId");
/** Branded action id (treatment actions, corrective actions, review actions). @category Core @example `const id: ActionId = ActionIdSchema.parse("CA-1");` */
export type ActionId = z.infer<typeof ActionIdSchema>;

/**
 * Id of a management review (9.3). @category Core
 * @example
 * ```ts
 * const id = ReviewIdSchema.parse("MR-2026");
 * ```
 */
export const ReviewIdSchema = /* @__PURE__ */ idSchema("ReviewId");
/** Branded management review id. @category Core @example `const id: ReviewId = ReviewIdSchema.parse("MR-1");` */
export type ReviewId = z.infer<typeof ReviewIdSchema>;

/**
 * Id of a risk methodology (6.1.2); versions are numbered separately. @category Core
 * @example
 * ```ts
 * const id = MethodologyIdSchema.parse("acme-risk-method");
 * ```
 */
export const MethodologyIdSchema = /* @__PURE__ */ idSchema("MethodologyId");
/** Branded methodology id. @category Core @example `const id: MethodologyId = MethodologyIdSchema.parse("m");` */
export type MethodologyId = z.infer<typeof MethodologyIdSchema>;

/**
 * Id of a catalogue of controls: `annex-a` (ISO/IEC 27001:2022), `annex-a-2013`, or an
 * organisation's own. @category Core
 * @example
 * ```ts
 * const id = CatalogueIdSchema.parse("acme-baseline");
 * ```
 */
export const CatalogueIdSchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9-]*$/, { message: "must be lower-case letters, digits and -, starting with a letter" })
  .brand<"CatalogueId">();
/** Branded catalogue id. @category Core @example `const id: CatalogueId = CatalogueIdSchema.parse("annex-a");` */
export type CatalogueId = z.infer<typeof CatalogueIdSchema>;

/**
 * A person, role or team named as owner, custodian, decider or auditor: a non-blank string
 * without leading or trailing white space.
 *
 * @category Core
 * @example
 * ```ts
 * PartySchema.parse("CISO");
 * ```
 */
export const PartySchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(256)
  .regex(/^\S(?:[\s\S]*\S)?$/, { message: "must not be blank or have leading or trailing white space" });
/** A person, role or team. @category Core @example `const owner: Party = "Head of IT";` */
export type Party = z.infer<typeof PartySchema>;

/**
 * A non-blank text: at least one character that is not white space.
 *
 * @category Core
 * @example
 * ```ts
 * NonBlankStringSchema.safeParse("   ").success; // false
 * ```
 */
export const NonBlankStringSchema = /* @__PURE__ */ z.string().regex(/\S/, { message: "must not be blank" });
