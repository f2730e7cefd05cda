import type { Methodologies, Methodology, MethodologyRef } from "../methodology.js";

/** The methodology version a reference names, if held. */
export function findMethodology(methodologies: Methodologies, ref: MethodologyRef): Methodology | undefined {
  if (!Array.isArray(methodologies)) {
    const single = methodologies as Methodology;
    return single.id === ref.id && single.version === ref.version ? single : undefined;
  }
  for (const candidate of methodologies as readonly Methodology[]) {
    if (candidate.id === ref.id && candidate.version === ref.version) return candidate;
  }
  return undefined;
}

/** The list form of {@link Methodologies}. */
export function methodologyList(methodologies: Methodologies): readonly Methodology[] {
  return Array.isArray(methodologies) ? (methodologies as readonly Methodology[]) : [methodologies as Methodology];
}
