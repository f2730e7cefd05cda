import * as z from "zod";
import { CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema } from "../core/index.js";

/**
 * The kinds of external audit by the certification body after the decision:
 * surveillance, recertification, or a special (short-notice) audit.
 *
 * @category Cycle
 * @example
 * ```ts
 * ExternalAuditKindSchema.options; // ["surveillance", "recertification", "special"]
 * ```
 */
export const ExternalAuditKindSchema = z.enum(["surveillance", "recertification", "special"]);

/**
 * An external audit kind.
 *
 * @category Cycle
 * @example
 * ```ts
 * const kind: ExternalAuditKind = "surveillance";
 * ```
 */
export type ExternalAuditKind = z.infer<typeof ExternalAuditKindSchema>;

/**
 * The certification record (ISO/IEC 17021-1, ISO/IEC 27006-1): the certification body,
 * stage 1 and stage 2 audit dates, the certification decision, the expiry stated on the
 * certificate (derived when absent, see {@link certificationSchedule}), the expiry of the
 * previous certificate for a recertification, and the external audits held since.
 *
 * @category Cycle
 * @example
 * ```ts
 * CertificationSchema.parse({
 *   body: "Example Cert GmbH", stage1: "2026-09-01", stage2: "2026-10-20",
 *   decisionDate: "2026-11-27", externalAudits: [],
 * });
 * ```
 */
export const CertificationSchema = z.strictObject({
  body: NonBlankStringSchema,
  certificateNumber: z.string().min(1).optional(),
  stage1: IsoDateSchema.optional(),
  stage2: IsoDateSchema.optional(),
  decisionDate: IsoDateSchema.optional(),
  expiry: IsoDateSchema.optional(),
  previousExpiry: IsoDateSchema.optional(),
  externalAudits: z.array(
    z.strictObject({
      kind: ExternalAuditKindSchema,
      date: IsoDateSchema,
      completed: z.boolean(),
      reference: z.string().min(1).optional(),
    }),
  ),
  custom: CustomFieldsSchema.optional(),
});

/**
 * A certification record.
 *
 * @category Cycle
 * @example
 * ```ts
 * const certification: Certification = CertificationSchema.parse(JSON.parse(text));
 * certificationSchedule(certification)?.expiry;
 * ```
 */
export type Certification = z.infer<typeof CertificationSchema>;
