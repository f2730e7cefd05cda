import { describe, expect, it } from "vitest";
import { listSentence, sentence } from "../../src/oscal/_internal/sentences.js";

describe("sentence", () => {
  it.each([
    ["All of ACME", "All of ACME."],
    ["All of ACME.", "All of ACME."],
    ["  All of ACME; ", "All of ACME."],
    ["Is it?", "Is it?"],
    ["(see the annex.)", "(see the annex.)"],
    ["Paylane Payments B.V.", "Paylane Payments B.V."],
    [" ; ", ""],
  ])("makes %j the sentence %j", (value, expected) => {
    expect(sentence(value)).toBe(expected);
  });
});

describe("listSentence", () => {
  it.each([
    [[], ""],
    [["EU cloud", "Dublin office"], "EU cloud; Dublin office."],
    [["EU cloud;", "Dublin office,"], "EU cloud; Dublin office."],
    [["EU cloud.", "Dublin office"], "EU cloud. Dublin office."],
    [["  ", "Laptops"], "Laptops."],
  ])("joins %j as %j", (items, expected) => {
    expect(listSentence(items)).toBe(expected);
  });
});
