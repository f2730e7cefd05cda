import { createMethodology, product5x5Preset, type AcceptanceCriteria, type Methodology, type RiskMatrix } from "../../risk/index.js";

/** Id shared by both versions of the example's risk methodology. */
export const METHOD_ID = "northwind-risk-method";

function acceptance(highReviewMonths: number): AcceptanceCriteria {
  return {
    appetite: "low",
    tolerance: "medium",
    levels: [
      { level: "low", authority: ["Risk owner"], review: { every: 12, unit: "months" }, compensatingControlsRequired: false },
      { level: "medium", authority: ["Risk owner", "CISO"], review: { every: 6, unit: "months" }, compensatingControlsRequired: false },
      {
        level: "high",
        authority: ["Risk owner", "CISO", "CEO"],
        review: { every: highReviewMonths, unit: "months" },
        compensatingControlsRequired: true,
        note: "Above tolerance: accepted only exceptionally, for a limited time, with compensating controls.",
      },
      {
        level: "very_high",
        authority: ["Risk owner", "CISO", "CEO"],
        review: { every: 1, unit: "months" },
        compensatingControlsRequired: true,
        note: "Not to be accepted except while treatment is under way; the board is informed.",
      },
    ],
  };
}

const perYear = (min: number, max: number) => ({ kind: "frequency" as const, min, max, unit: "events per year" });

/** Version 2 anchors the likelihood levels on event frequencies; the cells and bands stay the same. */
function anchoredMatrix(): RiskMatrix {
  return {
    ...product5x5Preset,
    likelihood: {
      ...product5x5Preset.likelihood,
      levels: [
        { key: "rare", label: "Rare", description: "Less than once in 20 years", anchor: perYear(0, 0.05) },
        { key: "unlikely", label: "Unlikely", description: "Once in 5 to 20 years", anchor: perYear(0.05, 0.2) },
        { key: "possible", label: "Possible", description: "Once in 1 to 5 years", anchor: perYear(0.2, 1) },
        { key: "likely", label: "Likely", description: "1 to 4 times a year", anchor: perYear(1, 4) },
        { key: "almost_certain", label: "Almost certain", description: "More than 4 times a year", anchor: perYear(4, 52) },
      ],
    },
  };
}

/**
 * Both versions of the methodology: version 1 (March 2025, the one the register was rated
 * under) and version 2 (October 2026: frequency anchors, shorter review of high risks).
 */
export function methodologies(): [Methodology, Methodology] {
  const v1 = createMethodology({
    id: METHOD_ID,
    version: 1,
    name: "Northwind risk assessment method",
    description:
      "5×5 likelihood × consequence product matrix. Appetite: low; tolerance: medium. Risks above tolerance need an approved treatment plan; " +
      "acceptance authority rises with the level of risk.",
    approvedBy: "Maya Lindqvist (CEO)",
    effectiveFrom: "2025-03-17",
    reviewDate: "2026-03-17",
    matrix: product5x5Preset,
    aggregation: { kind: "maximum" },
    consequenceMapping: { default: ["minor", "moderate", "major", "severe"] },
    acceptance: acceptance(3),
  });
  const v2 = createMethodology({
    id: METHOD_ID,
    version: 2,
    name: "Northwind risk assessment method",
    description: "Version 2: likelihood levels anchored on event frequencies per year; high risks reviewed every two months. Existing ratings move to v2 at the next reassessment.",
    approvedBy: "Maya Lindqvist (CEO)",
    effectiveFrom: "2026-10-01",
    reviewDate: "2027-10-01",
    matrix: anchoredMatrix(),
    aggregation: { kind: "maximum" },
    consequenceMapping: { default: ["minor", "moderate", "major", "severe"] },
    acceptance: acceptance(2),
  });
  return [v1, v2];
}
