import type { IsoDate } from "../../../core/index.js";
import type { ControlRef } from "../../../catalogue/index.js";
import {
  listCompetenceGaps,
  listLeaversWithOpenOffboarding,
  listSegregationConflicts,
  listTrainingDue,
  roleHoldersOn,
  trainingCoverage,
  type Role,
} from "../../../people/index.js";
import type { IsmsDocument } from "../../schema.js";
import type { AreaReviewFact, ControlEvidence, DerivedReadiness } from "./types.js";

function latest(dates: readonly (IsoDate | undefined)[]): IsoDate | undefined {
  let found: IsoDate | undefined;
  for (const date of dates) if (date !== undefined && (found === undefined || date > found)) found = date;
  return found;
}

/** A role's date as evidence: the latest day someone took it up. */
function roleDate(role: Role): IsoDate | undefined {
  return latest(role.holders.map((holder) => holder.from));
}

function withRef(ref: string | undefined): string {
  return ref === undefined ? "" : ` (${ref})`;
}

function hasPeopleRecords(document: IsmsDocument): boolean {
  return document.roles !== undefined || document.people !== undefined || document.trainings !== undefined;
}

/**
 * The evidence the document's people records give for the SoA rows of their controls:
 * trainings (with their latest completion) for Annex A 6.3, screenings for 6.1, signed terms
 * for 6.2, leavers' returned assets for 5.11, access reviews for 5.18 and both for 6.5, roles
 * with responsibilities for 5.2 and roles declaring conflicts for 5.3.
 */
export function peopleControlEvidence(document: IsmsDocument): ControlEvidence[] {
  const found: ControlEvidence[] = [];
  const add = (control: ControlRef, ref: string, title: string, date: IsoDate | undefined): void => {
    if (date !== undefined) found.push({ control, evidence: { ref, title, date } });
  };
  const people = document.people ?? [];
  for (const training of document.trainings ?? []) {
    const completed = latest(people.flatMap((person) => person.completions.filter((item) => item.training === training.id).map((item) => item.date)));
    add("annex-a:6.3", training.id, training.title, completed);
  }
  for (const person of people) {
    if (person.screening) add("annex-a:6.1", person.id, `Screening of ${person.id}${withRef(person.screening.ref)}`, person.screening.date);
  }
  for (const person of people) {
    if (person.termsSigned) add("annex-a:6.2", person.id, `Terms signed by ${person.id}${withRef(person.termsSigned.ref)}`, person.termsSigned.date);
  }
  for (const person of people) {
    const { accessReviewed, assetsReturned } = person.offboarding ?? {};
    add("annex-a:5.11", person.id, `Assets returned by leaver ${person.id}`, assetsReturned);
    add("annex-a:5.18", person.id, `Access of leaver ${person.id} reviewed`, accessReviewed);
    add("annex-a:6.5", person.id, `Offboarding of ${person.id}`, latest([accessReviewed, assetsReturned]));
  }
  for (const role of document.roles ?? []) {
    if (role.responsibilities.length > 0) add("annex-a:5.2", role.id, `Role ${role.name}: responsibilities`, roleDate(role));
  }
  for (const role of document.roles ?? []) {
    if ((role.conflictsWith ?? []).length > 0) add("annex-a:5.3", role.id, `Role ${role.name}: conflicting roles declared`, roleDate(role));
  }
  return found;
}

/**
 * What the people records show about clauses 5.3 (roles with top management and the ISMS's
 * manager held), 7.2 (competences required and held) and 7.3 (awareness of everyone), on
 * `asOf`; nothing when the document has none of `roles`, `people`, `trainings`.
 */
export function peopleReadiness(document: IsmsDocument, asOf: IsoDate): DerivedReadiness[] {
  if (!hasPeopleRecords(document)) return [];
  const roles = document.roles ?? [];
  const people = document.people ?? [];
  const trainings = document.trainings ?? [];
  const found: DerivedReadiness[] = [];

  const heldAs = (part: Role["isms"]): readonly Role[] => roles.filter((role) => role.isms === part && roleHoldersOn(role, asOf).length > 0);
  const top = heldAs("top_management");
  const manager = heldAs("isms_manager");
  const bothHeld = top.length > 0 && manager.length > 0;
  found.push({
    requirement: "5.3",
    status: bothHeld ? "met" : top.length > 0 || manager.length > 0 ? "partly_met" : "not_met",
    note: bothHeld
      ? `${roles.length} roles with responsibilities; top management and the ISMS manager are assigned.`
      : `no role ${top.length === 0 ? "of top management" : "of ISMS manager"}${top.length === 0 && manager.length === 0 ? " or of ISMS manager" : ""} has a holder.`,
    evidence: [...top, ...manager].map((role) => role.id),
  });

  const requiring = roles.filter((role) => role.competences.length > 0);
  const gaps = listCompetenceGaps(roles, people, asOf, trainings);
  found.push({
    requirement: "7.2",
    status: requiring.length === 0 ? "partly_met" : gaps.length === 0 ? "met" : "partly_met",
    note:
      requiring.length === 0
        ? "no role states the competences it requires."
        : gaps.length === 0
          ? `${requiring.length} roles state the competences they require, and every holder has them.`
          : gaps.length === 1
            ? "1 competence required by a role is missing in its holder."
            : `${gaps.length} competences required by a role are missing in their holders.`,
    evidence: requiring.map((role) => role.id),
  });

  const awareness = trainings.filter((training) => training.audience === "everyone");
  if (awareness.length === 0) {
    found.push({ requirement: "7.3", status: "not_met", note: "no training or campaign is for everyone." });
  } else {
    const { trained, due } = trainingCoverage(people, awareness, roles, asOf);
    found.push({
      requirement: "7.3",
      status: due === 0 ? "met" : "partly_met",
      note: `${awareness.length} awareness trainings for everyone; ${trained} of ${trained + due} people up to date.`,
      evidence: awareness.map((training) => training.id),
    });
  }
  return found;
}

/**
 * What the people records contribute to a management review held on `asOf`: the training
 * coverage and competence gaps (monitoring and measurement results), leavers with open
 * offboarding and segregation-of-duties conflicts (nonconformities and corrective actions).
 */
export function peopleReviewFacts(document: IsmsDocument, asOf: IsoDate): AreaReviewFact[] {
  if (!hasPeopleRecords(document)) return [];
  const roles = document.roles ?? [];
  const people = document.people ?? [];
  const trainings = document.trainings ?? [];
  const facts: AreaReviewFact[] = [];
  if (trainings.length > 0) {
    const { trained, due, share } = trainingCoverage(people, trainings, roles, asOf);
    const overdue = [...new Set<string>(listTrainingDue(people, trainings, roles, asOf).map((item) => item.person))];
    facts.push({
      input: "monitoring_and_measurement_results",
      text: `Training coverage: ${trained} of ${trained + due} people up to date (${Math.round(share * 1000) / 10} %)${overdue.length === 0 ? "." : `; ${overdue.length} overdue.`}`,
      refs: overdue.length === 0 ? trainings.map((training) => training.id) : overdue,
    });
  }
  const gaps = listCompetenceGaps(roles, people, asOf, trainings);
  if (gaps.length > 0) {
    facts.push({
      input: "monitoring_and_measurement_results",
      text: gaps.length === 1 ? "1 competence required by a role is missing in its holder." : `${gaps.length} competences required by a role are missing in their holders.`,
      refs: [...new Set<string>(gaps.map((gap) => gap.person))],
    });
  }
  const leavers = listLeaversWithOpenOffboarding(people, asOf);
  if (leavers.length > 0) {
    facts.push({ input: "nonconformities_and_corrective_actions", text: `${leavers.length} ${leavers.length === 1 ? "leaver" : "leavers"} with open offboarding (access review or asset return).`, refs: leavers.map((person) => person.id) });
  }
  const conflicts = listSegregationConflicts(roles, asOf);
  if (conflicts.length > 0) {
    facts.push({
      input: "nonconformities_and_corrective_actions",
      text: `${conflicts.length} segregation-of-duties conflicts: one person holds two roles declared conflicting.`,
      refs: [...new Set<string>(conflicts.map((conflict) => conflict.person))],
    });
  }
  return facts;
}
