import {
  ClauseIdSchema,
  ControlRefSchema,
  annexA,
  clauses
} from "./chunk-JXVDKXIR.js";
import {
  deepFreeze,
  partyKey,
  produce,
  rejectReservedKeys
} from "./chunk-Q7XSFGXC.js";
import {
  ActionIdSchema,
  AuditIdSchema,
  CustomFieldsSchema,
  FindingIdSchema,
  IsmsError,
  IsoDateSchema,
  NonBlankStringSchema,
  NonconformityIdSchema,
  ObjectiveIdSchema,
  PartySchema,
  ReviewIdSchema,
  addDays,
  addYears,
  argumentError,
  err,
  isIsoDate,
  issue,
  ok,
  prefixIssues
} from "./chunk-7Q37T3A7.js";

// src/cycle/actions.ts
import * as z from "zod";
var ActionItemStatusSchema = z.enum(["planned", "in_progress", "done", "cancelled"]);
function actionShape() {
  return {
    id: ActionIdSchema,
    description: NonBlankStringSchema,
    owner: PartySchema,
    due: IsoDateSchema,
    status: ActionItemStatusSchema,
    /** The date the action was completed; required when the status is `done`. */
    completed: IsoDateSchema.optional(),
    custom: CustomFieldsSchema.optional()
  };
}
var CorrectiveActionSchema = z.strictObject(actionShape());
var ReviewActionSchema = z.strictObject(actionShape());

// src/cycle/pdca.ts
import * as z2 from "zod";
var PdcaPhaseSchema = z2.enum(["plan", "do", "check", "act"]);
var PdcaEventSchema = z2.enum(["start_operation", "start_evaluation", "start_improvement", "restart"]);
var ExitCriterionSchema = z2.strictObject({
  code: z2.string().regex(/^[a-z][a-z0-9_]*$/),
  message: NonBlankStringSchema
});
var ExitCriteriaResultSchema = z2.strictObject({
  passed: z2.boolean(),
  met: z2.array(ExitCriterionSchema),
  missing: z2.array(ExitCriterionSchema)
});
var PdcaHistoryEntrySchema = z2.strictObject({
  cycle: z2.number().int().min(1),
  phase: PdcaPhaseSchema,
  entered: IsoDateSchema,
  event: PdcaEventSchema.optional(),
  by: PartySchema.optional(),
  evidence: ExitCriteriaResultSchema.optional()
});
var PdcaCycleSchema = z2.strictObject({
  cycle: z2.number().int().min(1),
  phase: PdcaPhaseSchema,
  history: z2.array(PdcaHistoryEntrySchema).min(1),
  custom: CustomFieldsSchema.optional()
});

// src/cycle/pdcaTransitions.ts
var pdcaTransitions = /* @__PURE__ */ deepFreeze([
  { event: "start_operation", from: "plan", to: "do", nextCycle: false },
  { event: "start_evaluation", from: "do", to: "check", nextCycle: false },
  { event: "start_improvement", from: "check", to: "act", nextCycle: false },
  { event: "restart", from: "act", to: "plan", nextCycle: true }
]);

// src/cycle/_internal/exitRules.ts
var EXIT_RULES = {
  plan: [
    { code: "missing_scope", message: "The ISMS scope (4.3) is defined.", holds: (f) => f.hasScope },
    { code: "missing_approved_policy", message: "The information security policy (5.2) is approved.", holds: (f) => f.approvedPolicy },
    { code: "missing_risk_methodology", message: "A risk methodology with risk criteria (6.1.2 a) exists.", holds: (f) => f.hasMethodology },
    { code: "risk_assessment_incomplete", message: "The risk assessment (6.1.2) is complete.", holds: (f) => f.riskAssessmentComplete },
    { code: "treatment_plan_not_approved", message: "The risk owners approved the risk treatment plan (6.1.3 e\u2013f).", holds: (f) => f.treatmentPlanApproved },
    { code: "soa_not_approved", message: "The Statement of Applicability (6.1.3 d) is approved.", holds: (f) => f.soaApproved },
    { code: "missing_objectives", message: "Information security objectives (6.2) are set.", holds: (f) => f.objectivesDefined }
  ],
  do: [
    { code: "no_audit_planned", message: "The audit programme (9.2.2) plans at least one internal audit in this cycle.", holds: (f) => f.plannedAuditsInCycle > 0 }
  ],
  check: [
    { code: "no_internal_audit_in_cycle", message: "At least one internal audit (9.2) was completed in this cycle.", holds: (f) => f.completedAuditsInCycle > 0 },
    { code: "no_management_review_in_cycle", message: "At least one management review (9.3) was held in this cycle.", holds: (f) => f.completedReviewsInCycle > 0 }
  ],
  act: [
    {
      code: "major_nonconformity_without_corrective_action",
      message: "Every major nonconformity has a corrective action (10.2).",
      holds: (f) => f.majorNonconformitiesWithoutCorrectiveAction.length === 0
    }
  ]
};

// src/cycle/checkExitCriteria.ts
function missingMessage(rule, facts) {
  if (rule.code === "major_nonconformity_without_corrective_action") {
    return `Major nonconformities without a corrective action (10.2): ${facts.majorNonconformitiesWithoutCorrectiveAction.join(", ")}.`;
  }
  return `Not yet: ${rule.message.charAt(0).toLowerCase()}${rule.message.slice(1)}`;
}
function checkExitCriteria(phase, facts) {
  try {
    const met = [];
    const missing = [];
    for (const rule of EXIT_RULES[phase]) {
      if (rule.holds(facts)) met.push({ code: rule.code, message: rule.message });
      else missing.push({ code: rule.code, message: missingMessage(rule, facts) });
    }
    return { passed: missing.length === 0, met, missing };
  } catch (error) {
    throw argumentError("checkExitCriteria", error);
  }
}

// src/cycle/createCycle.ts
function createCycle(startDate, options = {}) {
  if (!isIsoDate(startDate)) throw new IsmsError("invalid_date", `"${startDate}" is not a calendar date in the form YYYY-MM-DD`);
  const cycle = options.cycle ?? 1;
  if (!Number.isInteger(cycle) || cycle < 1) throw new IsmsError("invalid_argument", `cycle number ${cycle} must be a positive integer`);
  return {
    cycle,
    phase: "plan",
    history: [{ cycle, phase: "plan", entered: startDate, ...options.by === void 0 ? {} : { by: options.by } }]
  };
}

// src/cycle/_internal/guards.ts
function findTransition(phase, event) {
  return pdcaTransitions.find((row) => row.from === phase && row.event === event);
}
function fitsPhase(phase, result) {
  const expected = EXIT_RULES[phase].map((rule) => rule.code);
  const listed = [...result.met, ...result.missing].map((item) => item.code);
  const distinct = new Set(listed);
  return result.passed === (result.missing.length === 0) && listed.length === expected.length && distinct.size === listed.length && expected.every((code) => distinct.has(code));
}
function evaluateGuards(phase, guards) {
  if ("passed" in guards) {
    if (fitsPhase(phase, guards)) return guards;
    return {
      passed: false,
      met: [],
      missing: [
        {
          code: "guard_result_mismatch",
          message: `The guard result given does not belong to the ${phase} phase: it must list each of its exit criteria once, met or missing, and pass only when nothing is missing.`
        }
      ]
    };
  }
  return checkExitCriteria(phase, guards);
}

// src/cycle/transition.ts
function transition(cycle, event, options) {
  try {
    if (!isIsoDate(options.date)) throw new IsmsError("invalid_date", `"${options.date}" is not a calendar date in the form YYYY-MM-DD`);
    const row = findTransition(cycle.phase, event);
    if (row === void 0) {
      return err([issue("illegal_event", `Event "${event}" is not allowed in the ${cycle.phase} phase.`, ["phase"])]);
    }
    const last = cycle.history[cycle.history.length - 1];
    if (last !== void 0 && options.date < last.entered) {
      return err([
        issue(
          "date_before_last_transition",
          `The transition date ${options.date} is before ${last.entered}, when the ${last.phase} phase was entered.`,
          ["history", cycle.history.length - 1, "entered"]
        )
      ]);
    }
    const evidence = evaluateGuards(cycle.phase, options.guards);
    if (!evidence.passed) {
      return err(evidence.missing.map((item) => issue(item.code, item.message, ["phase"])));
    }
    const nextNumber = row.nextCycle ? cycle.cycle + 1 : cycle.cycle;
    const entry = {
      cycle: nextNumber,
      phase: row.to,
      entered: options.date,
      event,
      ...options.by === void 0 ? {} : { by: options.by },
      evidence: { passed: evidence.passed, met: [...evidence.met], missing: [...evidence.missing] }
    };
    return ok(
      produce(cycle, (draft) => {
        draft.cycle = nextNumber;
        draft.phase = row.to;
        draft.history.push(entry);
      })
    );
  } catch (error) {
    throw argumentError("transition", error);
  }
}

// src/cycle/can.ts
function can(cycle, event, guards) {
  try {
    return findTransition(cycle.phase, event) !== void 0 && evaluateGuards(cycle.phase, guards).passed;
  } catch (error) {
    throw argumentError("can", error);
  }
}

// src/cycle/nextEvents.ts
function nextEvents(cycle, guards) {
  try {
    const legal = pdcaTransitions.filter((row) => row.from === cycle.phase).map((row) => row.event);
    if (guards === void 0) return legal;
    return evaluateGuards(cycle.phase, guards).passed ? legal : [];
  } catch (error) {
    throw argumentError("nextEvents", error);
  }
}

// src/cycle/cycleStartDate.ts
function cycleStartDate(cycle) {
  try {
    for (let index = cycle.history.length - 1; index >= 0; index -= 1) {
      const entry = cycle.history[index];
      if (entry !== void 0 && entry.cycle === cycle.cycle && entry.phase === "plan") return entry.entered;
    }
    const first = cycle.history.find((entry) => entry.cycle === cycle.cycle) ?? cycle.history[0];
    return first?.entered ?? "";
  } catch (error) {
    throw argumentError("cycleStartDate", error);
  }
}

// src/cycle/validateCycle.ts
function validateCycle(cycle) {
  try {
    const found = [];
    const first = cycle.history[0];
    if (first?.event !== void 0) {
      found.push(issue("first_entry_with_event", "The first history entry records no event: nothing came before it.", ["history", 0, "event"]));
    }
    for (let index = 1; index < cycle.history.length; index += 1) {
      const previous = cycle.history[index - 1];
      const entry = cycle.history[index];
      if (previous === void 0 || entry === void 0) continue;
      const row = pdcaTransitions.find((candidate) => candidate.from === previous.phase && candidate.to === entry.phase);
      const expectedCycle = row?.nextCycle ? previous.cycle + 1 : previous.cycle;
      if (row === void 0 || entry.event !== row.event || entry.cycle !== expectedCycle) {
        found.push(
          issue(
            "inconsistent_history",
            `History entry ${index} (${entry.phase}, cycle ${entry.cycle}, event ${entry.event ?? "none"}) cannot follow ${previous.phase} in cycle ${previous.cycle}.`,
            ["history", index]
          )
        );
      }
      if (entry.entered < previous.entered) {
        found.push(issue("history_date_order", `History entry ${index} is dated before the entry that precedes it.`, ["history", index, "entered"]));
      }
    }
    const last = cycle.history[cycle.history.length - 1];
    if (last !== void 0 && last.phase !== cycle.phase) {
      found.push(issue("phase_mismatch", `The cycle is in ${cycle.phase} but its last history entry is ${last.phase}.`, ["phase"]));
    }
    if (last !== void 0 && last.cycle !== cycle.cycle) {
      found.push(issue("cycle_number_mismatch", `The cycle number is ${cycle.cycle} but the last history entry is in cycle ${last.cycle}.`, ["cycle"]));
    }
    return found;
  } catch (error) {
    throw argumentError("validateCycle", error);
  }
}

// src/cycle/objective.ts
import * as z3 from "zod";
var TargetComparatorSchema = z3.enum(["at_least", "at_most", "equal"]);
var ObjectiveTargetSchema = z3.strictObject({
  comparator: TargetComparatorSchema,
  value: z3.number().finite(),
  unit: z3.string().min(1).optional()
});
var MeasurementSchema = z3.strictObject({
  date: IsoDateSchema,
  value: z3.number().finite(),
  note: z3.string().optional()
});
var ObjectiveStatusSchema = z3.enum(["planned", "in_progress", "achieved", "not_achieved", "cancelled"]);
var ObjectiveSchema = z3.strictObject({
  id: ObjectiveIdSchema,
  objective: NonBlankStringSchema,
  measure: NonBlankStringSchema,
  target: ObjectiveTargetSchema,
  owner: PartySchema,
  due: IsoDateSchema,
  status: ObjectiveStatusSchema,
  measurements: z3.array(MeasurementSchema),
  custom: CustomFieldsSchema.optional()
});

// src/cycle/isTargetMet.ts
function meetsTarget(target, value) {
  try {
    switch (target.comparator) {
      case "at_least":
        return value >= target.value;
      case "at_most":
        return value <= target.value;
      case "equal":
        return value === target.value;
      default: {
        const unknown = target.comparator;
        return unknown;
      }
    }
  } catch (error) {
    throw argumentError("meetsTarget", error);
  }
}
function latestMeasurement(objective, asOf) {
  try {
    let latest;
    for (const measurement of objective.measurements) {
      if (asOf !== void 0 && measurement.date > asOf) continue;
      if (latest === void 0 || measurement.date >= latest.date) latest = measurement;
    }
    return latest;
  } catch (error) {
    throw argumentError("latestMeasurement", error);
  }
}
function isTargetMet(objective, asOf) {
  try {
    const latest = latestMeasurement(objective, asOf);
    return latest === void 0 ? void 0 : meetsTarget(objective.target, latest.value);
  } catch (error) {
    throw argumentError("isTargetMet", error);
  }
}

// src/cycle/recordMeasurement.ts
function recordMeasurement(objective, measurement) {
  try {
    const duplicate = objective.measurements.some(
      (existing) => existing.date === measurement.date && existing.value === measurement.value && existing.note === measurement.note
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

// src/cycle/_internal/duplicates.ts
function duplicateIdIssues(ids, code, noun, pathOf) {
  const seen = /* @__PURE__ */ new Set();
  const found = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) found.push(issue(code, `${noun} id "${id}" is used more than once.`, pathOf(index)));
    seen.add(id);
  });
  return found;
}

// src/cycle/validateObjectives.ts
function validateObjectives(objectives, options = {}) {
  try {
    const found = duplicateIdIssues(
      objectives.map((objective) => objective.id),
      "duplicate_objective_id",
      "Objective",
      (index) => [index, "id"]
    );
    objectives.forEach((objective, index) => {
      for (let m = 1; m < objective.measurements.length; m += 1) {
        if ((objective.measurements[m]?.date ?? "") < (objective.measurements[m - 1]?.date ?? "")) {
          found.push(issue("measurements_out_of_order", `Objective ${objective.id}: measurement ${m} is dated before the one that precedes it.`, [index, "measurements", m, "date"]));
        }
      }
      if (objective.status === "achieved" && isTargetMet(objective) !== true) {
        found.push(
          issue("achieved_without_met_target", `Objective ${objective.id} is marked achieved but its latest measurement does not meet the target.`, [index, "status"], "warning")
        );
      }
      const open = objective.status === "planned" || objective.status === "in_progress";
      if (options.asOf !== void 0 && open && objective.due < options.asOf) {
        found.push(issue("objective_overdue", `Objective ${objective.id} was due on ${objective.due} and is still open.`, [index, "due"], "warning"));
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateObjectives", error);
  }
}

// src/cycle/audit.ts
import * as z4 from "zod";
var FindingGradeSchema = z4.enum(["major_nonconformity", "minor_nonconformity", "observation", "opportunity_for_improvement"]);
var FindingSchema = z4.strictObject({
  id: FindingIdSchema,
  grade: FindingGradeSchema,
  description: NonBlankStringSchema,
  clauses: z4.array(ClauseIdSchema).optional(),
  controls: z4.array(ControlRefSchema).optional(),
  custom: CustomFieldsSchema.optional()
});
var AuditStatusSchema = z4.enum(["planned", "in_progress", "completed", "cancelled"]);
var AuditSchema = z4.strictObject({
  id: AuditIdSchema,
  title: NonBlankStringSchema,
  scope: NonBlankStringSchema,
  criteria: z4.array(NonBlankStringSchema),
  clauses: z4.array(ClauseIdSchema),
  controls: z4.array(ControlRefSchema),
  plannedDate: IsoDateSchema,
  performedDate: IsoDateSchema.optional(),
  status: AuditStatusSchema,
  auditors: z4.array(PartySchema).min(1),
  auditees: z4.array(PartySchema),
  findings: z4.array(FindingSchema),
  reportReference: z4.string().min(1).optional(),
  custom: CustomFieldsSchema.optional()
});
var AuditProgrammeSchema = z4.strictObject({
  owner: PartySchema,
  period: z4.strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
  audits: z4.array(AuditSchema),
  custom: CustomFieldsSchema.optional()
});

// src/cycle/auditCoverage.ts
function topLevel(id) {
  return id.split(".")[0] ?? id;
}
function auditCoverage(audits) {
  try {
    const touched = /* @__PURE__ */ new Set();
    const controls = [];
    for (const audit of audits) {
      if (audit.status === "cancelled") continue;
      for (const clause of audit.clauses) touched.add(topLevel(clause));
      for (const control of audit.controls) if (!controls.includes(control)) controls.push(control);
    }
    const top = clauses.filter((clause) => clause.kind === "clause").map((clause) => clause.id);
    return {
      coveredClauses: top.filter((id) => touched.has(id)),
      uncoveredClauses: top.filter((id) => !touched.has(id)),
      coveredControls: controls,
      uncoveredAnnexA: annexA.map((control) => `annex-a:${control.id}`).filter((ref) => !controls.includes(ref))
    };
  } catch (error) {
    throw argumentError("auditCoverage", error);
  }
}

// src/cycle/validateAudits.ts
function validateAudits(audits, options = {}) {
  try {
    const found = duplicateIdIssues(audits.map((audit) => audit.id), "duplicate_audit_id", "Audit", (index) => [index, "id"]);
    const findingPaths = [];
    const findingIds = [];
    audits.forEach((audit, index) => {
      const auditees = new Set(audit.auditees.map(partyKey));
      audit.auditors.forEach((auditor, a) => {
        if (auditees.has(partyKey(auditor))) {
          found.push(issue("independence_violation", `Audit ${audit.id}: ${auditor} would audit their own work.`, [index, "auditors", a]));
        }
      });
      if (audit.status === "completed" && audit.performedDate === void 0) {
        found.push(issue("completed_audit_without_date", `Audit ${audit.id} is completed but has no performed date.`, [index, "performedDate"]));
      }
      if (audit.status === "planned" && audit.findings.length > 0) {
        found.push(issue("findings_on_planned_audit", `Audit ${audit.id} is only planned but already has findings.`, [index, "findings"]));
      }
      if (audit.clauses.length === 0 && audit.controls.length === 0) {
        found.push(issue("audit_without_coverage", `Audit ${audit.id} covers no clause and no control.`, [index], "warning"));
      }
      audit.findings.forEach((finding, f) => {
        findingIds.push(finding.id);
        findingPaths.push([index, "findings", f, "id"]);
        const referenced = (finding.clauses?.length ?? 0) + (finding.controls?.length ?? 0) > 0;
        const isNonconformity = finding.grade === "major_nonconformity" || finding.grade === "minor_nonconformity";
        if (!referenced) {
          found.push(
            issue(
              "finding_without_reference",
              `Finding ${finding.id} of audit ${audit.id} names no clause or control.`,
              [index, "findings", f],
              isNonconformity ? "error" : "warning"
            )
          );
        }
        if (isNonconformity && options.nonconformities !== void 0) {
          const followed = options.nonconformities.some(
            (nc) => nc.source.kind === "audit" && nc.source.audit === audit.id && nc.source.finding === finding.id
          );
          if (!followed) {
            found.push(
              issue("finding_without_nonconformity", `Finding ${finding.id} of audit ${audit.id} is a nonconformity with no nonconformity record (10.2).`, [index, "findings", f], "warning")
            );
          }
        }
      });
    });
    found.push(...duplicateIdIssues(findingIds, "duplicate_finding_id", "Finding", (i) => findingPaths[i] ?? []));
    return found;
  } catch (error) {
    throw argumentError("validateAudits", error);
  }
}
function validateAuditProgramme(programme, options = {}) {
  try {
    const found = prefixIssues(validateAudits(programme.audits, options), ["audits"]);
    const { start, end } = programme.period;
    if (end < start) found.push(issue("invalid_programme_period", "The programme period ends before it starts.", ["period"]));
    programme.audits.forEach((audit, index) => {
      if (audit.plannedDate < start || audit.plannedDate > end) {
        found.push(
          issue("audit_outside_programme_period", `Audit ${audit.id} is planned on ${audit.plannedDate}, outside ${start} \u2013 ${end}.`, ["audits", index, "plannedDate"], "warning")
        );
      }
    });
    for (const clause of auditCoverage(programme.audits).uncoveredClauses) {
      found.push(issue("clause_not_audited", `No audit in the programme covers clause ${clause}.`, ["audits"], "warning"));
    }
    return found;
  } catch (error) {
    throw argumentError("validateAuditProgramme", error);
  }
}

// src/cycle/nonconformity.ts
import * as z5 from "zod";
var NonconformitySourceSchema = z5.discriminatedUnion("kind", [
  z5.strictObject({ kind: z5.literal("audit"), audit: AuditIdSchema, finding: FindingIdSchema.optional() }),
  z5.strictObject({ kind: z5.literal("review"), review: ReviewIdSchema }),
  z5.strictObject({ kind: z5.literal("incident"), reference: z5.string().min(1).optional() }),
  z5.strictObject({ kind: z5.literal("other"), reference: z5.string().min(1).optional() })
]);
var NonconformityStatusSchema = z5.enum([
  "open",
  "correction_done",
  "root_cause_found",
  "action_planned",
  "action_done",
  "effective",
  "closed"
]);
var NonconformitySeveritySchema = z5.enum(["major", "minor"]);
var EffectivenessReviewSchema = z5.strictObject({
  date: IsoDateSchema,
  by: PartySchema,
  effective: z5.boolean(),
  note: z5.string().optional()
});
var NonconformitySchema = z5.strictObject({
  id: NonconformityIdSchema,
  source: NonconformitySourceSchema,
  severity: NonconformitySeveritySchema,
  description: NonBlankStringSchema,
  raised: IsoDateSchema,
  owner: PartySchema,
  clauses: z5.array(ClauseIdSchema).optional(),
  controls: z5.array(ControlRefSchema).optional(),
  status: NonconformityStatusSchema,
  correction: z5.strictObject({ description: NonBlankStringSchema, date: IsoDateSchema }).optional(),
  rootCause: z5.strictObject({ description: NonBlankStringSchema, date: IsoDateSchema, method: z5.string().min(1).optional() }).optional(),
  correctiveActions: z5.array(CorrectiveActionSchema),
  effectivenessReview: EffectivenessReviewSchema.optional(),
  closure: z5.strictObject({ date: IsoDateSchema, by: PartySchema }).optional(),
  custom: CustomFieldsSchema.optional()
});

// src/cycle/advanceNonconformity.ts
import { castDraft } from "immer";
import * as z6 from "zod";

// src/cycle/_internal/actionDates.ts
function latestCompletion(nc) {
  let latest;
  for (const action of nc.correctiveActions) {
    if (action.status === "cancelled" || action.completed === void 0) continue;
    if (latest === void 0 || action.completed > latest) latest = action.completed;
  }
  return latest;
}

// src/cycle/advanceNonconformity.ts
var NonconformityEventSchema = z6.discriminatedUnion("kind", [
  z6.strictObject({ kind: z6.literal("record_correction"), description: NonBlankStringSchema, date: IsoDateSchema }),
  z6.strictObject({
    kind: z6.literal("record_root_cause"),
    description: NonBlankStringSchema,
    date: IsoDateSchema,
    method: z6.string().min(1).optional()
  }),
  z6.strictObject({ kind: z6.literal("plan_action"), action: CorrectiveActionSchema }),
  z6.strictObject({
    kind: z6.literal("update_action"),
    action: ActionIdSchema,
    status: z6.enum(["in_progress", "done", "cancelled"]),
    date: IsoDateSchema
  }),
  z6.strictObject({
    kind: z6.literal("review_effectiveness"),
    date: IsoDateSchema,
    by: PartySchema,
    effective: z6.boolean(),
    note: z6.string().optional()
  }),
  z6.strictObject({ kind: z6.literal("close"), date: IsoDateSchema, by: PartySchema })
]);
var ALLOWED_FROM = {
  record_correction: ["open"],
  record_root_cause: ["correction_done"],
  plan_action: ["root_cause_found", "action_planned"],
  update_action: ["action_planned"],
  review_effectiveness: ["action_done"],
  close: ["effective"]
};
function refuse(code, message, path = ["status"]) {
  return err([issue(code, message, path)]);
}
function eventDate(event) {
  return event.kind === "plan_action" ? event.action.due : event.date;
}
function advanceNonconformity(nc, event) {
  try {
    if (!ALLOWED_FROM[event.kind].includes(nc.status)) {
      if (event.kind === "close" && nc.effectivenessReview?.effective !== true) {
        return refuse("effectiveness_not_reviewed", `Nonconformity ${nc.id} cannot be closed before a review found its corrective actions effective.`);
      }
      return refuse("illegal_nonconformity_transition", `Event "${event.kind}" is not allowed while nonconformity ${nc.id} is ${nc.status}.`);
    }
    if (event.kind !== "plan_action" && eventDate(event) < nc.raised) {
      return refuse("date_before_raised", `The date ${eventDate(event)} is before nonconformity ${nc.id} was raised (${nc.raised}).`, ["raised"]);
    }
    switch (event.kind) {
      case "record_correction":
        return ok(
          produce(nc, (draft) => {
            draft.correction = { description: event.description, date: event.date };
            draft.status = "correction_done";
          })
        );
      case "record_root_cause":
        return ok(
          produce(nc, (draft) => {
            draft.rootCause = { description: event.description, date: event.date, ...event.method === void 0 ? {} : { method: event.method } };
            draft.status = "root_cause_found";
          })
        );
      case "plan_action": {
        if (nc.correctiveActions.some((action) => action.id === event.action.id)) {
          return refuse("duplicate_action_id", `Nonconformity ${nc.id} already has an action ${event.action.id}.`, ["correctiveActions"]);
        }
        if (event.action.status !== "planned" && event.action.status !== "in_progress") {
          return refuse("invalid_action_status", `A new corrective action must be planned or in progress, not ${event.action.status}.`, ["correctiveActions"]);
        }
        return ok(
          produce(nc, (draft) => {
            draft.correctiveActions.push(castDraft({ ...event.action }));
            draft.status = "action_planned";
          })
        );
      }
      case "update_action": {
        const index = nc.correctiveActions.findIndex((action) => action.id === event.action);
        const current = nc.correctiveActions[index];
        if (current === void 0) {
          return refuse("unknown_action", `Nonconformity ${nc.id} has no corrective action ${event.action}.`, ["correctiveActions"]);
        }
        if (current.status === event.status) return ok(nc);
        return ok(
          produce(nc, (draft) => {
            const action = draft.correctiveActions[index];
            if (action === void 0) return;
            action.status = event.status;
            if (event.status === "done") action.completed = event.date;
            else delete action.completed;
            const live = draft.correctiveActions.filter((item) => item.status !== "cancelled");
            if (live.length > 0 && live.every((item) => item.status === "done")) draft.status = "action_done";
          })
        );
      }
      case "review_effectiveness": {
        const completed = latestCompletion(nc);
        if (completed !== void 0 && event.date < completed) {
          return refuse(
            "review_before_action_completed",
            `The effectiveness review on ${event.date} is before the last corrective action of nonconformity ${nc.id} was completed (${completed}).`,
            ["effectivenessReview", "date"]
          );
        }
        return ok(
          produce(nc, (draft) => {
            draft.effectivenessReview = {
              date: event.date,
              by: event.by,
              effective: event.effective,
              ...event.note === void 0 ? {} : { note: event.note }
            };
            draft.status = event.effective ? "effective" : "root_cause_found";
          })
        );
      }
      case "close": {
        const reviewed = nc.effectivenessReview?.date;
        if (reviewed !== void 0 && event.date < reviewed) {
          return refuse(
            "closed_before_review",
            `Nonconformity ${nc.id} cannot be closed on ${event.date}, before its effectiveness review (${reviewed}).`,
            ["closure", "date"]
          );
        }
        return ok(
          produce(nc, (draft) => {
            draft.closure = { date: event.date, by: event.by };
            draft.status = "closed";
          })
        );
      }
      default: {
        const unknown = event;
        return unknown;
      }
    }
  } catch (error) {
    throw argumentError("advanceNonconformity", error);
  }
}

// src/cycle/validateNonconformities.ts
function reached(status, step) {
  return NonconformityStatusSchema.options.indexOf(status) >= NonconformityStatusSchema.options.indexOf(step);
}
function validateNonconformities(nonconformities, options = {}) {
  try {
    const found = duplicateIdIssues(
      nonconformities.map((nc) => nc.id),
      "duplicate_nonconformity_id",
      "Nonconformity",
      (index) => [index, "id"]
    );
    nonconformities.forEach((nc, index) => {
      const at = (...rest) => [index, ...rest];
      if (reached(nc.status, "correction_done") && nc.correction === void 0) {
        found.push(issue("missing_correction", `Nonconformity ${nc.id} is ${nc.status} but records no correction.`, at("correction")));
      }
      if (reached(nc.status, "root_cause_found") && nc.rootCause === void 0) {
        found.push(issue("missing_root_cause", `Nonconformity ${nc.id} is ${nc.status} but records no root cause.`, at("rootCause")));
      }
      if (reached(nc.status, "action_planned") && nc.correctiveActions.length === 0) {
        found.push(issue("missing_corrective_action", `Nonconformity ${nc.id} is ${nc.status} but has no corrective action.`, at("correctiveActions")));
      }
      const live = nc.correctiveActions.filter((action) => action.status !== "cancelled");
      if (reached(nc.status, "action_done") && live.some((action) => action.status !== "done")) {
        found.push(issue("actions_not_done", `Nonconformity ${nc.id} is ${nc.status} but some corrective actions are not done.`, at("correctiveActions")));
      }
      if (reached(nc.status, "action_done") && nc.correctiveActions.length > 0 && live.length === 0) {
        found.push(
          issue("no_live_corrective_action", `Nonconformity ${nc.id} is ${nc.status} but every corrective action is cancelled.`, at("correctiveActions"))
        );
      }
      if (reached(nc.status, "effective") && nc.effectivenessReview?.effective !== true) {
        found.push(
          issue(
            "closed_without_effectiveness_review",
            `Nonconformity ${nc.id} is ${nc.status} without an effectiveness review that found the actions effective.`,
            at("effectivenessReview")
          )
        );
      }
      const completed = latestCompletion(nc);
      const review = nc.effectivenessReview;
      if (reached(nc.status, "effective") && review !== void 0 && completed !== void 0 && review.date < completed) {
        found.push(
          issue(
            "review_before_action_completed",
            `Nonconformity ${nc.id}: the effectiveness review (${review.date}) is dated before the last corrective action was completed (${completed}).`,
            at("effectivenessReview", "date")
          )
        );
      }
      if (nc.status === "closed" && nc.closure === void 0) {
        found.push(issue("missing_closure", `Nonconformity ${nc.id} is closed but records no closure date and person.`, at("closure")));
      }
      if (nc.status === "closed" && nc.closure !== void 0 && review !== void 0 && nc.closure.date < review.date) {
        found.push(
          issue("closed_before_review", `Nonconformity ${nc.id} was closed (${nc.closure.date}) before its effectiveness review (${review.date}).`, at("closure", "date"))
        );
      }
      nc.correctiveActions.forEach((action, a) => {
        if (action.status === "done" && action.completed === void 0) {
          found.push(issue("action_done_without_date", `Corrective action ${action.id} is done but has no completion date.`, at("correctiveActions", a, "completed")));
        }
      });
      found.push(
        ...duplicateIdIssues(
          nc.correctiveActions.map((action) => action.id),
          "duplicate_action_id",
          "Corrective action",
          (a) => at("correctiveActions", a, "id")
        )
      );
      if (options.audits !== void 0 && nc.source.kind === "audit") {
        const { audit: auditId, finding } = nc.source;
        const audit = options.audits.find((candidate) => candidate.id === auditId);
        if (audit === void 0) {
          found.push(issue("unknown_audit", `Nonconformity ${nc.id} names audit ${auditId}, which does not exist.`, at("source", "audit")));
        } else if (finding !== void 0 && !audit.findings.some((candidate) => candidate.id === finding)) {
          found.push(issue("unknown_finding", `Nonconformity ${nc.id} names finding ${finding}, which audit ${auditId} does not have.`, at("source", "finding")));
        }
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateNonconformities", error);
  }
}

// src/cycle/review.ts
import * as z7 from "zod";
var ReviewInputSchema = z7.enum([
  "previous_actions_status",
  "external_internal_issues_changes",
  "interested_parties_needs_changes",
  "nonconformities_and_corrective_actions",
  "monitoring_and_measurement_results",
  "audit_results",
  "objectives_fulfilment",
  "interested_parties_feedback",
  "risk_assessment_and_treatment_status",
  "improvement_opportunities"
]);
var ReviewInputEntrySchema = z7.strictObject({
  present: z7.boolean(),
  reference: z7.string().min(1).optional(),
  note: z7.string().optional()
});
var ReviewStatusSchema = z7.enum(["planned", "held"]);
var ManagementReviewSchema = z7.strictObject({
  id: ReviewIdSchema,
  date: IsoDateSchema,
  status: ReviewStatusSchema,
  attendees: z7.array(PartySchema),
  inputs: rejectReservedKeys(z7.partialRecord(ReviewInputSchema, ReviewInputEntrySchema)),
  decisions: z7.array(NonBlankStringSchema),
  actions: z7.array(ReviewActionSchema),
  minutesReference: z7.string().min(1).optional(),
  custom: CustomFieldsSchema.optional()
});

// src/cycle/missingReviewInputs.ts
function missingReviewInputs(review) {
  try {
    return ReviewInputSchema.options.filter((input) => review.inputs[input]?.present !== true);
  } catch (error) {
    throw argumentError("missingReviewInputs", error);
  }
}

// src/cycle/validateReviews.ts
function validateReviews(reviews) {
  try {
    const found = duplicateIdIssues(reviews.map((review) => review.id), "duplicate_review_id", "Management review", (index) => [index, "id"]);
    const actionIds = [];
    const actionPaths = [];
    reviews.forEach((review, index) => {
      const held = review.status === "held";
      if (held && review.attendees.length === 0) {
        found.push(issue("review_without_attendees", `Management review ${review.id} was held without attendees.`, [index, "attendees"]));
      }
      for (const input of missingReviewInputs(review)) {
        found.push(
          issue(
            "missing_review_input",
            `Management review ${review.id} ${held ? "did not consider" : "does not yet plan"} the input "${input}" (9.3.2).`,
            [index, "inputs", input],
            held ? "error" : "warning"
          )
        );
      }
      for (const input of ReviewInputSchema.options) {
        const entry = review.inputs[input];
        if (entry?.present === true && entry.reference === void 0) {
          found.push(
            issue("review_input_without_reference", `Management review ${review.id}: input "${input}" has no reference.`, [index, "inputs", input, "reference"], "warning")
          );
        }
      }
      if (held && review.decisions.length === 0 && review.actions.length === 0) {
        found.push(issue("review_without_results", `Management review ${review.id} records no decisions or actions (9.3.3).`, [index, "decisions"], "warning"));
      }
      review.actions.forEach((action, a) => {
        actionIds.push(action.id);
        actionPaths.push([index, "actions", a, "id"]);
        if (action.status === "done" && action.completed === void 0) {
          found.push(issue("action_done_without_date", `Review action ${action.id} is done but has no completion date.`, [index, "actions", a, "completed"]));
        }
      });
    });
    found.push(...duplicateIdIssues(actionIds, "duplicate_action_id", "Review action", (i) => actionPaths[i] ?? []));
    return found;
  } catch (error) {
    throw argumentError("validateReviews", error);
  }
}

// src/cycle/certification.ts
import * as z8 from "zod";
var ExternalAuditKindSchema = z8.enum(["surveillance", "recertification", "special"]);
var CertificationSchema = z8.strictObject({
  body: NonBlankStringSchema,
  certificateNumber: z8.string().min(1).optional(),
  stage1: IsoDateSchema.optional(),
  stage2: IsoDateSchema.optional(),
  decisionDate: IsoDateSchema.optional(),
  expiry: IsoDateSchema.optional(),
  previousExpiry: IsoDateSchema.optional(),
  externalAudits: z8.array(
    z8.strictObject({
      kind: ExternalAuditKindSchema,
      date: IsoDateSchema,
      completed: z8.boolean(),
      reference: z8.string().min(1).optional()
    })
  ),
  custom: CustomFieldsSchema.optional()
});

// src/cycle/certificationSchedule.ts
function lastDayWithinYears(from, years) {
  return addDays(addYears(from, years), -1);
}
function certificationSchedule(certification, options = {}) {
  try {
    const lead = options.recertificationLeadDays ?? 90;
    if (!Number.isInteger(lead) || lead < 0) {
      throw new IsmsError("invalid_argument", `recertificationLeadDays must be a whole number of days, 0 or more, not ${String(lead)}.`);
    }
    const { decisionDate, previousExpiry } = certification;
    if (decisionDate === void 0) return void 0;
    const cycleStart = previousExpiry === void 0 ? decisionDate : addDays(previousExpiry, 1);
    const validFrom = cycleStart < decisionDate ? decisionDate : cycleStart;
    const expiry = certification.expiry ?? lastDayWithinYears(cycleStart, 3);
    const held = certification.externalAudits.filter((audit) => audit.kind === "surveillance" && audit.completed && audit.date >= validFrom && audit.date <= expiry).map((audit) => audit.date).sort();
    const beforeExpiry = (date) => date < expiry ? date : addDays(expiry, -1);
    const yearOneEnds = lastDayWithinYears(validFrom, 1);
    const firstDue = beforeExpiry(yearOneEnds);
    const firstHeld = held[0];
    const secondCap = lastDayWithinYears(validFrom, 2);
    const fromFirst = firstHeld === void 0 ? secondCap : lastDayWithinYears(firstHeld, 1);
    const secondDue = beforeExpiry(fromFirst < secondCap ? fromFirst : secondCap);
    const secondHeld = firstHeld === void 0 ? void 0 : held.find((date) => date > yearOneEnds && date > firstHeld);
    const recertificationDue = addDays(expiry, -lead);
    return {
      validFrom,
      expiry,
      surveillance: [
        { number: 1, due: firstDue, ...firstHeld === void 0 ? {} : { held: firstHeld } },
        { number: 2, due: secondDue, ...secondHeld === void 0 ? {} : { held: secondHeld } }
      ],
      recertificationDue: recertificationDue < validFrom ? validFrom : recertificationDue
    };
  } catch (error) {
    throw argumentError("certificationSchedule", error);
  }
}

// src/cycle/validateCertification.ts
function validateCertification(certification) {
  try {
    const found = [];
    const { stage1, stage2, decisionDate, expiry } = certification;
    if (stage1 !== void 0 && stage2 !== void 0 && stage2 < stage1) {
      found.push(issue("stage_order", `Stage 2 (${stage2}) is dated before stage 1 (${stage1}).`, ["stage2"]));
    }
    if (decisionDate !== void 0 && stage2 !== void 0 && decisionDate < stage2) {
      found.push(issue("decision_before_stage2", `The certification decision (${decisionDate}) is dated before stage 2 (${stage2}).`, ["decisionDate"]));
    }
    const { previousExpiry } = certification;
    if (decisionDate !== void 0 && previousExpiry !== void 0 && decisionDate > previousExpiry) {
      found.push(
        issue(
          "recertification_after_expiry",
          `The recertification decision (${decisionDate}) comes after the previous certificate expired (${previousExpiry}): the certificate was not valid in between.`,
          ["decisionDate"],
          "warning"
        )
      );
    }
    if (decisionDate !== void 0 && expiry !== void 0) {
      const cycleStart = previousExpiry === void 0 ? decisionDate : addDays(previousExpiry, 1);
      const latest = addDays(addYears(cycleStart, 3), -1);
      if (expiry <= decisionDate || expiry > latest) {
        found.push(issue("invalid_expiry", `The expiry ${expiry} must be after the decision and no later than ${latest}.`, ["expiry"]));
      }
    }
    certification.externalAudits.forEach((audit, index) => {
      if (decisionDate !== void 0 && audit.date < decisionDate && audit.kind !== "recertification") {
        found.push(
          issue("external_audit_before_decision", `A ${audit.kind} audit on ${audit.date} is dated before the decision.`, ["externalAudits", index, "date"], "warning")
        );
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateCertification", error);
  }
}

// src/cycle/datedItem.ts
import * as z9 from "zod";
var DatedItemKindSchema = z9.enum([
  "audit",
  "management_review",
  "corrective_action",
  "review_action",
  "objective",
  "acceptance",
  "surveillance_audit",
  "recertification_audit",
  "certificate_expiry",
  "other"
]);
var DatedItemSchema = z9.strictObject({
  kind: DatedItemKindSchema,
  id: z9.string().min(1),
  title: NonBlankStringSchema,
  due: IsoDateSchema,
  done: z9.boolean(),
  owner: PartySchema.optional(),
  parent: z9.string().min(1).optional()
});

// src/cycle/listDatedItems.ts
function owned(owner) {
  return owner === void 0 ? {} : { owner };
}
function listDatedItems(sources) {
  try {
    const items = [];
    for (const audit of sources.audits ?? []) {
      const done = audit.status === "completed" || audit.status === "cancelled";
      items.push({ kind: "audit", id: audit.id, title: `Internal audit: ${audit.title}`, due: audit.plannedDate, done });
    }
    for (const review of sources.reviews ?? []) {
      items.push({ kind: "management_review", id: review.id, title: `Management review ${review.id}`, due: review.date, done: review.status === "held" });
      for (const action of review.actions) {
        const done = action.status === "done" || action.status === "cancelled";
        items.push({ kind: "review_action", id: action.id, title: action.description, due: action.due, done, owner: action.owner, parent: review.id });
      }
    }
    for (const nc of sources.nonconformities ?? []) {
      for (const action of nc.correctiveActions) {
        const done = nc.status === "closed" || action.status === "done" || action.status === "cancelled";
        items.push({ kind: "corrective_action", id: action.id, title: action.description, due: action.due, done, owner: action.owner, parent: nc.id });
      }
    }
    for (const objective of sources.objectives ?? []) {
      const done = objective.status !== "planned" && objective.status !== "in_progress";
      items.push({ kind: "objective", id: objective.id, title: objective.objective, due: objective.due, done, owner: objective.owner });
    }
    for (const acceptance of sources.acceptances ?? []) {
      items.push({
        kind: "acceptance",
        id: acceptance.id,
        title: acceptance.title ?? `Review acceptance ${acceptance.id}`,
        due: acceptance.due,
        done: acceptance.done ?? false,
        ...owned(acceptance.owner)
      });
    }
    if (sources.certification !== void 0) {
      const schedule = certificationSchedule(sources.certification, sources.certificationOptions);
      if (schedule !== void 0) {
        const { body } = sources.certification;
        for (const due of schedule.surveillance) {
          items.push({ kind: "surveillance_audit", id: `surveillance-${due.number}`, title: `Surveillance audit ${due.number} by ${body}`, due: due.due, done: due.held !== void 0 });
        }
        const recertified = sources.certification.externalAudits.some(
          (audit) => audit.kind === "recertification" && audit.completed && audit.date >= schedule.validFrom
        );
        items.push({ kind: "recertification_audit", id: "recertification", title: `Recertification audit by ${body}`, due: schedule.recertificationDue, done: recertified });
        items.push({ kind: "certificate_expiry", id: "expiry", title: `Certificate by ${body} expires`, due: schedule.expiry, done: recertified });
      }
    }
    return items;
  } catch (error) {
    throw argumentError("listDatedItems", error);
  }
}

// src/cycle/_internal/sortItems.ts
function compareDatedItems(a, b) {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// src/cycle/listUpcoming.ts
function listUpcoming(items, asOf, days) {
  const until = addDays(asOf, days);
  return items.filter((item) => !item.done && item.due >= asOf && item.due <= until).sort(compareDatedItems);
}

// src/cycle/listOverdue.ts
function listOverdue(items, asOf) {
  try {
    return items.filter((item) => !item.done && item.due < asOf).sort(compareDatedItems);
  } catch (error) {
    throw argumentError("listOverdue", error);
  }
}

// src/cycle/readiness.ts
import * as z10 from "zod";
var ReadinessStatusSchema = z10.enum(["met", "partly_met", "not_met", "not_assessed"]);
var ReadinessAssessmentSchema = z10.strictObject({
  requirement: z10.union([ClauseIdSchema, ControlRefSchema]),
  status: ReadinessStatusSchema,
  evidence: z10.array(z10.string().min(1)).optional(),
  note: z10.string().optional(),
  assessedBy: PartySchema.optional(),
  assessedOn: IsoDateSchema.optional(),
  custom: CustomFieldsSchema.optional()
});

// src/cycle/assessReadiness.ts
var CLAUSE_IDS = new Set(clauses.map((clause) => clause.id));
var PARENTS = new Set(clauses.flatMap((clause) => clause.parent === void 0 ? [] : [clause.parent]));
function rank(item) {
  const clause = item.kind === "clause";
  switch (item.status) {
    case "not_met":
      return clause ? 0 : 1;
    case "not_assessed":
      return clause ? 2 : 5;
    case "partly_met":
      return clause ? 3 : 4;
    case "met":
      return 6;
    case "not_applicable":
      return 7;
    default: {
      const unknown = item.status;
      return unknown;
    }
  }
}
function byRequirement(list) {
  return new Map(list.map((assessment) => [assessment.requirement, assessment]));
}
function lookup(keys, assessments, evidence) {
  for (const [index, key] of keys.entries()) {
    const own = assessments.get(key);
    const derived = evidence.get(key);
    const found = own ?? derived;
    if (found === void 0) continue;
    if (index > 0) return { assessment: found, source: "inherited", from: key };
    return { assessment: found, source: own === void 0 ? "evidence" : "assessment" };
  }
  return { source: "none" };
}
function ancestry(id) {
  const chain = [];
  let current = clauses.find((clause) => clause.id === id);
  while (current !== void 0) {
    chain.push(current.id);
    const parent = current.parent;
    current = parent === void 0 ? void 0 : clauses.find((clause) => clause.id === parent);
  }
  return chain;
}
function emptyCounts() {
  return { met: 0, partly_met: 0, not_met: 0, not_assessed: 0, not_applicable: 0 };
}
function assessReadiness(list, options = {}) {
  try {
    const assessments = byRequirement(list);
    const evidence = byRequirement(options.evidence ?? []);
    const includeAnnexA = options.annexA ?? true;
    const notApplicable = new Set(options.notApplicable ?? []);
    const items = [];
    for (const clause of clauses) {
      if (clause.kind === "clause" || PARENTS.has(clause.id)) continue;
      const found = lookup(ancestry(clause.id), assessments, evidence);
      const status = found.assessment?.status ?? "not_assessed";
      items.push({
        requirement: clause.id,
        kind: "clause",
        title: clause.title,
        status,
        blocking: status === "not_met" || status === "not_assessed",
        source: found.source,
        ...found.from === void 0 ? {} : { inheritedFrom: found.from },
        evidence: found.assessment?.evidence ?? [],
        ...found.assessment?.note === void 0 ? {} : { note: found.assessment.note }
      });
    }
    if (includeAnnexA) {
      for (const control of annexA) {
        const ref = `annex-a:${control.id}`;
        const found = lookup([ref], assessments, evidence);
        const status = notApplicable.has(ref) ? "not_applicable" : found.assessment?.status ?? "not_assessed";
        items.push({
          requirement: ref,
          kind: "control",
          title: control.title,
          status,
          blocking: status === "not_met",
          source: found.source,
          evidence: found.assessment?.evidence ?? [],
          ...found.assessment?.note === void 0 ? {} : { note: found.assessment.note }
        });
      }
    }
    const ordered = items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map(({ item }) => item);
    const clauseCounts = emptyCounts();
    const controlCounts = emptyCounts();
    for (const item of items) (item.kind === "clause" ? clauseCounts : controlCounts)[item.status] += 1;
    const blocking = ordered.filter((item) => item.blocking);
    const allMet = items.every((item) => item.status === "met" || item.status === "not_applicable");
    const known = (key) => CLAUSE_IDS.has(key) || annexA.some((control) => `annex-a:${control.id}` === key);
    return {
      overall: blocking.length > 0 ? "not_met" : allMet ? "met" : "partly_met",
      items: ordered,
      blocking,
      clauses: clauseCounts,
      annexA: controlCounts,
      unknown: [.../* @__PURE__ */ new Set([...assessments.keys(), ...evidence.keys()])].filter((key) => !known(key)).sort()
    };
  } catch (error) {
    throw argumentError("assessReadiness", error);
  }
}

// src/cycle/validateReadinessAssessments.ts
function validateReadinessAssessments(assessments) {
  try {
    const found = [];
    const seen = /* @__PURE__ */ new Set();
    assessments.forEach((assessment, index) => {
      const { requirement } = assessment;
      if (seen.has(requirement)) {
        found.push(issue("duplicate_requirement", `Requirement ${requirement} is assessed more than once; the last assessment counts.`, [index, "requirement"], "warning"));
      }
      seen.add(requirement);
      const known = clauses.some((clause) => clause.id === requirement) || annexA.some((control) => `annex-a:${control.id}` === requirement);
      if (!known) {
        found.push(issue("unknown_requirement", `${requirement} is neither a clause of 4\u201310 nor an Annex A control.`, [index, "requirement"], "warning"));
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateReadinessAssessments", error);
  }
}

export {
  ActionItemStatusSchema,
  CorrectiveActionSchema,
  ReviewActionSchema,
  PdcaPhaseSchema,
  PdcaEventSchema,
  ExitCriterionSchema,
  ExitCriteriaResultSchema,
  PdcaHistoryEntrySchema,
  PdcaCycleSchema,
  pdcaTransitions,
  checkExitCriteria,
  createCycle,
  transition,
  can,
  nextEvents,
  cycleStartDate,
  validateCycle,
  TargetComparatorSchema,
  ObjectiveTargetSchema,
  MeasurementSchema,
  ObjectiveStatusSchema,
  ObjectiveSchema,
  meetsTarget,
  latestMeasurement,
  isTargetMet,
  recordMeasurement,
  validateObjectives,
  FindingGradeSchema,
  FindingSchema,
  AuditStatusSchema,
  AuditSchema,
  AuditProgrammeSchema,
  auditCoverage,
  validateAudits,
  validateAuditProgramme,
  NonconformitySourceSchema,
  NonconformityStatusSchema,
  NonconformitySeveritySchema,
  EffectivenessReviewSchema,
  NonconformitySchema,
  NonconformityEventSchema,
  advanceNonconformity,
  validateNonconformities,
  ReviewInputSchema,
  ReviewInputEntrySchema,
  ReviewStatusSchema,
  ManagementReviewSchema,
  missingReviewInputs,
  validateReviews,
  ExternalAuditKindSchema,
  CertificationSchema,
  certificationSchedule,
  validateCertification,
  DatedItemKindSchema,
  DatedItemSchema,
  listDatedItems,
  listUpcoming,
  listOverdue,
  ReadinessStatusSchema,
  ReadinessAssessmentSchema,
  assessReadiness,
  validateReadinessAssessments
};
