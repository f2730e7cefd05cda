import { describe, expect, it } from "vitest";
import { ReviewInputSchema } from "../../src/cycle/index.js";
import { createStarterIsms, reviewInputFacts } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const example = createExampleIsms();
const AS_OF = "2026-11-27";

describe("reviewInputFacts", () => {
  it("groups the facts by input in the order of the 9.3.2 checklist", () => {
    const facts = reviewInputFacts(example, AS_OF);
    expect(facts.length).toBeGreaterThan(3);
    const positions = facts.map((fact) => ReviewInputSchema.options.indexOf(fact.input));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("counts the nonconformities raised by asOf and names the open ones", () => {
    const fact = reviewInputFacts(example, AS_OF).find((item) => item.input === "nonconformities_and_corrective_actions");
    const raised = example.nonconformities.filter((nc) => nc.raised <= AS_OF);
    const open = raised.filter((nc) => nc.status !== "closed").map((nc) => nc.id);
    expect(fact?.text).toContain(`${raised.length} nonconformit`);
    expect(fact?.refs).toEqual(open);
  });

  it("names only records of the document", () => {
    const ids = new Set<string>(JSON.stringify(example).match(/"id":"[^"]+"/g)?.map((match) => match.slice(6, -1)) ?? []);
    for (const fact of reviewInputFacts(example, AS_OF)) for (const ref of fact.refs) expect(ids.has(ref), `${fact.input}: ${ref}`).toBe(true);
  });

  it("leaves out what happened after asOf", () => {
    const early = reviewInputFacts(example, "2020-01-01");
    expect(early.some((fact) => fact.input === "nonconformities_and_corrective_actions" || fact.input === "audit_results")).toBe(false);
  });

  it("gives a starter document no facts: it has no records", () => {
    const facts = reviewInputFacts(createStarterIsms({ organisation: "Acme", date: "2026-01-05" }), AS_OF);
    expect(facts).toEqual([]);
  });

  it("returns copies: changing a fact's refs changes nothing the next call returns", () => {
    const first = reviewInputFacts(example, AS_OF);
    (first[0]!.refs as string[]).push("X");
    expect(reviewInputFacts(example, AS_OF)[0]!.refs).not.toContain("X");
  });
});
