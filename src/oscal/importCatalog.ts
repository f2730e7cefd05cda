import type { CustomCatalogue } from "../catalogue/index.js";
import type { IsmsIssue, Result } from "../core/index.js";
import { readCatalog } from "./_internal/readCatalog.js";

/**
 * Options of {@link importCatalog}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const options: ImportCatalogOptions = { id: "sp800-53-low", prose: true };
 * const imported = importCatalog(JSON.parse(text), options);
 * if (imported.ok) imported.value.controls[0]?.description; // the statement's prose
 * ```
 */
export interface ImportCatalogOptions {
  /** The custom catalogue's id; defaults to the id an ISMS export recorded, else a slug of the title. */
  readonly id?: string;
  /** The `source` to record; defaults to the OSCAL version and uuid of the catalog. */
  readonly source?: string;
  /**
   * Copy the statement and guidance prose into each control's `description` and `guidance`
   * (default `false`: ids, titles, groups and props only). Mind the copyright of the source.
   */
  readonly prose?: boolean;
}

/**
 * What {@link importCatalog} returns: the custom catalogue or the issues that prevent it, as
 * a {@link Result}, and in both cases the `warnings`: every change the import had to make to
 * what the source says (a blank title or version replaced, a group without id named, a
 * parameter insert that names no parameter). An empty list means the catalogue says what
 * the source says.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const imported: ImportCatalogResult = importCatalog(exportCatalog("annex-a", { asOf: "2026-11-27" }));
 * for (const warning of imported.warnings) console.warn(warning.message);
 * ```
 */
export type ImportCatalogResult = Result<CustomCatalogue, IsmsIssue[]> & {
  /** What had to change, with paths into the source (severity `warning`). */
  readonly warnings: readonly IsmsIssue[];
};

/**
 * Reads an OSCAL catalog (OSCAL 1.0.x to 1.2.x; a leading `v` in the version is accepted)
 * into a custom catalogue, so that an organisation can put NIST SP 800-53, a sector baseline
 * or its own OSCAL catalog beside Annex A and reference its controls
 * (`"<id>:<control id>"`) from risks, treatment plans and the SoA. Every control keeps its
 * id, title (as written, white space included), props and group (the deepest group holding
 * it); an enhancement nested in a control gets that control as `parent`; groups keep their
 * ids, titles, props and nesting (a group without id gets `g1`, `g1.2`, … by position). A
 * control the source marks withdrawn (prop `status` = `withdrawn`) is kept, with that prop
 * and `withdrawn: true`, so that references to it still resolve and the SoA asks for no
 * decision on it. With `prose: true` the statement and guidance
 * become the control's `description` and `guidance`, each parameter insert written as SP
 * 800-53 writes it (`[Assignment: organization-defined frequency]`,
 * `[Selection (one or more): a; b]`, or the values set), and the control's parameters are
 * kept whole in its `custom["oscal-params"]` (a custom catalogue has no field for them). A
 * file that holds another OSCAL model gets one issue that says which. Exporting the result
 * with {@link exportCatalog} gives back every control id, title and group.
 *
 * @param json - the parsed JSON of an OSCAL catalog document (`{ "catalog": … }`)
 * @param options - the catalogue id, source and whether to copy prose
 * @returns the custom catalogue, or every issue found (paths relative to `json`), and the warnings: what had to change
 * @category OSCAL
 * @example
 * ```ts
 * const imported = importCatalog(JSON.parse(text), { id: "sp800-53-low" });
 * if (imported.ok) imported.value.controls.length; // 149 for the SP 800-53 rev. 5 LOW baseline
 * imported.warnings.map((warning) => warning.message); // [] when nothing had to change
 * ```
 */
export function importCatalog(json: unknown, options: ImportCatalogOptions = {}): ImportCatalogResult {
  return readCatalog(json, options).result;
}
