import { ANNEX_A, ANNEX_A_2013, splitControlRef } from "../catalogue/index.js";
import { IsmsError } from "../core/index.js";
import { toToken } from "./_internal/tokens.js";

/**
 * The OSCAL control id of a catalogue-qualified control reference, as every export of this
 * module writes it: Annex A 2022 `annex-a:5.1` → `a-5.1`, ISO/IEC 27001:2013
 * `annex-a-2013:A.5.1.1` → `a2013-5.1.1`, a custom control keeps its id when it is an OSCAL
 * token (an imported control always is) and is made one otherwise (`1.2/b` → `_1.2_b`).
 *
 * @param ref - a control reference, e.g. `"annex-a:8.24"`
 * @returns the OSCAL token id
 * @throws {@link IsmsError} `invalid_argument` when `ref` is not `"<catalogue>:<id>"`
 * @category OSCAL
 * @example
 * ```ts
 * oscalControlId("annex-a:8.24"); // "a-8.24"
 * oscalControlId("sp800-53-low:ac-2"); // "ac-2"
 * ```
 */
export function oscalControlId(ref: string): string {
  const parts = splitControlRef(ref);
  if (!parts) throw new IsmsError("invalid_argument", `"${ref}" is not a control reference "<catalogue>:<id>".`);
  if (parts.catalogue === ANNEX_A) return `a-${parts.id}`;
  if (parts.catalogue === ANNEX_A_2013) return `a2013-${parts.id.replace(/^A\./, "")}`;
  return toToken(parts.id);
}
