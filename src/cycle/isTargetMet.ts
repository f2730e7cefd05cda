import type { Measurement, Objective, ObjectiveTarget } from "./objective.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Whether a value meets a target.
 *
 * @param target - the target
 * @param value - a measured value
 * @returns `true` when the comparison holds
 * @category Cycle
 * @example
 * ```ts
 * meetsTarget({ comparator: "at_most", value: 7 }, 5); // true
 * ```
 */
export function meetsTarget(target: ObjectiveTarget, value: number): boolean {
  try {
    switch (target.comparator) {
      case "at_least":
        return value >= target.value;
      case "at_most":
        return value <= target.value;
      case "equal":
        return value === target.value;
      default: {
        const unknown: never = target.comparator;
        return unknown;
      }
    }
  } catch (error) {
    throw argumentError("meetsTarget", error);
  }
}

/**
 * The latest measurement of an objective (the last of the latest date), on or before
 * `asOf` when given.
 *
 * @param objective - the objective
 * @param asOf - optional cut-off date
 * @returns the measurement, or `undefined` when there is none
 * @category Cycle
 * @example
 * ```ts
 * doc.objectives.map((objective) => latestMeasurement(objective, "2026-09-30")?.value); // [99.97, 96, 100, 4.1, 3]
 * ```
 */
export function latestMeasurement(objective: Objective, asOf?: string): Measurement | undefined {
  try {
    let latest: Measurement | undefined;
    for (const measurement of objective.measurements) {
      if (asOf !== undefined && measurement.date > asOf) continue;
      if (latest === undefined || measurement.date >= latest.date) latest = measurement;
    }
    return latest;
  } catch (error) {
    throw argumentError("latestMeasurement", error);
  }
}

/**
 * Whether an objective's target is met by its latest measurement (on or before `asOf`
 * when given).
 *
 * @param objective - the objective
 * @param asOf - optional cut-off date
 * @returns `true` or `false`, or `undefined` when nothing has been measured yet
 * @category Cycle
 * @example
 * ```ts
 * doc.objectives.map((objective) => `${objective.id}: ${isTargetMet(objective, "2026-11-27")}`);
 * // ["OBJ-01: false", "OBJ-02: true", "OBJ-03: true", "OBJ-04: true", "OBJ-05: false"]
 * ```
 */
export function isTargetMet(objective: Objective, asOf?: string): boolean | undefined {
  try {
    const latest = latestMeasurement(objective, asOf);
    return latest === undefined ? undefined : meetsTarget(objective.target, latest.value);
  } catch (error) {
    throw argumentError("isTargetMet", error);
  }
}
