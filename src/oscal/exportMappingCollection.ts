import { NEW_IN_2022, correspondenceMapping, splitControlRef, type MappingRelationship } from "../catalogue/index.js";
import { lineOr, timestamp, uuidFactory } from "./_internal/build.js";
import { ownProp } from "./_internal/build.js";
import { OSCAL_VERSION } from "./namespace.js";
import type { OscalMap, OscalMappingDocument } from "./model.js";
import { oscalControlId } from "./oscalControlId.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link exportMappingCollection}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const options: ExportMappingCollectionOptions = { asOf: "2026-11-27T09:00:00Z" };
 * exportMappingCollection(options)["mapping-collection"].metadata["last-modified"]; // "2026-11-27T09:00:00Z"
 * ```
 */
export interface ExportMappingCollectionOptions {
  /** `metadata.last-modified`: a date-time with a time zone, or a date (midnight UTC). */
  readonly asOf: string;
  /** The organisation: its name seeds the uuids. */
  readonly organisation?: string;
  /** `metadata.version`; defaults to `"1"`. */
  readonly version?: string;
  /** Where the 2013 catalog lives; defaults to `annex-a-2013.catalog.json`. */
  readonly sourceHref?: string;
  /** Where the 2022 catalog lives; defaults to `annex-a.catalog.json`. */
  readonly targetHref?: string;
}

/** OSCAL's name of each relationship of a control mapping. */
const OSCAL_RELATIONSHIP: Readonly<Record<MappingRelationship, string>> = {
  equivalent: "equivalent-to",
  subset: "subset-of",
  superset: "superset-of",
  intersects: "intersects-with",
};

/**
 * Exports the correspondence between ISO/IEC 27001:2013 and 2022 Annex A as an OSCAL 1.2
 * `mapping-collection`: one mapping from the 2013 catalog to the 2022 catalog (both as
 * {@link exportCatalog} writes them), one map per correspondence edge with the relationship
 * `equivalent-to` (one to one), `subset-of` (merged into a 2022 control), `superset-of` (split
 * into several 2022 controls) or `intersects-with` (both). The 11 controls new in 2022 have
 * no source and are named in the mapping's remarks.
 *
 * @param options - `asOf` and optional organisation, version and catalog hrefs
 * @returns `{ "mapping-collection" }`
 * @throws {@link IsmsError} `invalid_date` when `asOf` is not a date or a date-time with a time zone
 * @category OSCAL
 * @example
 * ```ts
 * const doc = exportMappingCollection({ asOf: "2026-11-27T09:00:00Z" });
 * doc["mapping-collection"].mappings[0]?.maps.length; // one per 2013 → 2022 edge
 * ```
 */
export function exportMappingCollection(options: ExportMappingCollectionOptions): OscalMappingDocument {
  try {
    const lastModified = timestamp(options.asOf);
    const uuid = uuidFactory("mapping", options.organisation);
    // The relationships are the built-in mapping's (one rule, in the catalogue module).
    const maps: OscalMap[] = correspondenceMapping().entries.map((entry) => ({
      uuid: uuid("map", `${splitControlRef(entry.source)?.id ?? entry.source}->${splitControlRef(entry.target)?.id ?? entry.target}`),
      relationship: OSCAL_RELATIONSHIP[entry.relationship],
      sources: [{ type: "control", "id-ref": oscalControlId(entry.source) }],
      targets: [{ type: "control", "id-ref": oscalControlId(entry.target) }],
    }));
    const source = uuid("catalog-resource", "annex-a-2013");
    const target = uuid("catalog-resource", "annex-a");
    return {
      "mapping-collection": {
        uuid: uuid("mapping-collection"),
        metadata: {
          title: "ISO/IEC 27001:2013 Annex A to ISO/IEC 27001:2022 Annex A",
          "last-modified": lastModified,
          version: lineOr(options.version, "1"),
          "oscal-version": OSCAL_VERSION,
        },
        provenance: {
          method: "human",
          "matching-rationale": "semantic",
          status: "complete",
          "mapping-description":
            "Each ISO/IEC 27001:2013 Annex A control mapped to the ISO/IEC 27001:2022 Annex A controls it became, from the correspondence the ISMS library ships (ids only).",
        },
        mappings: [
          {
            uuid: uuid("mapping", "annex-a-2013->annex-a"),
            "source-resource": { type: "catalog", href: `#${source}` },
            "target-resource": { type: "catalog", href: `#${target}` },
            maps,
            remarks: `Controls new in 2022, with no 2013 source: ${NEW_IN_2022.join(", ")}.`,
          },
        ],
        "back-matter": {
          resources: [
            {
              uuid: source,
              title: "ISO/IEC 27001:2013 Annex A controls",
              props: [ownProp("catalogue-id", "annex-a-2013")],
              rlinks: [{ href: options.sourceHref ?? "annex-a-2013.catalog.json", "media-type": "application/oscal.catalog+json" }],
            },
            {
              uuid: target,
              title: "ISO/IEC 27001:2022 Annex A controls",
              props: [ownProp("catalogue-id", "annex-a")],
              rlinks: [{ href: options.targetHref ?? "annex-a.catalog.json", "media-type": "application/oscal.catalog+json" }],
            },
          ],
        },
      },
    };
  } catch (error) {
    throw argumentError("exportMappingCollection", error);
  }
}
