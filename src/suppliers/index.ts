/**
 * Suppliers (ISO/IEC 27001:2022 Annex A 5.19–5.23): suppliers with the services they provide
 * and the assets those touch, their agreements and security requirements, cloud services,
 * assessments with findings and the risks raised from them; criticality derived from the
 * assets' requirements; the suppliers due for review, critical and never assessed, or whose
 * assets require more than when they were assessed.
 *
 * @module suppliers
 */
export {
  SupplierIdSchema,
  CloudServiceModelSchema,
  CloudServiceSchema,
  SupplierServiceSchema,
  SupplierAgreementSchema,
  SupplierFindingSeveritySchema,
  SupplierFindingStatusSchema,
  SupplierFindingSchema,
  SupplierAssessmentResultSchema,
  RequirementsSnapshotSchema,
  SupplierAssessmentSchema,
  SupplierStatusSchema,
  SupplierSchema,
} from "./supplier.js";
export type {
  SupplierId,
  CloudServiceModel,
  CloudService,
  SupplierService,
  SupplierAgreement,
  SupplierFindingSeverity,
  SupplierFindingStatus,
  SupplierFinding,
  SupplierAssessmentResult,
  RequirementsSnapshot,
  SupplierAssessment,
  SupplierStatus,
  Supplier,
} from "./supplier.js";
export { supplierCriticality } from "./supplierCriticality.js";
export type { SupplierContext, SupplierCriticality } from "./supplierCriticality.js";
export { supplierRequirementsSnapshot } from "./supplierRequirementsSnapshot.js";
export { nextSupplierReview } from "./nextSupplierReview.js";
export { lastSupplierAssessment } from "./lastSupplierAssessment.js";
export { listSuppliersDueForReview } from "./listSuppliersDueForReview.js";
export { listCriticalSuppliersUnassessed } from "./listCriticalSuppliersUnassessed.js";
export { listSuppliersWithRaisedRequirements } from "./listSuppliersWithRaisedRequirements.js";
export type { RequirementRise, RaisedSupplierRequirements } from "./listSuppliersWithRaisedRequirements.js";
export { listExpiringAgreements } from "./listExpiringAgreements.js";
export type { ListExpiringAgreementsOptions, ExpiringAgreement } from "./listExpiringAgreements.js";
export { validateSuppliers } from "./validateSuppliers.js";
