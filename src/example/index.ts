/**
 * The example organisation: Northwind Analytics Ltd, a fictional 60-person B2B analytics SaaS
 * company with a complete ISO/IEC 27001:2022 ISMS (clauses 4–10 and Annex A) as one document.
 * The demo, the reports, `isms init --example` and the OSCAL tests run on it.
 *
 * @module example
 */
export { createExampleIsms, EXAMPLE_AS_OF } from "./createExampleIsms.js";
