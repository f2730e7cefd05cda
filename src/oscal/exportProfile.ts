import { ANNEX_A, ANNEX_A_2013, splitControlRef, type ControlRef, type CustomCatalogue } from "../catalogue/index.js";
import { IsmsError } from "../core/index.js";
import { compact, line, lineOr, ownProp, timestamp, uuidFactory } from "./_internal/build.js";
import { controlIdResolver } from "./_internal/controlIds.js";
import { OSCAL_VERSION } from "./namespace.js";
import type { OscalProfileDocument, OscalResource } from "./model.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link exportProfile}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const options: ExportProfileOptions = { asOf: "2026-11-27T09:00:00Z", hrefs: { "annex-a": "catalogs/annex-a.json" } };
 * exportProfile(["annex-a:5.1"], options).profile["back-matter"]?.resources?.[0]?.rlinks?.[0]?.href; // "catalogs/annex-a.json"
 * ```
 */
export interface ExportProfileOptions {
  /** `metadata.last-modified`: a date-time with a time zone, or a date (midnight UTC). */
  readonly asOf: string;
  /** The organisation: its name seeds the uuids. */
  readonly organisation?: string;
  /** `metadata.title`; defaults to "<organisation> applicable controls". */
  readonly title?: string;
  /** `metadata.version`; defaults to `"1"`. */
  readonly version?: string;
  /** Where each catalogue's exported OSCAL catalog lives, by catalogue id; defaults to `<id>.catalog.json`. */
  readonly hrefs?: Readonly<Record<string, string>>;
  /**
   * The document's custom catalogues: their titles, and the control ids two of them share,
   * which are qualified by catalogue (`low.ac-2`) as in the catalogs and the SSP.
   */
  readonly catalogues?: readonly CustomCatalogue[];
}

function catalogueTitle(id: string, catalogues: readonly CustomCatalogue[]): string {
  if (id === ANNEX_A) return "ISO/IEC 27001:2022 Annex A controls";
  if (id === ANNEX_A_2013) return "ISO/IEC 27001:2013 Annex A controls";
  return lineOr(catalogues.find((catalogue) => catalogue.id === id)?.title, id);
}

/**
 * Exports the controls in scope as an OSCAL 1.2 `profile`: one import per catalogue, each
 * pointing (`#uuid`) to a back-matter resource that links the catalog exported by
 * {@link exportCatalog}, with `include-controls` listing the selected control ids in the
 * order given (qualified by catalogue where two custom catalogues share an id, as in the
 * catalogs and the SSP), and `merge: as-is` so that the catalogs' grouping is kept.
 * Duplicates are listed once.
 *
 * @param controls - the controls in scope, e.g. the applicable rows of the SoA
 * @param options - `asOf` and optional organisation, title, version, catalog hrefs, custom catalogues
 * @returns `{ profile }`
 * @throws {@link IsmsError} `invalid_argument` when `controls` is empty or holds a malformed reference,
 *   `invalid_date` when `asOf` is not a date or a date-time with a time zone
 * @category OSCAL
 * @example
 * ```ts
 * const doc = exportProfile(["annex-a:5.1", "annex-a:8.24"], { asOf: "2026-11-27T09:00:00Z" });
 * doc.profile.imports[0]?.["include-controls"][0]?.["with-ids"]; // ["a-5.1", "a-8.24"]
 * ```
 */
export function exportProfile(controls: readonly (ControlRef | string)[], options: ExportProfileOptions): OscalProfileDocument {
  try {
    const lastModified = timestamp(options.asOf);
    if (controls.length === 0) throw new IsmsError("invalid_argument", "A profile selects at least one control.");
    const uuid = uuidFactory("profile", options.organisation);
    const catalogues = options.catalogues ?? [];
    const idOf = controlIdResolver(catalogues, controls);
    const byCatalogue = new Map<string, string[]>();
    for (const ref of controls) {
      const parts = splitControlRef(ref);
      if (!parts) throw new IsmsError("invalid_argument", `"${ref}" is not a control reference "<catalogue>:<id>".`);
      const ids = byCatalogue.get(parts.catalogue) ?? [];
      const id = idOf(ref);
      if (!ids.includes(id)) ids.push(id);
      byCatalogue.set(parts.catalogue, ids);
    }
    const resources: OscalResource[] = [...byCatalogue.keys()].map((catalogue) => ({
      uuid: uuid("catalog-resource", catalogue),
      title: catalogueTitle(catalogue, catalogues),
      props: [ownProp("catalogue-id", catalogue)],
      rlinks: [{ href: options.hrefs?.[catalogue] ?? `${catalogue}.catalog.json`, "media-type": "application/oscal.catalog+json" }],
    }));
    return {
      profile: {
        uuid: uuid("profile"),
        metadata: compact({
          title: lineOr(options.title, line(options.organisation) === undefined ? "Applicable controls" : `${line(options.organisation)}: applicable controls`),
          "last-modified": lastModified,
          version: lineOr(options.version, "1"),
          "oscal-version": OSCAL_VERSION,
        }),
        imports: [...byCatalogue].map(([catalogue, ids]) => ({
          href: `#${uuid("catalog-resource", catalogue)}`,
          "include-controls": [{ "with-ids": ids }],
        })),
        merge: { "as-is": true },
        "back-matter": { resources },
      },
    };
  } catch (error) {
    throw argumentError("exportProfile", error);
  }
}
