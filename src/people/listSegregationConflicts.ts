import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { PersonId, RoleId } from "./ids.js";
import type { Role } from "./role.js";
import { holdsOn, inConflict } from "./_internal/dates.js";

/**
 * One person holding two roles declared conflicting (Annex A 5.3).
 *
 * @category People
 * @example
 * ```ts
 * const conflicts: readonly SegregationConflict[] = listSegregationConflicts(doc.roles ?? [], "2026-11-27");
 * ```
 */
export interface SegregationConflict {
  /** Who holds both roles. */
  readonly person: PersonId;
  /** The two roles, in the order of the role list. */
  readonly roles: readonly [RoleId, RoleId];
}

/**
 * Lists the segregation-of-duties conflicts on `asOf` (Annex A 5.3): each person who holds,
 * on that day, two roles of which either declares the other in `conflictsWith` (the relation
 * is symmetric: one declaration is enough). Each pair once per person, the roles in the order
 * of `roles`.
 *
 * @param roles - the roles
 * @param asOf - the day
 * @returns the conflicts
 * @category People
 * @example
 * ```ts
 * listSegregationConflicts(doc.roles ?? [], "2026-11-27"); // []: declared, and respected
 * ```
 */
export function listSegregationConflicts(roles: readonly Role[], asOf: IsoDate): readonly SegregationConflict[] {
  try {
    const found: SegregationConflict[] = [];
    roles.forEach((a, i) => {
      roles.slice(i + 1).forEach((b) => {
        if (!inConflict(a, b)) return;
        const inA = new Set(a.holders.filter((holder) => holdsOn(holder, asOf)).map((holder) => holder.person));
        const both = new Set(b.holders.filter((holder) => holdsOn(holder, asOf) && inA.has(holder.person)).map((holder) => holder.person));
        for (const person of both) found.push({ person, roles: [a.id, b.id] });
      });
    });
    return found;
  } catch (error) {
    throw argumentError("listSegregationConflicts", error);
  }
}
