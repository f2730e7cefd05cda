import { describe, expect, it } from "vitest";
import { ManagementReviewSchema, ReviewInputSchema, missingReviewInputs, validateReviews } from "../../src/cycle/index.js";
import { allInputs, makeReview } from "./_fixtures.js";

describe("management reviews", () => {
  it("lists the ten 9.3.2 inputs", () => {
    expect(ReviewInputSchema.options).toHaveLength(10);
  });

  it("a complete held review has no issues", () => {
    expect(validateReviews([makeReview()])).toEqual([]);
    expect(missingReviewInputs(makeReview())).toEqual([]);
  });

  it("an input absent or not presented is missing: an error when held, a warning when planned", () => {
    const inputs = { ...allInputs(), audit_results: { present: false } } as Record<string, unknown>;
    delete inputs["interested_parties_feedback"];
    const held = makeReview({ inputs });
    expect(missingReviewInputs(held)).toEqual(["audit_results", "interested_parties_feedback"]);
    expect(validateReviews([held]).map((found) => `${found.code}:${found.severity}`)).toEqual([
      "missing_review_input:error",
      "missing_review_input:error",
    ]);
    const planned = makeReview({ status: "planned", inputs: {}, attendees: [], decisions: [] });
    expect(validateReviews([planned]).every((found) => found.severity === "warning")).toBe(true);
  });

  it("reports attendees, references, results, action dates and duplicates", () => {
    const review = makeReview({
      attendees: [],
      inputs: { ...allInputs(), audit_results: { present: true } },
      decisions: [],
      actions: [{ id: "A-1", description: "x", owner: "CFO", due: "2026-12-01", status: "done" }],
    });
    const other = makeReview({ actions: [{ id: "A-1", description: "y", owner: "CFO", due: "2026-12-01", status: "planned" }] });
    expect(validateReviews([review, other]).map((found) => found.code)).toEqual([
      "duplicate_review_id",
      "review_without_attendees",
      "review_input_without_reference",
      "action_done_without_date",
      "duplicate_action_id",
    ]);
    expect(validateReviews([makeReview({ decisions: [] })]).map((found) => found.code)).toEqual(["review_without_results"]);
  });

  it("rejects an unknown input key and survives JSON", () => {
    expect(ManagementReviewSchema.safeParse({ ...makeReview(), inputs: { coffee: { present: true } } }).success).toBe(false);
    const review = makeReview({ minutesReference: "MIN-7", custom: { room: "B" } });
    expect(ManagementReviewSchema.parse(JSON.parse(JSON.stringify(review)))).toEqual(review);
  });
});
