import * as z from "zod";
import type { AnnexAId } from "./annexA.js";
import type { AnnexA2013Id } from "./annexA2013.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The catalogue id of ISO/IEC 27001:2022 Annex A.
 *
 * @category Catalogue
 * @example
 * ```ts
 * ANNEX_A; // "annex-a"
 * ```
 */
export const ANNEX_A = "annex-a";

/**
 * The catalogue id of ISO/IEC 27001:2013 Annex A.
 *
 * @category Catalogue
 * @example
 * ```ts
 * ANNEX_A_2013; // "annex-a-2013"
 * ```
 */
export const ANNEX_A_2013 = "annex-a-2013";

/**
 * A catalogue-qualified control reference, `"<catalogue>:<control>"`, so that Annex A 2022
 * `annex-a:5.1`, 2013 `annex-a-2013:A.5.1.1` and an organisation's `acme:ACME-7` never collide.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const ref: ControlRef = "annex-a:8.24";
 * splitControlRef(ref); // { catalogue: "annex-a", id: "8.24" }
 * resolveControlRef(ref)?.title; // "Use of cryptography"
 * ```
 */
export type ControlRef = `${string}:${string}`;

const CONTROL_REF_PATTERN = /^[a-z][a-z0-9-]*:[A-Za-z0-9_][A-Za-z0-9_.\-/()]*$/;

/**
 * Parses a {@link ControlRef}: a catalogue id (lower-case letters, digits, `-`), a colon and
 * a control id. Whether the control exists is checked by validation, not by parsing.
 *
 * @category Catalogue
 * @example
 * ```ts
 * ControlRefSchema.safeParse("annex-a:8.24").success; // true
 * ControlRefSchema.safeParse("8.24").success; // false
 * ```
 */
export const ControlRefSchema = /* @__PURE__ */ z
  .string()
  .max(200)
  .regex(CONTROL_REF_PATTERN, { message: 'must be "<catalogue>:<control id>", e.g. "annex-a:8.24"' }) as unknown as z.ZodType<
  ControlRef,
  string
>;

/**
 * Builds a control reference.
 *
 * @param catalogue - catalogue id
 * @param id - control id in that catalogue
 * @returns `"<catalogue>:<id>"`
 * @category Catalogue
 * @example
 * ```ts
 * controlRef("acme", "ACME-7"); // "acme:ACME-7"
 * ```
 */
export function controlRef(catalogue: string, id: string): ControlRef {
  return `${catalogue}:${id}`;
}

/**
 * The reference of an Annex A 2022 control, typed so that only real ids compile.
 *
 * @param id - an Annex A id
 * @returns `"annex-a:<id>"`
 * @category Catalogue
 * @example
 * ```ts
 * annexARef("8.24"); // "annex-a:8.24"
 * ```
 */
export function annexARef<const Id extends AnnexAId>(id: Id): `annex-a:${Id}` {
  return `annex-a:${id}`;
}

/**
 * The reference of an ISO/IEC 27001:2013 Annex A control.
 *
 * @param id - a 2013 id
 * @returns `"annex-a-2013:<id>"`
 * @category Catalogue
 * @example
 * ```ts
 * annexA2013Ref("A.9.2.3"); // "annex-a-2013:A.9.2.3"
 * ```
 */
export function annexA2013Ref<const Id extends AnnexA2013Id>(id: Id): `annex-a-2013:${Id}` {
  return `annex-a-2013:${id}`;
}

/**
 * Splits a control reference into catalogue and control id (at the first colon).
 *
 * @param ref - a control reference
 * @returns `{ catalogue, id }`, or `undefined` when there is no colon
 * @category Catalogue
 * @example
 * ```ts
 * splitControlRef("annex-a-2013:A.5.1.1"); // { catalogue: "annex-a-2013", id: "A.5.1.1" }
 * ```
 */
export function splitControlRef(ref: string): { catalogue: string; id: string } | undefined {
  try {
    const colon = ref.indexOf(":");
    if (colon <= 0 || colon === ref.length - 1) return undefined;
    return { catalogue: ref.slice(0, colon), id: ref.slice(colon + 1) };
  } catch (error) {
    throw argumentError("splitControlRef", error);
  }
}
