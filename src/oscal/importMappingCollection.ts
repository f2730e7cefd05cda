import {
  ANNEX_A,
  ANNEX_A_2013,
  ControlMappingSchema,
  ControlRefSchema,
  controlRef,
  resolveControlRef,
  splitControlRef,
  type ControlMapping,
  type ControlMappingEntry,
  type ControlRef,
  type CustomCatalogue,
  type MappingRelationship,
} from "../catalogue/index.js";
import { CatalogueIdSchema, err, issue, ok, type IsmsIssue, type IssuePath, type Result } from "../core/index.js";
import { argumentError, zodIssues } from "../core/_internal/index.js";
import { ISMS_OSCAL_NS } from "./namespace.js";

/**
 * Options of {@link importMappingCollection}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const options: ImportMappingCollectionOptions = {
 *   catalogueOf: (href) => (href.endsWith("SP-800-53_rev5_catalog.json") ? "sp800-53" : undefined),
 *   catalogues: doc.catalogues,
 * };
 * ```
 */
export interface ImportMappingCollectionOptions {
  /**
   * The catalogue id of a mapping's source or target resource, from its `href` (for an href
   * `#<uuid>`, also from each of the back-matter resource's `rlinks` hrefs, in order).
   * Without an answer, a back-matter resource's ISMS `catalogue-id` prop (as
   * {@link exportMappingCollection} writes it) names the catalogue.
   */
  readonly catalogueOf?: (href: string) => string | undefined;
  /** Whether a control exists; wins over `catalogues`. */
  readonly knownControl?: (ref: ControlRef) => boolean;
  /**
   * The custom catalogues the mapped controls may be in. Without this and `knownControl`,
   * only references into Annex A 2022 and 2013 are checked.
   */
  readonly catalogues?: readonly CustomCatalogue[];
  /** What a map naming an unknown control is: a `"warning"` (the default; the map is left out) or an `"error"`. */
  readonly unknownControls?: "warning" | "error";
}

/**
 * What {@link importMappingCollection} returns: the control mappings or the issues that
 * prevent them, and in both cases the `warnings`: the maps left out and why.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const imported: ImportMappingCollectionResult = importMappingCollection(exportMappingCollection({ asOf: "2026-11-27" }));
 * imported.warnings.length; // 0
 * ```
 */
export type ImportMappingCollectionResult = Result<ControlMapping[], IsmsIssue[]> & {
  /** The maps left out (unknown controls, relationships or item types), with paths into the source (severity `warning`). */
  readonly warnings: readonly IsmsIssue[];
};

const RELATIONSHIPS: Readonly<Record<string, MappingRelationship>> = {
  "equivalent-to": "equivalent",
  "subset-of": "subset",
  "superset-of": "superset",
  "intersects-with": "intersects",
};

type JsonObject = { readonly [key: string]: unknown };
const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The control reference of an OSCAL control id, undoing {@link oscalControlId} for the built-in catalogues. */
function refOf(catalogue: string, idRef: string): string {
  if (catalogue === ANNEX_A && idRef.startsWith("a-")) return controlRef(catalogue, idRef.slice(2));
  if (catalogue === ANNEX_A_2013 && idRef.startsWith("a2013-")) return controlRef(catalogue, `A.${idRef.slice(6)}`);
  return controlRef(catalogue, idRef);
}

/**
 * Reads an OSCAL 1.2 `mapping-collection` (a crosswalk such as SP 800-53 → ISO/IEC 27001)
 * into control mappings, one per mapping of the collection, from the caller's catalogue ids
 * for its source and target resources (`catalogueOf`, else the ISMS `catalogue-id` prop of a
 * back-matter resource). Each map becomes one entry per pair of its control sources and
 * targets, with the relationship kept (`equivalent-to` → `equivalent`, `subset-of`,
 * `superset-of`, `intersects-with` alike) and its remarks. Built-in OSCAL ids go back to
 * references (`a-5.1` → `annex-a:5.1`, `a2013-5.1.1` → `annex-a-2013:A.5.1.1`); others are
 * taken as the control id. A map with another relationship, a `statement` item or a control
 * that is not known (`knownControl`, else the `catalogues`, else Annex A for the built-in
 * catalogues) is left out with a warning that has its path; a resource whose catalogue is
 * not known is an issue. The collection {@link exportMappingCollection} writes comes back
 * as {@link correspondenceMapping}'s entries.
 *
 * @param json - the parsed JSON of an OSCAL mapping collection (`{ "mapping-collection": … }`)
 * @param options - the catalogue ids of the resources and how to know a control
 * @returns the control mappings, or every issue found (paths relative to `json`), and the warnings
 * @category OSCAL
 * @example
 * ```ts
 * const imported = importMappingCollection(exportMappingCollection({ asOf: "2026-11-27" }));
 * if (imported.ok) imported.value[0]?.entries.length === correspondenceMapping().entries.length; // true
 * ```
 */
export function importMappingCollection(json: unknown, options: ImportMappingCollectionOptions = {}): ImportMappingCollectionResult {
  try {
    const issues: IsmsIssue[] = [];
    const warnings: IsmsIssue[] = [];
    const fail = (): ImportMappingCollectionResult => ({ ...err(issues), warnings });
    if (!isObject(json) || !isObject(json["mapping-collection"])) {
      const model = isObject(json) ? Object.keys(json)[0] : undefined;
      issues.push(issue("not_a_mapping_collection", `Not an OSCAL mapping collection${model === undefined ? "" : `: this is a ${model}`}.`, []));
      return fail();
    }
    const collection = json["mapping-collection"];
    const root: IssuePath = ["mapping-collection"];
    const metadata = collection["metadata"];
    const title = isObject(metadata) && typeof metadata["title"] === "string" ? metadata["title"] : undefined;
    const resources = new Map<string, { catalogue: string | undefined; hrefs: string[] }>();
    const backMatter = collection["back-matter"];
    for (const resource of isObject(backMatter) ? list(backMatter["resources"]) : []) {
      if (!isObject(resource) || typeof resource["uuid"] !== "string") continue;
      const prop = list(resource["props"]).find((found) => isObject(found) && found["ns"] === ISMS_OSCAL_NS && found["name"] === "catalogue-id");
      resources.set(resource["uuid"], {
        catalogue: isObject(prop) && typeof prop["value"] === "string" ? prop["value"] : undefined,
        hrefs: list(resource["rlinks"]).flatMap((rlink) => (isObject(rlink) && typeof rlink["href"] === "string" ? [rlink["href"]] : [])),
      });
    }
    const catalogueOf = (reference: unknown, path: IssuePath): string | undefined => {
      const href = isObject(reference) ? reference["href"] : undefined;
      if (typeof href !== "string") {
        issues.push(issue("invalid_oscal_mapping", "The resource has no href.", [...path, "href"]));
        return undefined;
      }
      const resource = href.startsWith("#") ? resources.get(href.slice(1)) : undefined;
      const found =
        [href, ...(resource?.hrefs ?? [])].map((candidate) => options.catalogueOf?.(candidate)).find((id) => id !== undefined) ?? resource?.catalogue;
      if (found === undefined || !CatalogueIdSchema.safeParse(found).success) {
        const why = found === undefined ? "no catalogue id is known for it (give catalogueOf)" : `"${found}" is not a catalogue id`;
        issues.push(issue("unknown_mapping_catalogue", `The catalogue of "${href}" is not known: ${why}.`, [...path, "href"]));
        return undefined;
      }
      return found;
    };
    const known = (ref: ControlRef): boolean => {
      if (options.knownControl !== undefined) return options.knownControl(ref);
      const catalogue = splitControlRef(ref)?.catalogue;
      if (options.catalogues === undefined && catalogue !== ANNEX_A && catalogue !== ANNEX_A_2013) return true;
      return resolveControlRef(ref, options.catalogues ?? []) !== undefined;
    };
    const report = (code: string, message: string, path: IssuePath, severity: "warning" | "error" = "warning"): void => {
      (severity === "error" ? issues : warnings).push(issue(code, message, path, severity));
    };

    const mappingsValue = collection["mappings"];
    const mappings = Array.isArray(mappingsValue) ? mappingsValue : isObject(mappingsValue) ? [mappingsValue] : [];
    if (mappings.length === 0) issues.push(issue("invalid_oscal_mapping", "The collection has no mappings.", [...root, "mappings"]));
    const result: ControlMapping[] = [];
    mappings.forEach((mapping: unknown, mappingIndex) => {
      const path: IssuePath = Array.isArray(mappingsValue) ? [...root, "mappings", mappingIndex] : [...root, "mappings"];
      if (!isObject(mapping)) {
        issues.push(issue("invalid_oscal_mapping", "A mapping is not an object.", path));
        return;
      }
      const source = catalogueOf(mapping["source-resource"], [...path, "source-resource"]);
      const target = catalogueOf(mapping["target-resource"], [...path, "target-resource"]);
      if (source === undefined || target === undefined) return;
      const entries: ControlMappingEntry[] = [];
      list(mapping["maps"]).forEach((map, mapIndex) => {
        const mapPath: IssuePath = [...path, "maps", mapIndex];
        if (!isObject(map)) return report("invalid_oscal_mapping", "A map is not an object; it is left out.", mapPath);
        const relationship = typeof map["relationship"] === "string" ? RELATIONSHIPS[map["relationship"]] : undefined;
        if (relationship === undefined || !Object.hasOwn(RELATIONSHIPS, String(map["relationship"]))) {
          return report("unsupported_mapping_relationship", `Relationship "${String(map["relationship"])}" is not one of ${Object.keys(RELATIONSHIPS).join(", ")}; the map is left out.`, [...mapPath, "relationship"]);
        }
        const refs = (side: "sources" | "targets", catalogue: string): ControlRef[] | undefined => {
          const found: ControlRef[] = [];
          const items = list(map[side]);
          if (items.length === 0) {
            report("invalid_oscal_mapping", `The map has no ${side}; it is left out.`, [...mapPath, side]);
            return undefined;
          }
          for (const [itemIndex, item] of items.entries()) {
            const itemPath: IssuePath = [...mapPath, side, itemIndex];
            const idRef = isObject(item) ? item["id-ref"] : undefined;
            if (!isObject(item) || item["type"] !== "control" || typeof idRef !== "string") {
              report("unsupported_mapping_item", `Only control items are read (this is ${isObject(item) ? `"${String(item["type"])}"` : "not an item"}); the map is left out.`, itemPath);
              return undefined;
            }
            const parsed = ControlRefSchema.safeParse(refOf(catalogue, idRef));
            if (!parsed.success || !known(parsed.data)) {
              report("unknown_mapping_control", `Control "${idRef}" is not a known control of catalogue "${catalogue}"; the map is left out.`, [...itemPath, "id-ref"], options.unknownControls);
              return undefined;
            }
            found.push(parsed.data);
          }
          return found;
        };
        const sources = refs("sources", source);
        const targets = refs("targets", target);
        if (sources === undefined || targets === undefined) return;
        const remarks = typeof map["remarks"] === "string" ? map["remarks"] : undefined;
        for (const from of sources) {
          for (const to of targets) entries.push({ source: from, target: to, relationship, ...(remarks === undefined ? {} : { remarks }) });
        }
      });
      const id = typeof mapping["uuid"] === "string" ? mapping["uuid"] : `mapping-${mappingIndex + 1}`;
      const checked = ControlMappingSchema.safeParse({ id, source, target, ...(title === undefined ? {} : { title }), entries });
      if (!checked.success) {
        issues.push(...zodIssues(checked.error, path).map((found) => ({ ...found, code: "invalid_imported_mapping" })));
        return;
      }
      result.push(checked.data);
    });
    return issues.length > 0 ? fail() : { ...ok(result), warnings };
  } catch (error) {
    throw argumentError("importMappingCollection", error);
  }
}
