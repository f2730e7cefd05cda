// Validators for NIST's OSCAL 1.2.1 JSON Schemas, kept in test/fixtures/oscal/ with their
// provenance (test/fixtures/README.md). A missing file throws here: the tests fail, never skip.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

export const OSCAL_FIXTURES = fileURLToPath(new URL("../fixtures/oscal/", import.meta.url));

if (!existsSync(OSCAL_FIXTURES)) {
  throw new Error(`The OSCAL tests need NIST's schemas and catalogs in ${OSCAL_FIXTURES}, which is missing.`);
}

const SCHEMA_FILES = {
  catalog: "oscal_catalog_schema.json",
  profile: "oscal_profile_schema.json",
  "mapping-collection": "oscal_mapping_schema.json",
  "system-security-plan": "oscal_ssp_schema.json",
  "assessment-results": "oscal_assessment-results_schema.json",
  "plan-of-action-and-milestones": "oscal_poam_schema.json",
  "component-definition": "oscal_component_schema.json",
} as const;

export type SchemaModel = keyof typeof SCHEMA_FILES;

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validators = new Map<SchemaModel, ValidateFunction>();

/** The compiled validator of one model's schema (compiled once per test file). */
export function validatorFor(model: SchemaModel): ValidateFunction {
  let validate = validators.get(model);
  if (!validate) {
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(`${OSCAL_FIXTURES}schemas/${SCHEMA_FILES[model]}`, "utf8")) as object);
    validators.set(model, validate);
  }
  return validate;
}

/** The schema errors of a document, as short strings (empty when valid). */
export function schemaErrors(model: SchemaModel, document: unknown): string[] {
  const validate = validatorFor(model);
  if (validate(document)) return [];
  return (validate.errors ?? []).slice(0, 20).map((error: ErrorObject) => `${error.instancePath} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
}

/** Reads a JSON file of test/fixtures/oscal/content/. */
export function readContent(name: string): unknown {
  return JSON.parse(readFileSync(`${OSCAL_FIXTURES}content/${name}`, "utf8")) as unknown;
}

export const BASIC_CATALOG = "basic-catalog.json";
export const SP800_53_LOW = "NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json";
/** The full SP 800-53 rev. 4 catalog: 922 controls, 96 of them withdrawn (the rev. 5 catalog is not at hand). */
export const WITHDRAWN_CATALOG = "withdrawn-catalog.json";
export const SP800_53_HIGH = "NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json";
export const SP800_53_LOW_PROFILE = "NIST_SP-800-53_rev5_LOW-baseline_profile.json";
export const SP800_53_HIGH_PROFILE = "NIST_SP-800-53_rev5_HIGH-baseline_profile.json";
