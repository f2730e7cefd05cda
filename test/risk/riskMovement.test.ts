import { describe, expect, it } from "vitest";
import { riskMovement } from "../../src/risk/index.js";
import { assetRisk, m1, m2, rating } from "./fixtures.js";

describe("riskMovement", () => {
  it("reports reduction, no change, increase and unknown", () => {
    const risks = [
      assetRisk("R-1", { inherent: rating("likely", "major"), residual: rating("unlikely", "major") }),
      assetRisk("R-2", { inherent: rating("likely", "moderate"), residual: rating("possible", "moderate") }),
      assetRisk("R-3", { inherent: rating("possible", "minor"), residual: rating("likely", "major", { rationale: "New threat" }) }),
      assetRisk("R-4", { inherent: rating("likely", "major") }),
      assetRisk("R-5", { inherent: rating("likely", "major"), residual: rating("likely", "major", {}, m2) }),
      assetRisk("R-6", { inherent: rating("x", "major"), residual: rating("likely", "major") }),
    ];
    const moves = riskMovement([m1, m2], risks);
    expect(moves.map((move) => move.direction)).toEqual(["reduced", "unchanged", "increased", "unknown", "unknown", "unknown"]);
    expect(moves[0]).toMatchObject({ levelChange: -2, likelihoodChange: -2, consequenceChange: 0 });
    expect(riskMovement(m1, risks, "inherent", "inherent")[0]?.direction).toBe("unchanged");
  });
});
