import { addMonths, type IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { PersonId, TrainingId } from "./ids.js";
import type { Person } from "./person.js";
import type { Role } from "./role.js";
import type { Training } from "./training.js";
import { audienceSince, employedOn, GRACE_MONTHS, lastCompletion } from "./_internal/training.js";

/**
 * A training a person is overdue with.
 *
 * @category People
 * @example
 * ```ts
 * const due: readonly TrainingDue[] = listTrainingDue(doc.people ?? [], doc.trainings ?? [], doc.roles ?? [], "2026-11-27");
 * due.map((item) => `${item.person} ${item.training} since ${item.dueSince}`);
 * ```
 */
export interface TrainingDue {
  readonly person: PersonId;
  readonly training: TrainingId;
  /** The day by which it should have been completed. */
  readonly dueSince: IsoDate;
  /** The last completion on or before `asOf`, when there is one (it has expired). */
  readonly lastCompleted?: IsoDate;
}

/**
 * Lists who is overdue with a training on `asOf` (7.2, 7.3, Annex A 6.3). A person is
 * overdue with a training when, on `asOf`:
 *
 * - they work for the organisation (started on or before `asOf`, not left on or before it);
 * - they are in its audience (`"everyone"`, or they hold one of its roles);
 * - the training runs (its `from`, if any, is on or before `asOf`);
 * - and either they never completed it (completions after `asOf` do not count) and the grace
 *   period of one month is over: the training was due one month after the latest of the day
 *   they started (for a role audience: the day they took the role) and the training's
 *   `from`; or their last completion is more than `recurrenceMonths` months before `asOf`
 *   (then it was due that many months after it). A training without `recurrenceMonths` is
 *   done once.
 *
 * "Due on day D" means overdue from the day after D. Sorted by person, then training, in the
 * order of the lists.
 *
 * @param people - the people
 * @param trainings - the trainings and campaigns
 * @param roles - the roles (for role audiences)
 * @param asOf - the day
 * @returns the overdue trainings
 * @category People
 * @example
 * ```ts
 * listTrainingDue(doc.people ?? [], doc.trainings ?? [], doc.roles ?? [], "2026-11-27").map((item) => item.person);
 * ```
 */
export function listTrainingDue(people: readonly Person[], trainings: readonly Training[], roles: readonly Role[], asOf: IsoDate): readonly TrainingDue[] {
  try {
    const found: TrainingDue[] = [];
    for (const person of people) {
      if (!employedOn(person, asOf)) continue;
      for (const training of trainings) {
        if (training.from !== undefined && training.from > asOf) continue;
        const since = audienceSince(training, person, roles, asOf);
        if (since === undefined) continue;
        const last = lastCompletion(person, training.id, asOf);
        let dueSince: IsoDate | undefined;
        if (last === undefined) {
          const start = training.from !== undefined && training.from > since ? training.from : since;
          dueSince = addMonths(start, GRACE_MONTHS);
        } else if (training.recurrenceMonths !== undefined) {
          dueSince = addMonths(last, training.recurrenceMonths);
        }
        if (dueSince === undefined || dueSince >= asOf) continue;
        found.push({ person: person.id, training: training.id, dueSince, ...(last === undefined ? {} : { lastCompleted: last }) });
      }
    }
    return found;
  } catch (error) {
    throw argumentError("listTrainingDue", error);
  }
}
