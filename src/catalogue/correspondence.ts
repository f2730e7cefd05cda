import { deepFreeze } from "../core/_internal/index.js";
import type { AnnexAId } from "./annexA.js";
import type { AnnexA2013Id } from "./annexA2013.js";
import { ANNEX_A_2013_DATA } from "./data/annexA2013.js";
import { getControl } from "./queries.js";

/**
 * One edge of the correspondence between ISO/IEC 27001:2013 and 2022 Annex A controls.
 * Merges appear as several edges into one 2022 control, splits as several edges out of
 * one 2013 control.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const edge: CorrespondenceEdge = { from2013: "A.12.4.1", to2022: "8.15" };
 * ```
 */
export interface CorrespondenceEdge {
  /** The 2013 control. */
  readonly from2013: AnnexA2013Id;
  /** The 2022 control it corresponds to. */
  readonly to2022: AnnexAId;
}

/**
 * Every 2013 → 2022 correspondence edge, in 2013 order, deeply frozen.
 *
 * @category Catalogue
 * @example
 * ```ts
 * correspondence.filter((edge) => edge.to2022 === "8.15").length; // 3
 * ```
 */
export const correspondence: readonly CorrespondenceEdge[] = /* @__PURE__ */ deepFreeze(
  ANNEX_A_2013_DATA.flatMap((control) =>
    control.successors.map((to2022) => ({ from2013: control.id, to2022 })),
  ),
);

let forward: Map<string, AnnexAId[]> | undefined;
let backward: Map<string, AnnexA2013Id[]> | undefined;

function maps(): { forward: Map<string, AnnexAId[]>; backward: Map<string, AnnexA2013Id[]> } {
  if (!forward || !backward) {
    forward = new Map();
    backward = new Map();
    for (const edge of correspondence) {
      forward.set(edge.from2013, [...(forward.get(edge.from2013) ?? []), edge.to2022]);
      backward.set(edge.to2022, [...(backward.get(edge.to2022) ?? []), edge.from2013]);
    }
    // The answers are shared between calls: freeze them so that no caller can change them.
    for (const list of forward.values()) Object.freeze(list);
    for (const list of backward.values()) Object.freeze(list);
  }
  return { forward, backward };
}

/**
 * The 2022 controls that a 2013 control became (several when it was split).
 *
 * @param id2013 - a 2013 id such as `"A.12.4.1"`
 * @returns the 2022 ids, in the standard's order of the reference; empty for an unknown id
 * @category Catalogue
 * @example
 * ```ts
 * successorsOf("A.12.4.1"); // ["8.15"]
 * ```
 */
export function successorsOf(id2013: AnnexA2013Id | string): readonly AnnexAId[] {
  return maps().forward.get(id2013) ?? [];
}

/**
 * The 2013 controls a 2022 control came from (several when they were merged; none for the
 * 11 controls new in 2022).
 *
 * @param id2022 - a 2022 id such as `"8.15"`
 * @returns the 2013 ids in 2013 order; empty for new controls and unknown ids
 * @category Catalogue
 * @example
 * ```ts
 * predecessorsOf("8.15"); // ["A.12.4.1", "A.12.4.2", "A.12.4.3"]
 * predecessorsOf("5.7"); // []
 * ```
 */
export function predecessorsOf(id2022: AnnexAId | string): readonly AnnexA2013Id[] {
  return maps().backward.get(id2022) ?? [];
}

/**
 * Whether a 2022 control is new in 2022 (has no 2013 predecessor).
 *
 * @param id2022 - a 2022 id
 * @returns `true` for the 11 new controls
 * @throws {@link IsmsError} `unknown_entity` when the id is not in Annex A (only possible
 *   when the type was bypassed), rather than calling it new
 * @category Catalogue
 * @example
 * ```ts
 * isNewIn2022("8.28"); // true
 * ```
 */
export function isNewIn2022(id2022: AnnexAId): boolean {
  getControl(id2022);
  return predecessorsOf(id2022).length === 0;
}
