import { test } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { validateIsms } from "../../src/document/index.js";
import * as P from "../../src/people/index.js";
test("scratch", () => {
const doc = createExampleIsms();
const issues = validateIsms(doc, { asOf: EXAMPLE_AS_OF });
console.log(issues.filter(i => i.severity !== "info").map(i => `${i.severity} ${i.code} ${JSON.stringify(i.path)} ${i.message}`).join("\n"));
const r = doc.roles ?? [], p = doc.people ?? [], t = doc.trainings ?? [];
console.log(P.listTrainingDue(p, t, r, EXAMPLE_AS_OF));
console.log(P.trainingCoverage(p, t, r, EXAMPLE_AS_OF), P.trainingMeasurement(p,t,r,EXAMPLE_AS_OF));
console.log(P.listLeaversWithOpenOffboarding(p, EXAMPLE_AS_OF).map(x=>x.id), P.listSegregationConflicts(r, EXAMPLE_AS_OF), P.listCompetenceGaps(r, p, EXAMPLE_AS_OF, t));
});
