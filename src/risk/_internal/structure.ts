import { issue, type IsmsIssue, type IssuePath } from "../../core/index.js";
import type { RiskMatrix } from "../matrix.js";
import type { Scale } from "../scale.js";
import { at } from "../../core/_internal/index.js";

/** Duplicate keys and non-increasing values/anchors of a scale. */
export function scaleIssues(scale: Scale, path: IssuePath): IsmsIssue[] {
  const found: IsmsIssue[] = [];
  const seen = new Set<string>();
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
        issue("anchors_not_increasing", `The anchor of "${level.key}" overlaps or differs in kind from the level below it.`, [...path, "levels", index, "anchor"], "warning"),
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

/** Shape and reference errors of a matrix that make it impossible to score with. */
export function matrixStructureIssues(matrix: RiskMatrix): IsmsIssue[] {
  const found: IsmsIssue[] = [...scaleIssues(matrix.likelihood, ["likelihood"]), ...scaleIssues(matrix.consequence, ["consequence"])];
  const levelKeys = new Set<string>();
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
