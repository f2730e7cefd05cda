import * as z from "zod";
import { deepFreeze } from "../core/_internal/index.js";
import { ANNEX_A_2013_DATA } from "./data/annexA2013.js";

/**
 * The id of one of the 114 controls of ISO/IEC 27001:2013 Annex A (`"A.5.1.1"` … `"A.18.2.3"`).
 *
 * @category Catalogue
 * @example
 * ```ts
 * const id: AnnexA2013Id = "A.12.4.1";
 * successorsOf(id); // ["8.15"]
 * ```
 */
export type AnnexA2013Id = (typeof ANNEX_A_2013_DATA)[number]["id"];

/**
 * A control of ISO/IEC 27001:2013 Annex A: id and title.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const control: AnnexA2013Control | undefined = annexA2013.find((candidate) => candidate.id === "A.12.4.1");
 * control && successorsOf(control.id); // ["8.15"]
 * ```
 */
export interface AnnexA2013Control {
  /** The 2013 id, e.g. `"A.5.1.1"`. */
  readonly id: AnnexA2013Id;
  /** The 2013 title. */
  readonly title: string;
}

/**
 * The 114 controls of ISO/IEC 27001:2013 Annex A in the standard's order, deeply frozen.
 *
 * @category Catalogue
 * @example
 * ```ts
 * annexA2013.length; // 114
 * ```
 */
export const annexA2013: readonly AnnexA2013Control[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ANNEX_A_2013_DATA.map(({ id, title }) => ({ id, title })),
);

/**
 * Parses an ISO/IEC 27001:2013 Annex A id.
 *
 * @category Catalogue
 * @example
 * ```ts
 * AnnexA2013IdSchema.safeParse("A.9.2.3").success; // true
 * ```
 */
export const AnnexA2013IdSchema = /* @__PURE__ */ z.enum(
  /* @__PURE__ */ ANNEX_A_2013_DATA.map((control) => control.id) as [AnnexA2013Id, ...AnnexA2013Id[]],
);
