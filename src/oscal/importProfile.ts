import {
  CustomCatalogueSchema,
  validateCustomCatalogue,
  type CustomCatalogue,
  type CustomControl,
} from "../catalogue/index.js";
import { err, issue, ok, type IsmsIssue, type IssuePath, type JsonValue } from "../core/index.js";
import { argumentError, zodIssues } from "../core/_internal/index.js";
import { resolveProfileWithCatalogs } from "./_internal/profileResolution.js";
import { readCatalog } from "./_internal/readCatalog.js";
import type { ImportCatalogResult } from "./importCatalog.js";
import { ISMS_OSCAL_NS } from "./namespace.js";
import type { ResolveProfileOptions } from "./resolveProfile.js";

/**
 * Options of {@link importProfile}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const options: ImportProfileOptions = { id: "sp800-53-moderate", prose: true };
 * importProfile(JSON.parse(text), () => undefined, options).ok; // false: no catalog at hand
 * ```
 */
export interface ImportProfileOptions extends ResolveProfileOptions {
  /** The custom catalogue's id (required: a baseline is named by its user, e.g. `sp800-53-low`). */
  readonly id: string;
  /** The `source` to record; defaults to the profile's OSCAL uuid and the hrefs of its catalogs. */
  readonly source?: string;
  /** Copy the statement and guidance prose of the selected controls, as {@link importCatalog} does (default `false`). */
  readonly prose?: boolean;
}

/**
 * Reads an OSCAL profile (a baseline such as NIST SP 800-53 LOW) into a custom catalogue
 * that holds only the controls the profile selects, so that the Statement of Applicability
 * asks for decisions on those and no others. The profile is resolved by
 * {@link resolveProfile} (same `catalogs` callback, same warnings); each catalog it draws on
 * is read as {@link importCatalog} reads it, and of its controls those selected are kept, in
 * the resolved order, with the groups that hold them. Each kept control gets the prop
 * `{ name: "selected-by", ns: ISMS_OSCAL_NS, value: <profile title> }`. An enhancement
 * whose parent control is not selected loses its `parent` (with a warning), so that the
 * catalogue stays whole. The profile's `modify.set-parameters` are kept, as OSCAL writes
 * them, in the catalogue's `custom["oscal-set-parameters"]`; they are not applied to the
 * prose. The catalogue's title and version are the profile's.
 *
 * @param profile - the parsed JSON of an OSCAL profile document (`{ "profile": … }`)
 * @param catalogs - gives the parsed JSON of the catalog an href names, or `undefined`
 * @param options - the catalogue id (required), source, prose and how unknown ids count
 * @returns the custom catalogue, or every issue found (paths into the profile, or `["catalogs", href, …]` into a catalog), and the warnings
 * @category OSCAL
 * @example
 * ```ts
 * const catalog = exportCatalog("annex-a", { asOf: "2026-11-27" });
 * const profile = {
 *   profile: {
 *     uuid: "5a0b8f6c-2f6e-4a53-9d0e-6c1f5e8b7a10",
 *     metadata: { title: "People controls", "last-modified": "2026-11-27T00:00:00Z", version: "1", "oscal-version": "1.2.1" },
 *     imports: [{ href: "annex-a.json", "include-controls": [{ "with-ids": ["a-6.1", "a-6.3"] }] }],
 *   },
 * };
 * const imported = importProfile(profile, (href) => (href === "annex-a.json" ? catalog : undefined), { id: "people" });
 * if (imported.ok) imported.value.controls.map((control) => control.id); // ["a-6.1", "a-6.3"] (Annex A as exportCatalog writes it)
 * ```
 */
export function importProfile(profile: unknown, catalogs: (href: string) => unknown, options: ImportProfileOptions): ImportCatalogResult {
  try {
    const { result, loaded } = resolveProfileWithCatalogs(profile, catalogs, options);
    const warnings: IsmsIssue[] = [...result.warnings];
    if (!result.ok) return { ...err(result.error), warnings };
    const resolved = result.value;
    const issues: IsmsIssue[] = [];
    const inCatalog = (href: string, found: IsmsIssue): IsmsIssue => ({ ...found, message: `${href}: ${found.message}`, path: ["catalogs", href, ...found.path] });

    // Each catalog the selection draws on, read once, its controls by their OSCAL id.
    const read = new Map<string, { readonly catalogue: CustomCatalogue; readonly byOscalId: ReadonlyMap<string, CustomControl> }>();
    for (const href of new Set(resolved.controls.map((control) => control.catalogHref))) {
      const { result: imported, oscalIds } = readCatalog(loaded.get(href), { id: options.id, ...(options.prose === undefined ? {} : { prose: options.prose }) });
      warnings.push(...imported.warnings.map((found) => inCatalog(href, found)));
      if (!imported.ok) {
        issues.push(...imported.error.map((found) => inCatalog(href, found)));
        continue;
      }
      const byOscalId = new Map<string, CustomControl>();
      imported.value.controls.forEach((control, index) => {
        const oscalId = oscalIds[index];
        if (oscalId !== undefined && !byOscalId.has(oscalId)) byOscalId.set(oscalId, control);
      });
      read.set(href, { catalogue: imported.value, byOscalId });
    }
    if (issues.length > 0) return { ...err(issues), warnings };

    const title = /\S/u.test(resolved.title) ? resolved.title : options.id;
    if (title !== resolved.title) {
      warnings.push(issue("blank_title_replaced", `The profile has a blank title; a custom catalogue needs one, so it is "${title}".`, ["profile", "metadata", "title"], "warning"));
    }
    const selectedBy = { name: "selected-by", ns: ISMS_OSCAL_NS, value: title };
    const picked = resolved.controls.flatMap((control) => {
      const found = read.get(control.catalogHref)?.byOscalId.get(control.id);
      return found === undefined ? [] : [{ control: found, href: control.catalogHref, importIndex: control.importIndex }];
    });
    const selectedIds = new Set(picked.map(({ control, href }) => `${href}\u0000${control.id}`));
    const controls: CustomControl[] = picked.map(({ control, href, importIndex }) => {
      const { parent, ...rest } = control;
      const keepParent = parent === undefined || selectedIds.has(`${href}\u0000${parent}`);
      if (!keepParent) {
        const path: IssuePath = ["profile", "imports", importIndex];
        warnings.push(issue("parent_not_selected", `Control "${control.id}" is selected but its parent "${parent}" is not; the catalogue records no parent for it.`, path, "warning"));
      }
      return { ...rest, ...(keepParent && parent !== undefined ? { parent } : {}), props: [...(control.props ?? []), selectedBy] };
    });

    // The groups that hold a kept control, with their ancestors, in their catalogs' order.
    const groups: NonNullable<CustomCatalogue["groups"]> = [];
    const groupIds = new Set<string>();
    for (const [href, { catalogue }] of read) {
      const byId = new Map((catalogue.groups ?? []).map((group) => [group.id, group]));
      const needed = new Set<string>();
      for (const { control, href: from } of picked) {
        for (let id = from === href ? control.group : undefined; id !== undefined && !needed.has(id); id = byId.get(id)?.parent) needed.add(id);
      }
      for (const group of catalogue.groups ?? []) {
        if (!needed.has(group.id) || groupIds.has(group.id)) continue;
        groupIds.add(group.id);
        groups.push(group);
      }
    }

    const parameters = Object.entries(resolved.parameters).map(([paramId, setting]): [string, JsonValue] => [
      paramId,
      { ...setting.more, ...(setting.values === undefined ? {} : { values: setting.values }), ...(setting.select === undefined ? {} : { select: setting.select }) },
    ]);
    const hrefs = [...read.keys()].join(", ");
    const candidate = {
      id: options.id,
      title,
      ...(resolved.version !== undefined && /\S/u.test(resolved.version) ? { version: resolved.version } : {}),
      source: options.source ?? `OSCAL profile ${resolved.uuid ?? "(no uuid)"} over ${hrefs === "" ? "no catalog" : hrefs}`,
      ...(groups.length === 0 ? {} : { groups }),
      controls,
      ...(parameters.length === 0 ? {} : { custom: { "oscal-set-parameters": objectOf(parameters) } }),
    };
    const checked = CustomCatalogueSchema.safeParse(candidate);
    if (!checked.success) {
      return { ...err(zodIssues(checked.error, ["catalogue"]).map((found) => ({ ...found, code: "invalid_imported_catalogue" }))), warnings };
    }
    issues.push(...validateCustomCatalogue(checked.data).map((found) => ({ ...found, path: ["catalogue", ...found.path] })));
    return issues.length > 0 ? { ...err(issues), warnings } : { ...ok(checked.data), warnings };
  } catch (error) {
    throw argumentError("importProfile", error);
  }
}

/** An object of entries; `defineProperty` keeps a key such as `__proto__` a plain key. */
function objectOf(entries: readonly (readonly [string, JsonValue])[]): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}
