import { describe, expect, it } from "vitest";
import { MeasurementSchema } from "../../src/cycle/index.js";
import {
  listCompetenceGaps,
  listLeaversWithOpenOffboarding,
  listSegregationConflicts,
  listTrainingDue,
  roleHoldersOn,
  rolesHeldBy,
  trainingCoverage,
  trainingMeasurement,
} from "../../src/people/index.js";
import { person, role, training } from "./_build.js";

describe("roleHoldersOn and rolesHeldBy", () => {
  const ciso = role("ROLE-CISO", [
    { person: "P-1", from: "2024-01-01", until: "2025-06-30" },
    { person: "P-2", from: "2025-07-01" },
  ]);

  it("a holding covers its first and its last day", () => {
    expect(roleHoldersOn(ciso, "2024-01-01")).toEqual(["P-1"]);
    expect(roleHoldersOn(ciso, "2025-06-30")).toEqual(["P-1"]);
    expect(roleHoldersOn(ciso, "2025-07-01")).toEqual(["P-2"]);
    expect(roleHoldersOn(ciso, "2023-12-31")).toEqual([]);
  });

  it("rolesHeldBy lists the roles a person holds on the day", () => {
    const auditor = role("ROLE-AUDIT", [{ person: "P-1", from: "2025-07-01" }]);
    expect(rolesHeldBy([ciso, auditor], "P-1", "2025-01-01").map((found) => found.id)).toEqual(["ROLE-CISO"]);
    expect(rolesHeldBy([ciso, auditor], "P-1", "2025-08-01").map((found) => found.id)).toEqual(["ROLE-AUDIT"]);
  });

  it("a person holding a role twice is listed once", () => {
    const twice = role("R", [
      { person: "P-1", from: "2024-01-01" },
      { person: "P-1", from: "2024-06-01" },
    ]);
    expect(roleHoldersOn(twice, "2024-07-01")).toEqual(["P-1"]);
  });
});

describe("listSegregationConflicts", () => {
  it("one declaration makes the conflict, and only a day both are held counts", () => {
    const ciso = role("ROLE-CISO", [{ person: "P-1", from: "2024-01-01", until: "2024-12-31" }]);
    const auditor = role("ROLE-AUDIT", [{ person: "P-1", from: "2024-06-01" }], { conflictsWith: ["ROLE-CISO"] });
    expect(listSegregationConflicts([ciso, auditor], "2024-07-01")).toEqual([{ person: "P-1", roles: ["ROLE-CISO", "ROLE-AUDIT"] }]);
    expect(listSegregationConflicts([ciso, auditor], "2025-01-01")).toEqual([]);
  });

  it("roles not declared conflicting are no conflict", () => {
    const a = role("A", [{ person: "P-1", from: "2024-01-01" }]);
    const b = role("B", [{ person: "P-1", from: "2024-01-01" }]);
    expect(listSegregationConflicts([a, b], "2024-07-01")).toEqual([]);
  });
});

describe("listTrainingDue", () => {
  const awareness = training("TR-A", { recurrenceMonths: 12 });

  it("a new starter is due one month after starting, overdue from the day after", () => {
    const starter = person("P-1", "2026-01-15");
    expect(listTrainingDue([starter], [awareness], [], "2026-02-15")).toEqual([]);
    expect(listTrainingDue([starter], [awareness], [], "2026-02-16")).toEqual([{ person: "P-1", training: "TR-A", dueSince: "2026-02-15" }]);
  });

  it("a completion is due again after recurrenceMonths", () => {
    const done = person("P-1", "2020-01-01", { completions: [{ training: "TR-A", date: "2025-03-01" }] });
    expect(listTrainingDue([done], [awareness], [], "2026-03-01")).toEqual([]);
    expect(listTrainingDue([done], [awareness], [], "2026-03-02")).toEqual([{ person: "P-1", training: "TR-A", dueSince: "2026-03-01", lastCompleted: "2025-03-01" }]);
  });

  it("a training without recurrence is done once", () => {
    const once = training("TR-ONCE");
    const done = person("P-1", "2020-01-01", { completions: [{ training: "TR-ONCE", date: "2020-01-10" }] });
    expect(listTrainingDue([done], [once], [], "2030-01-01")).toEqual([]);
  });

  it("completions after asOf do not count", () => {
    const later = person("P-1", "2020-01-01", { completions: [{ training: "TR-A", date: "2026-06-01" }] });
    expect(listTrainingDue([later], [awareness], [], "2026-01-01").map((item) => item.person)).toEqual(["P-1"]);
  });

  it("a campaign is due a month after it starts, and not before it runs", () => {
    const campaign = training("TR-C", { kind: "awareness_campaign", from: "2026-09-01", until: "2026-10-31" });
    const staff = person("P-1", "2020-01-01");
    expect(listTrainingDue([staff], [campaign], [], "2026-08-31")).toEqual([]);
    expect(listTrainingDue([staff], [campaign], [], "2026-10-01")).toEqual([]);
    expect(listTrainingDue([staff], [campaign], [], "2026-10-02")).toEqual([{ person: "P-1", training: "TR-C", dueSince: "2026-10-01" }]);
  });

  it("a role audience counts from the day the person took the role", () => {
    const course = training("TR-DEV", { audience: { roles: ["ROLE-DEV"] } });
    const dev = role("ROLE-DEV", [{ person: "P-1", from: "2026-05-01" }]);
    const staff = person("P-1", "2020-01-01");
    const other = person("P-2", "2020-01-01");
    expect(listTrainingDue([staff, other], [course], [dev], "2026-04-30")).toEqual([]);
    expect(listTrainingDue([staff, other], [course], [dev], "2026-06-02")).toEqual([{ person: "P-1", training: "TR-DEV", dueSince: "2026-06-01" }]);
  });

  it("a person who has left is not due", () => {
    const leaver = person("P-1", "2020-01-01", { left: "2026-01-01" });
    expect(listTrainingDue([leaver], [awareness], [], "2026-06-01")).toEqual([]);
    expect(listTrainingDue([leaver], [awareness], [], "2025-12-31").map((item) => item.person)).toEqual(["P-1"]);
  });
});

describe("listLeaversWithOpenOffboarding", () => {
  it("lists leavers on or before asOf missing either step", () => {
    const open = person("P-1", "2020-01-01", { left: "2026-10-31", offboarding: { assetsReturned: "2026-10-30" } });
    const done = person("P-2", "2020-01-01", { left: "2026-10-31", offboarding: { assetsReturned: "2026-10-30", accessReviewed: "2026-10-31" } });
    const staying = person("P-3", "2020-01-01");
    expect(listLeaversWithOpenOffboarding([open, done, staying], "2026-10-31").map((found) => found.id)).toEqual(["P-1"]);
    expect(listLeaversWithOpenOffboarding([open, done, staying], "2026-10-30")).toEqual([]);
  });

  it("a step dated after asOf is still open on asOf", () => {
    const later = person("P-1", "2020-01-01", { left: "2026-10-31", offboarding: { assetsReturned: "2026-10-31", accessReviewed: "2026-11-05" } });
    expect(listLeaversWithOpenOffboarding([later], "2026-11-01").map((found) => found.id)).toEqual(["P-1"]);
    expect(listLeaversWithOpenOffboarding([later], "2026-11-05")).toEqual([]);
  });
});

describe("trainingCoverage and trainingMeasurement", () => {
  const awareness = training("TR-A", { recurrenceMonths: 12 });
  const people = [
    person("P-1", "2020-01-01", { completions: [{ training: "TR-A", date: "2026-01-10" }] }),
    person("P-2", "2020-01-01"),
    person("P-3", "2026-05-20"),
    person("P-4", "2020-01-01", { left: "2026-03-01" }),
  ];

  it("counts people in an audience: overdue with none (new starters in grace included) and overdue with some", () => {
    expect(trainingCoverage(people, [awareness], [], "2026-06-01")).toEqual({ trained: 2, due: 1, share: 2 / 3 });
  });

  it("nobody in any audience is full coverage", () => {
    expect(trainingCoverage(people, [], [], "2026-06-01")).toEqual({ trained: 0, due: 0, share: 1 });
  });

  it("the measurement is the share in per cent, valid for an objective", () => {
    const measurement = trainingMeasurement(people, [awareness], [], "2026-06-01");
    expect(measurement).toMatchObject({ date: "2026-06-01", value: 66.7 });
    expect(MeasurementSchema.safeParse(measurement).success).toBe(true);
  });
});

describe("listCompetenceGaps", () => {
  const dev = role("ROLE-DEV", [{ person: "P-1", from: "2024-01-01" }, { person: "P-2", from: "2024-01-01" }], {
    competences: [{ id: "secure-coding", name: "Secure coding" }],
  });
  const course = training("TR-SEC", { competences: ["secure-coding"] });

  it("a holder without the competence is a gap; one shown or trained by then is not", () => {
    const shown = person("P-1", "2020-01-01", { competences: [{ competence: "secure-coding", date: "2024-02-01" }] });
    const trained = person("P-2", "2020-01-01", { completions: [{ training: "TR-SEC", date: "2024-03-01" }] });
    expect(listCompetenceGaps([dev], [shown, trained], "2024-04-01", [course])).toEqual([]);
    expect(listCompetenceGaps([dev], [shown, trained], "2024-04-01").map((gap) => gap.person)).toEqual(["P-2"]);
    expect(listCompetenceGaps([dev], [shown, trained], "2024-01-15", [course]).map((gap) => gap.person)).toEqual(["P-1", "P-2"]);
  });
});
