import * as z from "zod";
import { argumentError, deepFreeze } from "../core/_internal/index.js";
import { CatalogueIdSchema, NonBlankStringSchema } from "../core/index.js";
import { correspondence, predecessorsOf, successorsOf } from "./correspondence.js";
import { ANNEX_A, ANNEX_A_2013, ControlRefSchema, annexA2013Ref, annexARef, splitControlRef } from "./refs.js";

/**
 * How a source control relates to a target control (the set relations of NIST IR 8477, as
 * OSCAL's mapping model names them without the suffix): `equivalent` (same requirement),
 * `subset` (the source asks for part of what the target asks), `superset` (more) or
 * `intersects` (they overlap).
 *
 * @category Catalogue
 * @example
 * ```ts
 * MappingRelationshipSchema.options; // ["equivalent", "subset", "superset", "intersects"]
 * ```
 */
export const MappingRelationshipSchema = /* @__PURE__ */ z.enum(["equivalent", "subset", "superset", "intersects"]);

/**
 * A relationship of a {@link ControlMappingEntry}.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const relationship: MappingRelationship = "subset";
 * ```
 */
export type MappingRelationship = z.infer<typeof MappingRelationshipSchema>;

/**
 * The relationship of a mapping entry read the other way round, from its target to its
 * source: `subset` and `superset` swap, `equivalent` and `intersects` stay.
 *
 * @param relationship - "source is <relationship> of target"
 * @returns "target is <result> of source"
 * @category Catalogue
 * @example
 * ```ts
 * invertRelationship("subset"); // "superset"
 * invertRelationship("intersects"); // "intersects"
 * ```
 */
export function invertRelationship(relationship: MappingRelationship): MappingRelationship {
  switch (relationship) {
    case "subset":
      return "superset";
    case "superset":
      return "subset";
    case "equivalent":
    case "intersects":
      return relationship;
    default: {
      const never: never = relationship;
      throw argumentError("invertRelationship", new TypeError(`Unknown relationship ${String(never)}`));
    }
  }
}

/**
 * One edge of a control mapping: a control of the source catalogue, a control of the
 * target catalogue (both catalogue-qualified), how they relate and optional remarks.
 *
 * @category Catalogue
 * @example
 * ```ts
 * ControlMappingEntrySchema.parse({ source: "annex-a-2013:A.12.4.1", target: "annex-a:8.15", relationship: "subset" });
 * ```
 */
export const ControlMappingEntrySchema = /* @__PURE__ */ z.strictObject({
  source: ControlRefSchema,
  target: ControlRefSchema,
  relationship: MappingRelationshipSchema,
  remarks: z.string().optional(),
});

/**
 * An edge of a {@link ControlMapping}.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const entry: ControlMappingEntry = { source: "annex-a-2013:A.5.1.1", target: "annex-a:5.1", relationship: "subset" };
 * ```
 */
export type ControlMappingEntry = z.infer<typeof ControlMappingEntrySchema>;

/**
 * A mapping (a crosswalk) from the controls of one catalogue to those of another: the
 * ISO/IEC 27001:2013 → 2022 correspondence, or SP 800-53 → Annex A as an OSCAL mapping
 * collection publishes it. Every entry's source is a control of `source`, every target one
 * of `target`; the schema refuses entries that say otherwise.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const mapping = ControlMappingSchema.parse({
 *   id: "acme-to-annex-a",
 *   source: "acme",
 *   target: "annex-a",
 *   entries: [{ source: "acme:ACME-7", target: "annex-a:5.23", relationship: "intersects" }],
 * });
 * ```
 */
export const ControlMappingSchema = /* @__PURE__ */ z
  .strictObject({
    id: NonBlankStringSchema.max(200),
    source: CatalogueIdSchema,
    target: CatalogueIdSchema,
    title: z.string().optional(),
    entries: z.array(ControlMappingEntrySchema),
  })
  .superRefine((mapping, ctx) => {
    mapping.entries.forEach((entry, index) => {
      for (const side of ["source", "target"] as const) {
        if (splitControlRef(entry[side])?.catalogue !== mapping[side]) {
          ctx.addIssue({ code: "custom", message: `must be a control of catalogue "${mapping[side]}"`, path: ["entries", index, side] });
        }
      }
    });
  });

/**
 * A control mapping.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const mapping: ControlMapping = correspondenceMapping();
 * mapping.entries.filter((entry) => entry.target === "annex-a:8.15").length; // 3
 * ```
 */
export type ControlMapping = z.infer<typeof ControlMappingSchema>;

/**
 * The relationship of one 2013 → 2022 edge, seen from the 2013 control: `equivalent` when
 * neither side was split or merged, `subset` when several 2013 controls merged into the 2022
 * one, `superset` when the 2013 control was split, `intersects` when both.
 */
function relationshipOf(from2013: string, to2022: string): MappingRelationship {
  const split = successorsOf(from2013).length > 1;
  const merged = predecessorsOf(to2022).length > 1;
  if (split && merged) return "intersects";
  if (split) return "superset";
  if (merged) return "subset";
  return "equivalent";
}

let builtIn: ControlMapping | undefined;

/**
 * The ISO/IEC 27001:2013 → 2022 correspondence ({@link correspondence}) as a
 * {@link ControlMapping} from `annex-a-2013` to `annex-a`, one entry per edge in 2013 order:
 * `equivalent` (one to one), `subset` (merged into a 2022 control), `superset` (split into
 * several) or `intersects` (both). The same value every call, deeply frozen.
 *
 * @returns the built-in correspondence as a control mapping
 * @category Catalogue
 * @example
 * ```ts
 * const mapping = correspondenceMapping();
 * mapping.entries.find((entry) => entry.source === "annex-a-2013:A.12.4.1")?.relationship; // "subset"
 * ```
 */
export function correspondenceMapping(): ControlMapping {
  builtIn ??= deepFreeze(
    ControlMappingSchema.parse({
      id: "annex-a-2013-to-annex-a",
      source: ANNEX_A_2013,
      target: ANNEX_A,
      title: "ISO/IEC 27001:2013 Annex A to ISO/IEC 27001:2022 Annex A",
      entries: correspondence.map((edge) => ({
        source: annexA2013Ref(edge.from2013),
        target: annexARef(edge.to2022),
        relationship: relationshipOf(edge.from2013, edge.to2022),
      })),
    }),
  );
  return builtIn;
}
