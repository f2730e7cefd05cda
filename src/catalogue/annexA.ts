import * as z from "zod";
import { deepFreeze } from "../core/_internal/index.js";
import { ANNEX_A_2022_DATA } from "./data/annexA2022.js";
import type { ControlAttributes, Theme } from "./vocabulary.js";

/**
 * The id of one of the 93 controls of ISO/IEC 27001:2022 Annex A, as a literal union so
 * that editors complete `"8.24"` and a typo does not compile.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const id: AnnexAId = "8.24";
 * // @ts-expect-error 9.1 is not an Annex A control
 * const wrong: AnnexAId = "9.1";
 * ```
 */
export type AnnexAId = (typeof ANNEX_A_2022_DATA)[number]["id"];

/**
 * One control of ISO/IEC 27001:2022 Annex A: id, theme, title (Annex A's title), the
 * ISO/IEC 27002:2022 title where it differs, and the five 27002 attribute sets. No
 * control text: the organisation's own description lives in its document.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const control: AnnexAControl = getControl("5.7");
 * control.title; // "Threat intelligence"
 * ```
 */
export interface AnnexAControl {
  /** Annex A number, e.g. `"5.7"`. */
  readonly id: AnnexAId;
  /** Organizational, People, Physical or Technological. */
  readonly theme: Theme;
  /** The ISO/IEC 27001:2022 Annex A title. */
  readonly title: string;
  /** The ISO/IEC 27002:2022 title, only where it differs (5.21, 5.34, 8.1). */
  readonly title27002?: string;
  /** The ISO/IEC 27002:2022 attributes. */
  readonly attributes: ControlAttributes;
}

/**
 * The 93 controls of ISO/IEC 27001:2022 Annex A in the standard's order, deeply frozen.
 * Themes: Organizational 5.1–5.37 (37), People 6.1–6.8 (8), Physical 7.1–7.14 (14),
 * Technological 8.1–8.34 (34).
 *
 * @category Catalogue
 * @example
 * ```ts
 * annexA.length; // 93
 * annexA.filter((control) => control.theme === "People").map((control) => control.id);
 * ```
 */
export const annexA: readonly AnnexAControl[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ANNEX_A_2022_DATA.map((control) => ({ ...control })),
);

/**
 * The 93 Annex A ids in the standard's order.
 *
 * @category Catalogue
 * @example
 * ```ts
 * ANNEX_A_IDS[0]; // "5.1"
 * ```
 */
export const ANNEX_A_IDS: readonly AnnexAId[] = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ ANNEX_A_2022_DATA.map((control) => control.id));

/**
 * Parses an Annex A 2022 control id (`"5.1"` … `"8.34"`).
 *
 * @category Catalogue
 * @example
 * ```ts
 * AnnexAIdSchema.safeParse("8.24").success; // true
 * AnnexAIdSchema.safeParse("A.8.24").success; // false
 * ```
 */
export const AnnexAIdSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ ANNEX_A_2022_DATA.map((control) => control.id) as [AnnexAId, ...AnnexAId[]]);

/**
 * The Annex A controls that have no predecessor in ISO/IEC 27001:2013.
 *
 * @category Catalogue
 * @example
 * ```ts
 * NEW_IN_2022.includes("5.7"); // true
 * ```
 */
export const NEW_IN_2022: readonly AnnexAId[] = /* @__PURE__ */ deepFreeze([
  "5.7",
  "5.23",
  "5.30",
  "7.4",
  "8.9",
  "8.10",
  "8.11",
  "8.12",
  "8.16",
  "8.23",
  "8.28",
]);
