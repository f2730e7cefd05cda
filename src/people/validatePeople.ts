import { issue, type IsmsIssue } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Person } from "./person.js";
import type { Role } from "./role.js";
import type { Training } from "./training.js";

/**
 * What {@link validatePeople} reads besides the people.
 *
 * @category People
 * @example
 * ```ts
 * const context: ValidatePeopleContext = { roles: doc.roles ?? [], trainings: doc.trainings ?? [] };
 * ```
 */
export interface ValidatePeopleContext {
  /** The roles, whose required competences people's competences may name. */
  readonly roles: readonly Role[];
  /** The trainings, whose competences people's competences may name. */
  readonly trainings: readonly Training[];
}

/**
 * Checks people (Annex A 6.1–6.5, 7.2), paths relative to the list:
 *
 * | code | severity | when |
 * |---|---|---|
 * | `left_before_started` | error | `left` is before `started` |
 * | `offboarding_before_started` | error | an offboarding date is before `started` |
 * | `offboarding_without_leaving` | warning | offboarding dates for a person who has not left |
 * | `unknown_competence` | warning | a competence no role requires and no training gives |
 *
 * Duplicate ids and completions naming no training are reported by {@link validateIsms}
 * (`duplicate_person_id`, `unknown_training`).
 *
 * @param people - the people
 * @param context - the roles and trainings
 * @returns the issues
 * @category People
 * @example
 * ```ts
 * validatePeople(doc.people ?? [], { roles: doc.roles ?? [], trainings: doc.trainings ?? [] }).map((found) => found.code); // []
 * ```
 */
export function validatePeople(people: readonly Person[], context: ValidatePeopleContext): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const known = new Set<string>([
      ...context.roles.flatMap((role) => role.competences.map((competence) => competence.id)),
      ...context.trainings.flatMap((training) => training.competences ?? []),
    ]);
    people.forEach((person, index) => {
      if (person.left !== undefined && person.left < person.started) {
        found.push(issue("left_before_started", `Person ${person.id} left on ${person.left}, before starting on ${person.started}.`, [index, "left"]));
      }
      for (const field of ["accessReviewed", "assetsReturned"] as const) {
        const date = person.offboarding?.[field];
        if (date === undefined) continue;
        if (date < person.started) {
          found.push(issue("offboarding_before_started", `Person ${person.id}: ${field} on ${date} is before they started on ${person.started}.`, [index, "offboarding", field]));
        }
        if (person.left === undefined) {
          found.push(issue("offboarding_without_leaving", `Person ${person.id} has offboarding dates but has not left.`, [index, "offboarding", field], "warning"));
        }
      }
      (person.competences ?? []).forEach((item, c) => {
        if (!known.has(item.competence)) {
          found.push(
            issue("unknown_competence", `Person ${person.id} shows competence "${item.competence}", which no role requires and no training gives.`, [index, "competences", c, "competence"], "warning"),
          );
        }
      });
    });
    return found;
  } catch (error) {
    throw argumentError("validatePeople", error);
  }
}
