import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseIsms, validateIsms, type IsmsDocument } from "../../src/document/index.js";
import { sortIssues, type IsmsIssue } from "../../src/core/index.js";
import { acknowledgementsArb, documentArb } from "../arbitraries/document.js";

const asOf = "2026-11-27";

/** Generated documents, half of them with an error (two policies of one id) to acknowledge. */
const worldArb = fc.tuple(documentArb, fc.boolean()).map(([document, broken]): { document: IsmsDocument; issues: IsmsIssue[] } => {
  const policy = { id: "POL-1", title: "Information security policy", version: "1", owner: "CEO", status: "draft" };
  const withPolicies = broken ? parseIsms({ ...document, policies: [policy, policy] }) : document;
  return { document: withPolicies, issues: validateIsms(withPolicies, { asOf }) };
});

const errorsOf = (issues: readonly IsmsIssue[]) => issues.filter((found) => found.severity === "error");
const outsideAcknowledgements = (issues: readonly IsmsIssue[]) => issues.filter((found) => found.path[0] !== "acknowledgements");

describe("acknowledgements", () => {
  test.prop([worldArb.chain((world) => acknowledgementsArb(world.issues, asOf, { uniqueIds: true }).map((acknowledgements) => ({ ...world, acknowledgements })))], {
    numRuns: 40,
  })("never change the count of errors (distinct ids, until not before on)", ({ document, issues, acknowledgements }) => {
    const found = validateIsms(parseIsms({ ...document, acknowledgements }), { asOf });
    expect(errorsOf(found)).toHaveLength(errorsOf(issues).length);
    expect(errorsOf(found)).toEqual(errorsOf(issues));
  });

  test.prop([worldArb.chain((world) => acknowledgementsArb(world.issues, asOf, { uniqueIds: false }).map((acknowledgements) => ({ ...world, acknowledgements })))], {
    numRuns: 40,
  })("leave every issue outside the acknowledgements as it was, but turn some warnings into acknowledged remarks", ({ document, issues, acknowledgements }) => {
    const found = outsideAcknowledgements(validateIsms(parseIsms({ ...document, acknowledgements }), { asOf }));
    for (const item of found) if (item.acknowledged !== undefined) expect(item.severity).toBe("info");
    // Undo the acknowledgements: what is left is exactly the issues without them.
    const undone = found.map(({ acknowledged, ...item }): IsmsIssue => (acknowledged === undefined ? item : { ...item, severity: "warning" }));
    expect(sortIssues(undone)).toEqual(issues);
  });
});
