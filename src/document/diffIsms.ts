import type { IsoDate, JsonValue } from "../core/index.js";
import type { PdcaPhase } from "../cycle/index.js";
import type { RatingLayer } from "../risk/index.js";
import type { SoaDiffEntry } from "../soa/index.js";
import { argumentError, compareNatural } from "../core/_internal/index.js";
import { revisionOf } from "./canonicalIsms.js";
import type { IsmsDocument } from "./schema.js";
import { consequencesOf } from "./_internal/diffConsequences.js";
import { diffCollections, diffFrame } from "./_internal/documentDiff.js";

/**
 * One change of a value inside an entity (its path from the entity) or inside the document's
 * frame (its path from the document): `before` is absent when the value was absent,
 * `after` when it is now absent. A path step is an object's key, or `{ id }` for the element
 * with that id of an array of objects with unique ids (a treatment plan's actions, an
 * audit's findings).
 *
 * @category Document
 * @example
 * ```ts
 * const change: IsmsFieldChange = { path: ["ratings", "residual", "likelihood"], before: "likely", after: "possible" };
 * ```
 */
export interface IsmsFieldChange {
  /** Where the value sits: keys, and `{ id }` for an element of an array of objects by its id. */
  readonly path: readonly (string | { readonly id: string })[];
  /** The value before; absent when there was none. */
  readonly before?: JsonValue;
  /** The value after; absent when there is none now. */
  readonly after?: JsonValue;
}

/**
 * An entity of a collection that was added, removed or changed, found by its key (see
 * {@link ISMS_RECORD_KINDS}): an added entity carries its record in `after`, a removed one in
 * `before`, a changed one its field changes.
 *
 * @category Document
 * @example
 * ```ts
 * const change: IsmsEntityChange = {
 *   collection: "soaDecisions", key: "annex-a:7.4", change: "changed",
 *   fields: [{ path: ["applicable"], before: true, after: false }],
 * };
 * ```
 */
export interface IsmsEntityChange {
  /** The collection's name in {@link ISMS_RECORD_KINDS} (`audits` for the audit programme's audits). */
  readonly collection: string;
  /** The entity's key: its id, `id@version` for a methodology, the control for an SoA decision. */
  readonly key: string;
  /** For a key that appears more than once in a collection (an invalid document): which appearance, from 1 for the second. */
  readonly occurrence?: number;
  /** The entity's title or name, when it has one (from the later record, else the earlier one). */
  readonly title?: string;
  /** What happened to it. */
  readonly change: "added" | "removed" | "changed";
  /** The whole record, for a removed entity. */
  readonly before?: JsonValue;
  /** The whole record, for an added entity. */
  readonly after?: JsonValue;
  /** The changed fields of a changed entity, paths inside the entity; empty for an added or removed one. */
  readonly fields: readonly IsmsFieldChange[];
}

/**
 * How many entities of one collection were added, changed and removed, and what else
 * changed about the collection as a whole.
 *
 * @category Document
 * @example
 * ```ts
 * const counts: IsmsDiffCollection = { collection: "risks", path: ["risks"], added: 1, changed: 2, removed: 0 };
 * ```
 */
export interface IsmsDiffCollection {
  /** The collection's name in {@link ISMS_RECORD_KINDS}. */
  readonly collection: string;
  /** Where it sits in the document, e.g. `["auditProgramme", "audits"]`. */
  readonly path: readonly string[];
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** An optional collection field that appeared (`added`) or disappeared (`removed`). */
  readonly field?: "added" | "removed";
  /**
   * The keys in their new order, when the collection keeps its order (decisions,
   * methodologies, SoA versions, readiness assessments) and the new order is not the old one
   * with removed entities left out and added ones appended in key order.
   */
  readonly order?: readonly string[];
}

/**
 * A level of risk as a diff reports it: key, label and index on its methodology's scale.
 *
 * @category Document
 * @example
 * ```ts
 * const level: IsmsDiffLevel = { key: "high", label: "High", index: 2 };
 * ```
 */
export interface IsmsDiffLevel {
  readonly key: string;
  readonly label: string;
  /** 0-based index on the methodology's levels (higher is worse). */
  readonly index: number;
}

/**
 * A level of risk that moved on one rating layer of a risk both documents hold (6.1.2 d,
 * 8.2). A level is absent when the layer has no rating, or names a methodology version the
 * document does not hold.
 *
 * @category Document
 * @example
 * ```ts
 * const move: IsmsDiffRiskLevel = { risk: "R-01", title: "Ransomware", layer: "residual", before: { key: "high", label: "High", index: 2 }, after: { key: "medium", label: "Medium", index: 1 } };
 * ```
 */
export interface IsmsDiffRiskLevel {
  readonly risk: string;
  /** The risk's title in the later document. */
  readonly title: string;
  readonly layer: RatingLayer;
  readonly before?: IsmsDiffLevel;
  readonly after?: IsmsDiffLevel;
}

/**
 * A residual-risk acceptance (6.1.3 f) that held in the earlier document and does not in the
 * later one. With `asOf`, both are judged by {@link isAcceptanceValid} on that day and the
 * reasons say why it no longer holds; without, only staleness counts (the risk's residual
 * rating is no longer the one frozen in the acceptance).
 *
 * @category Document
 * @example
 * ```ts
 * const stale: IsmsDiffStaleAcceptance = { decision: "D-105", risk: "R-02", reasons: ["stale"] };
 * ```
 */
export interface IsmsDiffStaleAcceptance {
  readonly decision: string;
  readonly risk: string;
  /** `stale` (re-rated since), `expired`, `revoked`, `invalid` (another reason of {@link acceptanceStatus}). */
  readonly reasons: readonly ("stale" | "expired" | "revoked" | "invalid")[];
}

/**
 * The PDCA cycle's number and phase before and after (clause 10 and the cycle's state).
 *
 * @category Document
 * @example
 * ```ts
 * const change: IsmsDiffPhase = { before: { cycle: 1, phase: "do" }, after: { cycle: 1, phase: "check" } };
 * ```
 */
export interface IsmsDiffPhase {
  readonly before: { readonly cycle: number; readonly phase: PdcaPhase };
  readonly after: { readonly cycle: number; readonly phase: PdcaPhase };
}

/**
 * What the changes mean for a reader: levels of risk that moved, SoA rows that changed (as
 * {@link diffSoaRows} lists them), acceptances that no longer hold and the PDCA phase.
 *
 * @category Document
 * @example
 * ```ts
 * const none: IsmsDiffConsequences = { riskLevels: [], soa: [], staleAcceptances: [] };
 * ```
 */
export interface IsmsDiffConsequences {
  /** By risk id in natural order, then layer (inherent, current, target, residual). */
  readonly riskLevels: readonly IsmsDiffRiskLevel[];
  /** The SoA rows derived from each document (on `asOf`, when given), compared. */
  readonly soa: readonly SoaDiffEntry[];
  /** By decision id in natural order. */
  readonly staleAcceptances: readonly IsmsDiffStaleAcceptance[];
  /** Absent when the cycle and phase did not change. */
  readonly phase?: IsmsDiffPhase;
}

/**
 * Options of {@link diffIsms}.
 *
 * @category Document
 * @example
 * ```ts
 * const options: DiffIsmsOptions = { asOf: "2026-11-27" };
 * ```
 */
export interface DiffIsmsOptions {
  /**
   * The day the consequences are judged on: the SoA's statuses from the plans' actions and
   * whether acceptances hold (expiry, revocation). Without it, nothing that depends on a
   * date counts: acceptances count as no longer holding only when they became stale.
   */
  readonly asOf?: IsoDate;
}

/**
 * The semantic difference between two documents, as {@link diffIsms} returns it: plain JSON.
 *
 * @category Document
 * @example
 * ```ts
 * const diff: IsmsDiff = diffIsms(doc, doc);
 * diff.equal; // true
 * ```
 */
export interface IsmsDiff {
  /** `true` exactly when both documents have the same {@link revisionOf | revision}. */
  readonly equal: boolean;
  /** The revisions of the earlier and the later document. */
  readonly revisions: { readonly before: string; readonly after: string };
  /** The day the consequences were judged on, when one was given. */
  readonly asOf?: IsoDate;
  /** The collections with changes, in the document's field order. */
  readonly collections: readonly IsmsDiffCollection[];
  /** Changed fields of the document's frame (everything outside the collections), paths from the document. */
  readonly frame: readonly IsmsFieldChange[];
  /** Entities added, changed and removed: by collection in the document's field order, then key in natural order. */
  readonly entities: readonly IsmsEntityChange[];
  /** What the changes mean. */
  readonly consequences: IsmsDiffConsequences;
}

/**
 * Compares two documents by meaning (7.5.3 control of changes, 9.3.2 b changes since the last
 * management review): every collection entity by entity, by key rather than position, each
 * changed entity field by field; the document's frame (organisation, scope, catalogues in
 * scope, asset settings, audit programme, cycle, certification, custom fields) field by
 * field; and the consequences: levels of risk that moved on each rating layer, SoA rows whose
 * applicability, reasons, status or justification changed, acceptances that no longer hold
 * and the PDCA phase. Arrays inside an entity are compared element by element by `id` when
 * their elements have unique ids, the surviving ones keep their order and new ones come
 * last; any other changed array is one change. The order of records in collections whose
 * order means nothing is no change. The result is deterministic plain JSON; apply it with
 * {@link applyIsmsDiff}.
 *
 * @param before - the earlier document
 * @param after - the later document
 * @param options - see {@link DiffIsmsOptions}
 * @returns the difference; `equal` when the revisions are the same
 * @throws ZodError or IsmsError `invalid_argument` when an argument is not a document
 * @category Document
 * @example
 * ```ts
 * const later = structuredClone(doc);
 * later.organisation.name = "Northwind Analytics plc";
 * const diff = diffIsms(doc, later, { asOf: "2026-11-27" });
 * diff.frame; // [{ path: ["organisation", "name"], before: "Northwind Analytics Ltd", after: "Northwind Analytics plc" }]
 * ```
 */
export function diffIsms(before: IsmsDocument, after: IsmsDocument, options?: DiffIsmsOptions): IsmsDiff {
  try {
    const asOf = options?.asOf;
    const revisions = { before: revisionOf(before), after: revisionOf(after) };
    const { collections, entities } = diffCollections(before, after);
    return {
      equal: revisions.before === revisions.after,
      revisions,
      ...(asOf === undefined ? {} : { asOf }),
      collections,
      frame: diffFrame(before, after),
      entities: entities.sort((a, b) => a.rank - b.rank || compareNatural(a.change.key, b.change.key) || (a.change.occurrence ?? 0) - (b.change.occurrence ?? 0)).map((item) => item.change),
      consequences: consequencesOf(before, after, asOf),
    };
  } catch (error) {
    throw argumentError("diffIsms", error);
  }
}
