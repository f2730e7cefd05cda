import type { DatedItem } from "../datedItem.js";

/** Orders dated items by due date, then kind, then id. */
export function compareDatedItems(a: DatedItem, b: DatedItem): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
