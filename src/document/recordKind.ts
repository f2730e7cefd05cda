import type * as z from "zod";
import type { IsmsIssue, IsoDate, Result } from "../core/index.js";

/**
 * Whether the document must hold a collection: `required` (an array, possibly empty),
 * `nonEmpty` (at least one record, e.g. the risk methodology) or `optional` (the field may be
 * absent).
 *
 * @category Document
 * @example
 * ```ts
 * const presence: RecordPresence = ISMS_RECORD_KINDS.methodologies.presence; // "nonEmpty"
 * ```
 */
export type RecordPresence = "required" | "nonEmpty" | "optional";

/**
 * What a reference points at: a record of a collection of the document (by that
 * collection's key), a control of a catalogue the document holds (`annex-a:5.1`), or a
 * catalogue id (Annex A, its 2013 edition, or a catalogue of the document).
 *
 * @category Document
 * @example
 * ```ts
 * const target: ReferenceTarget = { collection: "assets" };
 * ```
 */
export type ReferenceTarget = { readonly collection: string } | "control" | "catalogue";

/**
 * The registry's own check of a reference: the issue it reports when the reference points
 * at nothing.
 *
 * @category Document
 * @example
 * ```ts
 * const check: ReferenceCheck<{ id: string }> = { code: "unknown_asset", message: (value, widget) => `Widget ${widget.id} names asset ${value}, which does not exist.` };
 * ```
 */
export interface ReferenceCheck<T> {
  /** The issue's code, e.g. `unknown_review`. */
  readonly code: string;
  /** The issue's message for a record and the value it names. */
  message(value: string, record: T): string;
}

/**
 * A reference one field of a record holds: where it sits, what it points at, who reports it
 * when it points at nothing and whether it keeps its target from being removed.
 *
 * @category Document
 * @example
 * ```ts
 * // A nonconformity found in a management review names that review.
 * const reference: RecordReference<Nonconformity> = {
 *   path: ["source", "review"],
 *   target: { collection: "reviews" },
 *   check: { code: "unknown_review", message: (review, nc) => `Nonconformity ${nc.id} names management review ${review}, which does not exist.` },
 * };
 * ```
 */
export interface RecordReference<T> {
  /**
   * Where the reference sits inside a record: field names, with `"*"` for every element of
   * an array or every value of an object (`["plans", "*", "risks", "*"]`). A field that is
   * absent holds no reference. The value found is an id, or an object whose fields make up
   * the target's key (a methodology's `{ id, version }`).
   */
  readonly path: readonly string[];
  /** What the value points at. */
  readonly target: ReferenceTarget;
  /** Only records for which this holds carry the reference (absent: every record). */
  when?(record: T): boolean;
  /**
   * Who reports a reference to nothing: `"validator"` when the kind's validator does (with
   * its own code), or the issue the registry reports itself.
   */
  readonly check: "validator" | ReferenceCheck<T>;
  /**
   * `false` when removing the target is not refused because of this reference (a command hook
   * refuses it with its own code instead). References to a collection guard their target by
   * default.
   */
  readonly guardsRemoval?: false;
}

/**
 * How the registry reports two records with the same key.
 *
 * @category Document
 * @example
 * ```ts
 * const rule: DuplicateRule<Policy> = { code: "duplicate_policy_id", message: (policy) => `Policy ${policy.id} appears more than once.` };
 * ```
 */
export interface DuplicateRule<T> {
  /** The issue's code, e.g. `duplicate_policy_id`. */
  readonly code: string;
  /** The issue's message for the second record. */
  message(record: T): string;
  /** The field the issue's path ends with (absent: the path ends at the record). */
  readonly field?: string;
}

/**
 * What the generic `entity.*` commands ask of a record kind beyond its schema and key.
 *
 * @category Document
 * @example
 * ```ts
 * const hooks: CommandHooks<{ id: string }> = { check: () => [] };
 * ```
 */
export interface CommandHooks<T> {
  /**
   * Issues that refuse an added or changed record, with paths relative to the record (an
   * asset's new dependency that closes a cycle). `before` is the record before an update.
   */
  check?(records: readonly T[], record: T, before: T | undefined): IsmsIssue[];
  /** Removes a record instead of the generic path (an asset others depend on is refused by `removeAsset`). */
  remove?(records: readonly T[], record: T): Result<readonly T[]>;
}

/**
 * Where a collection lives when it is not a field of the document itself: in an object field
 * of the document (the audits in the audit programme), which must exist before records are
 * added.
 *
 * @category Document
 * @example
 * ```ts
 * ISMS_RECORD_KINDS.audits.parent.field; // "auditProgramme"
 * ```
 */
export interface RecordParent {
  /** The document's field holding the object that holds the collection. */
  readonly field: string;
  /** The issue that refuses an entity command while that object is absent. */
  readonly missing: { readonly code: string; readonly message: string };
}

/**
 * Options a record kind's validator receives: those of {@link validateIsms}.
 *
 * @category Document
 * @example
 * ```ts
 * const options: RecordCheckOptions = { asOf: "2026-11-27" };
 * ```
 */
export interface RecordCheckOptions {
  /** The date against which due dates, expiries and evidence ages are judged. */
  readonly asOf: IsoDate;
  /** Evidence older than this many days is flagged. */
  readonly evidenceMaxAgeDays?: number;
}

/**
 * One kind of record the document holds, declared once: its schema, its key, its labels,
 * whether it is append-only, where it lives, whether the document requires it, the references
 * its fields hold and its validator. The document's schema, the starter document, the
 * collections the entity commands reach, the removal guard and the referential checks of
 * {@link validateIsms} are derived from these declarations ({@link ISMS_RECORD_KINDS}), and a
 * generic diff or merge can walk every collection through them.
 *
 * @typeParam S - the record's zod schema
 * @typeParam D - the document the validator reads
 * @category Document
 * @example
 * ```ts
 * const kind: RecordKind<typeof AssetSchema, IsmsDocument> = ISMS_RECORD_KINDS.assets;
 * kind.label.many; // "assets"
 * ```
 */
export interface RecordKind<S extends z.ZodType = z.ZodType, D = never> {
  /** The schema of one record. */
  readonly schema: S;
  /** The fields that make up a record's key, joined with `@` (`["id", "version"]` gives `risk-method@2`). */
  readonly key: readonly [string, ...string[]];
  /** How messages name a record (`Treatment plan`) and the collection (`treatment plans`). */
  readonly label: { readonly one: string; readonly many: string };
  /** Records may be added but never changed or removed (risk owners' decisions, methodology versions). */
  readonly appendOnly: boolean;
  /** Whether the document must hold the collection; see {@link RecordPresence}. */
  readonly presence: RecordPresence;
  /** Where the collection lives when not at the top of the document; see {@link RecordParent}. */
  readonly parent?: RecordParent;
  /** Whether the generic `entity.*` commands reach the collection (stored SoA versions and readiness assessments are recorded otherwise). */
  readonly commands: boolean;
  /** The command hooks; see {@link CommandHooks}. */
  readonly hooks?: CommandHooks<z.output<S>>;
  /** Every reference a record's fields hold. */
  readonly references: readonly RecordReference<z.output<S>>[];
  /**
   * The fields that name a party (a person or a role) as owner, custodian, approver, decider
   * or auditor, as paths like those of {@link RecordReference} (`["actions", "*", "owner"]`).
   * When the document has `roles`, {@link validateIsms} warns (`owner_not_role_holder`) about
   * a value that names no role or person holding a role on `asOf`.
   */
  readonly parties?: readonly (readonly string[])[];
  /** Who reports two records with the same key: `"validator"` (the kind's validator, with its own code) or the registry. */
  readonly unique: "validator" | DuplicateRule<z.output<S>>;
  /** The kind's validator, paths relative to the collection; absent when another check covers the records (say which in a comment). */
  validate?(records: readonly z.output<S>[], document: D, options: RecordCheckOptions): IsmsIssue[];
}

/**
 * A registry of record kinds: one {@link RecordKind} per collection, named as the collection
 * is named in the document.
 *
 * @typeParam D - the document the validators read
 * @category Document
 * @example
 * ```ts
 * const registry: RecordKinds<IsmsDocument> = ISMS_RECORD_KINDS;
 * Object.keys(registry).length; // 20
 * ```
 */
export type RecordKinds<D = never> = Readonly<Record<string, RecordKind<z.ZodType, D>>>;
