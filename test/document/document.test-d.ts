import { describe, expectTypeOf, it } from "vitest";
import type { CatalogueId, CustomFields } from "../../src/core/index.js";
import type { ControlDescription, ControlMapping, CustomCatalogue } from "../../src/catalogue/index.js";
import type { Asset, AssetSettings } from "../../src/assets/index.js";
import type { Methodology, Risk } from "../../src/risk/index.js";
import type { Decision, TreatmentPlan } from "../../src/treatment/index.js";
import type { ApplicabilityDecision, Obligation, SoaVersion } from "../../src/soa/index.js";
import type { AuditProgramme, Certification, ManagementReview, Nonconformity, Objective, PdcaCycle, ReadinessAssessment } from "../../src/cycle/index.js";
import type {
  Acknowledgement,
  ContextIssue,
  DocumentedInformation,
  InterestedParty,
  IsmsCollection,
  IsmsDocument,
  Organisation,
  Policy,
  Scope,
} from "../../src/document/index.js";
import type { Incident } from "../../src/incidents/index.js";
import type { Person, Role, Training } from "../../src/people/index.js";
import type { Supplier } from "../../src/suppliers/index.js";

// The document as the modules' types spell it: the registry builds the collections of the
// schema, and the inferred type must stay exactly this precise.
type Expected = {
  schemaVersion: 1;
  organisation: Organisation;
  scope?: Scope | undefined;
  contextIssues: ContextIssue[];
  interestedParties: InterestedParty[];
  policies: Policy[];
  documents: DocumentedInformation[];
  cataloguesInScope: CatalogueId[];
  catalogues: CustomCatalogue[];
  controlDescriptions: ControlDescription[];
  mappings?: ControlMapping[] | undefined;
  assetSettings: AssetSettings;
  assets: Asset[];
  methodologies: Methodology[];
  risks: Risk[];
  treatmentPlans: TreatmentPlan[];
  decisions: Decision[];
  obligations: Obligation[];
  soaDecisions: ApplicabilityDecision[];
  soaVersions: SoaVersion[];
  objectives: Objective[];
  auditProgramme?: AuditProgramme | undefined;
  nonconformities: Nonconformity[];
  reviews: ManagementReview[];
  cycle: PdcaCycle;
  certification?: Certification | undefined;
  readiness?: ReadinessAssessment[] | undefined;
  incidents?: Incident[] | undefined;
  acknowledgements?: Acknowledgement[] | undefined;
  suppliers?: Supplier[] | undefined;
  custom?: CustomFields | undefined;
  roles?: Role[] | undefined;
  people?: Person[] | undefined;
  trainings?: Training[] | undefined;
};

describe("document types", () => {
  it("IsmsDocument is exactly the modules' types, collection by collection", () => {
    expectTypeOf<IsmsDocument>().toEqualTypeOf<Expected>();
    expectTypeOf<IsmsDocument["assets"][number]["id"]>().toEqualTypeOf<Asset["id"]>();
  });

  it("the collections commands reach are a closed union of names", () => {
    expectTypeOf<IsmsCollection>().toEqualTypeOf<
      | "assets"
      | "risks"
      | "treatmentPlans"
      | "decisions"
      | "obligations"
      | "soaDecisions"
      | "objectives"
      | "nonconformities"
      | "reviews"
      | "policies"
      | "documents"
      | "contextIssues"
      | "interestedParties"
      | "incidents"
      | "catalogues"
      | "mappings"
      | "controlDescriptions"
      | "methodologies"
      | "audits"
      | "acknowledgements"
      | "roles"
      | "people"
      | "trainings"
      | "suppliers"
    >();
    // @ts-expect-error soaVersions are recorded by createSoaVersion, not by the entity commands
    const versions: IsmsCollection = "soaVersions";
    void versions;
  });
});
