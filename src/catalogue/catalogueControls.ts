import * as z from "zod";
import { CustomFieldsSchema } from "../core/index.js";
import { annexA } from "./annexA.js";
import { annexA2013 } from "./annexA2013.js";
import type { CustomCatalogue } from "./custom.js";
import { ANNEX_A, ANNEX_A_2013, ControlRefSchema, controlRef, splitControlRef, type ControlRef } from "./refs.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * A control of any catalogue seen the same way: its reference, catalogue, id, title and
 * group (the theme for Annex A, the 2013 clause for 2013 controls, the group of a custom
 * control). This is what the SoA and OSCAL read.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const control: CatalogueControl | undefined = resolveControlRef("northwind:NW-1", doc.catalogues);
 * control?.title; // "Cross-tenant isolation testing"
 * control?.group; // "PS": the group of the custom control
 * ```
 */
export interface CatalogueControl {
  /** Catalogue-qualified reference. */
  readonly ref: ControlRef;
  /** Catalogue id. */
  readonly catalogue: string;
  /** Id inside the catalogue. */
  readonly id: string;
  /** Title. */
  readonly title: string;
  /** Theme, 2013 clause or custom group, when there is one. */
  readonly group?: string;
  /** `true` for a custom control its source has withdrawn. */
  readonly withdrawn?: true;
}

const cache = /* @__PURE__ */ new WeakMap<object, readonly CatalogueControl[]>();
let annexAControls: readonly CatalogueControl[] | undefined;
let annexA2013Controls: readonly CatalogueControl[] | undefined;

/**
 * Lists the controls of a catalogue in its order: `annex-a`, `annex-a-2013`, or the id of
 * one of the given custom catalogues.
 *
 * @param catalogue - catalogue id
 * @param custom - the organisation's custom catalogues
 * @returns the controls; empty for an unknown catalogue
 * @category Catalogue
 * @example
 * ```ts
 * listCatalogueControls("annex-a").length; // 93
 * listCatalogueControls("annex-a-2013").length; // 114
 * ```
 */
export function listCatalogueControls(catalogue: string, custom: readonly CustomCatalogue[] = []): readonly CatalogueControl[] {
  try {
    if (catalogue === ANNEX_A) {
      annexAControls ??= Object.freeze(
        annexA.map((control) => Object.freeze({ ref: controlRef(ANNEX_A, control.id), catalogue: ANNEX_A, id: control.id, title: control.title, group: control.theme })),
      );
      return annexAControls;
    }
    if (catalogue === ANNEX_A_2013) {
      annexA2013Controls ??= Object.freeze(
        annexA2013.map((control) =>
          Object.freeze({
            ref: controlRef(ANNEX_A_2013, control.id),
            catalogue: ANNEX_A_2013,
            id: control.id,
            title: control.title,
            group: control.id.split(".").slice(0, 2).join("."),
          }),
        ),
      );
      return annexA2013Controls;
    }
    const found = custom.find((candidate) => candidate.id === catalogue);
    if (!found) return [];
    let controls = cache.get(found);
    if (!controls) {
      // Cached per catalogue object and shared between calls, so frozen like the built-in lists.
      controls = Object.freeze(
        found.controls.map((control) =>
          Object.freeze({
            ref: controlRef(found.id, control.id),
            catalogue: found.id,
            id: control.id,
            title: control.title,
            ...(control.group === undefined ? {} : { group: control.group }),
            ...(control.withdrawn === true ? { withdrawn: true as const } : {}),
          }),
        ),
      );
      cache.set(found, controls);
    }
    return controls;
  } catch (error) {
    throw argumentError("listCatalogueControls", error);
  }
}

/**
 * Resolves a catalogue-qualified reference to its control.
 *
 * @param ref - e.g. `"annex-a:8.24"`, `"annex-a-2013:A.10.1.1"`, `"acme:ACME-7"`
 * @param custom - the organisation's custom catalogues
 * @returns the control, or `undefined` when the catalogue or control is unknown
 * @category Catalogue
 * @example
 * ```ts
 * resolveControlRef("annex-a:8.24")?.title; // "Use of cryptography"
 * resolveControlRef("annex-a:9.9"); // undefined
 * ```
 */
export function resolveControlRef(ref: string, custom: readonly CustomCatalogue[] = []): CatalogueControl | undefined {
  try {
    const parts = splitControlRef(ref);
    if (!parts) return undefined;
    return listCatalogueControls(parts.catalogue, custom).find((control) => control.id === parts.id);
  } catch (error) {
    throw argumentError("resolveControlRef", error);
  }
}

/**
 * The organisation's own description of a control and how it implements it: the place for
 * text that the library never ships (it holds no ISO text).
 *
 * @category Catalogue
 * @example
 * ```ts
 * ControlDescriptionSchema.parse({ ref: "annex-a:5.7", description: "We subscribe to two threat feeds." });
 * ```
 */
export const ControlDescriptionSchema = /* @__PURE__ */ z.strictObject({
  ref: ControlRefSchema,
  description: z.string().optional(),
  guidance: z.string().optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * The organisation's own text for a control.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const description: ControlDescription = { ref: "annex-a:5.7", description: "Two threat feeds, reviewed weekly." };
 * const catalog = exportCatalog("annex-a", { asOf: "2026-11-27T09:00:00Z", descriptions: [description] }).catalog;
 * catalog.groups?.[0]?.controls?.find((control) => control.id === "a-5.7")?.parts?.[0]?.prose; // "Two threat feeds, reviewed weekly."
 * ```
 */
export type ControlDescription = z.infer<typeof ControlDescriptionSchema>;
