import { ANNEX_A, ANNEX_A_2013, listCatalogueControls, successorsOf, type CatalogueControl, type CustomCatalogue } from "../../catalogue/index.js";
import type { CellKind } from "../sheet.js";
import { MAX_VALUE_LENGTH, normaliseText, quote } from "./coerce.js";

/** The controls an import can name: those of the catalogues in scope, by reference. */
export interface ControlIndex {
  readonly byRef: ReadonlyMap<string, CatalogueControl>;
  readonly catalogues: readonly string[];
  readonly custom: readonly CustomCatalogue[];
}

export function buildControlIndex(cataloguesInScope: readonly string[], custom: readonly CustomCatalogue[]): ControlIndex {
  const byRef = new Map<string, CatalogueControl>();
  const catalogues = cataloguesInScope.includes(ANNEX_A) ? cataloguesInScope : [ANNEX_A, ...cataloguesInScope];
  for (const catalogue of catalogues) for (const control of listCatalogueControls(catalogue, custom)) byRef.set(control.ref, control);
  return { byRef, catalogues, custom };
}

/** What a control cell resolved to. */
export interface ResolvedControl {
  /** The references (several when a 2013 id maps to several 2022 controls). */
  readonly refs: readonly string[];
  /** The 2013 id it came from, when it was one. */
  readonly from2013?: string;
  /** Another control the cell may have meant (a number like 5.3 that may be 5.30). */
  readonly alternative?: string;
}

export type ControlParse = { readonly ok: true; readonly value: ResolvedControl } | { readonly ok: false; readonly code: string; readonly message: string };

function twoParts(parts: readonly number[]): string {
  return parts.join(".");
}

/**
 * A control reference in any common form: `A.5.1`, `5.1`, `A 5.1`, `A5.1`, `5.01`,
 * `annex-a:5.1`, `<catalogue>:<id>`, a custom control's id, and 2013 ids (`A.9.2.3`) mapped
 * to 2022 through the correspondence.
 */
export function parseControlId(text: string, kind: CellKind | undefined, index: ControlIndex): ControlParse {
  const trimmed = text.trim();
  if (trimmed.length > MAX_VALUE_LENGTH) return { ok: false, code: "unrecognised_control", message: `The cell is not a control reference (${trimmed.length} characters).` };
  const qualified = /^([a-z0-9][a-z0-9-]*):(.+)$/i.exec(trimmed);
  if (qualified && qualified[1] !== undefined && qualified[2] !== undefined && qualified[1].toLowerCase() !== ANNEX_A && qualified[1].toLowerCase() !== ANNEX_A_2013) {
    const ref = `${qualified[1]}:${qualified[2].trim()}`;
    if (index.byRef.has(ref)) return { ok: true, value: { refs: [ref] } };
    return { ok: false, code: "unknown_control", message: `${quote(trimmed)} names no control of the catalogues in scope.` };
  }
  let body = trimmed;
  let edition: "2022" | "2013" | undefined;
  if (qualified && qualified[1] !== undefined && qualified[2] !== undefined) {
    edition = qualified[1].toLowerCase() === ANNEX_A ? "2022" : "2013";
    body = qualified[2].trim();
  }
  const annex = /^(?:annex\s*)?a\s*[.\s]?\s*(\d+(?:\s*\.\s*\d+)+)\.?$/i.exec(body) ?? /^(\d+(?:\s*\.\s*\d+)+)\.?$/.exec(body);
  if (!annex || annex[1] === undefined) {
    for (const control of index.byRef.values()) {
      if (control.catalogue !== ANNEX_A && control.id.toLowerCase() === trimmed.toLowerCase()) return { ok: true, value: { refs: [control.ref] } };
    }
    return { ok: false, code: "unrecognised_control", message: `${quote(trimmed)} is not a control reference (A.5.1, 5.1, annex-a:5.1 or <catalogue>:<id>).` };
  }
  const rawParts = annex[1].split(".").map((part) => part.trim());
  const parts = rawParts.map(Number);
  if (parts.length === 2 && edition !== "2013") {
    const ref = `${ANNEX_A}:${twoParts(parts)}`;
    if (!index.byRef.has(ref)) return { ok: false, code: "unknown_control", message: `${quote(trimmed)} names no ISO/IEC 27001:2022 Annex A control.` };
    const second = rawParts[1] ?? "";
    const alternativeRef = `${ANNEX_A}:${parts[0]}.${second}0`;
    if (kind === "n" && second.length === 1 && index.byRef.has(alternativeRef)) return { ok: true, value: { refs: [ref], alternative: alternativeRef } };
    return { ok: true, value: { refs: [ref] } };
  }
  if (parts.length === 3 && edition !== "2022") {
    const id2013 = parts.join(".");
    const successors = successorsOf(`A.${id2013}`);
    if (successors.length === 0) return { ok: false, code: "unknown_control", message: `${quote(trimmed)} names no ISO/IEC 27001:2013 Annex A control with a 2022 successor.` };
    return { ok: true, value: { refs: successors.map((id) => `${ANNEX_A}:${id}`), from2013: id2013 } };
  }
  return { ok: false, code: "unrecognised_control", message: `${quote(trimmed)} is not a control reference (A.5.1, 5.1, annex-a:5.1 or <catalogue>:<id>).` };
}

/** Whether a title cell names the control (compared without case, spaces and punctuation). */
export function titleMatches(control: CatalogueControl | undefined, title: string): boolean {
  return control !== undefined && normaliseText(control.title) === normaliseText(title);
}

/** How a reference is written in a sheet: A.5.1 for Annex A, `<catalogue>:<id>` otherwise. */
export function displayRef(ref: string): string {
  return ref.startsWith(`${ANNEX_A}:`) ? `A.${ref.slice(ANNEX_A.length + 1)}` : ref;
}
