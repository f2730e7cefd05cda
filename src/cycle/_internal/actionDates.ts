import type { IsoDate } from "../../core/index.js";
import type { Nonconformity } from "../nonconformity.js";

/** The latest completion date of a nonconformity's corrective actions that are not cancelled, if any. */
export function latestCompletion(nc: Nonconformity): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const action of nc.correctiveActions) {
    if (action.status === "cancelled" || action.completed === undefined) continue;
    if (latest === undefined || action.completed > latest) latest = action.completed;
  }
  return latest;
}
