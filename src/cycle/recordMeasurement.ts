import { produce, argumentError } from "../core/_internal/index.js";
import type { Measurement, Objective } from "./objective.js";

/**
 * Adds a measurement to an objective (9.1), keeping measurements in date order (a
 * measurement on a date that already has one goes after it).
 *
 * @param objective - the objective (not changed)
 * @param measurement - the new measurement
 * @returns the next objective, or the same reference when an identical measurement is already recorded
 * @category Cycle
 * @example
 * ```ts
 * const objective = doc.objectives.find((candidate) => candidate.id === "OBJ-01"); // availability at least 99.9 %
 * const next = objective && recordMeasurement(objective, { date: "2026-11-30", value: 99.95 });
 * next && latestMeasurement(next)?.value; // 99.95
 * ```
 */
export function recordMeasurement(objective: Objective, measurement: Measurement): Objective {
  try {
    const duplicate = objective.measurements.some(
      (existing) => existing.date === measurement.date && existing.value === measurement.value && existing.note === measurement.note,
    );
    if (duplicate) return objective;
    const index = objective.measurements.findIndex((existing) => existing.date > measurement.date);
    return produce(objective, (draft) => {
      draft.measurements.splice(index === -1 ? draft.measurements.length : index, 0, { ...measurement });
    });
  } catch (error) {
    throw argumentError("recordMeasurement", error);
  }
}
