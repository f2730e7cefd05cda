import { issue, prefixIssues, type IsmsIssue } from "../core/index.js";
import { checkMatrix, type CheckMatrixOptions } from "./checkMatrix.js";
import type { Methodology } from "./methodology.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * Validates a methodology and returns every issue at once: the matrix's structure and
 * {@link checkMatrix} findings (under `["matrix", ...]`), and the acceptance criteria and
 * consequence mapping. Codes: `duplicate_level_key`, `values_not_increasing`,
 * `anchors_not_increasing` (warning), `duplicate_risk_level`, `matrix_shape`,
 * `unknown_risk_level`, the checkMatrix codes, `tolerance_below_appetite`,
 * `missing_acceptance_level`, `duplicate_acceptance_level`, `level_not_on_scale`,
 * `mapping_not_monotone` (warning).
 *
 * @param methodology - the methodology
 * @param options - the quantitative model for the matrix checks
 * @returns issues with paths relative to the methodology
 * @category Risk
 * @example
 * ```ts
 * hasErrors(validateMethodology(currentMethodology(doc))); // false for a usable method
 * ```
 */
export function validateMethodology(methodology: Methodology, options?: CheckMatrixOptions): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = prefixIssues(checkMatrix(methodology.matrix, options).findings, ["matrix"]);
    const levelIndex = new Map(methodology.matrix.levels.map((level, index) => [level.key, index]));
    const { acceptance } = methodology;
    const appetite = levelIndex.get(acceptance.appetite);
    const tolerance = levelIndex.get(acceptance.tolerance);
    if (appetite === undefined) found.push(issue("unknown_risk_level", `The appetite "${acceptance.appetite}" is not a risk level.`, ["acceptance", "appetite"]));
    if (tolerance === undefined) found.push(issue("unknown_risk_level", `The tolerance "${acceptance.tolerance}" is not a risk level.`, ["acceptance", "tolerance"]));
    if (appetite !== undefined && tolerance !== undefined && tolerance < appetite) {
      found.push(issue("tolerance_below_appetite", "The tolerance level is below the appetite level.", ["acceptance", "tolerance"]));
    }
    const covered = new Set<string>();
    acceptance.levels.forEach((entry, index) => {
      if (!levelIndex.has(entry.level)) found.push(issue("unknown_risk_level", `"${entry.level}" is not a risk level.`, ["acceptance", "levels", index, "level"]));
      else if (covered.has(entry.level)) found.push(issue("duplicate_acceptance_level", `The level "${entry.level}" has more than one entry.`, ["acceptance", "levels", index, "level"]));
      covered.add(entry.level);
    });
    for (const level of methodology.matrix.levels) {
      if (!covered.has(level.key)) {
        found.push(issue("missing_acceptance_level", `The acceptance criteria say nothing about the level "${level.key}".`, ["acceptance", "levels"]));
      }
    }
    const consequenceIndex = new Map(methodology.matrix.consequence.levels.map((level, index) => [level.key, index]));
    const mapping = methodology.consequenceMapping;
    const lists: [readonly (string | number)[], readonly string[]][] = [];
    if (mapping?.default) lists.push([["consequenceMapping", "default"], mapping.default]);
    for (const [property, keys] of Object.entries(mapping?.byProperty ?? {})) lists.push([["consequenceMapping", "byProperty", property], keys]);
    for (const [path, keys] of lists) {
      keys.forEach((key, index) => {
        const consequence = consequenceIndex.get(key);
        if (consequence === undefined) {
          found.push(issue("level_not_on_scale", `"${key}" is not a level of the consequence scale.`, [...path, index]));
          return;
        }
        const previous = index > 0 ? consequenceIndex.get(at(keys, index - 1)) : undefined;
        if (previous !== undefined && consequence < previous) {
          found.push(issue("mapping_not_monotone", `A higher requirement maps to a lower consequence ("${key}").`, [...path, index], "warning"));
        }
      });
    }
    return found;
  } catch (error) {
    throw argumentError("validateMethodology", error);
  }
}
