import * as z from "zod";
import {
  AssetIdSchema,
  CustomFieldsSchema,
  idSchema,
  IsoDateSchema,
  NonBlankStringSchema,
  PartySchema,
  RiskIdSchema,
} from "../core/index.js";
import { LevelKeySchema, RequirementPropertyKeySchema } from "../assets/index.js";
import { rejectReservedKeys } from "../core/_internal/index.js";

/**
 * Id of a supplier (Annex A 5.19).
 *
 * @category Suppliers
 * @example
 * ```ts
 * const id = SupplierIdSchema.parse("SUP-CLOUD");
 * ```
 */
export const SupplierIdSchema = /* @__PURE__ */ idSchema("SupplierId");

/**
 * Branded supplier id.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const id: SupplierId = SupplierIdSchema.parse("SUP-CLOUD");
 * ```
 */
export type SupplierId = z.infer<typeof SupplierIdSchema>;

/**
 * The service model of a cloud service (Annex A 5.23): infrastructure, platform or software
 * as a service, or another model.
 *
 * @category Suppliers
 * @example
 * ```ts
 * CloudServiceModelSchema.options; // ["iaas", "paas", "saas", "other"]
 * ```
 */
export const CloudServiceModelSchema = z.enum(["iaas", "paas", "saas", "other"]);

/**
 * A cloud service model.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const model: CloudServiceModel = "saas";
 * ```
 */
export type CloudServiceModel = z.infer<typeof CloudServiceModelSchema>;

/**
 * What makes a supplier's service a cloud service (Annex A 5.23): its model, where the data
 * is held, and how the organisation would leave it.
 *
 * @category Suppliers
 * @example
 * ```ts
 * CloudServiceSchema.parse({ model: "iaas", dataLocations: ["EU (Frankfurt)"], exitPlan: "DOC-EXIT-1" });
 * ```
 */
export const CloudServiceSchema = z.strictObject({
  model: CloudServiceModelSchema,
  /** Where the provider holds the data (regions, countries). */
  dataLocations: z.array(NonBlankStringSchema).optional(),
  /** Who is responsible for what, or a reference to the provider's shared-responsibility matrix. */
  sharedResponsibility: z.string().optional(),
  /** The exit strategy: how data and service would be moved away, or a reference to it. */
  exitPlan: z.string().optional(),
});

/**
 * The cloud facts of a supplier's service.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const cloud: CloudService = { model: "paas" };
 * ```
 */
export type CloudService = z.infer<typeof CloudServiceSchema>;

/**
 * One service a supplier provides, with the assets it touches (hosts, processes, supports);
 * those assets' requirements make the supplier's criticality.
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierServiceSchema.parse({ name: "Cloud hosting", assets: ["A-CS-HOSTING"], cloud: { model: "iaas" } });
 * ```
 */
export const SupplierServiceSchema = z.strictObject({
  name: NonBlankStringSchema,
  assets: z.array(AssetIdSchema),
  cloud: CloudServiceSchema.optional(),
});

/**
 * One service of a supplier.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const service: SupplierService = { name: "Payroll", assets: [AssetIdSchema.parse("A-INF-HR")] };
 * ```
 */
export type SupplierService = z.infer<typeof SupplierServiceSchema>;

/**
 * The agreement with a supplier (Annex A 5.20): its reference, when it was signed, when it
 * expires and the information security requirements it states.
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierAgreementSchema.parse({ ref: "MSA-2024-07", signed: "2024-07-01", expires: "2027-06-30", securityRequirements: ["ISO/IEC 27001 certificate kept valid"] });
 * ```
 */
export const SupplierAgreementSchema = z.strictObject({
  ref: NonBlankStringSchema,
  signed: IsoDateSchema.optional(),
  expires: IsoDateSchema.optional(),
  securityRequirements: z.array(NonBlankStringSchema),
});

/**
 * An agreement with a supplier.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const agreement: SupplierAgreement = { ref: "DPA-7", securityRequirements: [] };
 * ```
 */
export type SupplierAgreement = z.infer<typeof SupplierAgreementSchema>;

/**
 * The severity of a supplier assessment finding.
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierFindingSeveritySchema.options; // ["low", "medium", "high", "critical"]
 * ```
 */
export const SupplierFindingSeveritySchema = z.enum(["low", "medium", "high", "critical"]);

/**
 * A finding's severity.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const severity: SupplierFindingSeverity = "high";
 * ```
 */
export type SupplierFindingSeverity = z.infer<typeof SupplierFindingSeveritySchema>;

/**
 * Where a supplier assessment finding stands: open, being dealt with, or closed.
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierFindingStatusSchema.options; // ["open", "in_progress", "closed"]
 * ```
 */
export const SupplierFindingStatusSchema = z.enum(["open", "in_progress", "closed"]);

/**
 * A finding's status.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const status: SupplierFindingStatus = "open";
 * ```
 */
export type SupplierFindingStatus = z.infer<typeof SupplierFindingStatusSchema>;

/**
 * A finding of a supplier assessment; `risk` names the risk raised from it (see the
 * `supplier.raiseRisk` command).
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierFindingSchema.parse({ id: "F-1", title: "No tested restore of customer backups", severity: "high", status: "open" });
 * ```
 */
export const SupplierFindingSchema = z.strictObject({
  id: NonBlankStringSchema,
  title: NonBlankStringSchema,
  severity: SupplierFindingSeveritySchema,
  risk: RiskIdSchema.optional(),
  status: SupplierFindingStatusSchema,
});

/**
 * A supplier assessment finding.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const finding: SupplierFinding = { id: "F-1", title: "No MFA for admins", severity: "high", status: "open" };
 * ```
 */
export type SupplierFinding = z.infer<typeof SupplierFindingSchema>;

/**
 * The outcome of a supplier assessment.
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierAssessmentResultSchema.options; // ["satisfactory", "conditional", "unsatisfactory"]
 * ```
 */
export const SupplierAssessmentResultSchema = z.enum(["satisfactory", "conditional", "unsatisfactory"]);

/**
 * An assessment's outcome.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const result: SupplierAssessmentResult = "conditional";
 * ```
 */
export type SupplierAssessmentResult = z.infer<typeof SupplierAssessmentResultSchema>;

/**
 * The effective requirements of the supplier's assets when it was assessed: asset id →
 * property → level key (as {@link supplierRequirementsSnapshot} computes them), so that a
 * later rise can be seen ({@link listSuppliersWithRaisedRequirements}).
 *
 * @category Suppliers
 * @example
 * ```ts
 * RequirementsSnapshotSchema.parse({ "A-CS-HOSTING": { confidentiality: "high", availability: "very_high" } });
 * ```
 */
export const RequirementsSnapshotSchema = rejectReservedKeys(
  z.record(AssetIdSchema, rejectReservedKeys(z.record(RequirementPropertyKeySchema, LevelKeySchema))),
);

/**
 * A snapshot of asset requirements.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const snapshot: RequirementsSnapshot = { [AssetIdSchema.parse("A-INF-HR")]: { confidentiality: "high" } };
 * ```
 */
export type RequirementsSnapshot = z.infer<typeof RequirementsSnapshotSchema>;

/**
 * One assessment (review) of a supplier (Annex A 5.22): when, by whom, how, the result,
 * the requirements of its assets at the time and the findings.
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierAssessmentSchema.parse({ id: "SA-2026", date: "2026-04-27", by: "CTO", method: "SOC 2 report review", result: "satisfactory", findings: [] });
 * ```
 */
export const SupplierAssessmentSchema = z.strictObject({
  id: NonBlankStringSchema,
  date: IsoDateSchema,
  by: PartySchema,
  method: NonBlankStringSchema.optional(),
  result: SupplierAssessmentResultSchema,
  requirements: RequirementsSnapshotSchema.optional(),
  findings: z.array(SupplierFindingSchema),
});

/**
 * A supplier assessment.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const assessment: SupplierAssessment = { id: "SA-1", date: "2026-01-10", by: "CFO", result: "satisfactory", findings: [] };
 * ```
 */
export type SupplierAssessment = z.infer<typeof SupplierAssessmentSchema>;

/**
 * Where a supplier relationship stands: being selected, active, or ended.
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierStatusSchema.options; // ["prospective", "active", "ended"]
 * ```
 */
export const SupplierStatusSchema = z.enum(["prospective", "active", "ended"]);

/**
 * A supplier's status.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const status: SupplierStatus = "active";
 * ```
 */
export type SupplierStatus = z.infer<typeof SupplierStatusSchema>;

/**
 * A supplier of the organisation (Annex A 5.19–5.23): who manages the relationship, the
 * services it provides and the assets they touch, the agreement, how often it is reviewed
 * and its assessments. `asset` may name the supplier's own asset of type `"supplier"` in the
 * inventory; it is optional, and counts towards the criticality like the services' assets.
 *
 * @category Suppliers
 * @example
 * ```ts
 * SupplierSchema.parse({
 *   id: "SUP-CLEAN",
 *   name: "Brightway Cleaning Ltd",
 *   owner: "Office Manager",
 *   services: [{ name: "Office cleaning", assets: ["A-SITE-OFFICE"] }],
 *   reviewEveryMonths: 24,
 *   assessments: [],
 *   status: "active",
 * });
 * ```
 */
export const SupplierSchema = z.strictObject({
  id: SupplierIdSchema,
  name: NonBlankStringSchema,
  description: z.string().optional(),
  /** Who manages the relationship. */
  owner: PartySchema,
  /** The supplier's own asset in the inventory (of type `"supplier"`), if it has one. */
  asset: AssetIdSchema.optional(),
  services: z.array(SupplierServiceSchema),
  agreement: SupplierAgreementSchema.optional(),
  /** The review cadence in months; without it, a supplier is due only until first assessed. */
  reviewEveryMonths: z.number().int().min(1).max(120).optional(),
  assessments: z.array(SupplierAssessmentSchema),
  status: SupplierStatusSchema,
  custom: CustomFieldsSchema.optional(),
});

/**
 * A supplier.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const supplier: Supplier | undefined = doc.suppliers?.find((candidate) => candidate.id === "SUP-CLOUD");
 * ```
 */
export type Supplier = z.infer<typeof SupplierSchema>;
