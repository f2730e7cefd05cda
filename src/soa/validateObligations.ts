import { issue, sortIssues, type IsmsIssue } from "../core/index.js";
import { listCatalogueControls, splitControlRef, type CustomCatalogue } from "../catalogue/index.js";
import type { Obligation } from "./obligation.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link validateObligations}.
 *
 * @category SoA
 * @example
 * ```ts
 * const options: ValidateObligationsOptions = { catalogues: doc.cataloguesInScope, customCatalogues: doc.catalogues };
 * validateObligations(doc.obligations, options); // []
 * ```
 */
export interface ValidateObligationsOptions {
  /** Ids of the catalogues in scope. */
  readonly catalogues: readonly string[];
  /** The organisation's custom catalogues. */
  readonly customCatalogues?: readonly CustomCatalogue[];
}

/**
 * Checks obligations: duplicate ids (`duplicate_obligation`, error), controls of a catalogue
 * not in scope (`control_not_in_scope`, error), controls their catalogue does not have
 * (`unknown_control`, error), the same control listed twice (`duplicate_control`, warning)
 * and obligations that require no control (`obligation_without_controls`, info). Paths are
 * relative to the obligations array.
 *
 * @param obligations - the obligations
 * @param options - the catalogues in scope
 * @returns issues, sorted
 * @category SoA
 * @example
 * ```ts
 * const gdpr = ObligationSchema.parse({ id: "OB-1", kind: "legal", title: "GDPR", controls: ["annex-a:9.1"] });
 * validateObligations([gdpr], { catalogues: ["annex-a"] })[0]?.code;
 * // "unknown_control"
 * ```
 */
export function validateObligations(obligations: readonly Obligation[], options: ValidateObligationsOptions): IsmsIssue[] {
  try {
    const scope = new Map<string, Set<string>>();
    for (const catalogue of options.catalogues) {
      scope.set(catalogue, new Set(listCatalogueControls(catalogue, options.customCatalogues ?? []).map((control) => control.id)));
    }
    const issues: IsmsIssue[] = [];
    const seen = new Set<string>();
    obligations.forEach((obligation, index) => {
      if (seen.has(obligation.id)) issues.push(issue("duplicate_obligation", `Obligation ${obligation.id} appears more than once.`, [index, "id"]));
      seen.add(obligation.id);
      if (obligation.controls.length === 0) {
        issues.push(issue("obligation_without_controls", `Obligation ${obligation.id} requires no control, so it adds no reason to the SoA.`, [index, "controls"], "info"));
      }
      const refs = new Set<string>();
      obligation.controls.forEach((ref, refIndex) => {
        const path = [index, "controls", refIndex];
        if (refs.has(ref)) issues.push(issue("duplicate_control", `Obligation ${obligation.id} lists ${ref} twice.`, path, "warning"));
        refs.add(ref);
        const parts = splitControlRef(ref);
        const ids = parts && scope.get(parts.catalogue);
        if (!parts || !ids) {
          issues.push(issue("control_not_in_scope", `Obligation ${obligation.id} requires ${ref}, which is in no catalogue in scope.`, path));
        } else if (!ids.has(parts.id)) {
          issues.push(issue("unknown_control", `Obligation ${obligation.id} requires ${ref}, which is not a control of catalogue "${parts.catalogue}".`, path));
        }
      });
    });
    return sortIssues(issues);
  } catch (error) {
    throw argumentError("validateObligations", error);
  }
}
