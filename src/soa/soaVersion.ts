import * as z from "zod";
import { CustomFieldsSchema, IsoDateSchema, PartySchema } from "../core/index.js";
import { SoaRowSchema } from "./soaRow.js";

/**
 * A version of the Statement of Applicability: its number, date, the derived rows as they
 * stood, and who approved it when. Versions are records: a new SoA is a new version, an
 * approved one is never edited.
 *
 * @category SoA
 * @example
 * ```ts
 * SoaVersionSchema.parse({ version: 1, date: "2026-03-01", rows: [], approvedBy: "CEO", approvedOn: "2026-03-04" });
 * ```
 */
export const SoaVersionSchema = z.strictObject({
  /** Version number, 1, 2, 3, … */
  version: z.int().positive(),
  /** When the version was issued. */
  date: IsoDateSchema,
  /** The derived rows. */
  rows: z.array(SoaRowSchema),
  /** Who approved it. */
  approvedBy: PartySchema.optional(),
  /** When it was approved. */
  approvedOn: IsoDateSchema.optional(),
  /** What changed and why. */
  note: z.string().optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A version of the SoA.
 *
 * @category SoA
 * @example
 * ```ts
 * const latest: SoaVersion | undefined = doc.soaVersions.at(-1);
 * latest && `version ${latest.version} of ${latest.date}, approved by ${latest.approvedBy}`;
 * // "version 1 of 2025-07-21, approved by Maya Lindqvist (CEO)"
 * ```
 */
export type SoaVersion = z.infer<typeof SoaVersionSchema>;
