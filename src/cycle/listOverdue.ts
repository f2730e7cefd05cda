import type { IsoDate } from "../core/index.js";
import { compareDatedItems } from "./_internal/sortItems.js";
import type { DatedItem } from "./datedItem.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The open items whose due date is before `asOf`, most overdue first.
 *
 * @param items - dated items (see {@link listDatedItems})
 * @param asOf - today's date
 * @returns the items, sorted by due date, kind and id
 * @category Cycle
 * @example
 * ```ts
 * listOverdue(listIsmsDatedItems(doc), "2026-11-27").map((item) => `${item.due} ${item.kind} ${item.id}`);
 * ```
 */
export function listOverdue(items: readonly DatedItem[], asOf: IsoDate): readonly DatedItem[] {
  try {
    return items.filter((item) => !item.done && item.due < asOf).sort(compareDatedItems);
  } catch (error) {
    throw argumentError("listOverdue", error);
  }
}
