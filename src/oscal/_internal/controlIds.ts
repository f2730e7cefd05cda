import { ANNEX_A, ANNEX_A_2013, annexA, annexA2013, clauses, controlRef, splitControlRef, type CustomCatalogue } from "../../catalogue/index.js";
import { oscalControlId } from "../oscalControlId.js";
import { toToken } from "./tokens.js";

/** The OSCAL control id of a catalogue-qualified reference, the same in every export of one document. */
export type ControlIdOf = (ref: string) => string;

let builtInIds: ReadonlySet<string> | undefined;

/** The OSCAL ids of the built-in catalogues (Annex A 2022 and 2013, clauses 4–10): no custom control may take one. */
function reservedIds(): ReadonlySet<string> {
  builtInIds ??= new Set([
    ...annexA.map((control) => oscalControlId(controlRef(ANNEX_A, control.id))),
    ...annexA2013.map((control) => oscalControlId(controlRef(ANNEX_A_2013, control.id))),
    ...clauses.map((clause) => `clause-${clause.id}`),
  ]);
  return builtInIds;
}

/**
 * The control ids of one document's exports. OSCAL ids are unique within a document, and a
 * profile or SSP that draws on two catalogues that share an id (SP 800-53 imported twice
 * under two catalogue ids, or a baseline and a modified copy of it) would list `ac-2` twice
 * with no way to tell the two apart. So an id that two custom catalogues share, or that is
 * one of the built-in ids (`a-5.1`, `clause-4.1`), is qualified by its catalogue in every
 * export: `low:ac-2` and `low-copy:ac-2` become `low.ac-2` and `low-copy.ac-2` in the
 * catalogs, the profile, the SSP and the assessment results alike (the catalog records the
 * original id in a `control-id` prop, so that import restores it). An id no other
 * catalogue uses is left as {@link oscalControlId} writes it.
 *
 * Which ids are qualified depends only on `catalogues` (the document's custom catalogues),
 * so that every export of a document agrees. References to catalogues that are not among
 * them (`refs`: a standalone SSP of SoA rows, a plan naming a catalogue the document lacks)
 * are qualified among themselves in the same way, and never change the ids of the known ones.
 * An id already given away (two ids of one catalogue that make one token, or an id that
 * happens to equal a qualified one) is qualified by its catalogue too, and whatever still
 * collides gets `-2`, `-3`, …, in catalogue order.
 */
export function controlIdResolver(catalogues: readonly CustomCatalogue[], refs: readonly string[] = []): ControlIdOf {
  const taken = new Set(reservedIds());
  const ids = new Map<string, string>();
  const assign = (members: ReadonlyMap<string, readonly string[]>): void => {
    // How many catalogues use each token id.
    const users = new Map<string, Set<string>>();
    for (const [catalogue, controlIds] of members) {
      for (const id of controlIds) users.set(toToken(id), (users.get(toToken(id)) ?? new Set()).add(catalogue));
    }
    for (const [catalogue, controlIds] of members) {
      for (const id of controlIds) {
        const ref = controlRef(catalogue, id);
        if (ids.has(ref)) continue;
        const token = toToken(id);
        const base = taken.has(token) || (users.get(token)?.size ?? 0) > 1 ? toToken(`${catalogue}.${id}`) : token;
        let candidate = base;
        for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
        taken.add(candidate);
        ids.set(ref, candidate);
      }
    }
  };
  const known = new Map<string, string[]>();
  for (const catalogue of catalogues) {
    if (catalogue.id === ANNEX_A || catalogue.id === ANNEX_A_2013 || known.has(catalogue.id)) continue;
    known.set(
      catalogue.id,
      catalogue.controls.map((control) => control.id),
    );
  }
  assign(known);
  const others = new Map<string, string[]>();
  for (const ref of refs) {
    const parts = splitControlRef(ref);
    if (!parts || parts.catalogue === ANNEX_A || parts.catalogue === ANNEX_A_2013 || ids.has(controlRef(parts.catalogue, parts.id))) continue;
    others.set(parts.catalogue, [...(others.get(parts.catalogue) ?? []), parts.id]);
  }
  assign(others);
  return (ref) => ids.get(ref) ?? oscalControlId(ref);
}
