import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addDays, type IsoDate } from "../../src/core/index.js";
import { listSegregationConflicts, listTrainingDue, trainingCoverage, validateRoles, type Person, type Role, type Training } from "../../src/people/index.js";
import { dayArb, peopleArb, rolesArb, trainingsArb } from "../arbitraries/people.js";

/**
 * The last day of the quiet stretch from d1: the day before the first event after d1 that
 * moves a due date (a completion, a leave, a role taken up, or given up on the day after its
 * `until`), at most `gap` days on.
 */
function quietUntil(people: readonly Person[], roles: readonly Role[], d1: IsoDate, gap: number): IsoDate {
  const events: IsoDate[] = [
    ...people.flatMap((person) => [...(person.left === undefined ? [] : [person.left]), ...person.completions.map((completion) => completion.date)]),
    ...roles.flatMap((role) => role.holders.flatMap((holder) => [holder.from, ...(holder.until === undefined ? [] : [addDays(holder.until, 1)])])),
  ].filter((date) => date > d1);
  let last = addDays(d1, gap);
  for (const date of events) {
    const before = addDays(date, -1);
    if (before < last) last = before;
  }
  return last;
}

const key = (item: { person: string; training: string }): string => `${item.person} ${item.training}`;

describe("people properties", () => {
  test.prop([peopleArb, trainingsArb, rolesArb, dayArb, fc.integer({ min: 0, max: 400 })], { numRuns: 60 })(
    "overdue is monotone in asOf when nothing happens in between",
    (people: Person[], trainings: Training[], roles: Role[], d1: IsoDate, gap: number) => {
      const d2 = quietUntil(people, roles, d1, gap);
      fc.pre(d1 <= d2);
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
