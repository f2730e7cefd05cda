import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { PersonId, RoleId } from "./ids.js";
import type { Person } from "./person.js";
import type { Competence, Role } from "./role.js";
import type { Training } from "./training.js";
import { holdsOn } from "./_internal/dates.js";

/**
 * A role holder without a competence the role requires.
 *
 * @category People
 * @example
 * ```ts
 * const gaps: readonly CompetenceGap[] = listCompetenceGaps(doc.roles ?? [], doc.people ?? [], "2026-11-27");
 * ```
 */
export interface CompetenceGap {
  readonly role: RoleId;
  readonly person: PersonId;
  readonly competence: Competence;
}

/**
 * Lists the competence gaps on `asOf` (7.2): for each holder of a role on `asOf`, each
 * competence the role requires that the person has not shown by then, neither in their
 * `competences` (dated on or before `asOf`) nor, when `trainings` are given, by completing
 * on or before `asOf` a training that gives it. A holder the people list does not hold has
 * every competence missing.
 *
 * @param roles - the roles
 * @param people - the people
 * @param asOf - the day
 * @param trainings - the trainings whose completions give competences (optional)
 * @returns the gaps, by role, holder and competence in their lists' order
 * @category People
 * @example
 * ```ts
 * listCompetenceGaps(doc.roles ?? [], doc.people ?? [], "2026-11-27", doc.trainings ?? []).map((gap) => `${gap.person}: ${gap.competence.name}`);
 * ```
 */
export function listCompetenceGaps(roles: readonly Role[], people: readonly Person[], asOf: IsoDate, trainings: readonly Training[] = []): readonly CompetenceGap[] {
  try {
    const byId = new Map<string, Person>(people.map((person) => [person.id, person]));
    const shown = (person: Person | undefined): Set<string> => {
      const found = new Set<string>();
      if (person === undefined) return found;
      for (const item of person.competences ?? []) if (item.date <= asOf) found.add(item.competence);
      for (const completion of person.completions) {
        if (completion.date > asOf) continue;
        for (const training of trainings) if (training.id === completion.training) for (const id of training.competences ?? []) found.add(id);
      }
      return found;
    };
    const gaps: CompetenceGap[] = [];
    for (const role of roles) {
      if (role.competences.length === 0) continue;
      const holders: PersonId[] = [];
      for (const holder of role.holders) if (holdsOn(holder, asOf) && !holders.includes(holder.person)) holders.push(holder.person);
      for (const person of holders) {
        const has = shown(byId.get(person));
        for (const competence of role.competences) if (!has.has(competence.id)) gaps.push({ role: role.id, person, competence });
      }
    }
    return gaps;
  } catch (error) {
    throw argumentError("listCompetenceGaps", error);
  }
}
