import type { IsoDate } from "../../core/index.js";
import type { Person } from "../person.js";
import type { Role, RoleHolder } from "../role.js";

/** Whether a holding covers `asOf`: from its first day to its last (`until`, inclusive). */
export function holdsOn(holder: RoleHolder, asOf: IsoDate): boolean {
  return holder.from <= asOf && (holder.until === undefined || asOf <= holder.until);
}

/** Whether a person works for the organisation on `asOf`: started on or before it and not yet left (`left` is the first day away). */
export function employedOn(person: Person, asOf: IsoDate): boolean {
  return person.started <= asOf && (person.left === undefined || asOf < person.left);
}

/** The first day of the person's current holding of a role on `asOf`, if they hold it. */
export function heldSince(role: Role, person: string, asOf: IsoDate): IsoDate | undefined {
  let since: IsoDate | undefined;
  for (const holder of role.holders) {
    if (holder.person === person && holdsOn(holder, asOf) && (since === undefined || holder.from < since)) since = holder.from;
  }
  return since;
}

/** Whether two holdings share at least one day. */
export function overlap(a: RoleHolder, b: RoleHolder): boolean {
  return (a.until === undefined || b.from <= a.until) && (b.until === undefined || a.from <= b.until);
}

/** Whether a declares b conflicting or b declares a: the relation is symmetric. */
export function inConflict(a: Role, b: Role): boolean {
  return a.id !== b.id && ((a.conflictsWith ?? []).includes(b.id) || (b.conflictsWith ?? []).includes(a.id));
}
