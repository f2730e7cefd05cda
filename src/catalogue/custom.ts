import * as z from "zod";
import { rejectReservedKeys, argumentError } from "../core/_internal/index.js";
import { CatalogueIdSchema, CustomFieldsSchema, issue, NonBlankStringSchema, type IsmsIssue } from "../core/index.js";
import { ControlRefSchema, splitControlRef, ANNEX_A, ANNEX_A_2013 } from "./refs.js";
import { findControl } from "./queries.js";
import { AnnexA2013IdSchema } from "./annexA2013.js";

const ControlIdSchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.\-/()]*$/, { message: "must start with a letter, digit or _ and use letters, digits and _ . - / ( )" });

/**
 * A property of a custom control, kept as given (e.g. an OSCAL `prop` when the catalogue was
 * imported from OSCAL).
 *
 * @category Catalogue
 * @example
 * ```ts
 * CustomControlPropSchema.parse({ name: "label", value: "AC-1" });
 * ```
 */
export const CustomControlPropSchema = /* @__PURE__ */ z.strictObject({
  name: z.string().min(1),
  value: z.string(),
  ns: z.string().optional(),
  class: z.string().optional(),
});

/**
 * A group of a custom catalogue (a theme, a family); groups may nest through `parent`.
 *
 * @category Catalogue
 * @example
 * ```ts
 * CustomGroupSchema.parse({ id: "cloud", title: "Cloud services" });
 * ```
 */
export const CustomGroupSchema = /* @__PURE__ */ z.strictObject({
  id: ControlIdSchema,
  title: NonBlankStringSchema,
  parent: ControlIdSchema.optional(),
  props: z.array(CustomControlPropSchema).optional(),
});

/**
 * A control of an organisation's own or extension catalogue: id, title, optional group,
 * parent control (for enhancements), the organisation's own description and guidance,
 * free attribute sets, props, related controls (catalogue-qualified), whether its source
 * has withdrawn it, and `custom` fields.
 *
 * @category Catalogue
 * @example
 * ```ts
 * CustomControlSchema.parse({ id: "ACME-7", title: "Customer data residency", related: ["annex-a:5.23"] });
 * ```
 */
export const CustomControlSchema = /* @__PURE__ */ z.strictObject({
  id: ControlIdSchema,
  title: NonBlankStringSchema,
  group: ControlIdSchema.optional(),
  parent: ControlIdSchema.optional(),
  description: z.string().optional(),
  guidance: z.string().optional(),
  attributes: rejectReservedKeys(z.record(z.string().min(1), z.array(z.string().min(1)))).optional(),
  props: z.array(CustomControlPropSchema).optional(),
  related: z.array(ControlRefSchema).optional(),
  /**
   * `true` when the catalogue's source has withdrawn the control (OSCAL: prop `status` =
   * `withdrawn`). It stays in the catalogue so that references to it still resolve, but it
   * asks for no applicability decision: the SoA leaves it out unless a decision, a risk
   * treatment plan or an obligation names it.
   */
  withdrawn: z.literal(true).optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * A control of a custom catalogue.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const control: CustomControl | undefined = doc.catalogues[0]?.controls[0];
 * control && `${control.id} ${control.title}`; // "NW-1 Cross-tenant isolation testing"
 * ```
 */
export type CustomControl = z.infer<typeof CustomControlSchema>;

/**
 * An organisation's own catalogue of controls, or an extension set (ISO/IEC 27017-style
 * cloud controls, a company baseline, an imported OSCAL catalog). Its controls are
 * referenced as `"<id>:<control id>"`.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const acme = CustomCatalogueSchema.parse({
 *   id: "acme",
 *   title: "ACME baseline",
 *   controls: [{ id: "ACME-7", title: "Customer data residency" }],
 * });
 * ```
 */
export const CustomCatalogueSchema = /* @__PURE__ */ z.strictObject({
  id: CatalogueIdSchema,
  title: NonBlankStringSchema,
  version: z.string().min(1).optional(),
  source: z.string().optional(),
  groups: z.array(CustomGroupSchema).optional(),
  controls: z.array(CustomControlSchema),
  custom: CustomFieldsSchema.optional(),
});

/**
 * A custom catalogue.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const catalogue: CustomCatalogue = CustomCatalogueSchema.parse({ id: "acme", title: "ACME", controls: [] });
 * validateCustomCatalogue(catalogue); // []
 * listCatalogueControls("acme", [catalogue]).length; // 0
 * ```
 */
export type CustomCatalogue = z.infer<typeof CustomCatalogueSchema>;

/**
 * Options of {@link validateCustomCatalogue}.
 *
 * @category Catalogue
 * @example
 * ```ts
 * // An extension whose controls refer to the example's own catalogue.
 * const extension = CustomCatalogueSchema.parse({
 *   id: "acme", title: "ACME", controls: [{ id: "X-1", title: "Tenant isolation drill", related: ["northwind:NW-1"] }],
 * });
 * const options: ValidateCustomCatalogueOptions = { catalogues: doc.catalogues };
 * validateCustomCatalogue(extension, options); // []; without the option: unknown_control_reference
 * ```
 */
export interface ValidateCustomCatalogueOptions {
  /** Other custom catalogues that `related` references may point into. */
  readonly catalogues?: readonly CustomCatalogue[];
}

/**
 * Checks the rules a schema cannot: reserved catalogue ids, duplicate control and group ids,
 * unknown groups and parents, and related references to controls that do not exist. Returns
 * every issue, with paths relative to the catalogue.
 *
 * @param catalogue - a parsed custom catalogue
 * @param options - other catalogues that references may use
 * @returns issues (empty when the catalogue is sound)
 * @category Catalogue
 * @example
 * ```ts
 * validateCustomCatalogue(CustomCatalogueSchema.parse({ id: "acme", title: "ACME", controls: [
 *   { id: "X-1", title: "One" },
 *   { id: "X-1", title: "Again" },
 * ] }))[0]?.code; // "duplicate_control_id"
 * ```
 */
export function validateCustomCatalogue(
  catalogue: CustomCatalogue,
  options: ValidateCustomCatalogueOptions = {},
): IsmsIssue[] {
  try {
    const issues: IsmsIssue[] = [];
    if (catalogue.id === ANNEX_A || catalogue.id === ANNEX_A_2013) {
      issues.push(issue("reserved_catalogue_id", `Catalogue id "${catalogue.id}" is reserved for ISO/IEC 27001 Annex A.`, ["id"]));
    }
    const groupIds = new Set<string>();
    (catalogue.groups ?? []).forEach((group, index) => {
      if (groupIds.has(group.id)) {
        issues.push(issue("duplicate_group_id", `Group "${group.id}" appears more than once.`, ["groups", index, "id"]));
      }
      groupIds.add(group.id);
    });
    (catalogue.groups ?? []).forEach((group, index) => {
      if (group.parent !== undefined && !groupIds.has(group.parent)) {
        issues.push(issue("unknown_group", `Group "${group.id}" names unknown parent group "${group.parent}".`, ["groups", index, "parent"]));
      }
    });
    const controlIds = new Set<string>();
    catalogue.controls.forEach((control, index) => {
      if (controlIds.has(control.id)) {
        issues.push(issue("duplicate_control_id", `Control "${control.id}" appears more than once.`, ["controls", index, "id"]));
      }
      controlIds.add(control.id);
    });
    const others = new Map((options.catalogues ?? []).map((other) => [other.id, new Set(other.controls.map((c) => c.id))]));
    others.set(catalogue.id, controlIds);
    catalogue.controls.forEach((control, index) => {
      if (control.group !== undefined && !groupIds.has(control.group)) {
        issues.push(issue("unknown_group", `Control "${control.id}" names unknown group "${control.group}".`, ["controls", index, "group"]));
      }
      if (control.parent !== undefined && !controlIds.has(control.parent)) {
        issues.push(issue("unknown_parent", `Control "${control.id}" names unknown parent control "${control.parent}".`, ["controls", index, "parent"]));
      }
      (control.related ?? []).forEach((ref, refIndex) => {
        if (!refExists(ref, others)) {
          issues.push(
            issue("unknown_control_reference", `Control "${control.id}" refers to "${ref}", which is in no known catalogue.`, [
              "controls",
              index,
              "related",
              refIndex,
            ]),
          );
        }
      });
    });
    return issues;
  } catch (error) {
    throw argumentError("validateCustomCatalogue", error);
  }
}

function refExists(ref: string, custom: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const parts = splitControlRef(ref);
  if (!parts) return false;
  if (parts.catalogue === ANNEX_A) return findControl(parts.id) !== undefined;
  if (parts.catalogue === ANNEX_A_2013) return AnnexA2013IdSchema.safeParse(parts.id).success;
  return custom.get(parts.catalogue)?.has(parts.id) ?? false;
}
