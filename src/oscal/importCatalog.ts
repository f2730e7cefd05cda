import * as z from "zod";
import {
  ANNEX_A,
  ANNEX_A_2013,
  CustomCatalogueSchema,
  validateCustomCatalogue,
  type CustomCatalogue,
  type CustomControl,
} from "../catalogue/index.js";
import { CatalogueIdSchema, err, issue, ok, type IsmsIssue, type IssuePath, type Result } from "../core/index.js";
import { PLACEHOLDER_PREFIX, line, text } from "./_internal/build.js";
import { ISMS_OSCAL_NS } from "./namespace.js";

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

type RawProp = { name: string; value: string; ns?: string | undefined; class?: string | undefined };
type RawPart = { name: string; prose?: string | undefined; props?: RawProp[] | undefined; parts?: RawPart[] | undefined };
type RawControl = { id: string; title: string; props?: RawProp[] | undefined; parts?: RawPart[] | undefined; controls?: RawControl[] | undefined };
type RawGroup = {
  id?: string | undefined;
  title: string;
  props?: RawProp[] | undefined;
  groups?: RawGroup[] | undefined;
  controls?: RawControl[] | undefined;
};

const PropSchema = z.object({ name: z.string(), value: z.string(), ns: z.string().optional(), class: z.string().optional() });
const PartSchema: z.ZodType<RawPart> = z.lazy(() =>
  z.object({ name: z.string(), prose: z.string().optional(), props: z.array(PropSchema).optional(), parts: z.array(PartSchema).optional() }),
);
const ControlSchema: z.ZodType<RawControl> = z.lazy(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    props: z.array(PropSchema).optional(),
    parts: z.array(PartSchema).optional(),
    controls: z.array(ControlSchema).optional(),
  }),
);
const GroupSchema: z.ZodType<RawGroup> = z.lazy(() =>
  z.object({
    id: z.string().optional(),
    title: z.string(),
    props: z.array(PropSchema).optional(),
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
    groups: z.array(GroupSchema).optional(),
    controls: z.array(ControlSchema).optional(),
  }),
});

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

function proseOf(parts: readonly RawPart[] | undefined, name: string): string | undefined {
  const collect = (part: RawPart): string[] => {
    const label = part.props?.find((prop) => prop.name === "label" && prop.ns === undefined)?.value;
    const own = text(part.prose);
    const here = own === undefined ? [] : [label === undefined ? own : `${label} ${own}`];
    return [...here, ...(part.parts ?? []).flatMap(collect)];
  };
  const found = (parts ?? []).filter((part) => part.name === name).flatMap(collect);
  const joined = text(found.join("\n\n"));
  return joined === undefined || joined.startsWith(PLACEHOLDER_PREFIX) ? undefined : joined;
}

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

/**
 * Reads an OSCAL catalog (OSCAL 1.0.x to 1.2.x; a leading `v` in the version is accepted)
 * into a custom catalogue, so that an organisation can put NIST SP 800-53, a sector baseline
 * or its own OSCAL catalog beside Annex A and reference its controls
 * (`"<id>:<control id>"`) from risks, treatment plans and the SoA. Every control keeps its
 * id, title, props and group (the deepest group holding it); an enhancement nested in a
 * control gets that control as `parent`; groups keep their ids, titles, props and nesting
 * (a group without id gets `g1`, `g1.2`, … by position). Exporting the result with
 * {@link exportCatalog} gives back every control id, title and group.
 *
 * @param json - the parsed JSON of an OSCAL catalog document (`{ "catalog": … }`)
 * @param options - the catalogue id, source and whether to copy prose
 * @returns the custom catalogue, or every issue found (paths relative to `json`)
 * @category OSCAL
 * @example
 * ```ts
 * const imported = importCatalog(JSON.parse(text), { id: "sp800-53-low" });
 * if (imported.ok) imported.value.controls.length; // 149 for the SP 800-53 rev. 5 LOW baseline
 * ```
 */
export function importCatalog(json: unknown, options: ImportCatalogOptions = {}): Result<CustomCatalogue, IsmsIssue[]> {
  const parsed = CatalogDocumentSchema.safeParse(json);
  if (!parsed.success) return err(zodIssues(parsed.error));
  const { catalog } = parsed.data;
  const version = catalog.metadata["oscal-version"];
  if (!SUPPORTED_VERSION.test(version)) {
    return err([
      issue("unsupported_oscal_version", `OSCAL version "${version}" is not supported; 1.0.0 to 1.2.x are.`, ["catalog", "metadata", "oscal-version"]),
    ]);
  }
  const issues: IsmsIssue[] = [];
  const recorded = ownValue(catalog.metadata.props, "catalogue-id");
  const title = line(catalog.metadata.title) ?? "Imported OSCAL catalog";
  const id =
    options.id ??
    (recorded !== undefined && recorded !== ANNEX_A && recorded !== ANNEX_A_2013 && CatalogueIdSchema.safeParse(recorded).success ? recorded : slug(title));

  const groups: NonNullable<CustomCatalogue["groups"]> = [];
  const controls: CustomControl[] = [];
  const addControl = (control: RawControl, path: IssuePath, group: string | undefined, parent: string | undefined): void => {
    const controlId = ownValue(control.props, "control-id") ?? control.id;
    const props = keptProps(control.props);
    const description = options.prose === true ? proseOf(control.parts, "statement") : undefined;
    const guidance = options.prose === true ? proseOf(control.parts, "guidance") : undefined;
    controls.push({
      id: controlId,
      title: line(control.title) ?? controlId,
      ...(group === undefined ? {} : { group }),
      ...(parent === undefined ? {} : { parent }),
      ...(description === undefined ? {} : { description }),
      ...(guidance === undefined ? {} : { guidance }),
      ...(props === undefined ? {} : { props }),
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
    const props = keptProps(group.props);
    groups.push({
      id: groupId,
      title: line(group.title) ?? groupId,
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
    version: line(catalog.metadata.version) ?? "1",
    source: options.source ?? `OSCAL ${version.replace(/^v/, "")} catalog ${catalog.uuid}`,
    ...(groups.length === 0 ? {} : { groups }),
    controls,
  };
  const checked = CustomCatalogueSchema.safeParse(candidate);
  if (!checked.success) {
    return err([...issues, ...zodIssues(checked.error).map((found) => ({ ...found, code: "invalid_imported_catalogue", path: ["catalogue", ...found.path] }))]);
  }
  issues.push(...validateCustomCatalogue(checked.data).map((found) => ({ ...found, path: ["catalogue", ...found.path] })));
  return issues.length > 0 ? err(issues) : ok(checked.data);
}
