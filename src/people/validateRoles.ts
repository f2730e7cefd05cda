import { issue, type IsmsIssue, type IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Person } from "./person.js";
import type { Role } from "./role.js";
import { holdsOn, inConflict, overlap } from "./_internal/dates.js";

/**
 * What {@link validateRoles} reads besides the roles.
 *
 * @category People
 * @example
 * ```ts
 * const context: ValidateRolesContext = { people: doc.people ?? [], asOf: "2026-11-27" };
 * ```
 */
export interface ValidateRolesContext {
  /** The people, to compare holdings with their employment. */
  readonly people: readonly Person[];
  /** The day on which roles must have a holder. */
  readonly asOf: IsoDate;
}

/**
 * Checks roles (5.3, Annex A 5.2, 5.3), paths relative to the list:
 *
 * | code | severity | when |
 * |---|---|---|
 * | `holder_until_before_from` | error | a holding ends before it starts |
 * | `role_conflicts_with_itself` | error | a role names itself in `conflictsWith` |
 * | `role_unassigned` | warning | nobody holds the role on `asOf` |
 * | `segregation_conflict` | warning | one person's holdings of two conflicting roles share a day (at the second role's holding) |
 * | `role_holder_not_employed` | warning | a holding starts before the person started, or lasts to or past the day they left |
 *
 * Duplicate ids and holders, audiences or conflicts naming nothing are reported by
 * {@link validateIsms} (`duplicate_role_id`, `unknown_person`, `unknown_role`).
 *
 * @param roles - the roles
 * @param context - the people and `asOf`
 * @returns the issues
 * @category People
 * @example
 * ```ts
 * validateRoles(doc.roles ?? [], { people: doc.people ?? [], asOf: "2026-11-27" }).map((found) => found.code); // []
 * ```
 */
export function validateRoles(roles: readonly Role[], context: ValidateRolesContext): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const people = new Map<string, Person>(context.people.map((person) => [person.id, person]));
    roles.forEach((role, index) => {
      role.holders.forEach((holder, h) => {
        if (holder.until !== undefined && holder.until < holder.from) {
          found.push(issue("holder_until_before_from", `Role ${role.id}: holder ${holder.person} holds it until ${holder.until}, before ${holder.from}.`, [index, "holders", h, "until"]));
        }
        const person = people.get(holder.person);
        if (person !== undefined && (holder.from < person.started || (person.left !== undefined && (holder.until === undefined || holder.until >= person.left)))) {
          found.push(
            issue(
              "role_holder_not_employed",
              `Role ${role.id}: ${holder.person} holds it outside their employment (started ${person.started}${person.left === undefined ? "" : `, left ${person.left}`}).`,
              [index, "holders", h],
              "warning",
            ),
          );
        }
      });
      (role.conflictsWith ?? []).forEach((other, c) => {
        if (other === role.id) found.push(issue("role_conflicts_with_itself", `Role ${role.id} names itself as conflicting.`, [index, "conflictsWith", c]));
      });
      if (!role.holders.some((holder) => holdsOn(holder, context.asOf))) {
        found.push(issue("role_unassigned", `Nobody holds role ${role.id} (${role.name}) on ${context.asOf}.`, [index, "holders"], "warning"));
      }
    });
    roles.forEach((a, i) => {
      roles.forEach((b, j) => {
        if (j <= i || !inConflict(a, b)) return;
        const reported = new Set<string>();
        b.holders.forEach((held, h) => {
          if (reported.has(held.person)) return;
          if (!a.holders.some((other) => other.person === held.person && overlap(other, held))) return;
          reported.add(held.person);
          found.push(
            issue("segregation_conflict", `${held.person} holds roles ${a.id} and ${b.id}, which are declared conflicting, at the same time.`, [j, "holders", h], "warning"),
          );
        });
      });
    });
    return found;
  } catch (error) {
    throw argumentError("validateRoles", error);
  }
}
