import { hasErrors, IsmsError } from "../core/index.js";
import { deepFreeze, argumentError, at } from "../core/_internal/index.js";
import { AcceptanceCriteriaSchema, MethodologySchema, type AcceptanceCriteria, type Aggregation, type ConsequenceMapping, type Methodology } from "./methodology.js";
import { RiskMatrixSchema, type RiskMatrix } from "./matrix.js";
import { validateMethodology } from "./validateMethodology.js";

/**
 * Input of {@link createMethodology}. Only `id`, `name`, `reviewDate` and `matrix` are required.
 *
 * @category Risk
 * @example
 * ```ts
 * const methodology = createMethodology({ id: "acme", name: "Acme risk method", reviewDate: "2027-01-31", matrix: cox3x3Preset });
 * methodology.version; // 1
 * methodology.acceptance.tolerance; // "medium"
 * ```
 */
export interface CreateMethodologyInput {
  /** Methodology id. */
  readonly id: string;
  /** Version; 1 when absent. */
  readonly version?: number;
  /** Name for people. */
  readonly name: string;
  /** Description. */
  readonly description?: string;
  /** Who approved it. */
  readonly approvedBy?: string;
  /** When it takes effect. */
  readonly effectiveFrom?: string;
  /** When the method is next reviewed. */
  readonly reviewDate: string;
  /** The matrix, e.g. one of the presets. */
  readonly matrix: RiskMatrix;
  /** Impact aggregation; maximum when absent. */
  readonly aggregation?: Aggregation;
  /** Requirement-rank to consequence mapping. */
  readonly consequenceMapping?: ConsequenceMapping;
  /** Acceptance criteria; see {@link createMethodology} for the default. */
  readonly acceptance?: AcceptanceCriteria;
}

/**
 * The default acceptance criteria for a list of risk levels: the lowest level is the
 * appetite, the second highest the tolerance; the risk owner accepts within appetite
 * (reviewed yearly), the risk owner and the CISO up to tolerance (every 6 months), and the
 * risk owner, the CISO and top management above it (every 3 months, with compensating
 * controls required).
 *
 * @param levels - the risk levels, lowest first
 * @returns acceptance criteria
 * @category Risk
 * @example
 * ```ts
 * defaultAcceptance(cox3x3Preset.levels).tolerance; // "medium"
 * ```
 */
export function defaultAcceptance(levels: RiskMatrix["levels"]): AcceptanceCriteria {
  try {
    if (!Array.isArray(levels) || levels.length === 0) throw new IsmsError("invalid_argument", "defaultAcceptance needs at least one risk level.");
    const top = levels.length - 1;
    const toleranceIndex = Math.max(0, top - 1);
    return {
      appetite: at(levels, 0).key,
      tolerance: at(levels, toleranceIndex).key,
      levels: levels.map((level, index) =>
        index === 0
          ? { level: level.key, authority: ["Risk owner"], review: { every: 12, unit: "months" as const }, compensatingControlsRequired: false }
          : index <= toleranceIndex
            ? { level: level.key, authority: ["Risk owner", "CISO"], review: { every: 6, unit: "months" as const }, compensatingControlsRequired: false }
            : { level: level.key, authority: ["Risk owner", "CISO", "Top management"], review: { every: 3, unit: "months" as const }, compensatingControlsRequired: true },
      ),
    };
  } catch (error) {
    throw argumentError("defaultAcceptance", error);
  }
}

/**
 * Builds a methodology (6.1.2) from a matrix and optional criteria, parses it and validates
 * it. The result is frozen.
 *
 * @param input - see {@link CreateMethodologyInput}
 * @returns the methodology, version 1 unless given
 * @throws `ZodError` when a field is malformed; {@link IsmsError} `invalid_argument` when
 * {@link validateMethodology} reports an error
 * @category Risk
 * @example
 * ```ts
 * const methodology = createMethodology({ id: "acme", name: "Acme", reviewDate: "2027-01-31", matrix: product5x5Preset });
 * ```
 */
export function createMethodology(input: CreateMethodologyInput): Methodology {
  try {
    // Not an object: the schema says so with a ZodError.
    if (typeof input !== "object" || input === null || Array.isArray(input)) MethodologySchema.parse(input);
    // The default acceptance is read from the matrix's levels, so it is only built from a matrix
    // that parses; otherwise the schema reports the matrix (and acceptance stays optional, so
    // that a missing matrix is not also reported as missing acceptance criteria).
    const matrix = RiskMatrixSchema.safeParse(input.matrix);
    const fields = {
      ...input,
      version: input.version ?? 1,
      aggregation: input.aggregation ?? { kind: "maximum" },
      acceptance: input.acceptance ?? (matrix.success ? defaultAcceptance(matrix.data.levels) : undefined),
    };
    if (fields.acceptance === undefined) MethodologySchema.extend({ acceptance: AcceptanceCriteriaSchema.optional() }).parse(fields);
    const methodology = MethodologySchema.parse(fields);
    const found = validateMethodology(methodology);
    if (hasErrors(found)) {
      throw new IsmsError("invalid_argument", `The methodology is not valid: ${found.filter((f) => f.severity === "error").map((f) => f.message).join(" ")}`);
    }
    return deepFreeze(methodology);
  } catch (error) {
    throw argumentError("createMethodology", error);
  }
}
