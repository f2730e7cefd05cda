import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Role } from "./role.js";
import { holdsOn } from "./_internal/dates.js";

/**
 * The roles a person holds on `asOf`, in the order of `roles`.
 *
 * @param roles - the roles
 * @param person - the person's id
 * @param asOf - the day
 * @returns the roles they hold
 * @category People
 * @example
 * ```ts
 * rolesHeldBy(doc.roles ?? [], "P-003", "2026-11-27").map((role) => role.name); // ["CISO"]
 * ```
 */
export function rolesHeldBy(roles: readonly Role[], person: string, asOf: IsoDate): readonly Role[] {
  try {
    return roles.filter((role) => role.holders.some((holder) => holder.person === person && holdsOn(holder, asOf)));
  } catch (error) {
    throw argumentError("rolesHeldBy", error);
  }
}
