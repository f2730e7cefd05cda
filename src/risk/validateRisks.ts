import { issue, type AssetId, type IsmsIssue } from "../core/index.js";
import { matrixIndex, type MatrixIndex } from "./_internal/matrixIndex.js";
import { findMethodology } from "./_internal/methodologies.js";
import type { Methodologies, Methodology, MethodologyRef } from "./methodology.js";
import type { Rating, Risk } from "./risk.js";
import { RATING_LAYERS } from "./_internal/layers.js";
import { argumentError, at } from "../core/_internal/index.js";

function safeIndex(matrix: Methodology["matrix"]): MatrixIndex | undefined {
  try {
    return matrixIndex(matrix);
  } catch {
    return undefined;
  }
}

/**
 * findMethodology and the lookups of what it finds, answered from maps built once per call
 * instead of a search of the list for every rating.
 */
function methodologyLookup(methodologies: Methodologies): {
  find: (ref: MethodologyRef) => Methodology | undefined;
  index: (methodology: Methodology) => MatrixIndex | undefined;
  levelKeys: (methodology: Methodology) => readonly string[];
} {
  const byRef = new Map<string, Map<number, Methodology | undefined>>();
  const indexes = new Map<Methodology, MatrixIndex | undefined>();
  const keys = new Map<Methodology, readonly string[]>();
  // The last reference found: a register rates most risks under one or two versions.
  let lastId: string | undefined;
  let lastVersion: number | undefined;
  let last: Methodology | undefined;
  return {
    find: (ref) => {
      if (ref.id === lastId && ref.version === lastVersion) return last;
      // NaN never equals itself, so findMethodology finds nothing for it; a Map would.
      if (Number.isNaN(ref.version)) return findMethodology(methodologies, ref);
      let versions = byRef.get(ref.id);
      if (versions === undefined) byRef.set(ref.id, (versions = new Map()));
      const found = versions.has(ref.version) ? versions.get(ref.version) : findMethodology(methodologies, ref);
      versions.set(ref.version, found);
      lastId = ref.id;
      lastVersion = ref.version;
      last = found;
      return found;
    },
    index: (methodology) => {
      if (indexes.has(methodology)) return indexes.get(methodology);
      const index = safeIndex(methodology.matrix);
      indexes.set(methodology, index);
      return index;
    },
    levelKeys: (methodology) => {
      let found = keys.get(methodology);
      if (found === undefined) keys.set(methodology, (found = methodology.matrix.levels.map((level) => level.key)));
      return found;
    },
  };
}

type Lookup = ReturnType<typeof methodologyLookup>;

const NO_ASSETS: readonly AssetId[] = [];

/**
 * Levels compare across versions of one methodology when both versions list the same
 * levels in the same order (a new version that only re-anchors its scales, say).
 */
function sameLevels(lookup: Lookup, current: Rating | undefined, residual: Rating | undefined): boolean {
  if (current === undefined || residual === undefined || current.methodology.id !== residual.methodology.id) return false;
  const ofCurrent = lookup.find(current.methodology);
  const ofResidual = lookup.find(residual.methodology);
  const a = ofCurrent === undefined ? undefined : lookup.levelKeys(ofCurrent);
  const b = ofResidual === undefined ? undefined : lookup.levelKeys(ofResidual);
  return a !== undefined && b !== undefined && a.length === b.length && a.every((key, position) => key === b[position]);
}

/**
 * Context of {@link validateRisks}.
 *
 * @category Risk
 * @example
 * ```ts
 * const context: ValidateRisksContext = { methodologies: doc.methodologies, assetIds: new Set(doc.assets.map((a) => a.id)) };
 * validateRisks(doc.risks, context); // []
 * ```
 */
export interface ValidateRisksContext {
  /** The methodology versions the document holds. */
  readonly methodologies: Methodologies;
  /** Ids of the assets in the register; asset references are checked only when given. */
  readonly assetIds?: ReadonlySet<AssetId> | readonly AssetId[];
}

/**
 * Validates a risk register (6.1.2) and returns every issue at once, paths relative to the
 * array. Codes: `duplicate_risk_id`, `missing_owner`, `unknown_asset` (also a consequence
 * source naming an asset the risk does not list), `unknown_methodology_version` (a rating
 * made under a version not held), `level_not_on_scale` (a likelihood or consequence key not
 * on its scale), `residual_worse_without_rationale` (warning: the residual level is above
 * the current one and the residual rating gives no rationale; ratings under two versions of
 * one methodology compare when both versions list the same levels in the same order).
 *
 * @param risks - the register
 * @param context - methodologies and asset ids
 * @returns issues
 * @category Risk
 * @example
 * ```ts
 * validateRisks(doc.risks, { methodologies: doc.methodologies }).map((found) => found.code); // []
 * // Without version 1, every rating made under it is reported:
 * validateRisks(doc.risks, { methodologies: currentMethodology(doc) }).map((found) => found.code);
 * // ["unknown_methodology_version", "unknown_methodology_version", …]
 * ```
 */
export function validateRisks(risks: readonly Risk[], context: ValidateRisksContext): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const assetIds = context.assetIds === undefined ? undefined : new Set<string>(context.assetIds);
    const seen = new Set<string>();
    const lookup = methodologyLookup(context.methodologies);
    for (let index = 0; index < risks.length; index += 1) {
      const risk = at(risks, index);
      if (seen.has(risk.id)) found.push(issue("duplicate_risk_id", `The id "${risk.id}" is used by more than one risk.`, [index, "id"]));
      seen.add(risk.id);
      if (risk.owner === undefined) found.push(issue("missing_owner", `Risk ${risk.id} has no risk owner.`, [index, "owner"]));
      const assets = risk.assets ?? NO_ASSETS;
      if (assetIds) {
        for (let position = 0; position < assets.length; position += 1) {
          const asset = at(assets, position);
          if (!assetIds.has(asset)) found.push(issue("unknown_asset", `Risk ${risk.id} names the unknown asset "${asset}".`, [index, "assets", position]));
        }
      }
      // The level indexes of the current and residual ratings, the only ones compared below.
      let currentLevel: number | undefined;
      let residualLevel: number | undefined;
      for (const layer of RATING_LAYERS) {
        const rating = risk.ratings[layer];
        if (!rating) continue;
        if (rating.consequenceSource?.kind === "suggested" && !assets.includes(rating.consequenceSource.asset)) {
          found.push(
            issue("unknown_asset", `The consequence source names "${rating.consequenceSource.asset}", which risk ${risk.id} does not list.`, [index, "ratings", layer, "consequenceSource", "asset"]),
          );
        }
        const methodology = lookup.find(rating.methodology);
        if (!methodology) {
          found.push(
            issue("unknown_methodology_version", `The ${layer} rating was made under ${rating.methodology.id} v${rating.methodology.version}, which is not held.`, [index, "ratings", layer, "methodology"]),
          );
          continue;
        }
        const index_ = lookup.index(methodology);
        if (!index_) continue; // a malformed matrix is validateMethodology's to report
        const likelihood = index_.likelihood.get(rating.likelihood);
        const consequence = index_.consequence.get(rating.consequence);
        if (likelihood === undefined) {
          found.push(issue("level_not_on_scale", `"${rating.likelihood}" is not a likelihood level of ${methodology.id} v${methodology.version}.`, [index, "ratings", layer, "likelihood"]));
        }
        if (consequence === undefined) {
          found.push(issue("level_not_on_scale", `"${rating.consequence}" is not a consequence level of ${methodology.id} v${methodology.version}.`, [index, "ratings", layer, "consequence"]));
        }
        if (likelihood !== undefined && consequence !== undefined) {
          // scoreRating's level index, read from the same index without the score object.
          const levelIndex = at(index_.grid, likelihood * index_.cols + consequence);
          if (layer === "current") currentLevel = levelIndex;
          else if (layer === "residual") residualLevel = levelIndex;
        }
      }
      const { current, residual } = risk.ratings;
      if (residualLevel !== undefined && currentLevel !== undefined && residualLevel > currentLevel && residual?.rationale === undefined && sameLevels(lookup, current, residual)) {
        found.push(
          issue("residual_worse_without_rationale", `The residual rating of ${risk.id} is worse than the current one and gives no rationale.`, [index, "ratings", "residual"], "warning"),
        );
      }
    }
    return found;
  } catch (error) {
    throw argumentError("validateRisks", error);
  }
}
