import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { planFingerprint, type TreatmentPlan } from "../../src/treatment/index.js";

// planFingerprint feeds the canonical text of a plan's substance into its hashes piece by
// piece instead of building the text. This reference builds the text (sorted keys, undefined
// fields left out, JSON.stringify otherwise) and hashes it whole: both must agree.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function fnv1a(text: string, offset: number): string {
  let hash = offset >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function reference(plan: TreatmentPlan): string {
  const text = canonical({
    risks: [...new Set(plan.risks)].sort(),
    options: [...new Set(plan.options)].sort(),
    controls: [...new Set(plan.controls.map((control) => control.ref))].sort(),
    target: plan.target,
    sharing: plan.sharing,
    avoidance: plan.avoidance,
  });
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01234567);
}

const text = fc.string({ unit: "binary", maxLength: 12 });
const planArb = fc.record(
  {
    id: fc.constant("TP-1"),
    title: fc.constant("Plan"),
    risks: fc.array(fc.constantFrom("R-1", "R-2", "R-10", "r-1", "R-é", "R-\u{1F600}"), { maxLength: 6 }),
    options: fc.array(fc.constantFrom("modify", "retain", "avoid", "share"), { maxLength: 5 }),
    controls: fc.array(fc.record({ ref: fc.constantFrom("annex-a:5.1", "annex-a:8.24", "acme:1"), state: fc.constantFrom("existing", "planned") }), { maxLength: 5 }),
    actions: fc.constant([]),
    target: fc.record(
      { likelihood: text, consequence: text, methodology: fc.record({ id: text, version: fc.integer() }), note: fc.jsonValue({ maxDepth: 2 }) },
      { requiredKeys: ["likelihood", "consequence"] },
    ),
    sharing: fc.record({ counterparty: text, instrument: fc.option(text, { nil: undefined }) }),
    avoidance: text,
  },
  { requiredKeys: ["id", "title", "risks", "options", "controls", "actions"] },
);

describe("planFingerprint", () => {
  test.prop([planArb], { numRuns: 60 })("is the FNV-1a pair of the canonical text of the plan's substance", (raw) => {
    const plan = raw as unknown as TreatmentPlan;
    expect(planFingerprint(plan)).toBe(reference(plan));
  });

  it("prints fields without a JSON form as a template literal does and drops them from arrays, as before", () => {
    const plan = { id: "TP-1", title: "Plan", risks: ["R-1"], options: ["share"], controls: [], actions: [], sharing: { counterparty: "Insurer", odd: [undefined, () => 1, null], call: () => 1 } } as unknown as TreatmentPlan;
    expect(planFingerprint(plan)).toBe(reference(plan));
  });
});
