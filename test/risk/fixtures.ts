import { RiskSchema, createMethodology, cox3x3Preset, product5x5Preset, type Methodology, type Rating, type Risk } from "../../src/risk/index.js";
import { deepFreeze } from "../../src/core/_internal/index.js";

export const m1: Methodology = createMethodology({ id: "acme", name: "Acme method", reviewDate: "2027-01-31", matrix: cox3x3Preset });
export const m2: Methodology = createMethodology({ id: "acme", version: 2, name: "Acme method v2", reviewDate: "2028-01-31", matrix: product5x5Preset });

export function rating(likelihood: string, consequence: string, extra: Partial<Rating> = {}, methodology: Methodology = m1): Rating {
  return { likelihood, consequence, methodology: { id: methodology.id, version: methodology.version }, date: "2026-03-01", ...extra };
}

export function assetRisk(id: string, ratings: Risk["ratings"], extra: Record<string, unknown> = {}): Risk {
  return RiskSchema.parse({
    kind: "asset_based",
    id,
    title: `Risk ${id}`,
    owner: "CISO",
    status: "analysed",
    affectedProperties: ["confidentiality", "availability"],
    ratings,
    assets: ["A-1", "A-2"],
    threat: "Theft",
    vulnerability: "No encryption",
    ...extra,
  });
}

export function eventRisk(id: string, ratings: Risk["ratings"], extra: Record<string, unknown> = {}): Risk {
  return RiskSchema.parse({
    kind: "event_based",
    id,
    title: `Risk ${id}`,
    owner: "COO",
    status: "identified",
    affectedProperties: ["availability"],
    ratings,
    riskSource: "Criminal group",
    event: "Ransomware",
    consequenceDescription: "Production stops",
    objective: "Ship on time",
    ...extra,
  });
}

export { deepFreeze };
