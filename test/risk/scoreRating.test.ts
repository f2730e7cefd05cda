import { describe, expect, it } from "vitest";
import { scoreRating } from "../../src/risk/index.js";
import { m1, m2, rating } from "./fixtures.js";

describe("scoreRating", () => {
  it("returns keys, indexes, level and methodology", () => {
    const score = scoreRating(m1, rating("likely", "moderate"));
    expect(score).toMatchObject({ likelihood: "likely", likelihoodIndex: 2, consequence: "moderate", consequenceIndex: 1, levelIndex: 1, methodology: { id: "acme", version: 1 } });
    expect(score.level.key).toBe("medium");
  });
  it("refuses a rating made under another version", () => {
    expect(() => scoreRating(m2, rating("likely", "moderate"))).toThrow(expect.objectContaining({ code: "unsupported_version" }));
  });
  it("restates deliberately when asked", () => {
    expect(scoreRating(m2, rating("likely", "major"), { restate: true }).level.key).toBe("high");
  });
  it("throws for keys not on the scales", () => {
    expect(() => scoreRating(m1, rating("x", "moderate"))).toThrow(/likelihood/);
    expect(() => scoreRating(m1, rating("likely", "x"))).toThrow(/consequence/);
  });
});
