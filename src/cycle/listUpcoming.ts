import { addDays, type IsoDate } from "../core/index.js";
import { compareDatedItems } from "./_internal/sortItems.js";
import type { DatedItem } from "./datedItem.js";

/**
 * The open items due from `asOf` to `asOf + days` inclusive, earliest first.
 *
 * @param items - dated items (see {@link listDatedItems})
 * @param asOf - today's date
 * @param days - how far to look ahead
 * @returns the items, sorted by due date, kind and id
 * @throws {@link IsmsError} `invalid_date` when `asOf` is not a calendar date
 * @category Cycle
 * @example
 * ```ts
 * listUpcoming(listIsmsDatedItems(doc), "2026-11-27", 30).map((item) => `${item.due} ${item.title}`);
 * ```
 */
export function listUpcoming(items: readonly DatedItem[], asOf: IsoDate, days: number): readonly DatedItem[] {
  const until = addDays(asOf, days);
  return items.filter((item) => !item.done && item.due >= asOf && item.due <= until).sort(compareDatedItems);
}
