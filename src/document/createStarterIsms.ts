import { defaultAssetSettings } from "../assets/index.js";
import { addYears, CatalogueIdSchema, type IsoDate } from "../core/index.js";
import { ANNEX_A } from "../catalogue/index.js";
import { createMethodology, product5x5Preset, type RiskMatrix } from "../risk/index.js";
import { createCycle } from "../cycle/index.js";
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FIELD_ORDER, type IsmsDocument } from "./schema.js";
import type { RecordKinds } from "./recordKind.js";
import { ISMS_RECORD_KINDS } from "./recordKinds.js";
import { emptyCollectionsOf, inFieldOrder, type EmptyCollections } from "./_internal/registry.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link createStarterIsms}.
 *
 * @category Document
 * @example
 * ```ts
 * const options: CreateStarterIsmsOptions = { organisation: "Northwind", date: "2026-11-27", matrix: cox3x3Preset };
 * createStarterIsms(options).methodologies[0]?.matrix.cells.length; // 3
 * ```
 */
export interface CreateStarterIsmsOptions {
  /** The organisation's name. */
  readonly organisation: string;
  /** The day the ISMS starts (the PDCA cycle's first plan phase). */
  readonly date: IsoDate;
  /**
   * The risk matrix of the starter methodology, e.g. `cox3x3Preset`, `matrix4x4Preset` or a
   * matrix of your own. Defaults to `product5x5Preset` (5×5, likelihood × impact): the
   * library itself has no default matrix, this is only the starter's choice.
   */
  readonly matrix?: RiskMatrix;
}

/**
 * Creates an empty but valid document to start an ISMS from: Annex A in scope, the default
 * classification and requirement scales, a risk methodology on the matrix given (the 5×5
 * product preset `product5x5Preset` when none is; version 1, review in a year), and a PDCA
 * cycle in its plan phase.
 *
 * @param options - organisation name, start date and optionally the risk matrix
 * @returns a new document
 * @throws `ZodError` or {@link IsmsError} `invalid_argument` when `matrix` is malformed (as {@link createMethodology} does)
 * @category Document
 * @example
 * ```ts
 * const doc = createStarterIsms({ organisation: "Northwind", date: "2026-11-27" });
 * doc.cycle.phase; // "plan"
 * const small = createStarterIsms({ organisation: "Northwind", date: "2026-11-27", matrix: cox3x3Preset });
 * ```
 */
export function createStarterIsms(options: CreateStarterIsmsOptions): IsmsDocument {
  try {
    return starterOf(ISMS_RECORD_KINDS, options);
  } catch (error) {
    throw argumentError("createStarterIsms", error);
  }
}

/** @internal A new document for a registry of record kinds: the frame, a methodology, and every required collection empty. */
export function starterOf<const R extends RecordKinds>(registry: R, options: CreateStarterIsmsOptions): IsmsDocument & EmptyCollections<R> {
  const methodology = createMethodology({
    id: "risk-method",
    version: 1,
    name: "Risk assessment method",
    matrix: options.matrix ?? product5x5Preset,
    reviewDate: addYears(options.date, 1),
  });
  const frame: IsmsDocument = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organisation: { name: options.organisation },
    cataloguesInScope: [CatalogueIdSchema.parse(ANNEX_A)],
    assetSettings: defaultAssetSettings,
    methodologies: [methodology],
    cycle: createCycle(options.date),
    // Every other collection the document requires, empty: the registry says which.
    ...emptyCollectionsOf(ISMS_RECORD_KINDS),
  };
  return inFieldOrder({ ...frame, ...emptyCollectionsOf(registry) }, DOCUMENT_FIELD_ORDER);
}
