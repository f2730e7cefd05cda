// The records auditors sample: who is overdue for training, which suppliers need a review,
// which incidents taught nothing yet, and what the next management review should hear.
// Starts from the example organisation, records a supplier assessment with the command that
// writes the change log, and shows that the supplier is no longer due.
import {
  applyIsmsCommand,
  listCriticalSuppliersUnassessed,
  listIncidentsWithoutLessons,
  listSuppliersDueForReview,
  listTrainingDue,
  meanTimeToClose,
  reviewInputFacts,
  supplierRequirementsSnapshot,
} from "isms";
import { createExampleIsms, EXAMPLE_AS_OF } from "isms/example";

const asOf = EXAMPLE_AS_OF;
let doc = createExampleIsms();

const due = listTrainingDue(doc.people ?? [], doc.trainings ?? [], doc.roles ?? [], asOf);
console.log(`Training overdue on ${asOf}: ${due.map((item) => `${item.person} (${item.training})`).join(", ")}`);
console.log(`Suppliers due for review: ${listSuppliersDueForReview(doc.suppliers ?? [], asOf).map((supplier) => supplier.id).join(", ")}`);
const unassessed = listCriticalSuppliersUnassessed(doc.suppliers ?? [], doc, asOf);
console.log(`Critical suppliers never assessed: ${unassessed.map((supplier) => supplier.name).join(", ")}`);
console.log(`Incidents closed without lessons learned: ${listIncidentsWithoutLessons(doc.incidents ?? [], asOf).map((incident) => incident.id).join(", ")}`);
console.log(`Mean time to close: ${meanTimeToClose(doc.incidents ?? [], { asOf })} days`);

// Assess the critical supplier: the assessment keeps a snapshot of what its assets require.
const supplier = unassessed[0];
const assessment = { id: "SA-1", date: asOf, by: "CISO", result: "satisfactory", findings: [], requirements: supplierRequirementsSnapshot(supplier, doc) };
const outcome = applyIsmsCommand(
  doc,
  { type: "entity.update", collection: "suppliers", id: supplier.id, patch: { assessments: [...supplier.assessments, assessment] } },
  { by: "CISO", at: `${asOf}T10:00:00Z` },
);
if (!outcome.ok) throw new Error(outcome.error.map((found) => found.message).join("\n"));
doc = outcome.value.document;
console.log(`After the assessment, never assessed: ${listCriticalSuppliersUnassessed(doc.suppliers ?? [], doc, asOf).length}; change log: ${outcome.value.entry?.summary ?? "one entry"}`);

for (const fact of reviewInputFacts(doc, asOf).filter((item) => item.input === "monitoring_and_measurement_results")) console.log(`9.3.2 d 2: ${fact.text}`);
