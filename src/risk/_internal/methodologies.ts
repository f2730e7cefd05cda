import type { Methodologies, Methodology, MethodologyRef } from "../methodology.js";

// Array.isArray narrows a readonly array to any[]; this guard keeps the element type.
function isList(methodologies: Methodologies): methodologies is readonly Methodology[] {
  return Array.isArray(methodologies);
}

/** The methodology version a reference names, if held. */
export function findMethodology(methodologies: Methodologies, ref: MethodologyRef): Methodology | undefined {
  return methodologyList(methodologies).find((candidate) => candidate.id === ref.id && candidate.version === ref.version);
}

/** The list form of {@link Methodologies}. */
export function methodologyList(methodologies: Methodologies): readonly Methodology[] {
  return isList(methodologies) ? methodologies : [methodologies];
}
