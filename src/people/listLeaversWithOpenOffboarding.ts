import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Person } from "./person.js";

/**
 * Lists the leavers whose offboarding is open on `asOf` (Annex A 5.11, 5.18, 6.5): people
 * who left on or before `asOf` without an `offboarding.accessReviewed` or an
 * `offboarding.assetsReturned` dated on or before `asOf`.
 *
 * @param people - the people
 * @param asOf - the day
 * @returns the leavers with something left to do, in the order of `people`
 * @category People
 * @example
 * ```ts
 * listLeaversWithOpenOffboarding(doc.people ?? [], "2026-11-27").map((person) => person.id); // ["P-019"]
 * ```
 */
export function listLeaversWithOpenOffboarding(people: readonly Person[], asOf: IsoDate): readonly Person[] {
  try {
    const done = (date: IsoDate | undefined): boolean => date !== undefined && date <= asOf;
    return people.filter(
      (person) => person.left !== undefined && person.left <= asOf && !(done(person.offboarding?.accessReviewed) && done(person.offboarding?.assetsReturned)),
    );
  } catch (error) {
    throw argumentError("listLeaversWithOpenOffboarding", error);
  }
}
