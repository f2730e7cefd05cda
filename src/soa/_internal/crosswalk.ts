import { invertRelationship, splitControlRef, type ControlMapping, type ControlRef } from "../../catalogue/index.js";
import type { SoaCrosswalkEntry } from "../soaRow.js";

/**
 * For every control, the controls of the other catalogues in scope that the mappings relate
 * it to, in the mappings' order, each relationship read from the control itself: an entry
 * whose target is the control is read backwards. A pair named twice by one mapping counts once.
 */
export function crosswalksOf(mappings: readonly ControlMapping[], inScope: ReadonlySet<string>): Map<ControlRef, SoaCrosswalkEntry[]> {
  const byControl = new Map<ControlRef, SoaCrosswalkEntry[]>();
  const seen = new Set<string>();
  const add = (from: ControlRef, entry: SoaCrosswalkEntry): void => {
    const fromCatalogue = splitControlRef(from)?.catalogue;
    const toCatalogue = splitControlRef(entry.ref)?.catalogue;
    if (fromCatalogue === undefined || toCatalogue === undefined || fromCatalogue === toCatalogue || !inScope.has(toCatalogue)) return;
    const key = JSON.stringify([from, entry.ref, entry.mapping]);
    if (seen.has(key)) return;
    seen.add(key);
    const list = byControl.get(from) ?? [];
    list.push(entry);
    byControl.set(from, list);
  };
  for (const mapping of mappings) {
    for (const entry of mapping.entries) {
      add(entry.source, { ref: entry.target, mapping: mapping.id, relationship: entry.relationship });
      add(entry.target, { ref: entry.source, mapping: mapping.id, relationship: invertRelationship(entry.relationship) });
    }
  }
  return byControl;
}
