import { addMonths, type IsoDate } from "../../../core/index.js";
import { ANNEX_A, type ControlRef } from "../../../catalogue/index.js";
import {
  listCriticalSuppliersUnassessed,
  listSuppliersDueForReview,
  listSuppliersWithRaisedRequirements,
  lastSupplierAssessment,
  type Supplier,
} from "../../../suppliers/index.js";
import type { IsmsDocument } from "../../schema.js";
import type { AreaReviewFact, ControlEvidence, DerivedReadiness } from "./types.js";

const control = (id: string): ControlRef => `${ANNEX_A}:${id}` as ControlRef;

const hasCloud = (supplier: Supplier): boolean => supplier.services.some((service) => service.cloud !== undefined);

/**
 * The evidence the document's suppliers records give for the SoA rows of their controls:
 * a signed agreement → 5.20; every assessment → 5.22, and the latest of each supplier → 5.19
 * (supplier risks addressed) and, for a supplier of cloud services, → 5.21 (ICT supply chain)
 * and 5.23 (use of cloud services). Evidence refs are the supplier ids; deriveSoa keeps only
 * the evidence dated on or before its `asOf`. Prospective suppliers give none.
 */
export function suppliersControlEvidence(document: IsmsDocument): ControlEvidence[] {
  const found: ControlEvidence[] = [];
  for (const supplier of document.suppliers ?? []) {
    if (supplier.status === "prospective") continue;
    const { agreement } = supplier;
    if (agreement?.signed !== undefined) {
      const requirements = agreement.securityRequirements.length;
      found.push({
        control: control("5.20"),
        evidence: { ref: supplier.id, title: `Agreement ${agreement.ref} with ${supplier.name} (${requirements} security requirement${requirements === 1 ? "" : "s"})`, date: agreement.signed },
      });
    }
    for (const assessment of supplier.assessments) {
      found.push({ control: control("5.22"), evidence: { ref: supplier.id, title: `Assessment ${assessment.id} of ${supplier.name}: ${assessment.result}`, date: assessment.date } });
    }
    const last = lastSupplierAssessment(supplier);
    if (last === undefined) continue;
    found.push({ control: control("5.19"), evidence: { ref: supplier.id, title: `Supplier ${supplier.name} assessed (${last.id})`, date: last.date } });
    if (hasCloud(supplier)) {
      const models = [...new Set(supplier.services.flatMap((service) => (service.cloud === undefined ? [] : [service.cloud.model])))].join(", ");
      found.push({ control: control("5.21"), evidence: { ref: supplier.id, title: `ICT supplier ${supplier.name} assessed (${last.id})`, date: last.date } });
      found.push({ control: control("5.23"), evidence: { ref: supplier.id, title: `Cloud services of ${supplier.name} (${models}) assessed (${last.id})`, date: last.date } });
    }
  }
  return found;
}

/**
 * What the suppliers records show about the requirements of clauses 4–10 on `asOf`: nothing
 * of their own. Supplier controls (5.19–5.23) get their readiness from their SoA rows, which
 * carry the evidence of {@link suppliersControlEvidence}.
 */
export function suppliersReadiness(_document: IsmsDocument, _asOf: IsoDate): DerivedReadiness[] {
  return [];
}

function named(suppliers: readonly Supplier[]): string {
  return suppliers.map((supplier) => `${supplier.id} (${supplier.name})`).join(", ");
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * What the suppliers records contribute to the inputs of a management review held on `asOf`:
 * to monitoring and measurement results (9.3.2 d 2), the supplier assessments of the last 12
 * months with their results and the suppliers overdue for review; to the status of risk
 * assessment and treatment (9.3.2 f), the critical suppliers never assessed, the suppliers
 * whose assets now require more than when they were assessed, and the open findings that
 * raised a risk. Nothing when the document holds no suppliers.
 */
export function suppliersReviewFacts(document: IsmsDocument, asOf: IsoDate): AreaReviewFact[] {
  const suppliers = document.suppliers ?? [];
  if (suppliers.length === 0) return [];
  const facts: AreaReviewFact[] = [];
  const yearAgo = addMonths(asOf, -12);
  const recent = suppliers.flatMap((supplier) =>
    supplier.assessments.filter((assessment) => assessment.date > yearAgo && assessment.date <= asOf).map((assessment) => ({ supplier, assessment })),
  );
  if (recent.length > 0) {
    const results = ["satisfactory", "conditional", "unsatisfactory"]
      .map((result) => [result, recent.filter(({ assessment }) => assessment.result === result).length] as const)
      .filter(([, count]) => count > 0)
      .map(([result, count]) => `${count} ${result}`)
      .join(", ");
    facts.push({
      input: "monitoring_and_measurement_results",
      text: `${plural(recent.length, "supplier assessment", "supplier assessments")} in the last 12 months (${results}).`,
      refs: [...new Set(recent.map(({ supplier }) => supplier.id))],
    });
  }
  const due = listSuppliersDueForReview(suppliers, asOf);
  if (due.length > 0) {
    facts.push({ input: "monitoring_and_measurement_results", text: `${plural(due.length, "supplier is", "suppliers are")} due for review (A.5.22): ${named(due)}.`, refs: due.map((supplier) => supplier.id) });
  }
  const unassessed = listCriticalSuppliersUnassessed(suppliers, document, asOf);
  if (unassessed.length > 0) {
    facts.push({
      input: "risk_assessment_and_treatment_status",
      text: `${plural(unassessed.length, "critical supplier has", "critical suppliers have")} never been assessed: ${named(unassessed)}.`,
      refs: unassessed.map((supplier) => supplier.id),
    });
  }
  const raised = listSuppliersWithRaisedRequirements(suppliers, document, asOf);
  if (raised.length > 0) {
    const list = raised.map(({ supplier }) => supplier);
    facts.push({
      input: "risk_assessment_and_treatment_status",
      text: `${plural(list.length, "supplier's assets require", "suppliers' assets require")} more than when last assessed: ${named(list)}.`,
      refs: list.map((supplier) => supplier.id),
    });
  }
  const risky = suppliers.flatMap((supplier) =>
    supplier.assessments
      .filter((assessment) => assessment.date <= asOf)
      .flatMap((assessment) => assessment.findings.filter((finding) => finding.risk !== undefined && finding.status !== "closed").map((finding) => ({ supplier, finding }))),
  );
  if (risky.length > 0) {
    facts.push({
      input: "risk_assessment_and_treatment_status",
      text: `${plural(risky.length, "open supplier finding has", "open supplier findings have")} raised a risk: ${risky.map(({ supplier, finding }) => `${finding.id} of ${supplier.id} → ${finding.risk ?? ""}`).join(", ")}.`,
      refs: [...new Set(risky.flatMap(({ supplier, finding }) => [supplier.id, ...(finding.risk === undefined ? [] : [finding.risk])]))],
    });
  }
  return facts;
}
