import * as z from "zod";
import { rejectReservedKeys } from "../core/_internal/index.js";
import { CatalogueIdSchema, IsoDateSchema, type IsoDateTime, type Party } from "../core/index.js";
import { RatingLayerSchema, RatingSchema, RiskSchema } from "../risk/index.js";
import { AuditProgrammeSchema, CertificationSchema, MeasurementSchema, NonconformityEventSchema, NonconformitySchema, PdcaEventSchema } from "../cycle/index.js";
import type { ChangeLogEntry } from "./changeLog.js";
import { IsmsCollectionSchema } from "./collections.js";
import { OrganisationSchema, ScopeSchema } from "./context.js";
import type { IsmsDocument } from "./schema.js";

const IdSchema = z.string().min(1).max(256);

/**
 * The schema of {@link IsmsCommand}: commands arrive as data (from an API, a queue, a file),
 * so they are validated like any other input before they touch the document.
 *
 * @category Document
 * @example
 * ```ts
 * const command = IsmsCommandSchema.parse(JSON.parse(text)); // e.g. the body of a request
 * applyIsmsCommand(doc, command, { by: "CISO", at: "2026-11-27T10:00:00Z" });
 * ```
 */
export const IsmsCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("entity.add"), collection: IsmsCollectionSchema, value: z.unknown() }),
  z.strictObject({
    type: z.literal("entity.update"),
    collection: IsmsCollectionSchema,
    id: IdSchema,
    patch: rejectReservedKeys(z.record(z.string(), z.unknown())),
    unset: z.array(z.string().min(1)).optional(),
  }),
  z.strictObject({ type: z.literal("entity.remove"), collection: IsmsCollectionSchema, id: IdSchema }),
  z.strictObject({ type: z.literal("organisation.update"), patch: OrganisationSchema.partial() }),
  z.strictObject({ type: z.literal("scope.set"), scope: ScopeSchema }),
  z.strictObject({ type: z.literal("cataloguesInScope.set"), catalogues: z.array(CatalogueIdSchema).min(1) }),
  z.strictObject({ type: z.literal("auditProgramme.set"), programme: AuditProgrammeSchema.omit({ audits: true }) }),
  z.strictObject({ type: z.literal("certification.set"), certification: CertificationSchema }),
  z.strictObject({ type: z.literal("asset.retire"), id: IdSchema, date: IsoDateSchema }),
  z.strictObject({ type: z.literal("asset.dispose"), id: IdSchema, date: IsoDateSchema }),
  z.strictObject({ type: z.literal("asset.correctDates"), id: IdSchema, retiredOn: IsoDateSchema.optional(), disposedOn: IsoDateSchema.optional() }),
  z.strictObject({ type: z.literal("asset.link"), id: IdSchema, dependsOn: IdSchema }),
  z.strictObject({ type: z.literal("asset.unlink"), id: IdSchema, dependsOn: IdSchema }),
  z.strictObject({ type: z.literal("asset.reclassify"), id: IdSchema, classification: z.string().min(1) }),
  z.strictObject({ type: z.literal("risk.rate"), id: IdSchema, layer: RatingLayerSchema, rating: RatingSchema.optional() }),
  z.strictObject({ type: z.literal("objective.measure"), id: IdSchema, measurement: MeasurementSchema }),
  z.strictObject({ type: z.literal("nonconformity.advance"), id: IdSchema, event: NonconformityEventSchema }),
  z.strictObject({ type: z.literal("cycle.transition"), event: PdcaEventSchema, date: IsoDateSchema }),
  z.strictObject({ type: z.literal("incident.raiseNonconformity"), incident: IdSchema, lesson: IdSchema, nonconformity: NonconformitySchema }),
  z.strictObject({ type: z.literal("supplier.raiseRisk"), supplier: IdSchema, assessment: IdSchema, finding: IdSchema, risk: RiskSchema }),
]);

/**
 * A change to the document, as data: what a GRC app sends, what a change-log entry names.
 * Generic `entity.*` commands reach every collection (each entity is validated against its
 * schema, ids stay unique, an entity others refer to cannot be removed, risk owners'
 * decisions and methodology versions are append-only, and an asset's `dependsOn` given by
 * `entity.add` or `entity.update` may not close a cycle, which is refused with
 * `dependency_cycle` as `asset.link` refuses it); the others carry the rules of their
 * domain (`cataloguesInScope.set` names only Annex A, its 2013 edition or catalogues the
 * document holds, each once; an asset others depend on cannot be removed, `asset.reclassify` takes a level of
 * the document's own classification scheme (`assetSettings`), a PDCA event must pass its exit
 * criteria, a nonconformity cannot close before an effectiveness review, `supplier.raiseRisk`
 * adds a risk raised from a supplier assessment's finding and links the finding to it in one
 * entry, refusing an unknown supplier, assessment or finding, a finding that already has a
 * risk and a risk id that exists; `incident.raiseNonconformity` adds the nonconformity a
 * lesson learned from an incident raises and records it on the lesson, in one entry).
 *
 * @category Document
 * @example
 * ```ts
 * const command: IsmsCommand = { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" };
 * applyIsmsCommand(doc, command, { by: "IT Manager", at: "2026-11-30T09:00:00Z" }).ok; // true
 * ```
 */
export type IsmsCommand = z.input<typeof IsmsCommandSchema>;

/**
 * Who makes a change and when; the library has no clock, so the caller says.
 *
 * @category Document
 * @example
 * ```ts
 * const meta: CommandMeta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
 * const result = applyIsmsCommand(doc, { type: "organisation.update", patch: { name: "Northwind Analytics Group" } }, meta);
 * if (result.ok) result.value.entry?.by; // "CISO"
 * ```
 */
export interface CommandMeta {
  /** Who makes the change. */
  readonly by: Party;
  /** When, with a time zone. */
  readonly at: IsoDateTime;
  /**
   * The {@link revisionOf | revision} the writer last read (an HTTP `If-Match`): when the
   * document has another revision, someone else changed it since and the command is refused
   * with `stale_revision`, so that no change is lost. Checking it costs one hash of the document.
   */
  readonly expectedRevision?: string;
}

/**
 * The outcome of a command that was accepted: the next document and, when something changed,
 * its change-log entry.
 *
 * @category Document
 * @example
 * ```ts
 * const result = applyIsmsCommand(doc, { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }, { by: "IT Manager", at: "2026-11-30T09:00:00Z" });
 * if (result.ok) {
 *   const outcome: CommandOutcome = result.value;
 *   outcome.document === doc; // false: a new document
 *   outcome.entry?.summary; // "Asset A-HW-PRINTER retired on 2026-11-30"
 * }
 * ```
 */
export interface CommandOutcome {
  /** The next document; the same reference as the input when nothing changed. */
  readonly document: IsmsDocument;
  /** The change-log entry; absent when nothing changed. */
  readonly entry?: ChangeLogEntry;
}

/** A command after parsing: what the steps of {@link applyIsmsCommand} receive. @internal */
export type ParsedCommand = z.output<typeof IsmsCommandSchema>;
