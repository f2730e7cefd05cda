import { issue, type IsmsIssue } from "../../core/index.js";
import { splitControlRef, type ControlMapping } from "../../catalogue/index.js";
import type { ApplicabilityDecision } from "../../soa/index.js";

/**
 * The warnings `excluded_control_required_by_framework`: a mapping entry relates a control
 * the SoA excludes (its first decision says not applicable) to a requirement of another
 * catalogue in scope that is not itself excluded, so that framework needs the control. Paths
 * are relative to the mappings.
 */
export function excludedControlsRequired(mappings: readonly ControlMapping[], decisions: readonly ApplicabilityDecision[], inScope: readonly string[]): IsmsIssue[] {
  const applicable = new Map<string, boolean>();
  for (const decision of decisions) if (!applicable.has(decision.control)) applicable.set(decision.control, decision.applicable);
  const scope = new Set(inScope);
  const issues: IsmsIssue[] = [];
  mappings.forEach((mapping, m) => {
    mapping.entries.forEach((entry, e) => {
      const source = splitControlRef(entry.source)?.catalogue;
      const target = splitControlRef(entry.target)?.catalogue;
      if (source === undefined || target === undefined || source === target || !scope.has(source) || !scope.has(target)) return;
      for (const [excluded, requirement, side] of [
        [entry.source, entry.target, "source"],
        [entry.target, entry.source, "target"],
      ] as const) {
        if (applicable.get(excluded) !== false || applicable.get(requirement) === false) continue;
        issues.push(
          issue(
            "excluded_control_required_by_framework",
            `Control ${excluded} is excluded in the SoA, but requirement ${requirement} of a catalogue in scope maps to it (control mapping ${mapping.id}): that framework needs the control.`,
            [m, "entries", e, side],
            "warning",
          ),
        );
      }
    });
  });
  return issues;
}
