import {
  ANNEX_A,
  ANNEX_A_2013,
  NEW_IN_2022,
  annexA,
  annexA2013,
  clauses,
  controlRef,
  type AnnexAControl,
  type Clause,
  type ControlDescription,
  type CustomCatalogue,
  type CustomControl,
} from "../catalogue/index.js";
import { PLACEHOLDER_PREFIX, compact, lineOr, nistProp, ownProp, text, timestamp, titleOr, uuidFactory } from "./_internal/build.js";
import { controlIdResolver, type ControlIdOf } from "./_internal/controlIds.js";
import { isWithdrawn } from "./_internal/withdrawn.js";
import { CUSTOM_PROP_NS, NIST_PROP_NAMES, OSCAL_NS, URI } from "./_internal/nist.js";
import { sortId, toToken } from "./_internal/tokens.js";
import { ISMS_OSCAL_NS, OSCAL_VERSION } from "./namespace.js";
import type { OscalCatalogDocument, OscalControl, OscalGroup, OscalPart, OscalProp } from "./model.js";
import { oscalControlId } from "./oscalControlId.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What {@link exportCatalog} exports: ISO/IEC 27001:2022 Annex A (`"annex-a"`), its clauses
 * 4–10 (`"clauses"`), ISO/IEC 27001:2013 Annex A (`"annex-a-2013"`) or a custom catalogue.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const source: CatalogSource = doc.catalogues[0] ?? "clauses"; // a custom catalogue, or a built-in one by id
 * exportCatalog(source, { asOf: "2026-11-27T09:00:00Z" }).catalog.metadata.title; // "Northwind product security controls"
 * ```
 */
export type CatalogSource = typeof ANNEX_A | typeof ANNEX_A_2013 | "clauses" | CustomCatalogue;

/**
 * Options of {@link exportCatalog}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const options: ExportCatalogOptions = { asOf: "2026-11-27T09:00:00Z", organisation: "ACME Ltd" };
 * exportCatalog("clauses", options).catalog.metadata["last-modified"]; // "2026-11-27T09:00:00Z"
 * ```
 */
export interface ExportCatalogOptions {
  /** `metadata.last-modified`: a date-time with a time zone, or a date (midnight UTC). */
  readonly asOf: string;
  /** The organisation: its name seeds the uuids, so two organisations never share one. */
  readonly organisation?: string;
  /** `metadata.title`; defaults to the catalogue's title. */
  readonly title?: string;
  /** `metadata.version`; defaults to the catalogue's version or its edition year. */
  readonly version?: string;
  /**
   * The organisation's own text per control (`ref` `annex-a:5.1`, `clauses:6.1.2`,
   * `<custom id>:<control id>`), written as the statement part; others get a placeholder.
   */
  readonly descriptions?: readonly ControlDescription[];
  /**
   * The document's custom catalogues: a control id that two of them share is qualified by
   * its catalogue (`low.ac-2`), the same way in every export of the document (see
   * docs/oscal.md, "Control ids").
   */
  readonly catalogues?: readonly CustomCatalogue[];
}

const THEME_GROUPS = [
  { theme: "Organizational", id: "organizational", label: "5", title: "Organizational controls" },
  { theme: "People", id: "people", label: "6", title: "People controls" },
  { theme: "Physical", id: "physical", label: "7", title: "Physical controls" },
  { theme: "Technological", id: "technological", label: "8", title: "Technological controls" },
] as const;

const ATTRIBUTE_PROPS = [
  ["controlTypes", "control-type"],
  ["securityProperties", "security-property"],
  ["cybersecurityConcepts", "cybersecurity-concept"],
  ["operationalCapabilities", "operational-capability"],
  ["securityDomains", "security-domain"],
] as const;

const NO_ISO_TEXT =
  "Ids, titles and ISO/IEC 27002:2022 attribute values only: this catalog holds no text of the ISO standards. " +
  "Each statement part holds the organisation's own description, or a placeholder for it.";

function placeholder(label: string): string {
  return `${PLACEHOLDER_PREFIX} of how it meets ${label}.`;
}

function textParts(id: string, label: string, description: string | undefined, guidance: string | undefined): OscalPart[] {
  const parts: OscalPart[] = [{ id: `${id}_smt`, name: "statement", prose: text(description) ?? placeholder(label) }];
  const guidanceText = text(guidance);
  if (guidanceText !== undefined) parts.push({ id: `${id}_gdn`, name: "guidance", prose: guidanceText });
  return parts;
}

function descriptionsByRef(descriptions: readonly ControlDescription[] | undefined): Map<string, ControlDescription> {
  return new Map<string, ControlDescription>((descriptions ?? []).map((description) => [description.ref, description]));
}

function annexAControl(control: AnnexAControl, descriptions: Map<string, ControlDescription>): OscalControl {
  const id = oscalControlId(controlRef(ANNEX_A, control.id));
  const own = descriptions.get(controlRef(ANNEX_A, control.id));
  const props: OscalProp[] = [nistProp("label", control.id), nistProp("sort-id", sortId(control.id)), ownProp("theme", control.theme)];
  for (const [kind, name] of ATTRIBUTE_PROPS) {
    for (const value of control.attributes[kind]) props.push(ownProp(name, value));
  }
  props.push(ownProp("new-in-2022", NEW_IN_2022.includes(control.id) ? "true" : "false"));
  if (control.title27002 !== undefined) props.push(ownProp("iso27002-title", control.title27002));
  return {
    id,
    class: "iso27001-annex-a",
    title: control.title,
    props,
    parts: textParts(id, control.id, own?.description, own?.guidance),
  };
}

function clauseControl(clause: Clause, children: readonly Clause[], descriptions: Map<string, ControlDescription>): OscalControl {
  const id = `clause-${clause.id}`;
  const label = clause.kind === "item" ? clause.id.replace(/\.([a-z])$/, " $1)") : clause.id;
  const own = descriptions.get(`clauses:${clause.id}`);
  const props: OscalProp[] = [nistProp("label", label), nistProp("sort-id", sortId(clause.id))];
  if (clause.documentedInformation !== undefined) props.push(ownProp("documented-information", clause.documentedInformation));
  const nested = children.filter((child) => child.parent === clause.id);
  return compact({
    id,
    class: clause.kind === "item" ? "iso27001-clause-item" : "iso27001-clause",
    title: lineOr(clause.title, clause.id),
    props,
    parts: textParts(id, clause.id, own?.description, own?.guidance),
    controls: nested.map((child) => clauseControl(child, children, descriptions)),
  });
}

function customProps(props: CustomControl["props"]): OscalProp[] {
  return (props ?? []).map((prop) => {
    const name = toToken(lineOr(prop.name, "prop"));
    const ns = prop.ns !== undefined && URI.test(prop.ns) ? prop.ns : NIST_PROP_NAMES.has(name) && prop.ns === undefined ? undefined : CUSTOM_PROP_NS;
    return compact({ name, ns, value: lineOr(prop.value, "-"), class: prop.class === undefined ? undefined : toToken(lineOr(prop.class, "class")) });
  });
}

interface CustomTree {
  readonly catalogue: CustomCatalogue;
  readonly descriptions: Map<string, ControlDescription>;
  readonly childrenOf: Map<string, CustomControl[]>;
  readonly idOf: ControlIdOf;
}

function customControl(control: CustomControl, tree: CustomTree): OscalControl {
  const ref = controlRef(tree.catalogue.id, control.id);
  const id = tree.idOf(ref);
  const own = tree.descriptions.get(ref);
  const withdrawn = isWithdrawn(control);
  // A withdrawn control is marked with NIST's status prop in its current spelling.
  const props = customProps(withdrawn ? control.props?.filter((prop) => !(prop.name === "status" && (prop.ns === undefined || prop.ns === OSCAL_NS))) : control.props);
  if (!props.some((prop) => prop.name === "label" && prop.ns === undefined)) props.unshift(nistProp("label", control.id));
  if (withdrawn) props.push(nistProp("status", "withdrawn"));
  if (id !== control.id) props.push(ownProp("control-id", control.id));
  for (const [kind, values] of Object.entries(control.attributes ?? {})) {
    for (const value of values) props.push(ownProp("control-type", value, toToken(kind)));
  }
  const description = own?.description ?? control.description;
  const guidance = own?.guidance ?? control.guidance;
  // OSCAL requires a statement of every control that is not withdrawn
  // ("oscal-catalog-control-require-statement-when-not-withdrawn"): a withdrawn control gets
  // none unless it has text of its own, rather than a placeholder asking for a description.
  const parts = withdrawn && text(description) === undefined && text(guidance) === undefined ? undefined : textParts(id, lineOr(control.id, id), description, guidance);
  return compact({
    id,
    title: titleOr(control.title, control.id),
    props,
    parts,
    controls: (tree.childrenOf.get(control.id) ?? []).map((child) => customControl(child, tree)),
  });
}

function customCatalogBody(
  catalogue: CustomCatalogue,
  descriptions: Map<string, ControlDescription>,
  idOf: ControlIdOf,
): { groups: OscalGroup[]; controls: OscalControl[] } {
  const controlIds = new Set(catalogue.controls.map((control) => control.id));
  const childrenOf = new Map<string, CustomControl[]>();
  const topLevel: CustomControl[] = [];
  for (const control of catalogue.controls) {
    if (control.parent !== undefined && control.parent !== control.id && controlIds.has(control.parent)) {
      childrenOf.set(control.parent, [...(childrenOf.get(control.parent) ?? []), control]);
    } else {
      topLevel.push(control);
    }
  }
  const tree: CustomTree = { catalogue, descriptions, childrenOf, idOf };
  const groups = catalogue.groups ?? [];
  const groupIds = new Set(groups.map((group) => group.id));
  const subGroupsOf = new Map<string, typeof groups>();
  const rootGroups: typeof groups = [];
  for (const group of groups) {
    if (group.parent !== undefined && group.parent !== group.id && groupIds.has(group.parent)) {
      subGroupsOf.set(group.parent, [...(subGroupsOf.get(group.parent) ?? []), group]);
    } else {
      rootGroups.push(group);
    }
  }
  const controlsOf = new Map<string, CustomControl[]>();
  const ungrouped: CustomControl[] = [];
  for (const control of topLevel) {
    if (control.group !== undefined && groupIds.has(control.group)) controlsOf.set(control.group, [...(controlsOf.get(control.group) ?? []), control]);
    else ungrouped.push(control);
  }
  const visiting = new Set<string>();
  const toGroup = (group: (typeof groups)[number]): OscalGroup => {
    visiting.add(group.id);
    const id = toToken(group.id);
    const props = customProps(group.props);
    if (id !== group.id) props.push(ownProp("group-id", group.id));
    const subGroups = (subGroupsOf.get(group.id) ?? []).filter((sub) => !visiting.has(sub.id)).map(toGroup);
    const controls = (controlsOf.get(group.id) ?? []).map((control) => customControl(control, tree));
    // A group holds sub-groups or controls, not both: controls beside sub-groups move into a
    // sub-group of their own that says which group they belong to.
    if (subGroups.length > 0 && controls.length > 0) {
      subGroups.unshift({ id: `${id}-controls`, title: titleOr(group.title, group.id), props: [ownProp("group-id", group.id)], controls });
      return compact({ id, title: titleOr(group.title, group.id), props, groups: subGroups });
    }
    return compact({ id, title: titleOr(group.title, group.id), props, groups: subGroups, controls });
  };
  return { groups: rootGroups.map(toGroup), controls: ungrouped.map((control) => customControl(control, tree)) };
}

/**
 * Exports a catalogue as an OSCAL 1.2 `catalog`, a plain object ready for `JSON.stringify`.
 * Annex A has one group per theme and, per control, `label` (`5.1`), a zero-padded `sort-id`
 * (`05.01`), the theme, every ISO/IEC 27002 attribute value and the new-in-2022 flag as props
 * in {@link ISMS_OSCAL_NS}, and a statement part holding the organisation's own text or a
 * placeholder: no ISO text. Clauses 4–10 have one group per clause with ids `clause-4.1`;
 * sub-clauses and the 6.1.2/6.1.3 items nest as controls. A custom catalogue keeps its ids
 * (qualified by catalogue when another of `catalogues` shares one, see docs/oscal.md),
 * titles (runs of spaces included), groups, props and enhancement nesting; a control its
 * source marks withdrawn gets NIST's `status` = `withdrawn` prop and no placeholder
 * statement. The same input always gives the same JSON.
 *
 * @param source - `"annex-a"`, `"clauses"`, `"annex-a-2013"` or a custom catalogue
 * @param options - `asOf` and optional organisation, title, version and descriptions
 * @returns `{ catalog }`
 * @throws {@link IsmsError} `invalid_date` when `asOf` is not a date or a date-time with a time zone
 * @category OSCAL
 * @example
 * ```ts
 * const doc = exportCatalog("annex-a", { asOf: "2026-11-27T09:00:00Z", organisation: "ACME Ltd" });
 * doc.catalog.groups?.length; // 4
 * JSON.stringify(doc, null, 2);
 * ```
 */
export function exportCatalog(source: CatalogSource, options: ExportCatalogOptions): OscalCatalogDocument {
  try {
    const lastModified = timestamp(options.asOf);
    const descriptions = descriptionsByRef(options.descriptions);
    const key = typeof source === "string" ? source : source.id;
    const uuid = uuidFactory("catalog", options.organisation)("catalog", key);
    let title: string;
    let version: string;
    let groups: OscalGroup[] = [];
    let controls: OscalControl[] = [];
    if (source === ANNEX_A) {
      title = "ISO/IEC 27001:2022 Annex A controls";
      version = "2022";
      groups = THEME_GROUPS.map((group) => ({
        id: group.id,
        class: "theme",
        title: group.title,
        props: [nistProp("label", group.label), nistProp("sort-id", sortId(group.label)), ownProp("theme", group.theme)],
        controls: annexA.filter((control) => control.theme === group.theme).map((control) => annexAControl(control, descriptions)),
      }));
    } else if (source === ANNEX_A_2013) {
      title = "ISO/IEC 27001:2013 Annex A controls";
      version = "2013";
      const sections = [...new Set(annexA2013.map((control) => control.id.split(".").slice(0, 2).join(".")))];
      groups = sections.map((section) => ({
        id: `a2013-${section.slice(2)}`,
        class: "section",
        title: `Annex A section ${section}`,
        props: [nistProp("label", section), nistProp("sort-id", sortId(section.slice(2)))],
        controls: annexA2013
          .filter((control) => control.id.startsWith(`${section}.`))
          .map((control) => {
            const id = oscalControlId(controlRef(ANNEX_A_2013, control.id));
            const own = descriptions.get(controlRef(ANNEX_A_2013, control.id));
            return {
              id,
              class: "iso27001-2013-annex-a",
              title: control.title,
              props: [nistProp("label", control.id), nistProp("sort-id", sortId(control.id.slice(2)))],
              parts: textParts(id, control.id, own?.description, own?.guidance),
            };
          }),
      }));
    } else if (source === "clauses") {
      title = "ISO/IEC 27001:2022 clauses 4 to 10";
      version = "2022";
      const below = clauses.filter((clause) => clause.kind !== "clause");
      groups = clauses
        .filter((clause) => clause.kind === "clause")
        .map((clause) => ({
          id: `clause-${clause.id}`,
          class: "clause",
          title: clause.title,
          props: [nistProp("label", clause.id), nistProp("sort-id", sortId(clause.id))],
          controls: below.filter((child) => child.parent === clause.id).map((child) => clauseControl(child, below, descriptions)),
        }));
    } else {
      title = titleOr(source.title, source.id);
      version = lineOr(source.version, "1");
      // The same list, in the same order, as the document's other exports use.
      const known = options.catalogues ?? [];
      const all = known.some((catalogue) => catalogue.id === source.id) ? known.map((catalogue) => (catalogue.id === source.id ? source : catalogue)) : [...known, source];
      ({ groups, controls } = customCatalogBody(source, descriptions, controlIdResolver(all)));
    }
    const metadata = compact({
      title: titleOr(options.title, title),
      "last-modified": lastModified,
      version: lineOr(options.version, version),
      "oscal-version": OSCAL_VERSION,
      props: [ownProp("catalogue-id", key)],
      remarks: typeof source === "string" ? NO_ISO_TEXT : undefined,
    });
    return { catalog: compact({ uuid, metadata, controls, groups }) };
  } catch (error) {
    throw argumentError("exportCatalog", error);
  }
}
