import { fc } from "@fast-check/vitest";
import { addDays, type IsoDate } from "../../src/core/index.js";
import { PersonSchema, RoleSchema, TrainingSchema, type Person, type Role, type Training } from "../../src/people/index.js";

const PEOPLE = ["P-0", "P-1", "P-2", "P-3"] as const;
const ROLES = ["R-0", "R-1", "R-2"] as const;
const TRAININGS = ["T-0", "T-1", "T-2"] as const;

/** A day between 2024-01-01 and about 2026-09. */
export const dayArb: fc.Arbitrary<IsoDate> = fc.integer({ min: 0, max: 1000 }).map((offset) => addDays("2024-01-01", offset));

const holderArb = fc.record(
  { person: fc.constantFrom(...PEOPLE), from: dayArb, until: fc.option(dayArb, { nil: undefined }) },
  { requiredKeys: ["person", "from"] },
).map(({ person, from, until }) => (until === undefined ? { person, from } : { person, from: from < until ? from : until, until: from < until ? until : from }));

export const rolesArb: fc.Arbitrary<Role[]> = fc
  .tuple(...ROLES.map((id) => fc.record({ holders: fc.array(holderArb, { maxLength: 3 }), conflictsWith: fc.subarray([...ROLES].filter((other) => other !== id)) })))
  .map((specs) => specs.map((spec, index) => RoleSchema.parse({ id: ROLES[index], name: `Role ${index}`, responsibilities: [], competences: [], ...spec })));

export const trainingsArb: fc.Arbitrary<Training[]> = fc
  .tuple(
    ...TRAININGS.map(() =>
      fc.record({
        audience: fc.oneof(fc.constant("everyone" as const), fc.subarray([...ROLES], { minLength: 1 }).map((roles) => ({ roles }))),
        recurrenceMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
        from: fc.option(dayArb, { nil: undefined }),
      }),
    ),
  )
  .map((specs) =>
    specs.map(({ recurrenceMonths, from, audience }, index) =>
      TrainingSchema.parse({ id: TRAININGS[index], title: `Training ${index}`, kind: "course", audience, ...(recurrenceMonths === undefined ? {} : { recurrenceMonths }), ...(from === undefined ? {} : { from }) }),
    ),
  );

export const peopleArb: fc.Arbitrary<Person[]> = fc
  .tuple(
    ...PEOPLE.map(() =>
      fc.record({
        started: dayArb,
        stay: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
        completions: fc.array(fc.record({ training: fc.constantFrom(...TRAININGS), date: dayArb }), { maxLength: 2 }),
      }),
    ),
  )
  .map((specs) =>
    specs.map(({ started, stay, completions }, index) =>
      PersonSchema.parse({ id: PEOPLE[index], kind: "employee", started, ...(stay === undefined ? {} : { left: addDays(started, stay) }), completions }),
    ),
  );
