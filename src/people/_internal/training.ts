import type { IsoDate } from "../../core/index.js";
import type { Person } from "../person.js";
import type { Role } from "../role.js";
import type { Training } from "../training.js";
import { employedOn, heldSince } from "./dates.js";

export { employedOn };

/** The grace period of a new starter (or a new holder of a role): due this many months after. */
export const GRACE_MONTHS = 1;

/** Since when a person is in a training's audience on `asOf` (their start, or the start of the audience role they hold), or undefined. */
export function audienceSince(training: Training, person: Person, roles: readonly Role[], asOf: IsoDate): IsoDate | undefined {
  if (training.audience === "everyone") return person.started;
  let since: IsoDate | undefined;
  for (const role of roles) {
    if (!training.audience.roles.includes(role.id)) continue;
    const held = heldSince(role, person.id, asOf);
    if (held !== undefined && (since === undefined || held < since)) since = held;
  }
  return since === undefined ? undefined : since < person.started ? person.started : since;
}

/** A person's last completion of a training on or before `asOf`. */
export function lastCompletion(person: Person, training: string, asOf: IsoDate): IsoDate | undefined {
  let last: IsoDate | undefined;
  for (const completion of person.completions) {
    if (completion.training === training && completion.date <= asOf && (last === undefined || completion.date > last)) last = completion.date;
  }
  return last;
}

/** Whether a person is in a running training's audience and employed on `asOf`. */
export function inAudienceOn(training: Training, person: Person, roles: readonly Role[], asOf: IsoDate): boolean {
  return employedOn(person, asOf) && (training.from === undefined || training.from <= asOf) && audienceSince(training, person, roles, asOf) !== undefined;
}
