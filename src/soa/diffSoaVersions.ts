import * as z from "zod";
import { ControlRefSchema, splitControlRef, type ControlRef } from "../catalogue/index.js";
import type { SoaReason, SoaRow } from "./soaRow.js";
import type { SoaVersion } from "./soaVersion.js";
import { compareNatural, compareText } from "./_internal/sort.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What changed for a control between two SoA versions: added or removed from scope, its
 * applicability, exclusion justification, reasons, implementation status, owner or provider.
 *
 * @category SoA
 * @example
 * ```ts
 * SoaChangeKindSchema.options[0]; // "added"
 * ```
 */
export const SoaChangeKindSchema = z.enum(["added", "removed", "applicability", "justification", "reasons", "status", "owner", "provider"]);

/**
 * A kind of change between SoA versions.
 *
 * @category SoA
 * @example
 * ```ts
 * const change: SoaChangeKind = "status";
 * ```
 */
export type SoaChangeKind = z.infer<typeof SoaChangeKindSchema>;

/**
 * One change between two SoA versions, with the value before and after as text: the title
 * for an added or removed control, `"applicable"` or `"excluded"` for applicability, the
 * status code, the owner, provider or justification, and the reasons as
 * `kind (ids): note; …`. A value that was absent is left out.
 *
 * @category SoA
 * @example
 * ```ts
 * SoaDiffEntrySchema.parse({ ref: "annex-a:8.16", change: "status", before: "planned", after: "implemented" });
 * ```
 */
export const SoaDiffEntrySchema = z.strictObject({
  /** The control. */
  ref: ControlRefSchema,
  /** What changed. */
  change: SoaChangeKindSchema,
  /** The value in the first version. */
  before: z.string().optional(),
  /** The value in the second version. */
  after: z.string().optional(),
});

/**
 * One entry of an SoA diff.
 *
 * @category SoA
 * @example
 * ```ts
 * const entry: SoaDiffEntry = { ref: "annex-a:5.23", change: "added", after: "Information security for use of cloud services" };
 * ```
 */
export type SoaDiffEntry = z.infer<typeof SoaDiffEntrySchema>;

/**
 * The changes between two SoA versions, as returned by {@link diffSoaVersions}.
 *
 * @category SoA
 * @example
 * ```ts
 * const latest = createSoaVersion(doc.soaVersions, deriveIsmsSoa(doc), { date: "2026-11-27" });
 * const diff: SoaDiff | undefined = doc.soaVersions[0] && diffSoaVersions(doc.soaVersions[0], latest);
 * diff?.map((entry) => `${entry.ref} ${entry.change}`);
 * // ["annex-a:5.14 status", "annex-a:5.16 reasons", …, "northwind:NW-3 added"]
 * ```
 */
export type SoaDiff = SoaDiffEntry[];

/**
 * Formats reasons as one line of text, `kind (ids): note` joined with `; `, as used in
 * {@link SoaDiffEntry} values.
 *
 * @param reasons - the reasons of a row
 * @returns the text; empty when there are none
 * @category SoA
 * @example
 * ```ts
 * formatSoaReasons(SoaReasonSchema.array().parse([{ kind: "risk_treatment", risks: ["R-1"] }, { kind: "business", note: "Tenders" }]));
 * // "risk_treatment (R-1); business: Tenders"
 * ```
 */
export function formatSoaReasons(reasons: readonly SoaReason[]): string {
  try {
    return reasons
      .map((reason) => {
        const ids = [...(reason.risks ?? []), ...(reason.obligations ?? [])];
        return `${reason.kind}${ids.length > 0 ? ` (${ids.join(", ")})` : ""}${reason.note === undefined ? "" : `: ${reason.note}`}`;
      })
      .join("; ");
  } catch (error) {
    throw argumentError("formatSoaReasons", error);
  }
}

function compareRefs(a: ControlRef, b: ControlRef): number {
  const left = splitControlRef(a);
  const right = splitControlRef(b);
  /* v8 ignore next -- a ControlRef always has a colon */
  if (!left || !right) return compareText(a, b);
  return compareText(left.catalogue, right.catalogue) || compareNatural(left.id, right.id);
}

const CHANGE_ORDER = SoaChangeKindSchema.options;

// Compared field by field so that the key order of parsed JSON does not matter.
function canonicalReasons(reasons: readonly SoaReason[]): string {
  return JSON.stringify(reasons.map((reason) => [reason.kind, reason.risks ?? null, reason.obligations ?? null, reason.note ?? null]));
}

function entry(ref: ControlRef, change: SoaChangeKind, before: string | undefined, after: string | undefined): SoaDiffEntry {
  return { ref, change, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

/**
 * Lists the changes between two sets of SoA rows: controls added and removed, and changes of
 * applicability, justification, reasons, status, owner and provider. The order is stable and
 * independent of the direction: by catalogue id, then control id (numbers compared as
 * numbers, so Annex A stays in its order), then the order of {@link SoaChangeKindSchema}. So
 * `diffSoaRows(a, a)` is empty and `diffSoaRows(b, a)` is `diffSoaRows(a, b)` with added and
 * removed swapped and before and after swapped. When a ref appears twice the first row counts.
 *
 * @param before - rows of the earlier version
 * @param after - rows of the later version
 * @returns the changes
 * @category SoA
 * @example
 * ```ts
 * diffSoaRows(doc.soaVersions[0]?.rows ?? [], deriveIsmsSoa(doc)).filter((entry) => entry.change === "applicability"); // []
 * ```
 */
export function diffSoaRows(before: readonly SoaRow[], after: readonly SoaRow[]): SoaDiff {
  try {
    const index = (rows: readonly SoaRow[]): Map<ControlRef, SoaRow> => {
      const map = new Map<ControlRef, SoaRow>();
      for (const row of rows) if (!map.has(row.ref)) map.set(row.ref, row);
      return map;
    };
    const left = index(before);
    const right = index(after);
    const refs = [...new Set([...left.keys(), ...right.keys()])].sort(compareRefs);
    const entries: SoaDiff = [];
    for (const ref of refs) {
      const a = left.get(ref);
      const b = right.get(ref);
      if (!a) {
        entries.push(entry(ref, "added", undefined, b?.title));
        continue;
      }
      if (!b) {
        entries.push(entry(ref, "removed", a.title, undefined));
        continue;
      }
      const changes: [SoaChangeKind, string | undefined, string | undefined, boolean][] = [
        ["applicability", a.applicable ? "applicable" : "excluded", b.applicable ? "applicable" : "excluded", a.applicable !== b.applicable],
        ["justification", a.justification, b.justification, a.justification !== b.justification],
        ["reasons", formatSoaReasons(a.reasons), formatSoaReasons(b.reasons), canonicalReasons(a.reasons) !== canonicalReasons(b.reasons)],
        ["status", a.status, b.status, a.status !== b.status],
        ["owner", a.owner, b.owner, a.owner !== b.owner],
        ["provider", a.provider, b.provider, a.provider !== b.provider],
      ];
      for (const [change, x, y, changed] of changes) if (changed) entries.push(entry(ref, change, x, y));
    }
    return entries.sort((x, y) => compareRefs(x.ref, y.ref) || CHANGE_ORDER.indexOf(x.change) - CHANGE_ORDER.indexOf(y.change));
  } catch (error) {
    throw argumentError("diffSoaRows", error);
  }
}

/**
 * Lists the changes between two SoA versions (see {@link diffSoaRows} for what and in which
 * order).
 *
 * @param before - the earlier version
 * @param after - the later version
 * @returns the changes; empty when the rows agree
 * @category SoA
 * @example
 * ```ts
 * const [approved] = doc.soaVersions;
 * const latest = createSoaVersion(doc.soaVersions, deriveIsmsSoa(doc), { date: "2026-11-27" });
 * if (approved) {
 *   for (const change of diffSoaVersions(approved, latest)) console.log(change.ref, change.change, change.before, "→", change.after);
 * }
 * // annex-a:5.14 status planned → implemented
 * // annex-a:5.16 reasons best_practice → risk_treatment (R-27) …
 * ```
 */
export function diffSoaVersions(before: SoaVersion, after: SoaVersion): SoaDiff {
  try {
    return diffSoaRows(before.rows, after.rows);
  } catch (error) {
    throw argumentError("diffSoaVersions", error);
  }
}
