import { err, issue, ok, type IsmsIssue, type IssuePath, type JsonValue } from "../../core/index.js";
import type {
  ProfileParameterSetting,
  ResolvedProfileControl,
  ResolveProfileOptions,
  ResolveProfileResult,
  UnresolvedProfileId,
} from "../resolveProfile.js";

type JsonObject = { readonly [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** The keys the OSCAL 1.2 profile model allows at each level this resolution reads. */
const PROFILE_KEYS = ["uuid", "metadata", "imports", "merge", "modify", "back-matter"];
const IMPORT_KEYS = ["href", "include-all", "include-controls", "exclude-controls"];
const SELECT_KEYS = ["with-child-controls", "with-ids", "matching"];
const MERGE_KEYS = ["combine", "flat", "as-is", "custom"];
const MODIFY_KEYS = ["set-parameters", "alters"];

/** One control of a catalog, in reading order, with every control nested in it. */
interface CatalogEntry {
  readonly id: string;
  readonly descendants: readonly string[];
}

/** The controls of a catalog in the order importCatalog reads them: groups (sub-groups first), then loose controls; an enhancement right after its parent. */
function catalogEntries(catalog: JsonObject): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  const control = (value: unknown): string[] => {
    if (!isObject(value) || typeof value["id"] !== "string") return [];
    const entry = { id: value["id"], descendants: [] as string[] };
    entries.push(entry);
    for (const child of list(value["controls"])) entry.descendants.push(...control(child));
    return [entry.id, ...entry.descendants];
  };
  const group = (value: unknown): void => {
    if (!isObject(value)) return;
    list(value["groups"]).forEach(group);
    list(value["controls"]).forEach(control);
  };
  list(catalog["groups"]).forEach(group);
  list(catalog["controls"]).forEach(control);
  return entries;
}

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** An OSCAL glob (`*` any run of characters, `?` one character) as an anchored regular expression. */
export function globPattern(pattern: string): RegExp {
  const body = [...pattern].map((char) => (char === "*" ? ".*" : char === "?" ? "." : char.replace(/[\\^$.|+()[\]{}]/u, "\\$&"))).join("");
  return new RegExp(`^${body}$`, "su");
}

/** The resolution and the catalogs it loaded, by the href that gave them. */
export interface ProfileResolution {
  readonly result: ResolveProfileResult;
  readonly loaded: ReadonlyMap<string, unknown>;
}

/** {@link resolveProfile}, keeping the catalogs it loaded (importProfile reads their controls). */
export function resolveProfileWithCatalogs(profile: unknown, catalogs: (href: string) => unknown, options: ResolveProfileOptions): ProfileResolution {
  const issues: IsmsIssue[] = [];
  const warnings: IsmsIssue[] = [];
  const loaded = new Map<string, unknown>();
  const fail = (): ProfileResolution => ({ result: { ...err(issues), warnings }, loaded });
  const warn = (code: string, message: string, path: IssuePath): void => {
    warnings.push(issue(code, message, path, "warning"));
  };
  const unknownKeys = (value: JsonObject, allowed: readonly string[], path: IssuePath, what: string): void => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) warn("unknown_profile_key", `${what} has key "${key}", which profile resolution does not know; it is ignored.`, [...path, key]);
    }
  };

  if (!isObject(profile) || !isObject(profile["profile"])) {
    const model = isObject(profile) ? Object.keys(profile).find((key) => key !== "profile") : undefined;
    issues.push(issue("not_a_profile", model === undefined ? "Not an OSCAL profile: the document has no \"profile\" object." : `Not an OSCAL profile: this is a ${model}.`, isObject(profile) && "profile" in profile ? ["profile"] : []));
    return fail();
  }
  const root = profile["profile"];
  const path: IssuePath = ["profile"];
  unknownKeys(profile, ["profile"], [], "The document");
  unknownKeys(root, PROFILE_KEYS, path, "The profile");
  const metadata = root["metadata"];
  const title = isObject(metadata) && typeof metadata["title"] === "string" ? metadata["title"] : undefined;
  if (title === undefined) issues.push(issue("invalid_oscal_profile", "The profile has no metadata.title.", [...path, "metadata", "title"]));
  const imports = root["imports"];
  if (!Array.isArray(imports) || imports.length === 0) issues.push(issue("invalid_oscal_profile", "The profile has no imports.", [...path, "imports"]));
  if (title === undefined || !Array.isArray(imports)) return fail();

  // Back-matter resources by uuid: the hrefs of their rlinks, in order.
  const resources = new Map<string, string[]>();
  const backMatter = root["back-matter"];
  for (const resource of isObject(backMatter) ? list(backMatter["resources"]) : []) {
    if (!isObject(resource) || typeof resource["uuid"] !== "string") continue;
    resources.set(
      resource["uuid"],
      list(resource["rlinks"]).flatMap((rlink) => (isObject(rlink) && typeof rlink["href"] === "string" ? [rlink["href"]] : [])),
    );
  }

  checkMerge(root["merge"], [...path, "merge"], warn, unknownKeys);
  const parameters = readModify(root["modify"], [...path, "modify"], warn, unknownKeys);

  const controls: ResolvedProfileControl[] = [];
  const seen = new Set<string>();
  const unresolved: UnresolvedProfileId[] = [];
  imports.forEach((entry: unknown, importIndex) => {
    const importPath: IssuePath = [...path, "imports", importIndex];
    if (!isObject(entry) || typeof entry["href"] !== "string") {
      issues.push(issue("invalid_oscal_profile", "An import has no href.", [...importPath, "href"]));
      return;
    }
    unknownKeys(entry, IMPORT_KEYS, importPath, `Import ${importIndex}`);
    const href = entry["href"];
    let candidates = [href];
    if (href.startsWith("#")) {
      const rlinks = resources.get(href.slice(1));
      if (rlinks === undefined) {
        issues.push(issue("unknown_profile_resource", `Import ${importIndex} names back-matter resource "${href}", which the profile does not have.`, [...importPath, "href"]));
        return;
      }
      candidates = rlinks;
    }
    let catalogHref: string | undefined;
    let json: unknown;
    for (const candidate of candidates) {
      json = loaded.has(candidate) ? loaded.get(candidate) : catalogs(candidate);
      if (json !== undefined) {
        catalogHref = candidate;
        break;
      }
    }
    if (catalogHref === undefined) {
      const tried = candidates.length === 0 ? "it has no rlinks" : `tried ${candidates.map((candidate) => `"${candidate}"`).join(", ")}`;
      issues.push(issue("profile_catalog_missing", `The catalog of import ${importIndex} ("${href}") is not at hand (${tried}).`, [...importPath, "href"]));
      return;
    }
    if (isObject(json) && isObject(json["profile"])) {
      issues.push(issue("unsupported_profile_import", `Import ${importIndex} ("${catalogHref}") is a profile; importing profiles of profiles is not supported. Resolve it into a catalog first.`, [...importPath, "href"]));
      return;
    }
    if (!isObject(json) || !isObject(json["catalog"])) {
      issues.push(issue("not_a_catalog", `What "${catalogHref}" gave for import ${importIndex} is not an OSCAL catalog.`, [...importPath, "href"]));
      return;
    }
    loaded.set(catalogHref, json);
    const entries = catalogEntries(json["catalog"]);
    const byId = new Map(entries.map((found) => [found.id, found]));
    const select = (key: "include-controls" | "exclude-controls"): Set<string> => {
      const chosen = new Set<string>();
      list(entry[key]).forEach((selector, selectorIndex) => {
        const selectorPath: IssuePath = [...importPath, key, selectorIndex];
        if (!isObject(selector)) return;
        unknownKeys(selector, SELECT_KEYS, selectorPath, `A selection of import ${importIndex}`);
        const children = selector["with-child-controls"] === "yes";
        const add = (found: CatalogEntry): void => {
          chosen.add(found.id);
          if (children) for (const id of found.descendants) chosen.add(id);
        };
        list(selector["with-ids"]).forEach((id, idIndex) => {
          const found = typeof id === "string" ? byId.get(id) : undefined;
          if (found !== undefined) return add(found);
          const idPath: IssuePath = [...selectorPath, "with-ids", idIndex];
          unresolved.push({ id: String(id), importIndex, path: idPath });
          const message = `Import ${importIndex} names control "${String(id)}", which its catalog "${catalogHref}" does not hold.`;
          if (options.unknownIds === "error") issues.push(issue("unknown_profile_control", message, idPath));
          else warn("unknown_profile_control", message, idPath);
        });
        list(selector["matching"]).forEach((matching, matchingIndex) => {
          const pattern = isObject(matching) ? matching["pattern"] : undefined;
          const patternPath: IssuePath = [...selectorPath, "matching", matchingIndex, "pattern"];
          if (typeof pattern !== "string") {
            warn("invalid_profile_pattern", `A matching of import ${importIndex} has no pattern; it selects nothing.`, patternPath);
            return;
          }
          const regex = globPattern(pattern);
          const matches = entries.filter((found) => regex.test(found.id));
          if (matches.length === 0) warn("profile_pattern_matches_nothing", `Pattern "${pattern}" of import ${importIndex} matches no control of "${catalogHref}".`, patternPath);
          matches.forEach(add);
        });
      });
      return chosen;
    };
    const included = "include-all" in entry ? new Set(entries.map((found) => found.id)) : select("include-controls");
    if ("include-all" in entry && "include-controls" in entry) {
      warn("unsupported_profile_selection", `Import ${importIndex} has both include-all and include-controls; include-all wins.`, [...importPath, "include-controls"]);
    }
    if (!("include-all" in entry) && !("include-controls" in entry)) {
      warn("unsupported_profile_selection", `Import ${importIndex} has neither include-all nor include-controls; it selects nothing.`, importPath);
    }
    const excluded = select("exclude-controls");
    for (const found of entries) {
      const key = `${catalogHref}\u0000${found.id}`;
      if (!included.has(found.id) || excluded.has(found.id) || seen.has(key)) continue;
      seen.add(key);
      controls.push({ id: found.id, catalogHref, importIndex });
    }
  });
  if (issues.length > 0) return fail();
  const version = isObject(metadata) && typeof metadata["version"] === "string" ? metadata["version"] : undefined;
  const uuid = typeof root["uuid"] === "string" ? root["uuid"] : undefined;
  return {
    result: {
      ...ok({
        title,
        ...(version === undefined ? {} : { version }),
        ...(uuid === undefined ? {} : { uuid }),
        controls,
        parameters,
        unresolved,
      }),
      warnings,
    },
    loaded,
  };
}

type Warn = (code: string, message: string, path: IssuePath) => void;
type UnknownKeys = (value: JsonObject, allowed: readonly string[], path: IssuePath, what: string) => void;

function checkMerge(merge: unknown, path: IssuePath, warn: Warn, unknownKeys: UnknownKeys): void {
  if (merge === undefined) return;
  if (!isObject(merge)) {
    warn("unsupported_profile_merge", "The profile's merge is not an object; it is ignored.", path);
    return;
  }
  unknownKeys(merge, MERGE_KEYS, path, "The merge");
  if ("custom" in merge) {
    warn("unsupported_profile_merge", "Merge custom (a new grouping) is not supported; the controls keep their catalogs' order and the groups are ignored.", [...path, "custom"]);
  }
  const combine = merge["combine"];
  if (combine !== undefined) {
    const method = isObject(combine) ? combine["method"] : undefined;
    if (method !== undefined && method !== "use-first") {
      warn("unsupported_profile_merge", `Merge combine "${String(method)}" is not supported; a control selected twice is kept once (use-first).`, [...path, "combine"]);
    }
  }
}

function readModify(modify: unknown, path: IssuePath, warn: Warn, unknownKeys: UnknownKeys): { [paramId: string]: ProfileParameterSetting } {
  const parameters: { [paramId: string]: ProfileParameterSetting } = {};
  if (modify === undefined) return parameters;
  if (!isObject(modify)) {
    warn("unsupported_profile_modify", "The profile's modify is not an object; it is ignored.", path);
    return parameters;
  }
  unknownKeys(modify, MODIFY_KEYS, path, "The modify");
  if (list(modify["alters"]).length > 0) {
    warn("unsupported_profile_alter", "Alters (adding or removing parts, props and links of controls) are not applied; the controls are as their catalogs have them.", [...path, "alters"]);
  }
  list(modify["set-parameters"]).forEach((setting, index) => {
    const settingPath: IssuePath = [...path, "set-parameters", index];
    if (!isObject(setting) || typeof setting["param-id"] !== "string") {
      warn("invalid_profile_parameter", "A parameter setting has no param-id; it is ignored.", [...settingPath, "param-id"]);
      return;
    }
    const values = list(setting["values"]).filter((value): value is string => typeof value === "string");
    const select = setting["select"];
    // The profile is parsed JSON (as documented), so its values are JSON values.
    const more = Object.fromEntries(Object.entries(setting).filter(([key]) => key !== "param-id" && key !== "values" && key !== "select")) as { [key: string]: JsonValue };
    const choice = isObject(select) ? list(select["choice"]).filter((value): value is string => typeof value === "string") : [];
    const howMany = isObject(select) && typeof select["how-many"] === "string" ? select["how-many"] : undefined;
    // Object.defineProperty, not assignment: a param id "__proto__" stays a plain key.
    Object.defineProperty(parameters, setting["param-id"], {
      value: {
        ...("values" in setting ? { values } : {}),
        ...(isObject(select) ? { select: { ...(howMany === undefined ? {} : { "how-many": howMany }), ...("choice" in select ? { choice } : {}) } } : {}),
        ...(Object.keys(more).length > 0 ? { more } : {}),
      },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return parameters;
}
