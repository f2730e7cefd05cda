import { controlRef, type CustomCatalogue, type CustomControl } from "../../catalogue/index.js";
import { OSCAL_NS } from "./nist.js";

/**
 * Whether a custom control is withdrawn by its source: its `withdrawn: true` field, or the
 * prop OSCAL marks a withdrawn control with, `status` = `withdrawn` in NIST's namespace
 * (oscal_control-common_metaschema.xml, allowed-values "oscal-control-prop-status-value";
 * `Withdrawn` is the spelling deprecated in 1.0.0, which SP 800-53 rev. 4 still uses).
 */
export function isWithdrawn(control: Partial<Pick<CustomControl, "props" | "withdrawn">>): boolean {
  if (control.withdrawn === true) return true;
  return (control.props ?? []).some(
    (prop) => prop.name === "status" && (prop.ns === undefined || prop.ns === OSCAL_NS) && prop.value.trim().toLowerCase() === "withdrawn",
  );
}

/** The references (`<catalogue>:<id>`) of the withdrawn controls of custom catalogues. */
export function withdrawnRefs(catalogues: readonly CustomCatalogue[]): ReadonlySet<string> {
  return new Set(catalogues.flatMap((catalogue) => catalogue.controls.filter(isWithdrawn).map((control) => controlRef(catalogue.id, control.id))));
}
