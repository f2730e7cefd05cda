import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Person } from "./person.js";
import type { Role } from "./role.js";
import type { Training } from "./training.js";
import { listTrainingDue } from "./listTrainingDue.js";
import { inAudienceOn } from "./_internal/training.js";

/**
 * How many people are up to date with their trainings on a day.
 *
 * @category People
 * @example
 * ```ts
 * const coverage: TrainingCoverage = trainingCoverage(doc.people ?? [], doc.trainings ?? [], doc.roles ?? [], "2026-11-27");
 * ```
 */
export interface TrainingCoverage {
  /** People in the audience of at least one training and overdue with none. */
  readonly trained: number;
  /** People overdue with at least one training (see {@link listTrainingDue}). */
  readonly due: number;
  /** `trained / (trained + due)`, between 0 and 1; 1 when nobody is in any audience. */
  readonly share: number;
}

/**
 * The training coverage on `asOf` (7.2, 7.3, 9.1): of the people who work for the
 * organisation and are in the audience of at least one running training, how many are
 * overdue with none ({@link listTrainingDue}), how many with at least one, and the share of
 * the first. A new starter within the grace period counts as trained.
 *
 * @param people - the people
 * @param trainings - the trainings and campaigns
 * @param roles - the roles (for role audiences)
 * @param asOf - the day
 * @returns the counts and the share
 * @category People
 * @example
 * ```ts
 * const { share } = trainingCoverage(doc.people ?? [], doc.trainings ?? [], doc.roles ?? [], "2026-11-27");
 * share >= 0 && share <= 1; // true
 * ```
 */
export function trainingCoverage(people: readonly Person[], trainings: readonly Training[], roles: readonly Role[], asOf: IsoDate): TrainingCoverage {
  try {
    const overdue = new Set(listTrainingDue(people, trainings, roles, asOf).map((item) => item.person));
    const inScope = people.filter((person) => trainings.some((training) => inAudienceOn(training, person, roles, asOf)));
    const due = inScope.filter((person) => overdue.has(person.id)).length;
    const trained = inScope.length - due;
    return { trained, due, share: inScope.length === 0 ? 1 : trained / inScope.length };
  } catch (error) {
    throw argumentError("trainingCoverage", error);
  }
}

/**
 * The training coverage on `asOf` as a measurement of an objective (9.1), in per cent with
 * one decimal, for the `objective.measure` command or `recordMeasurement` of the cycle
 * module (it has the shape of their `Measurement`).
 *
 * @param people - the people
 * @param trainings - the trainings and campaigns
 * @param roles - the roles (for role audiences)
 * @param asOf - the day, which becomes the measurement's date
 * @returns `{ date, value, note }`
 * @category People
 * @example
 * ```ts
 * const measurement = trainingMeasurement(doc.people ?? [], doc.trainings ?? [], doc.roles ?? [], "2026-11-27");
 * const result = applyIsmsCommand(doc, { type: "objective.measure", id: "OBJ-03", measurement }, { by: "CISO", at: "2026-11-27T10:00:00Z" });
 * ```
 */
export function trainingMeasurement(
  people: readonly Person[],
  trainings: readonly Training[],
  roles: readonly Role[],
  asOf: IsoDate,
): { readonly date: IsoDate; readonly value: number; readonly note: string } {
  try {
    const { trained, due, share } = trainingCoverage(people, trainings, roles, asOf);
    return { date: asOf, value: Math.round(share * 1000) / 10, note: `${trained} of ${trained + due} people up to date with their trainings.` };
  } catch (error) {
    throw argumentError("trainingMeasurement", error);
  }
}
