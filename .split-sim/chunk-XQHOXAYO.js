import {
  at,
  deepFreeze,
  produce,
  rejectReservedKeys
} from "./chunk-Q7XSFGXC.js";
import {
  AssetIdSchema,
  CustomFieldsSchema,
  IsmsError,
  IsoDateSchema,
  MethodologyIdSchema,
  NonBlankStringSchema,
  PartySchema,
  RiskIdSchema,
  addDays,
  addMonths,
  argumentError,
  compareDates,
  hasErrors,
  issue,
  prefixIssues
} from "./chunk-7Q37T3A7.js";

// src/risk/scale.ts
import * as z from "zod";
var ScaleKeySchema = /* @__PURE__ */ z.string().min(1).max(64).regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, { message: "level keys use letters, digits and _ . -, starting with a letter, digit or _" });
var ColourSchema = /* @__PURE__ */ z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: "colours are #rrggbb" });
var LevelAnchorSchema = /* @__PURE__ */ z.strictObject({
  /** What the numbers measure. */
  kind: z.enum(["probability", "frequency", "money", "other"]),
  /** Lower bound of the range (inclusive). */
  min: z.number().finite().nonnegative(),
  /** Upper bound of the range. */
  max: z.number().finite().nonnegative(),
  /** Unit of the numbers, e.g. `"EUR"` or `"per year"`. */
  unit: NonBlankStringSchema.optional()
});
var ScaleLevelSchema = /* @__PURE__ */ z.strictObject({
  /** Stable key stored in ratings. */
  key: ScaleKeySchema,
  /** Label shown to people. */
  label: NonBlankStringSchema,
  /** What the level means, in the organisation's words. */
  description: z.string().optional(),
  /** Display colour. */
  colour: ColourSchema.optional(),
  /** Score used by formula matrices; defaults to the 1-based position on the scale. */
  value: z.number().finite().optional(),
  /** Quantitative meaning of the level. */
  anchor: LevelAnchorSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});
var ScaleSchema = /* @__PURE__ */ z.strictObject({
  /** Name of the scale, e.g. `"Likelihood"`. */
  name: NonBlankStringSchema.optional(),
  /** Levels, lowest first. */
  levels: z.array(ScaleLevelSchema).min(2).max(12),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});

// src/risk/riskLevel.ts
import * as z2 from "zod";
var RiskLevelSchema = /* @__PURE__ */ z2.strictObject({
  /** Stable key named by matrix cells and acceptance criteria. */
  key: ScaleKeySchema,
  /** Label shown to people. */
  label: NonBlankStringSchema,
  /** What the level means. */
  description: z2.string().optional(),
  /** Display colour. */
  colour: ColourSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});

// src/risk/matrix.ts
import * as z3 from "zod";
var RiskFormulaSchema = /* @__PURE__ */ z3.discriminatedUnion("kind", [
  z3.strictObject({ kind: z3.literal("product") }),
  z3.strictObject({ kind: z3.literal("sum") }),
  z3.strictObject({
    kind: z3.literal("weighted"),
    /** Weight of `L×C`. */
    product: z3.number().finite().nonnegative(),
    /** Weight of `L`. */
    likelihood: z3.number().finite().nonnegative(),
    /** Weight of `C`. */
    consequence: z3.number().finite().nonnegative(),
    /** Added to every score. */
    constant: z3.number().finite().optional()
  })
]);
var RiskBandSchema = /* @__PURE__ */ z3.strictObject({
  /** Key of the risk level. */
  level: ScaleKeySchema,
  /** Smallest score of the band. */
  from: z3.number().finite()
});
var MatrixFormulaSpecSchema = /* @__PURE__ */ z3.strictObject({
  /** The scoring formula. */
  formula: RiskFormulaSchema,
  /** Score bands in ascending order of `from` and of level. */
  bands: z3.array(RiskBandSchema).min(1)
});
var RiskMatrixSchema = /* @__PURE__ */ z3.strictObject({
  /** The likelihood scale (rows, lowest first). */
  likelihood: ScaleSchema,
  /** The consequence scale (columns, lowest first). */
  consequence: ScaleSchema,
  /** The risk levels, lowest first. */
  levels: z3.array(RiskLevelSchema).min(2).max(12),
  /** `cells[likelihoodIndex][consequenceIndex]`: a risk level key. */
  cells: z3.array(z3.array(ScaleKeySchema)),
  /** The formula the grid was generated from, when it was. */
  formula: MatrixFormulaSpecSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});

// src/risk/methodology.ts
import * as z4 from "zod";
var ReviewIntervalSchema = /* @__PURE__ */ z4.strictObject({
  /** How many units. */
  every: z4.number().int().positive(),
  /** Days or calendar months. */
  unit: z4.enum(["days", "months"])
});
var LevelAcceptanceSchema = /* @__PURE__ */ z4.strictObject({
  /** Key of the risk level. */
  level: ScaleKeySchema,
  /** Roles that must all approve an acceptance at this level. */
  authority: z4.array(PartySchema).min(1),
  /** How often ratings and acceptances at this level are reviewed. */
  review: ReviewIntervalSchema,
  /** Whether accepting a risk at this level requires compensating controls. */
  compensatingControlsRequired: z4.boolean(),
  /** A remark for people. */
  note: z4.string().optional()
});
var AcceptanceCriteriaSchema = /* @__PURE__ */ z4.strictObject({
  /** Highest risk level within the risk appetite. */
  appetite: ScaleKeySchema,
  /** Highest risk level that is tolerated; at or above `appetite`. */
  tolerance: ScaleKeySchema,
  /** One entry per risk level. */
  levels: z4.array(LevelAcceptanceSchema)
});
var AggregationSchema = /* @__PURE__ */ z4.discriminatedUnion("kind", [
  z4.strictObject({ kind: z4.literal("maximum") }),
  z4.strictObject({ kind: z4.literal("mean") }),
  z4.strictObject({
    kind: z4.literal("cumulative"),
    /** How many contributions at the maximum raise the result one level. */
    threshold: z4.number().int().min(2)
  })
]);
var ConsequenceMappingSchema = /* @__PURE__ */ z4.strictObject({
  /** Mapping per property key, e.g. `confidentiality`. */
  byProperty: rejectReservedKeys(z4.record(z4.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/), z4.array(ScaleKeySchema).min(1))).optional(),
  /** Mapping for properties without their own. */
  default: z4.array(ScaleKeySchema).min(1).optional()
});
var MethodologySchema = /* @__PURE__ */ z4.strictObject({
  /** Id shared by all versions. */
  id: MethodologyIdSchema,
  /** Version number, 1, 2, … */
  version: z4.number().int().positive(),
  /** Name for people. */
  name: NonBlankStringSchema,
  /** What the method is for and how to use it. */
  description: z4.string().optional(),
  /** Who approved this version. */
  approvedBy: PartySchema.optional(),
  /** When this version takes effect. */
  effectiveFrom: IsoDateSchema.optional(),
  /** When the method itself is next reviewed. */
  reviewDate: IsoDateSchema,
  /** The matrix with its scales and risk levels. */
  matrix: RiskMatrixSchema,
  /** Impact aggregation; `maximum` when absent. */
  aggregation: AggregationSchema.optional(),
  /** Requirement-rank to consequence mapping for suggestions. */
  consequenceMapping: ConsequenceMappingSchema.optional(),
  /** Acceptance criteria. */
  acceptance: AcceptanceCriteriaSchema,
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});
var MethodologyRefSchema = /* @__PURE__ */ z4.strictObject({
  /** Methodology id. */
  id: MethodologyIdSchema,
  /** Methodology version. */
  version: z4.number().int().positive()
});

// src/risk/risk.ts
import * as z5 from "zod";
var RatingLayerSchema = /* @__PURE__ */ z5.enum(["inherent", "current", "target", "residual"]);
var SecurityPropertyKeySchema = /* @__PURE__ */ z5.string().min(1).max(64).regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { message: "property keys are a letter followed by letters, digits or _" });
var ConsequenceSourceSchema = /* @__PURE__ */ z5.discriminatedUnion("kind", [
  z5.strictObject({
    kind: z5.literal("suggested"),
    /** The asset whose requirement decided the consequence. */
    asset: AssetIdSchema,
    /** The deciding property. */
    property: SecurityPropertyKeySchema,
    /** The requirement level key of that property. */
    requirementLevel: z5.string().min(1),
    /** The requirement's 0-based rank. */
    rank: z5.number().int().nonnegative()
  }),
  z5.strictObject({
    kind: z5.literal("override"),
    /** The suggested consequence that was overridden, if there was one. */
    suggested: ScaleKeySchema.optional(),
    /** Why the person chose another level. */
    reason: z5.string().optional()
  })
]);
var RatingSchema = /* @__PURE__ */ z5.strictObject({
  /** Likelihood level key. */
  likelihood: ScaleKeySchema,
  /** Consequence level key. */
  consequence: ScaleKeySchema,
  /** Methodology id and version the rating was made under. */
  methodology: MethodologyRefSchema,
  /** When the rating was made. */
  date: IsoDateSchema,
  /** Why. */
  rationale: NonBlankStringSchema.optional(),
  /** Who rated. */
  ratedBy: PartySchema.optional(),
  /** Where the consequence came from. */
  consequenceSource: ConsequenceSourceSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});
var RiskRatingsSchema = /* @__PURE__ */ z5.strictObject({
  /** Without controls. */
  inherent: RatingSchema.optional(),
  /** With existing controls. */
  current: RatingSchema.optional(),
  /** What the treatment plan aims for. */
  target: RatingSchema.optional(),
  /** After implemented treatment. */
  residual: RatingSchema.optional()
});
var RiskStatusSchema = /* @__PURE__ */ z5.enum(["identified", "analysed", "evaluated", "treatment_planned", "treated", "accepted", "closed"]);
var common = {
  /** Register id. */
  id: RiskIdSchema,
  /** Short title. */
  title: NonBlankStringSchema,
  /** Longer description. */
  description: z5.string().optional(),
  /**
   * The risk owner (6.1.2 c). Optional in the schema so that a draft can be stored;
   * {@link validateRisks} reports `missing_owner` as an error.
   */
  owner: PartySchema.optional(),
  /** Free category, e.g. `"Supplier"`. */
  category: NonBlankStringSchema.optional(),
  /** Life-cycle status. */
  status: RiskStatusSchema,
  /** Security properties the risk affects. */
  affectedProperties: z5.array(SecurityPropertyKeySchema),
  /** Ratings by layer. */
  ratings: RiskRatingsSchema,
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
};
var AssetBasedRiskSchema = /* @__PURE__ */ z5.strictObject({
  /** Discriminator. */
  kind: z5.literal("asset_based"),
  ...common,
  /** Affected assets. */
  assets: z5.array(AssetIdSchema).min(1),
  /** The threat. */
  threat: NonBlankStringSchema,
  /** The vulnerability it exploits. */
  vulnerability: NonBlankStringSchema
});
var EventBasedRiskSchema = /* @__PURE__ */ z5.strictObject({
  /** Discriminator. */
  kind: z5.literal("event_based"),
  ...common,
  /** Who or what could cause the event. */
  riskSource: NonBlankStringSchema,
  /** The event. */
  event: NonBlankStringSchema,
  /** The consequence for the objective. */
  consequenceDescription: NonBlankStringSchema,
  /** The objective concerned. */
  objective: NonBlankStringSchema.optional(),
  /** Assets involved, if known. */
  assets: z5.array(AssetIdSchema).optional()
});
var RiskSchema = /* @__PURE__ */ z5.discriminatedUnion("kind", [AssetBasedRiskSchema, EventBasedRiskSchema]);

// src/risk/_internal/structure.ts
function scaleIssues(scale, path) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  scale.levels.forEach((level, index) => {
    if (seen.has(level.key)) {
      found.push(issue("duplicate_level_key", `The key "${level.key}" is used by more than one level of the scale.`, [...path, "levels", index, "key"]));
    }
    seen.add(level.key);
    if (index === 0) return;
    const previous = at(scale.levels, index - 1);
    const value = level.value ?? index + 1;
    const previousValue = previous.value ?? index;
    if (!(value > previousValue)) {
      found.push(issue("values_not_increasing", `Level "${level.key}" has a value not above the level below it.`, [...path, "levels", index, "value"]));
    }
    if (level.anchor && previous.anchor && (level.anchor.min < previous.anchor.max || level.anchor.kind !== previous.anchor.kind)) {
      found.push(
        issue("anchors_not_increasing", `The anchor of "${level.key}" overlaps or differs in kind from the level below it.`, [...path, "levels", index, "anchor"], "warning")
      );
    }
    if (level.anchor && level.anchor.min > level.anchor.max) {
      found.push(issue("anchors_not_increasing", `The anchor of "${level.key}" has min above max.`, [...path, "levels", index, "anchor"], "warning"));
    }
  });
  const first = scale.levels[0];
  if (first?.anchor && first.anchor.min > first.anchor.max) {
    found.push(issue("anchors_not_increasing", `The anchor of "${first.key}" has min above max.`, [...path, "levels", 0, "anchor"], "warning"));
  }
  return found;
}
function matrixStructureIssues(matrix) {
  const found = [...scaleIssues(matrix.likelihood, ["likelihood"]), ...scaleIssues(matrix.consequence, ["consequence"])];
  const levelKeys = /* @__PURE__ */ new Set();
  matrix.levels.forEach((level, index) => {
    if (levelKeys.has(level.key)) found.push(issue("duplicate_risk_level", `The risk level key "${level.key}" is used twice.`, ["levels", index, "key"]));
    levelKeys.add(level.key);
  });
  const rows = matrix.likelihood.levels.length;
  const cols = matrix.consequence.levels.length;
  if (matrix.cells.length !== rows) {
    found.push(issue("matrix_shape", `The grid has ${matrix.cells.length} rows but the likelihood scale has ${rows} levels.`, ["cells"]));
  }
  matrix.cells.forEach((row, l) => {
    if (row.length !== cols) {
      found.push(issue("matrix_shape", `Row ${l} has ${row.length} cells but the consequence scale has ${cols} levels.`, ["cells", l]));
    }
    row.forEach((key, c) => {
      if (!levelKeys.has(key)) found.push(issue("unknown_risk_level", `Cell [${l}][${c}] names "${key}", which is not a risk level.`, ["cells", l, c]));
    });
  });
  return found;
}

// src/risk/_internal/matrixIndex.ts
var cache = /* @__PURE__ */ new WeakMap();
function keyMap(keys) {
  const map = /* @__PURE__ */ new Map();
  keys.forEach((entry, index) => map.set(entry.key, index));
  return map;
}
function matrixIndex(matrix) {
  const cached = cache.get(matrix);
  if (cached) return cached;
  const broken = matrixStructureIssues(matrix).filter((found) => found.severity === "error");
  if (broken.length > 0) {
    throw new IsmsError("invalid_argument", `The matrix cannot be used for scoring: ${broken.map((found) => found.message).join(" ")}`);
  }
  const rows = matrix.likelihood.levels.length;
  const cols = matrix.consequence.levels.length;
  const levelIndex = keyMap(matrix.levels);
  const grid = new Int32Array(rows * cols);
  for (let l = 0; l < rows; l += 1) {
    for (let c = 0; c < cols; c += 1) grid[l * cols + c] = levelIndex.get(at(at(matrix.cells, l), c));
  }
  const index = {
    likelihood: keyMap(matrix.likelihood.levels),
    consequence: keyMap(matrix.consequence.levels),
    levelIndex,
    grid,
    rows,
    cols,
    levels: matrix.levels
  };
  cache.set(matrix, index);
  return index;
}

// src/risk/levelOf.ts
function levelOf(matrix, likelihood, consequence) {
  try {
    const index = matrixIndex(matrix);
    const l = index.likelihood.get(likelihood);
    const c = index.consequence.get(consequence);
    if (l === void 0) throw new IsmsError("invalid_argument", `"${likelihood}" is not a level of the likelihood scale.`);
    if (c === void 0) throw new IsmsError("invalid_argument", `"${consequence}" is not a level of the consequence scale.`);
    return at(index.levels, at(index.grid, l * index.cols + c));
  } catch (error) {
    throw argumentError("levelOf", error);
  }
}

// src/risk/scoreRating.ts
function scoreRating(methodology, rating, options) {
  try {
    if ((rating.methodology.id !== methodology.id || rating.methodology.version !== methodology.version) && options?.restate !== true) {
      throw new IsmsError(
        "unsupported_version",
        `The rating was made under ${rating.methodology.id} v${rating.methodology.version}, not ${methodology.id} v${methodology.version}.`
      );
    }
    const index = matrixIndex(methodology.matrix);
    const likelihoodIndex = index.likelihood.get(rating.likelihood);
    const consequenceIndex = index.consequence.get(rating.consequence);
    if (likelihoodIndex === void 0) throw new IsmsError("invalid_argument", `"${rating.likelihood}" is not a level of the likelihood scale.`);
    if (consequenceIndex === void 0) throw new IsmsError("invalid_argument", `"${rating.consequence}" is not a level of the consequence scale.`);
    const levelIndex = at(index.grid, likelihoodIndex * index.cols + consequenceIndex);
    return {
      likelihood: rating.likelihood,
      likelihoodIndex,
      consequence: rating.consequence,
      consequenceIndex,
      level: at(index.levels, levelIndex),
      levelIndex,
      methodology: { id: methodology.id, version: methodology.version }
    };
  } catch (error) {
    throw argumentError("scoreRating", error);
  }
}

// src/risk/_internal/methodologies.ts
function isList(methodologies) {
  return Array.isArray(methodologies);
}
function findMethodology(methodologies, ref) {
  return methodologyList(methodologies).find((candidate) => candidate.id === ref.id && candidate.version === ref.version);
}
function methodologyList(methodologies) {
  return isList(methodologies) ? methodologies : [methodologies];
}

// src/risk/_internal/levelEvaluations.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function levelEvaluations(methodology) {
  const cached = cache2.get(methodology);
  if (cached) return cached;
  const levels = methodology.matrix.levels;
  const appetiteIndex = levels.findIndex((candidate) => candidate.key === methodology.acceptance.appetite);
  const toleranceIndex = Math.max(
    levels.findIndex((candidate) => candidate.key === methodology.acceptance.tolerance),
    appetiteIndex
  );
  const evaluations = levels.map((entry, levelIndex) => {
    const rule = methodology.acceptance.levels.find((candidate) => candidate.level === entry.key);
    return {
      level: entry.key,
      levelIndex,
      appetite: levelIndex <= appetiteIndex ? "within_appetite" : levelIndex <= toleranceIndex ? "within_tolerance" : "above_tolerance",
      authority: rule?.authority ?? [],
      review: rule?.review,
      compensatingControlsRequired: rule?.compensatingControlsRequired ?? false
    };
  });
  cache2.set(methodology, evaluations);
  return evaluations;
}

// src/risk/evaluateRisk.ts
function scoreIfPossible(methodology, rating) {
  try {
    return scoreRating(methodology, rating);
  } catch {
    return void 0;
  }
}
function standingLayer(risk) {
  try {
    if (risk.ratings.residual) return "residual";
    if (risk.ratings.current) return "current";
    if (risk.ratings.inherent) return "inherent";
    return void 0;
  } catch (error) {
    throw argumentError("standingLayer", error);
  }
}
function evaluateRisk(methodologies, risk, layer) {
  try {
    const chosen = layer ?? standingLayer(risk);
    if (chosen === void 0) return void 0;
    const rating = risk.ratings[chosen];
    if (!rating) return void 0;
    const methodology = findMethodology(methodologies, rating.methodology);
    if (!methodology) return void 0;
    const score = scoreIfPossible(methodology, rating);
    if (!score) return void 0;
    const criteria = at(levelEvaluations(methodology), score.levelIndex);
    return {
      level: criteria.level,
      levelIndex: criteria.levelIndex,
      appetite: criteria.appetite,
      authority: criteria.authority,
      review: criteria.review,
      compensatingControlsRequired: criteria.compensatingControlsRequired,
      riskId: risk.id,
      layer: chosen,
      rating,
      score
    };
  } catch (error) {
    throw argumentError("evaluateRisk", error);
  }
}

// src/risk/rateRisk.ts
function rateRisk(methodologies, risk, layer) {
  try {
    const chosen = layer ?? standingLayer(risk);
    const rating = chosen === void 0 ? void 0 : risk.ratings[chosen];
    const methodology = rating && findMethodology(methodologies, rating.methodology);
    if (!rating || !methodology) return void 0;
    try {
      return scoreRating(methodology, rating);
    } catch {
      return void 0;
    }
  } catch (error) {
    throw argumentError("rateRisk", error);
  }
}

// src/risk/matrixFromFormula.ts
function formulaScore(formula, l, c) {
  try {
    switch (formula.kind) {
      case "product":
        return l * c;
      case "sum":
        return l + c;
      case "weighted":
        return formula.product * l * c + formula.likelihood * l + formula.consequence * c + (formula.constant ?? 0);
      default: {
        const unreachable = formula;
        return unreachable;
      }
    }
  } catch (error) {
    throw argumentError("formulaScore", error);
  }
}
function values(scale, name2) {
  const result = scale.levels.map((level, index) => level.value ?? index + 1);
  result.forEach((value, index) => {
    if (index > 0 && !(value > at(result, index - 1))) throw new IsmsError("invalid_argument", `The ${name2} scale's values must increase.`);
  });
  return result;
}
function matrixFromFormula(input) {
  try {
    const lv = values(input.likelihood, "likelihood");
    const cv = values(input.consequence, "consequence");
    const usesProduct = input.formula.kind === "product" || input.formula.kind === "weighted" && input.formula.product > 0;
    if (usesProduct && (lv.some((value) => value < 0) || cv.some((value) => value < 0))) throw new IsmsError("invalid_argument", "Scale values must not be negative under a product formula.");
    if (input.bands.length === 0) throw new IsmsError("invalid_argument", "At least one band is needed.");
    const levelIndex = new Map(input.levels.map((level, index) => [level.key, index]));
    input.bands.forEach((band, index) => {
      const level = levelIndex.get(band.level);
      if (level === void 0) throw new IsmsError("invalid_argument", `Band ${index} names "${band.level}", which is not a risk level.`);
      const previous = input.bands[index - 1];
      if (previous && !(band.from > previous.from && level > levelIndex.get(previous.level))) {
        throw new IsmsError("invalid_argument", `Band ${index} must start above band ${index - 1} and name a higher level.`);
      }
    });
    const cells = lv.map(
      (l) => cv.map((c) => {
        const score = formulaScore(input.formula, l, c);
        let chosen = at(input.bands, 0);
        for (const band of input.bands) if (score >= band.from) chosen = band;
        return chosen.level;
      })
    );
    return {
      likelihood: input.likelihood,
      consequence: input.consequence,
      levels: [...input.levels],
      cells,
      formula: { formula: input.formula, bands: [...input.bands] }
    };
  } catch (error) {
    throw argumentError("matrixFromFormula", error);
  }
}

// src/risk/presets.ts
var GREEN = "#2e7d32";
var YELLOW = "#f9a825";
var ORANGE = "#ef6c00";
var RED = "#c62828";
var cox3x3Preset = /* @__PURE__ */ deepFreeze({
  likelihood: {
    name: "Likelihood",
    levels: [
      { key: "unlikely", label: "Unlikely", description: "Not expected in the next three years" },
      { key: "possible", label: "Possible", description: "Could happen in the next three years" },
      { key: "likely", label: "Likely", description: "Expected within a year" }
    ]
  },
  consequence: {
    name: "Consequence",
    levels: [
      { key: "minor", label: "Minor", description: "Absorbed in normal operations" },
      { key: "moderate", label: "Moderate", description: "Noticeable damage, recoverable within weeks" },
      { key: "major", label: "Major", description: "Serious damage to operations, finances, legal standing or reputation" }
    ]
  },
  levels: [
    { key: "low", label: "Low", colour: GREEN },
    { key: "medium", label: "Medium", colour: YELLOW },
    { key: "high", label: "High", colour: RED }
  ],
  cells: [
    ["low", "low", "low"],
    ["low", "medium", "medium"],
    ["low", "medium", "high"]
  ]
});
var matrix4x4Preset = /* @__PURE__ */ deepFreeze({
  likelihood: {
    name: "Likelihood",
    levels: [
      { key: "rare", label: "Rare" },
      { key: "occasional", label: "Occasional" },
      { key: "probable", label: "Probable" },
      { key: "frequent", label: "Frequent" }
    ]
  },
  consequence: {
    name: "Consequence",
    levels: [
      { key: "limited", label: "Limited" },
      { key: "significant", label: "Significant" },
      { key: "serious", label: "Serious" },
      { key: "critical", label: "Critical" }
    ]
  },
  levels: [
    { key: "low", label: "Low", colour: GREEN },
    { key: "medium", label: "Medium", colour: YELLOW },
    { key: "high", label: "High", colour: ORANGE },
    { key: "very_high", label: "Very high", colour: RED }
  ],
  cells: [
    ["low", "low", "low", "low"],
    ["low", "low", "medium", "medium"],
    ["low", "medium", "high", "high"],
    ["low", "medium", "high", "very_high"]
  ]
});
var product5x5Preset = /* @__PURE__ */ deepFreeze(
  matrixFromFormula({
    likelihood: {
      name: "Likelihood",
      levels: [
        { key: "rare", label: "Rare" },
        { key: "unlikely", label: "Unlikely" },
        { key: "possible", label: "Possible" },
        { key: "likely", label: "Likely" },
        { key: "almost_certain", label: "Almost certain" }
      ]
    },
    consequence: {
      name: "Consequence",
      levels: [
        { key: "insignificant", label: "Insignificant" },
        { key: "minor", label: "Minor" },
        { key: "moderate", label: "Moderate" },
        { key: "major", label: "Major" },
        { key: "severe", label: "Severe" }
      ]
    },
    levels: [
      { key: "low", label: "Low", colour: GREEN },
      { key: "medium", label: "Medium", colour: YELLOW },
      { key: "high", label: "High", colour: ORANGE },
      { key: "very_high", label: "Very high", colour: RED }
    ],
    formula: { kind: "product" },
    bands: [
      { level: "low", from: 1 },
      { level: "medium", from: 6 },
      { level: "high", from: 11 },
      { level: "very_high", from: 20 }
    ]
  })
);

// src/risk/checkMatrix.ts
var EPS = 1e-12;
function intervals(scale, given, useAnchors, name2) {
  const n = scale.levels.length;
  if (given) {
    if (given.length !== n) throw new IsmsError("invalid_argument", `${n} ${name2} intervals are needed, ${given.length} were given.`);
    return [...given];
  }
  if (useAnchors && scale.levels.every((level) => level.anchor)) return scale.levels.map((level) => [level.anchor.min, level.anchor.max]);
  return scale.levels.map((_, i) => [i / n, (i + 1) / n]);
}
var emptyResolution = { cells: 0, levelsUsed: 0, unusedLevels: [], cellsPerLevel: {}, distinctScores: 0, ties: 0, tieRate: 0, rankReversals: 0 };
function name(cell) {
  return `[${cell.l}][${cell.c}]`;
}
function checkMatrix(matrix, options = {}) {
  try {
    const structure = matrixStructureIssues(matrix);
    if (structure.some((found) => found.severity === "error")) return { findings: structure, resolution: emptyResolution };
    const findings = [...structure];
    const rows = matrix.likelihood.levels.length;
    const cols = matrix.consequence.levels.length;
    const top = matrix.levels.length - 1;
    const levelIndex = new Map(matrix.levels.map((level, index) => [level.key, index]));
    const pi = intervals(matrix.likelihood, options.likelihoodIntervals, options.useAnchors === true, "likelihood");
    const ci = intervals(matrix.consequence, options.consequenceIntervals, options.useAnchors === true, "consequence");
    const risk = options.risk ?? ((p, c) => p * c);
    const grid = [];
    for (let l = 0; l < rows; l += 1) {
      const row = [];
      for (let c = 0; c < cols; c += 1) {
        row.push({ l, c, level: levelIndex.get(at(at(matrix.cells, l), c)), lo: risk(at(pi, l)[0], at(ci, c)[0]), hi: risk(at(pi, l)[1], at(ci, c)[1]) });
      }
      grid.push(row);
    }
    const all = grid.flat();
    const cellAt = (l, c) => grid[l]?.[c];
    const labelOf = (cell) => at(matrix.levels, cell.level).key;
    for (const cell of all) {
      const left = cellAt(cell.l, cell.c - 1);
      const below = cellAt(cell.l - 1, cell.c);
      if (left && cell.level < left.level) {
        findings.push(issue("not_monotone", `Cell ${name(cell)} (${labelOf(cell)}) is lower than ${name(left)} (${labelOf(left)}) although consequence rises.`, ["cells", cell.l, cell.c]));
      }
      if (below && cell.level < below.level) {
        findings.push(issue("not_monotone", `Cell ${name(cell)} (${labelOf(cell)}) is lower than ${name(below)} (${labelOf(below)}) although likelihood rises.`, ["cells", cell.l, cell.c]));
      }
      for (const neighbour of [left, below]) {
        if (neighbour && Math.abs(cell.level - neighbour.level) > 1) {
          findings.push(issue("level_jump", `Neighbouring cells ${name(neighbour)} and ${name(cell)} are ${Math.abs(cell.level - neighbour.level)} levels apart.`, ["cells", cell.l, cell.c], "warning"));
        }
      }
    }
    if (matrix.formula) {
      try {
        const regenerated = matrixFromFormula({ likelihood: matrix.likelihood, consequence: matrix.consequence, levels: matrix.levels, ...matrix.formula });
        for (const cell of all) {
          const expected = at(at(regenerated.cells, cell.l), cell.c);
          if (expected !== labelOf(cell)) {
            findings.push(issue("formula_mismatch", `Cell ${name(cell)} is ${labelOf(cell)} but the recorded formula gives ${expected}.`, ["cells", cell.l, cell.c]));
          }
        }
      } catch (error) {
        findings.push(issue("invalid_formula", error.message, ["formula"]));
      }
    }
    const green = all.filter((cell) => cell.level === 0);
    const red = all.filter((cell) => cell.level === top);
    for (const r of red) {
      for (const g of green) {
        if (r.lo < g.hi - EPS) {
          findings.push(issue("weak_consistency", `Red cell ${name(r)} holds risks (from ${r.lo.toPrecision(3)}) below those of green cell ${name(g)} (up to ${g.hi.toPrecision(3)}).`, ["cells", r.l, r.c], "warning"));
        }
      }
    }
    for (const g of green) {
      for (const neighbour of [cellAt(g.l + 1, g.c), cellAt(g.l, g.c + 1), cellAt(g.l + 1, g.c + 1)]) {
        if (neighbour && neighbour.level === top) {
          findings.push(issue("betweenness", `Green cell ${name(g)} touches red cell ${name(neighbour)}: a small rise jumps from green to red.`, ["cells", g.l, g.c], "warning"));
        }
      }
    }
    const minLo = Math.min(...all.map((cell) => cell.lo));
    const maxHi = Math.max(...all.map((cell) => cell.hi));
    const maxGreenHi = green.length ? Math.max(...green.map((cell) => cell.hi)) : Number.NEGATIVE_INFINITY;
    const minRedLo = red.length ? Math.min(...red.map((cell) => cell.lo)) : Number.POSITIVE_INFINITY;
    for (const cell of all) {
      let reason;
      if (cell.level !== 0 && cell.lo <= minLo + EPS) reason = "it holds the smallest risk of the matrix, so it should be green";
      else if (cell.level !== top && cell.hi >= maxHi - EPS) reason = "it holds the largest risk of the matrix, so it should be red";
      else if (cell.level !== 0 && cell.hi <= maxGreenHi + EPS) reason = "none of its risks is above the highest green risk, so it should be green";
      else if (cell.level !== top && cell.lo >= minRedLo - EPS) reason = "none of its risks is below the lowest red risk, so it should be red";
      if (reason) findings.push(issue("inconsistent_colouring", `Cell ${name(cell)} (${labelOf(cell)}): ${reason}.`, ["cells", cell.l, cell.c], "warning"));
    }
    const cellsPerLevel = {};
    for (const level of matrix.levels) cellsPerLevel[level.key] = 0;
    for (const cell of all) cellsPerLevel[labelOf(cell)] += 1;
    let ties = 0;
    let rankReversals = 0;
    for (let i = 0; i < all.length; i += 1) {
      for (let j = i + 1; j < all.length; j += 1) {
        const a = at(all, i);
        const b = at(all, j);
        if (a.level === b.level) ties += 1;
        else {
          const [higher, lower] = a.level > b.level ? [a, b] : [b, a];
          if (higher.hi < lower.lo - EPS) rankReversals += 1;
        }
      }
    }
    let distinctScores = new Set(all.map(labelOf)).size;
    if (matrix.formula) {
      const { formula } = matrix.formula;
      const lv = matrix.likelihood.levels.map((level, index) => level.value ?? index + 1);
      const cv = matrix.consequence.levels.map((level, index) => level.value ?? index + 1);
      distinctScores = new Set(all.map((cell) => formulaScore(formula, at(lv, cell.l), at(cv, cell.c)))).size;
    }
    const pairs = all.length * (all.length - 1) / 2;
    return {
      findings,
      resolution: {
        cells: all.length,
        levelsUsed: Object.values(cellsPerLevel).filter((count) => count > 0).length,
        unusedLevels: matrix.levels.filter((level) => cellsPerLevel[level.key] === 0).map((level) => level.key),
        cellsPerLevel,
        distinctScores,
        ties,
        tieRate: pairs === 0 ? 0 : ties / pairs,
        rankReversals
      }
    };
  } catch (error) {
    throw argumentError("checkMatrix", error);
  }
}

// src/risk/validateMethodology.ts
function validateMethodology(methodology, options) {
  try {
    const found = prefixIssues(checkMatrix(methodology.matrix, options).findings, ["matrix"]);
    const levelIndex = new Map(methodology.matrix.levels.map((level, index) => [level.key, index]));
    const { acceptance } = methodology;
    const appetite = levelIndex.get(acceptance.appetite);
    const tolerance = levelIndex.get(acceptance.tolerance);
    if (appetite === void 0) found.push(issue("unknown_risk_level", `The appetite "${acceptance.appetite}" is not a risk level.`, ["acceptance", "appetite"]));
    if (tolerance === void 0) found.push(issue("unknown_risk_level", `The tolerance "${acceptance.tolerance}" is not a risk level.`, ["acceptance", "tolerance"]));
    if (appetite !== void 0 && tolerance !== void 0 && tolerance < appetite) {
      found.push(issue("tolerance_below_appetite", "The tolerance level is below the appetite level.", ["acceptance", "tolerance"]));
    }
    const covered = /* @__PURE__ */ new Set();
    acceptance.levels.forEach((entry, index) => {
      if (!levelIndex.has(entry.level)) found.push(issue("unknown_risk_level", `"${entry.level}" is not a risk level.`, ["acceptance", "levels", index, "level"]));
      else if (covered.has(entry.level)) found.push(issue("duplicate_acceptance_level", `The level "${entry.level}" has more than one entry.`, ["acceptance", "levels", index, "level"]));
      covered.add(entry.level);
    });
    for (const level of methodology.matrix.levels) {
      if (!covered.has(level.key)) {
        found.push(issue("missing_acceptance_level", `The acceptance criteria say nothing about the level "${level.key}".`, ["acceptance", "levels"]));
      }
    }
    const consequenceIndex = new Map(methodology.matrix.consequence.levels.map((level, index) => [level.key, index]));
    const mapping = methodology.consequenceMapping;
    const lists = [];
    if (mapping?.default) lists.push([["consequenceMapping", "default"], mapping.default]);
    for (const [property, keys] of Object.entries(mapping?.byProperty ?? {})) lists.push([["consequenceMapping", "byProperty", property], keys]);
    for (const [path, keys] of lists) {
      keys.forEach((key, index) => {
        const consequence = consequenceIndex.get(key);
        if (consequence === void 0) {
          found.push(issue("level_not_on_scale", `"${key}" is not a level of the consequence scale.`, [...path, index]));
          return;
        }
        const previous = index > 0 ? consequenceIndex.get(at(keys, index - 1)) : void 0;
        if (previous !== void 0 && consequence < previous) {
          found.push(issue("mapping_not_monotone", `A higher requirement maps to a lower consequence ("${key}").`, [...path, index], "warning"));
        }
      });
    }
    return found;
  } catch (error) {
    throw argumentError("validateMethodology", error);
  }
}

// src/risk/createMethodology.ts
function defaultAcceptance(levels) {
  try {
    if (!Array.isArray(levels) || levels.length === 0) throw new IsmsError("invalid_argument", "defaultAcceptance needs at least one risk level.");
    const top = levels.length - 1;
    const toleranceIndex = Math.max(0, top - 1);
    return {
      appetite: at(levels, 0).key,
      tolerance: at(levels, toleranceIndex).key,
      levels: levels.map(
        (level, index) => index === 0 ? { level: level.key, authority: ["Risk owner"], review: { every: 12, unit: "months" }, compensatingControlsRequired: false } : index <= toleranceIndex ? { level: level.key, authority: ["Risk owner", "CISO"], review: { every: 6, unit: "months" }, compensatingControlsRequired: false } : { level: level.key, authority: ["Risk owner", "CISO", "Top management"], review: { every: 3, unit: "months" }, compensatingControlsRequired: true }
      )
    };
  } catch (error) {
    throw argumentError("defaultAcceptance", error);
  }
}
function createMethodology(input) {
  try {
    if (typeof input !== "object" || input === null || Array.isArray(input)) MethodologySchema.parse(input);
    const matrix = RiskMatrixSchema.safeParse(input.matrix);
    const fields = {
      ...input,
      version: input.version ?? 1,
      aggregation: input.aggregation ?? { kind: "maximum" },
      acceptance: input.acceptance ?? (matrix.success ? defaultAcceptance(matrix.data.levels) : void 0)
    };
    if (fields.acceptance === void 0) MethodologySchema.extend({ acceptance: AcceptanceCriteriaSchema.optional() }).parse(fields);
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

// src/risk/evaluateLevel.ts
import * as z6 from "zod";
var AppetiteStatusSchema = /* @__PURE__ */ z6.enum(["within_appetite", "within_tolerance", "above_tolerance"]);
function evaluateLevel(methodology, level) {
  try {
    const levelIndex = methodology.matrix.levels.findIndex((candidate) => candidate.key === level);
    return levelIndex < 0 ? void 0 : levelEvaluations(methodology)[levelIndex];
  } catch (error) {
    throw argumentError("evaluateLevel", error);
  }
}

// src/risk/prioritiseRisks.ts
function compareEvaluations(a, b) {
  try {
    return b.levelIndex - a.levelIndex || b.score.consequenceIndex - a.score.consequenceIndex || b.score.likelihoodIndex - a.score.likelihoodIndex || (a.riskId < b.riskId ? -1 : a.riskId > b.riskId ? 1 : 0);
  } catch (error) {
    throw argumentError("compareEvaluations", error);
  }
}
function prioritiseRisks(methodologies, risks, layer) {
  try {
    const evaluations = [];
    for (const risk of risks) {
      const evaluation = evaluateRisk(methodologies, risk, layer);
      if (evaluation) evaluations.push(evaluation);
    }
    return evaluations.sort(compareEvaluations);
  } catch (error) {
    throw argumentError("prioritiseRisks", error);
  }
}

// src/risk/listRisksAboveTolerance.ts
function listRisksAboveTolerance(methodologies, risks, layer) {
  try {
    return prioritiseRisks(methodologies, risks, layer).filter((evaluation) => evaluation.appetite === "above_tolerance");
  } catch (error) {
    throw argumentError("listRisksAboveTolerance", error);
  }
}

// src/risk/heatMapCounts.ts
function restatedIndex(key, drawn, own) {
  const kept = drawn.get(key);
  if (kept !== void 0 || own === void 0) return kept;
  const rank = own.findIndex((level) => level.key === key);
  if (rank < 0) return void 0;
  return own.length === 1 ? 0 : Math.round(rank * (drawn.size - 1) / (own.length - 1));
}
function heatMapCounts(methodology, risks, layer, options = {}) {
  try {
    const { matrix } = methodology;
    const rows = new Map(matrix.likelihood.levels.map((level, at2) => [level.key, at2]));
    const columns = new Map(matrix.consequence.levels.map((level, at2) => [level.key, at2]));
    const ids = matrix.likelihood.levels.map(() => matrix.consequence.levels.map(() => []));
    const unrated = [];
    const notScored = [];
    const restated = [];
    let total = 0;
    for (const risk of risks) {
      const rating = risk.ratings[layer];
      if (!rating) {
        unrated.push(risk.id);
        continue;
      }
      const otherVersion = rating.methodology.id === methodology.id && rating.methodology.version !== methodology.version;
      const restate = otherVersion && options.restate === true;
      let placed = rating;
      if (restate) {
        const own = options.methodologies === void 0 ? void 0 : findMethodology(options.methodologies, rating.methodology);
        const l = restatedIndex(rating.likelihood, rows, own?.matrix.likelihood.levels);
        const c = restatedIndex(rating.consequence, columns, own?.matrix.consequence.levels);
        if (l === void 0 || c === void 0) {
          notScored.push(risk.id);
          continue;
        }
        placed = { ...rating, likelihood: at(matrix.likelihood.levels, l).key, consequence: at(matrix.consequence.levels, c).key };
      }
      try {
        const score = scoreRating(methodology, placed, { restate });
        at(at(ids, score.likelihoodIndex), score.consequenceIndex).push(risk.id);
        total += 1;
        if (restate) restated.push(risk.id);
      } catch {
        notScored.push(risk.id);
      }
    }
    const levelByKey = new Map(matrix.levels.map((level) => [level.key, level]));
    return {
      layer,
      likelihood: matrix.likelihood.levels.map(({ key, label }) => ({ key, label })),
      consequence: matrix.consequence.levels.map(({ key, label }) => ({ key, label })),
      levels: matrix.levels,
      cells: ids.map(
        (row, l) => row.map((riskIds, c) => ({
          likelihood: at(matrix.likelihood.levels, l).key,
          consequence: at(matrix.consequence.levels, c).key,
          level: levelByKey.get(matrix.cells[l]?.[c] ?? ""),
          count: riskIds.length,
          riskIds
        }))
      ),
      total,
      unrated,
      notScored,
      restated
    };
  } catch (error) {
    throw argumentError("heatMapCounts", error);
  }
}

// src/risk/riskMovement.ts
function riskMovement(methodologies, risks, from = "inherent", to = "residual") {
  try {
    const score = (risk, layer) => {
      const rating = risk.ratings[layer];
      const methodology = rating && findMethodology(methodologies, rating.methodology);
      if (!rating || !methodology) return void 0;
      try {
        return scoreRating(methodology, rating);
      } catch {
        return void 0;
      }
    };
    return risks.map((risk) => {
      const a = score(risk, from);
      const b = score(risk, to);
      const comparable = a !== void 0 && b !== void 0 && a.methodology.id === b.methodology.id && a.methodology.version === b.methodology.version;
      const levelChange = comparable ? b.levelIndex - a.levelIndex : void 0;
      return {
        riskId: risk.id,
        from: a,
        to: b,
        levelChange,
        likelihoodChange: comparable ? b.likelihoodIndex - a.likelihoodIndex : void 0,
        consequenceChange: comparable ? b.consequenceIndex - a.consequenceIndex : void 0,
        direction: levelChange === void 0 ? "unknown" : levelChange < 0 ? "reduced" : levelChange > 0 ? "increased" : "unchanged"
      };
    });
  } catch (error) {
    throw argumentError("riskMovement", error);
  }
}

// src/risk/listStaleRatings.ts
function listStaleRatings(methodologies, risks, asOf, options = {}) {
  try {
    const latest = /* @__PURE__ */ new Map();
    for (const methodology of methodologyList(methodologies)) latest.set(methodology.id, Math.max(latest.get(methodology.id) ?? 0, methodology.version));
    addDays(asOf, 0);
    const layers = options.layers ?? RatingLayerSchema.options;
    const stale = [];
    for (const risk of risks) {
      for (const layer of layers) {
        const rating = risk.ratings[layer];
        if (!rating) continue;
        const base = { riskId: risk.id, layer, date: rating.date };
        const methodology = findMethodology(methodologies, rating.methodology);
        if (!methodology) {
          stale.push({ ...base, dueDate: void 0, reason: "unknown_methodology" });
          continue;
        }
        if ((latest.get(methodology.id) ?? 0) > methodology.version) {
          stale.push({ ...base, dueDate: void 0, reason: "methodology_superseded" });
          continue;
        }
        let review;
        try {
          review = evaluateLevel(methodology, scoreRating(methodology, rating).level.key)?.review;
        } catch {
          continue;
        }
        if (!review) continue;
        const dueDate = review.unit === "days" ? addDays(rating.date, review.every) : addMonths(rating.date, review.every);
        if (dueDate < asOf) stale.push({ ...base, dueDate, reason: "review_overdue" });
      }
    }
    return stale;
  } catch (error) {
    throw argumentError("listStaleRatings", error);
  }
}

// src/risk/suggestConsequence.ts
function mapRank(methodology, property, rank, sizes) {
  const levels = methodology.matrix.consequence.levels;
  const top = levels.length - 1;
  const list = methodology.consequenceMapping?.byProperty?.[property] ?? methodology.consequenceMapping?.default;
  if (list) {
    const key = at(list, Math.min(rank, list.length - 1));
    const consequence = levels.findIndex((level) => level.key === key);
    if (consequence < 0) throw new IsmsError("invalid_argument", `The consequence mapping names "${key}", which is not a consequence level.`);
    return consequence;
  }
  const size = sizes?.[property];
  if (size !== void 0 && size > 1) return Math.min(top, Math.round(rank * top / (size - 1)));
  return Math.min(rank, top);
}
function suggestConsequence(methodology, risk, effective, options = {}) {
  try {
    const levels = methodology.matrix.consequence.levels;
    const aggregation = methodology.aggregation ?? { kind: "maximum" };
    const contributions = [];
    for (const asset of risk.assets ?? []) {
      const requirements = effective.get(asset);
      if (!requirements) continue;
      const properties = risk.affectedProperties.length > 0 ? risk.affectedProperties : Object.keys(requirements);
      for (const property of properties) {
        const requirement = requirements[property];
        if (!requirement) continue;
        const consequenceIndex = mapRank(methodology, property, requirement.rank, options.requirementScaleSizes);
        contributions.push({
          asset,
          property,
          requirementLevel: requirement.level,
          rank: requirement.rank,
          consequence: at(levels, consequenceIndex).key,
          consequenceIndex
        });
      }
    }
    let deciding;
    let aggregated;
    if (contributions.length > 0) {
      for (const contribution of contributions) if (!deciding || contribution.consequenceIndex > deciding.consequenceIndex) deciding = contribution;
      const max = deciding.consequenceIndex;
      switch (aggregation.kind) {
        case "maximum":
          aggregated = max;
          break;
        case "mean":
          aggregated = Math.ceil(contributions.reduce((sum, contribution) => sum + contribution.consequenceIndex, 0) / contributions.length);
          break;
        case "cumulative": {
          const atMax = contributions.filter((contribution) => contribution.consequenceIndex === max).length;
          aggregated = atMax >= aggregation.threshold ? Math.min(max + 1, levels.length - 1) : max;
          break;
        }
        default: {
          const unreachable = aggregation;
          return unreachable;
        }
      }
    }
    const suggested = aggregated === void 0 ? void 0 : at(levels, aggregated).key;
    if (options.override !== void 0) {
      const overrideIndex = levels.findIndex((level) => level.key === options.override);
      if (overrideIndex < 0) throw new IsmsError("invalid_argument", `"${options.override}" is not a level of the consequence scale.`);
      const source = {
        kind: "override",
        ...suggested !== void 0 ? { suggested } : {},
        ...options.reason !== void 0 ? { reason: options.reason } : {}
      };
      return { consequence: options.override, consequenceIndex: overrideIndex, source, suggested, contributions, aggregation: aggregation.kind };
    }
    if (aggregated === void 0 || !deciding) return void 0;
    return {
      consequence: suggested,
      consequenceIndex: aggregated,
      source: { kind: "suggested", asset: deciding.asset, property: deciding.property, requirementLevel: deciding.requirementLevel, rank: deciding.rank },
      suggested,
      contributions,
      aggregation: aggregation.kind
    };
  } catch (error) {
    throw argumentError("suggestConsequence", error);
  }
}

// src/risk/validateRisks.ts
function safeIndex(matrix) {
  try {
    return matrixIndex(matrix);
  } catch {
    return void 0;
  }
}
function validateRisks(risks, context) {
  try {
    const found = [];
    const assetIds = context.assetIds === void 0 ? void 0 : new Set(context.assetIds);
    const seen = /* @__PURE__ */ new Set();
    risks.forEach((risk, index) => {
      if (seen.has(risk.id)) found.push(issue("duplicate_risk_id", `The id "${risk.id}" is used by more than one risk.`, [index, "id"]));
      seen.add(risk.id);
      if (risk.owner === void 0) found.push(issue("missing_owner", `Risk ${risk.id} has no risk owner.`, [index, "owner"]));
      const listed = new Set(risk.assets ?? []);
      if (assetIds) {
        (risk.assets ?? []).forEach((asset, at2) => {
          if (!assetIds.has(asset)) found.push(issue("unknown_asset", `Risk ${risk.id} names the unknown asset "${asset}".`, [index, "assets", at2]));
        });
      }
      const levels = {};
      for (const layer of RatingLayerSchema.options) {
        const rating = risk.ratings[layer];
        if (!rating) continue;
        const path = [index, "ratings", layer];
        if (rating.consequenceSource?.kind === "suggested" && !listed.has(rating.consequenceSource.asset)) {
          found.push(
            issue("unknown_asset", `The consequence source names "${rating.consequenceSource.asset}", which risk ${risk.id} does not list.`, [...path, "consequenceSource", "asset"])
          );
        }
        const methodology = findMethodology(context.methodologies, rating.methodology);
        if (!methodology) {
          found.push(
            issue("unknown_methodology_version", `The ${layer} rating was made under ${rating.methodology.id} v${rating.methodology.version}, which is not held.`, [...path, "methodology"])
          );
          continue;
        }
        const index_ = safeIndex(methodology.matrix);
        if (!index_) continue;
        let onScale = true;
        if (!index_.likelihood.has(rating.likelihood)) {
          onScale = false;
          found.push(issue("level_not_on_scale", `"${rating.likelihood}" is not a likelihood level of ${methodology.id} v${methodology.version}.`, [...path, "likelihood"]));
        }
        if (!index_.consequence.has(rating.consequence)) {
          onScale = false;
          found.push(issue("level_not_on_scale", `"${rating.consequence}" is not a consequence level of ${methodology.id} v${methodology.version}.`, [...path, "consequence"]));
        }
        if (onScale) levels[`${layer}`] = scoreRating(methodology, rating).levelIndex;
      }
      const { current, residual } = risk.ratings;
      const sameLevels = () => {
        if (current === void 0 || residual === void 0 || current.methodology.id !== residual.methodology.id) return false;
        const a = findMethodology(context.methodologies, current.methodology)?.matrix.levels.map((level) => level.key);
        const b = findMethodology(context.methodologies, residual.methodology)?.matrix.levels.map((level) => level.key);
        return a !== void 0 && b !== void 0 && a.length === b.length && a.every((key, at2) => key === b[at2]);
      };
      const sameMethod = sameLevels();
      if (sameMethod && levels["residual"] !== void 0 && levels["current"] !== void 0 && levels["residual"] > levels["current"] && residual?.rationale === void 0) {
        found.push(
          issue("residual_worse_without_rationale", `The residual rating of ${risk.id} is worse than the current one and gives no rationale.`, [index, "ratings", "residual"], "warning")
        );
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateRisks", error);
  }
}

// src/risk/setRating.ts
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function setRating(risk, layer, rating) {
  try {
    if (sameJson(risk.ratings[layer], rating)) return risk;
    return produce(risk, (draft) => {
      if (rating === void 0) delete draft.ratings[layer];
      else draft.ratings[layer] = rating;
    });
  } catch (error) {
    throw argumentError("setRating", error);
  }
}

// src/risk/isRiskAssessed.ts
function ratedBy(rating, asOf) {
  return rating !== void 0 && (asOf === void 0 || compareDates(rating.date, asOf) <= 0);
}
function isRiskAssessed(risk, asOf) {
  try {
    return ratedBy(risk.ratings.current, asOf) || ratedBy(risk.ratings.inherent, asOf);
  } catch (error) {
    throw argumentError("isRiskAssessed", error);
  }
}
function isRiskAssessmentComplete(risks, asOf) {
  try {
    return risks.length > 0 && risks.every((risk) => isRiskAssessed(risk, asOf));
  } catch (error) {
    throw argumentError("isRiskAssessmentComplete", error);
  }
}

export {
  ScaleKeySchema,
  ColourSchema,
  LevelAnchorSchema,
  ScaleLevelSchema,
  ScaleSchema,
  RiskLevelSchema,
  RiskFormulaSchema,
  RiskBandSchema,
  MatrixFormulaSpecSchema,
  RiskMatrixSchema,
  ReviewIntervalSchema,
  LevelAcceptanceSchema,
  AcceptanceCriteriaSchema,
  AggregationSchema,
  ConsequenceMappingSchema,
  MethodologySchema,
  MethodologyRefSchema,
  RatingLayerSchema,
  SecurityPropertyKeySchema,
  ConsequenceSourceSchema,
  RatingSchema,
  RiskRatingsSchema,
  RiskStatusSchema,
  AssetBasedRiskSchema,
  EventBasedRiskSchema,
  RiskSchema,
  levelOf,
  scoreRating,
  standingLayer,
  evaluateRisk,
  rateRisk,
  formulaScore,
  matrixFromFormula,
  cox3x3Preset,
  matrix4x4Preset,
  product5x5Preset,
  checkMatrix,
  validateMethodology,
  defaultAcceptance,
  createMethodology,
  AppetiteStatusSchema,
  evaluateLevel,
  compareEvaluations,
  prioritiseRisks,
  listRisksAboveTolerance,
  heatMapCounts,
  riskMovement,
  listStaleRatings,
  suggestConsequence,
  validateRisks,
  setRating,
  isRiskAssessed,
  isRiskAssessmentComplete
};
