import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { IsoDate } from "../../src/core/index.js";
import { listSegregationConflicts, listTrainingDue, trainingCoverage, validateRoles, type Person, type Role, type Training } from "../../src/people/index.js";
import { dayArb, peopleArb, rolesArb, trainingsArb } from "../arbitraries/people.js";

/** Whether anything that moves a due date happens in (d1, d2]: a completion, a leave, a role taken up or given up. */
function quietBetween(people: readonly Person[], roles: readonly Role[], d1: IsoDate, d2: IsoDate): boolean {
  const inside = (date: IsoDate | undefined): boolean => date !== undefined && d1 < date && date <= d2;
  // A holding's `until` is its last day, so it is given up on the day after: until in [d1, d2).
  const endsInside = (date: IsoDate | undefined): boolean => date !== undefined && d1 <= date && date < d2;
  return (
    !people.some((person) => inside(person.left) || person.completions.some((completion) => inside(completion.date))) &&
    !roles.some((role) => role.holders.some((holder) => inside(holder.from) || endsInside(holder.until)))
  );
}

const key = (item: { person: string; training: string }): string => `${item.person} ${item.training}`;

describe("people properties", () => {
  test.prop([peopleArb, trainingsArb, rolesArb, dayArb, dayArb], { numRuns: 60 })(
    "overdue is monotone in asOf when nothing happens in between",
    (people: Person[], trainings: Training[], roles: Role[], a: IsoDate, b: IsoDate) => {
      const [d1, d2] = a <= b ? [a, b] : [b, a];
      fc.pre(quietBetween(people, roles, d1, d2));
      const later = new Set(listTrainingDue(people, trainings, roles, d2).map(key));
      for (const item of listTrainingDue(people, trainings, roles, d1)) expect(later.has(key(item))).toBe(true);
    },
  );

  test.prop([peopleArb, trainingsArb, rolesArb, dayArb], { numRuns: 60 })("coverage share is in [0, 1] and counts people once", (people, trainings, roles, asOf) => {
    const coverage = trainingCoverage(people, trainings, roles, asOf);
    expect(coverage.share).toBeGreaterThanOrEqual(0);
    expect(coverage.share).toBeLessThanOrEqual(1);
    expect(coverage.trained + coverage.due).toBeLessThanOrEqual(people.length);
  });

  test.prop([rolesArb, dayArb], { numRuns: 60 })("segregation is symmetric: declaring a conflict on either role gives the same conflicts", (roles, asOf) => {
    // Move every declaration to the other role of the pair.
    const flipped = roles.map((role) => ({
      ...role,
      conflictsWith: roles.filter((other) => (other.conflictsWith ?? []).includes(role.id)).map((other) => other.id),
    }));
    const pairs = (list: readonly Role[]): string[] =>
      listSegregationConflicts(list, asOf)
        .map((conflict) => `${conflict.person} ${[...conflict.roles].sort().join("+")}`)
        .sort();
    expect(pairs(flipped)).toEqual(pairs(roles));
    const warnings = (list: readonly Role[]): number => validateRoles(list, { people: [], asOf }).filter((found) => found.code === "segregation_conflict").length;
    expect(warnings(flipped)).toBe(warnings(roles));
  });
});
