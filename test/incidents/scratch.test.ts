import { it } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { validateIsms } from "../../src/document/index.js";
import { listRisksContradictedByIncidents, meanTimeToClose, listIncidentsWithoutLessons, listOpenIncidents } from "../../src/incidents/index.js";
it("scratch", () => {
const doc = createExampleIsms();
  console.log(validateIsms(doc, { asOf: EXAMPLE_AS_OF }).filter(i => i.severity === "error" || /incident|NC-2026-03/.test(i.message)));
  console.log(meanTimeToClose(doc.incidents ?? [], { asOf: EXAMPLE_AS_OF }), listIncidentsWithoutLessons(doc.incidents ?? [], EXAMPLE_AS_OF).map(i => i.id), listOpenIncidents(doc.incidents ?? [], "2026-09-10").map(i=>i.id));
  console.log(listRisksContradictedByIncidents(doc.incidents ?? [], doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF, minIncidents: 1 }));
});
