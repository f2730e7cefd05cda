import * as z from "zod";
import {
  AssetIdSchema,
  CustomFieldsSchema,
  IsoDateSchema,
  IsoDurationSchema,
  NonBlankStringSchema,
  PartySchema,
} from "../core/index.js";
import { LevelKeySchema, RequirementPropertyKeySchema } from "./requirementScales.js";
import { rejectReservedKeys } from "../core/_internal/index.js";

/**
 * The asset types the library knows: information, software, hardware, service, people,
 * site (premises and facilities), supplier and cloud service.
 *
 * @category Assets
 * @example
 * ```ts
 * BuiltInAssetTypeSchema.options.includes("cloud_service"); // true
 * ```
 */
export const BuiltInAssetTypeSchema = z.enum([
  "information",
  "software",
  "hardware",
  "service",
  "people",
  "site",
  "supplier",
  "cloud_service",
]);

/**
 * One of the built-in asset types.
 *
 * @category Assets
 * @example
 * ```ts
 * const type: BuiltInAssetType = "hardware";
 * listAssetsByType(doc.assets, type).length; // 7
 * ```
 */
export type BuiltInAssetType = z.infer<typeof BuiltInAssetTypeSchema>;

/**
 * The type of an asset: a built-in type or an organisation's own type, written in lower
 * case letters, digits, `_` and `-` (e.g. `"medical_device"`). Editors still complete the
 * built-in names.
 *
 * @category Assets
 * @example
 * ```ts
 * AssetTypeSchema.parse("medical_device");
 * ```
 */
export const AssetTypeSchema = z.union([
  BuiltInAssetTypeSchema,
  z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9_-]*$/, { message: "an own asset type uses lower-case letters, digits, _ and -" }) as unknown as z.ZodType<
    string & {},
    string
  >,
]);

/**
 * A built-in or own asset type.
 *
 * @category Assets
 * @example
 * ```ts
 * listAssetsByType(doc.assets, "information").length; // 12
 * listAssetsByType(doc.assets, "medical_device").length; // 0: an own type, not used by the example
 * ```
 */
export type AssetType = z.infer<typeof AssetTypeSchema>;

/**
 * Where an asset is in its life: `planned`, `in_use`, `retired` (no longer used, not yet
 * disposed of) or `disposed` (securely disposed of or returned, 7.14 and 5.11).
 *
 * @category Assets
 * @example
 * ```ts
 * LifecycleStatusSchema.options; // ["planned", "in_use", "retired", "disposed"]
 * ```
 */
export const LifecycleStatusSchema = z.enum(["planned", "in_use", "retired", "disposed"]);

/**
 * A lifecycle status.
 *
 * @category Assets
 * @example
 * ```ts
 * const status: LifecycleStatus = "in_use"; // the planned query feature goes live
 * updateAsset(doc.assets, AssetIdSchema.parse("A-SW-NLQ"), { status }).ok; // true: planned → in use needs no other command
 * ```
 */
export type LifecycleStatus = z.infer<typeof LifecycleStatusSchema>;

/**
 * Recovery objectives that go with an asset's availability requirement, as ISO 8601
 * durations: recovery time objective, recovery point objective and maximum tolerable
 * downtime (5.30).
 *
 * @category Assets
 * @example
 * ```ts
 * RecoveryObjectivesSchema.parse({ rto: "PT4H", rpo: "PT15M", maximumTolerableDowntime: "P1D" });
 * ```
 */
export const RecoveryObjectivesSchema = z.strictObject({
  rto: IsoDurationSchema.optional(),
  rpo: IsoDurationSchema.optional(),
  maximumTolerableDowntime: IsoDurationSchema.optional(),
});

/**
 * Recovery objectives of an asset.
 *
 * @category Assets
 * @example
 * ```ts
 * const objectives: RecoveryObjectives = { rto: "PT4H" };
 * ```
 */
export type RecoveryObjectives = z.infer<typeof RecoveryObjectivesSchema>;

/**
 * An explicit effective requirement set by a person, with the reason: it wins over the
 * asset's own rating and over everything inherited.
 *
 * @category Assets
 * @example
 * ```ts
 * RequirementOverrideSchema.parse({ level: "medium", reason: "Data is encrypted client-side." });
 * ```
 */
export const RequirementOverrideSchema = z.strictObject({
  level: LevelKeySchema,
  reason: NonBlankStringSchema,
});

/**
 * An explicit requirement with its reason.
 *
 * @category Assets
 * @example
 * ```ts
 * const override: RequirementOverride = { level: "high", reason: "Disks are encrypted; the keys are elsewhere." };
 * const next = updateAsset(doc.assets, AssetIdSchema.parse("A-CS-HOSTING"), { requirementOverrides: { confidentiality: override } }, doc.assetSettings);
 * if (next.ok) effectiveRequirements(next.value, doc.assetSettings).get(AssetIdSchema.parse("A-CS-HOSTING"))?.confidentiality?.source;
 * // { kind: "override", reason: "Disks are encrypted; the keys are elsewhere." }
 * ```
 */
export type RequirementOverride = z.infer<typeof RequirementOverrideSchema>;

/**
 * An entry of the asset inventory (5.9): what it is, who owns it, where it is in its
 * life, its classification (5.12), its own security-requirement ratings per property
 * (level keys on the organisation's scales), overrides, recovery objectives and the assets
 * it depends on. The owner is required when parsing; {@link validateAssets} still reports
 * a blank or missing owner in values built without parsing.
 *
 * @category Assets
 * @example
 * ```ts
 * const crm = AssetSchema.parse({
 *   id: "A-CRM-DB",
 *   name: "CRM database",
 *   type: "service",
 *   owner: "Head of Sales Operations",
 *   status: "in_use",
 *   classification: "confidential",
 *   requirements: { confidentiality: "high", integrity: "high", availability: "medium" },
 *   dependsOn: ["A-DB-SERVER-1"],
 * });
 * ```
 */
export const AssetSchema = z.strictObject({
  id: AssetIdSchema,
  name: NonBlankStringSchema,
  type: AssetTypeSchema,
  description: z.string().optional(),
  owner: PartySchema,
  custodian: PartySchema.optional(),
  location: z.string().optional(),
  status: LifecycleStatusSchema,
  inServiceFrom: IsoDateSchema.optional(),
  retiredOn: IsoDateSchema.optional(),
  disposedOn: IsoDateSchema.optional(),
  classification: LevelKeySchema.optional(),
  requirements: rejectReservedKeys(z.record(RequirementPropertyKeySchema, LevelKeySchema)).optional(),
  requirementOverrides: rejectReservedKeys(z.record(RequirementPropertyKeySchema, RequirementOverrideSchema)).optional(),
  recoveryObjectives: RecoveryObjectivesSchema.optional(),
  dependsOn: z.array(AssetIdSchema).optional(),
  tags: z.array(NonBlankStringSchema).optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * An asset of the inventory.
 *
 * @category Assets
 * @example
 * ```ts
 * const asset: Asset = AssetSchema.parse(JSON.parse(text)); // throws a ZodError listing every problem
 * addAsset(doc.assets, asset);
 * ```
 */
export type Asset = z.infer<typeof AssetSchema>;
