import * as z from "zod";
import {
  ANNEX_A,
  ANNEX_A_2013,
  CustomCatalogueSchema,
  validateCustomCatalogue,
  type CustomCatalogue,
  type CustomControl,
} from "../../catalogue/index.js";
import { CatalogueIdSchema, err, issue, ok, type IsmsIssue, type IssuePath, type JsonValue } from "../../core/index.js";
import { PLACEHOLDER_PREFIX, line, text } from "./build.js";
import { isWithdrawn } from "./withdrawn.js";
import { ISMS_OSCAL_NS } from "../namespace.js";
import type { ImportCatalogOptions, ImportCatalogResult } from "../importCatalog.js";

/** The import and, for each control of the catalogue (same index), the OSCAL id it has in the source. */
export interface ReadCatalog {
  readonly result: ImportCatalogResult;
  readonly oscalIds: readonly string[];
}

type RawProp = { name: string; value: string; ns?: string | undefined; class?: string | undefined };
type RawPart = { name: string; prose?: string | undefined; props?: RawProp[] | undefined; parts?: RawPart[] | undefined };
type RawParam = {
  id: string;
  label?: string | undefined;
  values?: string[] | undefined;
  select?: { "how-many"?: string | undefined; choice?: string[] | undefined } | undefined;
  [key: string]: unknown;
};
type RawControl = {
  id: string;
  title: string;
  props?: RawProp[] | undefined;
  params?: RawParam[] | undefined;
  parts?: RawPart[] | undefined;
  controls?: RawControl[] | undefined;
};
type RawGroup = {
  id?: string | undefined;
  title: string;
  props?: RawProp[] | undefined;
  params?: RawParam[] | undefined;
  groups?: RawGroup[] | undefined;
  controls?: RawControl[] | undefined;
};

const PropSchema = z.object({ name: z.string(), value: z.string(), ns: z.string().optional(), class: z.string().optional() });
// Parameters are kept whole (every key the source has), so that nothing of them is lost.
const ParamSchema: z.ZodType<RawParam> = z.looseObject({
  id: z.string(),
  label: z.string().optional(),
  values: z.array(z.string()).optional(),
  select: z.looseObject({ "how-many": z.string().optional(), choice: z.array(z.string()).optional() }).optional(),
});
const PartSchema: z.ZodType<RawPart> = z.lazy(() =>
  z.object({ name: z.string(), prose: z.string().optional(), props: z.array(PropSchema).optional(), parts: z.array(PartSchema).optional() }),
);
const ControlSchema: z.ZodType<RawControl> = z.lazy(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    props: z.array(PropSchema).optional(),
    params: z.array(ParamSchema).optional(),
    parts: z.array(PartSchema).optional(),
    controls: z.array(ControlSchema).optional(),
  }),
);
const GroupSchema: z.ZodType<RawGroup> = z.lazy(() =>
  z.object({
    id: z.string().optional(),
    title: z.string(),
    props: z.array(PropSchema).optional(),
    params: z.array(ParamSchema).optional(),
    groups: z.array(GroupSchema).optional(),
    controls: z.array(ControlSchema).optional(),
  }),
);
const CatalogDocumentSchema = z.object({
  catalog: z.object({
    uuid: z.string(),
    metadata: z.object({
      title: z.string(),
      version: z.string(),
      "oscal-version": z.string(),
      props: z.array(PropSchema).optional(),
    }),
    params: z.array(ParamSchema).optional(),
    groups: z.array(GroupSchema).optional(),
    controls: z.array(ControlSchema).optional(),
  }),
});

// The root keys of the other OSCAL models (OSCAL 1.2.1), to say what a file is when it is
// not a catalog.
const OTHER_MODELS = [
  "profile",
  "component-definition",
  "system-security-plan",
  "assessment-plan",
  "assessment-results",
  "plan-of-action-and-milestones",
  "mapping-collection",
] as const;

const SUPPORTED_VERSION = /^v?1\.[0-2]\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;

function ownValue(props: readonly RawProp[] | undefined, name: string): string | undefined {
  return props?.find((prop) => prop.ns === ISMS_OSCAL_NS && prop.name === name)?.value;
}

function keptProps(props: readonly RawProp[] | undefined): CustomControl["props"] {
  const kept = (props ?? [])
    .filter((prop) => !(prop.ns === ISMS_OSCAL_NS && (prop.name === "control-id" || prop.name === "group-id")))
    .map((prop) => ({
      name: prop.name,
      value: prop.value,
      ...(prop.ns === undefined ? {} : { ns: prop.ns }),
      ...(prop.class === undefined ? {} : { class: prop.class }),
    }));
  return kept.length > 0 ? kept : undefined;
}

// `{{ insert: param, ac-1_prm_1 }}`, the only insert type OSCAL defines.
const INSERT = /\{\{\s*insert:\s*param\s*,\s*([^\s{}]+)\s*\}\}/gu;

/**
 * Replaces every parameter insert of a text as SP 800-53 writes its parameters: the values
 * when the parameter has them, `[Selection (one or more): a; b]` or `[Selection: a; b]` for
 * a selection (inserts in the choices resolved too), `[Assignment: <label>]` otherwise.
 * An insert that names no parameter becomes `[Assignment: <id>]` and is reported.
 */
function renderInserts(value: string, params: ReadonlyMap<string, RawParam>, unknown: (id: string) => void, seen: ReadonlySet<string> = new Set()): string {
  return value.replace(INSERT, (_marker, id: string) => {
    const param = params.get(id);
    if (param === undefined) {
      unknown(id);
      return `[Assignment: ${id}]`;
    }
    const label = line(param.label) ?? id;
    if (seen.has(id)) return `[Assignment: ${label}]`;
    const inner = new Set([...seen, id]);
    const values = (param.values ?? []).map((item) => text(item)).filter((item) => item !== undefined);
    if (values.length > 0) return values.join(", ");
    const choices = (param.select?.choice ?? []).map((choice) => text(renderInserts(choice, params, unknown, inner))).filter((choice) => choice !== undefined);
    if (param.select !== undefined && choices.length > 0) {
      return `[${param.select["how-many"] === "one-or-more" ? "Selection (one or more)" : "Selection"}: ${choices.join("; ")}]`;
    }
    return `[Assignment: ${label}]`;
  });
}

interface ProseContext {
  readonly params: ReadonlyMap<string, RawParam>;
  readonly warn: (found: IsmsIssue) => void;
}

function proseOf(parts: readonly RawPart[] | undefined, name: string, path: IssuePath, context: ProseContext): string | undefined {
  const collect = (part: RawPart, partPath: IssuePath): string[] => {
    const label = part.props?.find((prop) => prop.name === "label" && prop.ns === undefined)?.value;
    const unknown = new Set<string>();
    const own = text(part.prose === undefined ? undefined : renderInserts(part.prose, context.params, (id) => unknown.add(id)));
    for (const id of unknown) {
      context.warn(issue("unknown_parameter", `The prose inserts parameter "${id}", which the catalog does not define; it reads [Assignment: ${id}].`, [...partPath, "prose"], "warning"));
    }
    const here = own === undefined ? [] : [label === undefined ? own : `${label} ${own}`];
    return [...here, ...(part.parts ?? []).flatMap((child, index) => collect(child, [...partPath, "parts", index]))];
  };
  const found = (parts ?? []).flatMap((part, index) => (part.name === name ? collect(part, [...path, "parts", index]) : []));
  const joined = text(found.join("\n\n"));
  return joined === undefined || joined.startsWith(PLACEHOLDER_PREFIX) ? undefined : joined;
}

/** The params a catalog defines anywhere (catalog, groups, controls), by id; the first of an id counts. */
function paramsOf(catalog: { params?: RawParam[] | undefined; groups?: RawGroup[] | undefined; controls?: RawControl[] | undefined }): Map<string, RawParam> {
  const params = new Map<string, RawParam>();
  const add = (list: readonly RawParam[] | undefined): void => {
    for (const param of list ?? []) if (!params.has(param.id)) params.set(param.id, param);
  };
  const control = (found: RawControl): void => {
    add(found.params);
    (found.controls ?? []).forEach(control);
  };
  const group = (found: RawGroup): void => {
    add(found.params);
    (found.groups ?? []).forEach(group);
    (found.controls ?? []).forEach(control);
  };
  add(catalog.params);
  (catalog.groups ?? []).forEach(group);
  (catalog.controls ?? []).forEach(control);
  return params;
}

const isBlank = (value: string): boolean => !/\S/u.test(value);

function slug(title: string): string {
  const base = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .replace(/-+$/, "");
  const cut = base.length <= 64 ? base : base.slice(0, 65).replace(/-[^-]*$/, "");
  return cut === "" ? "imported-catalog" : cut.slice(0, 64);
}

function zodIssues(error: z.ZodError): IsmsIssue[] {
  return error.issues.map((found) => issue("invalid_oscal_catalog", found.message, found.path as IssuePath));
}

/** What {@link importCatalog} does, with the OSCAL id of each control kept beside it (profiles select by that id). */
export function readCatalog(json: unknown, options: ImportCatalogOptions = {}): ReadCatalog {
  const warnings: IsmsIssue[] = [];
  const oscalIds: string[] = [];
  const fail = (issues: IsmsIssue[]): ReadCatalog => ({ result: { ...err(issues), warnings }, oscalIds });
  const model = typeof json === "object" && json !== null && !Array.isArray(json) && !("catalog" in json) ? OTHER_MODELS.find((name) => name in json) : undefined;
  if (model !== undefined) {
    const hint = model === "profile" ? " Read a profile with importProfile, which resolves it against its catalogs, or import the resolved catalog (NIST publishes its baselines resolved)." : "";
    return fail([issue("not_a_catalog", `Not an OSCAL catalog: this is a ${model}, not a catalog. importCatalog reads OSCAL catalogs only.${hint}`, [model])]);
  }
  const parsed = CatalogDocumentSchema.safeParse(json);
  if (!parsed.success) return fail(zodIssues(parsed.error));
  const { catalog } = parsed.data;
  const version = catalog.metadata["oscal-version"];
  if (!SUPPORTED_VERSION.test(version)) {
    return fail([
      issue("unsupported_oscal_version", `OSCAL version "${version}" is not supported; 1.0.0 to 1.2.x are.`, ["catalog", "metadata", "oscal-version"]),
    ]);
  }
  const issues: IsmsIssue[] = [];
  const warn = (found: IsmsIssue): void => {
    warnings.push(found);
  };
  const prose: ProseContext = { params: paramsOf(catalog), warn };
  const recorded = ownValue(catalog.metadata.props, "catalogue-id");
  const title = keptTitle(catalog.metadata.title, "Imported OSCAL catalog", "The catalog", ["catalog", "metadata", "title"], warn);
  const id =
    options.id ??
    (recorded !== undefined && recorded !== ANNEX_A && recorded !== ANNEX_A_2013 && CatalogueIdSchema.safeParse(recorded).success ? recorded : slug(title));
  let catalogueVersion = catalog.metadata.version;
  if (isBlank(catalogueVersion)) {
    catalogueVersion = "1";
    warn(issue("blank_version_replaced", 'The catalog\'s version is blank; a custom catalogue\'s version is not, so it is "1".', ["catalog", "metadata", "version"], "warning"));
  }

  const groups: NonNullable<CustomCatalogue["groups"]> = [];
  const controls: CustomControl[] = [];
  const addControl = (control: RawControl, path: IssuePath, group: string | undefined, parent: string | undefined): void => {
    const controlId = ownValue(control.props, "control-id") ?? control.id;
    const props = keptProps(control.props);
    const description = options.prose === true ? proseOf(control.parts, "statement", path, prose) : undefined;
    const guidance = options.prose === true ? proseOf(control.parts, "guidance", path, prose) : undefined;
    const params = options.prose === true && control.params !== undefined && control.params.length > 0 ? control.params : undefined;
    oscalIds.push(control.id);
    controls.push({
      id: controlId,
      title: keptTitle(control.title, controlId, `Control "${controlId}"`, [...path, "title"], warn),
      ...(group === undefined ? {} : { group }),
      ...(parent === undefined ? {} : { parent }),
      ...(description === undefined ? {} : { description }),
      ...(guidance === undefined ? {} : { guidance }),
      ...(props === undefined ? {} : { props }),
      ...(isWithdrawn({ props }) ? { withdrawn: true as const } : {}),
      ...(params === undefined ? {} : { custom: { "oscal-params": params as unknown as JsonValue } }),
    });
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-/()]*$/.test(controlId) || controlId.length > 128) {
      issues.push(issue("unsupported_control_id", `Control id "${controlId}" cannot be a custom catalogue control id.`, [...path, "id"]));
    }
    (control.controls ?? []).forEach((child, index) => addControl(child, [...path, "controls", index], group, controlId));
  };
  const addGroup = (group: RawGroup, path: IssuePath, fallbackId: string, parent: string | undefined): void => {
    const recordedGroup = ownValue(group.props, "group-id");
    // A sub-group the exporter made to hold the controls of a group that also has sub-groups
    // names its group: its controls go back to that group.
    if (recordedGroup !== undefined && recordedGroup === parent) {
      (group.controls ?? []).forEach((control, index) => addControl(control, [...path, "controls", index], parent, undefined));
      return;
    }
    const groupId = recordedGroup ?? group.id ?? fallbackId;
    if (recordedGroup === undefined && group.id === undefined) {
      warn(issue("group_id_assigned", `A group has no id; a custom catalogue's groups have one, so it is "${groupId}" (by position).`, [...path, "id"], "warning"));
    }
    const props = keptProps(group.props);
    groups.push({
      id: groupId,
      title: keptTitle(group.title, groupId, `Group "${groupId}"`, [...path, "title"], warn),
      ...(parent === undefined ? {} : { parent }),
      ...(props === undefined ? {} : { props }),
    });
    (group.groups ?? []).forEach((child, index) => addGroup(child, [...path, "groups", index], `${fallbackId}.${index + 1}`, groupId));
    (group.controls ?? []).forEach((control, index) => addControl(control, [...path, "controls", index], groupId, undefined));
  };
  (catalog.groups ?? []).forEach((group, index) => addGroup(group, ["catalog", "groups", index], `g${index + 1}`, undefined));
  (catalog.controls ?? []).forEach((control, index) => addControl(control, ["catalog", "controls", index], undefined, undefined));

  const candidate = {
    id,
    title,
    version: catalogueVersion,
    source: options.source ?? `OSCAL ${version.replace(/^v/, "")} catalog ${catalog.uuid}`,
    ...(groups.length === 0 ? {} : { groups }),
    controls,
  };
  const checked = CustomCatalogueSchema.safeParse(candidate);
  if (!checked.success) {
    return fail([...issues, ...zodIssues(checked.error).map((found) => ({ ...found, code: "invalid_imported_catalogue", path: ["catalogue", ...found.path] }))]);
  }
  issues.push(...validateCustomCatalogue(checked.data).map((found) => ({ ...found, path: ["catalogue", ...found.path] })));
  return issues.length > 0 ? fail(issues) : { result: { ...ok(checked.data), warnings }, oscalIds };
}

/** A title as the source writes it; a blank one (a custom catalogue needs one) becomes `fallback`, with a warning. */
function keptTitle(value: string, fallback: string, what: string, path: IssuePath, warn: (found: IsmsIssue) => void): string {
  if (!isBlank(value)) return value;
  warn(issue("blank_title_replaced", `${what} has a blank title; a custom catalogue needs one, so it is "${fallback}".`, path, "warning"));
  return fallback;
}
