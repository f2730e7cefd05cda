import { annexA, type AnnexAControl, type AnnexAId } from "./annexA.js";
import type { AttributeKind, ControlAttributes, Theme } from "./vocabulary.js";
import { argumentError, unknownEntity } from "../core/_internal/index.js";

let byId: Map<string, AnnexAControl> | undefined;

function index(): Map<string, AnnexAControl> {
  byId ??= new Map(annexA.map((control) => [control.id, control]));
  return byId;
}

/**
 * Finds an Annex A 2022 control by id.
 *
 * @param id - any string; only the 93 ids find a control
 * @returns the control, or `undefined`
 * @category Catalogue
 * @example
 * ```ts
 * findControl("8.24")?.title; // "Use of cryptography"
 * findControl("A.10.1.1"); // undefined
 * ```
 */
export function findControl(id: string): AnnexAControl | undefined {
  return index().get(id);
}

/**
 * Gets an Annex A 2022 control whose id the type system already knows to be valid.
 *
 * @param id - an Annex A id
 * @returns the control
 * @throws {@link IsmsError} `unknown_entity` when the id is not in Annex A (only possible
 *   when the type was bypassed); use {@link findControl} for an id from outside
 * @category Catalogue
 * @example
 * ```ts
 * getControl("5.23").title; // "Information security for use of cloud services"
 * ```
 */
export function getControl(id: AnnexAId): AnnexAControl {
  const control = index().get(id);
  if (!control) throw unknownEntity("ISO/IEC 27001:2022 Annex A control", String(id));
  return control;
}

/**
 * Lists the controls of one theme in the standard's order.
 *
 * @param theme - Organizational, People, Physical or Technological
 * @returns the controls of that theme
 * @category Catalogue
 * @example
 * ```ts
 * listControlsByTheme("People").length; // 8
 * ```
 */
export function listControlsByTheme(theme: Theme): readonly AnnexAControl[] {
  return annexA.filter((control) => control.theme === theme);
}

/**
 * A filter over attributes and theme: within one attribute set a control matches when it
 * has any of the listed values; across sets all given sets must match. An empty or absent
 * set does not filter.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const detectiveForAvailability: ControlFilter = {
 *   controlTypes: ["Detective"],
 *   securityProperties: ["Availability"],
 * };
 * filterControls(detectiveForAvailability).map((control) => control.id);
 * ```
 */
export type ControlFilter = { readonly [K in AttributeKind]?: readonly ControlAttributes[K][number][] } & {
  /** Themes to keep. */
  readonly themes?: readonly Theme[];
};

/**
 * Filters controls by any combination of attribute values and themes (see {@link ControlFilter}).
 *
 * @param filter - the values to look for
 * @param controls - controls to filter, Annex A by default
 * @returns matching controls in their original order
 * @category Catalogue
 * @example
 * ```ts
 * // every detective control that protects availability
 * filterControls({ controlTypes: ["Detective"], securityProperties: ["Availability"] }).map((c) => c.id);
 * ```
 */
export function filterControls(filter: ControlFilter, controls: readonly AnnexAControl[] = annexA): readonly AnnexAControl[] {
  try {
    const kinds = (Object.keys(filter) as (AttributeKind | "themes")[]).filter((kind) => kind !== "themes");
    return controls.filter((control) => {
      if (filter.themes && filter.themes.length > 0 && !filter.themes.includes(control.theme)) return false;
      return kinds.every((kind) => {
        const wanted: readonly string[] | undefined = filter[kind];
        if (!wanted || wanted.length === 0) return true;
        const have: readonly string[] = control.attributes[kind];
        return wanted.some((value) => have.includes(value));
      });
    });
  } catch (error) {
    throw argumentError("filterControls", error);
  }
}
