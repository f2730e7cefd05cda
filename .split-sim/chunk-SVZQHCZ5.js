import {
  actionStatusOn,
  listImplementingActions
} from "./chunk-6RYXHNGR.js";
import {
  ControlRefSchema,
  listCatalogueControls,
  splitControlRef
} from "./chunk-JXVDKXIR.js";
import {
  at,
  produce
} from "./chunk-Q7XSFGXC.js";
import {
  CustomFieldsSchema,
  IsmsError,
  IsoDateSchema,
  NonBlankStringSchema,
  ObligationIdSchema,
  PartySchema,
  RiskIdSchema,
  addDays,
  argumentError,
  compareDates,
  isIsoDate,
  issue,
  sortIssues
} from "./chunk-7Q37T3A7.js";

// src/soa/obligation.ts
import * as z from "zod";
var ObligationKindSchema = z.enum(["legal", "statutory", "regulatory", "contractual", "business", "best_practice"]);
var ObligationSchema = z.strictObject({
  /** Unique id. */
  id: ObligationIdSchema,
  /** Where the obligation comes from. */
  kind: ObligationKindSchema,
  /** Short title. */
  title: NonBlankStringSchema,
  /** The law, contract or document, e.g. a citation or contract number. */
  source: z.string().optional(),
  /** What it asks, in the organisation's words. */
  description: z.string().optional(),
  /** The controls it requires (catalogue-qualified). */
  controls: z.array(ControlRefSchema),
  /** Who keeps track of it. */
  owner: PartySchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});

// src/soa/decision.ts
import * as z2 from "zod";
var ImplementationStatusSchema = z2.enum(["not_started", "planned", "partially_implemented", "implemented", "not_implemented"]);
var SoaReasonKindSchema = z2.enum(["risk_treatment", "legal", "statutory", "regulatory", "contractual", "business", "best_practice"]);
var DecisionReasonSchema = z2.strictObject({
  /** The kind of reason. */
  kind: SoaReasonKindSchema,
  /** The organisation's words. */
  note: z2.string().optional()
});
var EvidenceSchema = z2.strictObject({
  /** Where the evidence is: a document id, ticket or URL. */
  ref: NonBlankStringSchema,
  /** What it is. */
  title: z2.string().optional(),
  /** When it was produced or last checked. */
  date: IsoDateSchema
});
var ApplicabilityDecisionSchema = z2.strictObject({
  /** The control decided on (catalogue-qualified). */
  control: ControlRefSchema,
  /** Included (`true`) or excluded (`false`). */
  applicable: z2.boolean(),
  /**
   * Why the control is excluded. Required for an exclusion: {@link validateSoa} reports a
   * missing or blank one, so that drafts can still be stored.
   */
  justification: z2.string().optional(),
  /** Reasons for inclusion beyond those derived from plans and obligations. */
  reasons: z2.array(DecisionReasonSchema).optional(),
  /** The supplier or cloud provider that operates the control; the control stays applicable. */
  provider: PartySchema.optional(),
  /** Implementation status; derived from the treatment plans when absent. */
  status: ImplementationStatusSchema.optional(),
  /** Who is responsible for the control. */
  owner: PartySchema.optional(),
  /** Evidence of implementation. */
  evidence: z2.array(EvidenceSchema).optional(),
  /** When the decision was last reviewed. */
  lastReviewed: IsoDateSchema.optional(),
  /** Free remarks. */
  notes: z2.string().optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});

// src/soa/soaRow.ts
import * as z3 from "zod";
var SoaReasonSchema = z3.strictObject({
  /** The kind of reason. */
  kind: SoaReasonKindSchema,
  /** The risks treated by the control (risk treatment). */
  risks: z3.array(RiskIdSchema).optional(),
  /** The obligations that require the control. */
  obligations: z3.array(ObligationIdSchema).optional(),
  /** The decision's note for this kind of reason. */
  note: z3.string().optional()
});
var SoaRowSchema = z3.strictObject({
  /** Catalogue-qualified reference. */
  ref: ControlRefSchema,
  /** Catalogue id. */
  catalogue: z3.string().min(1),
  /** Control id in its catalogue. */
  id: z3.string().min(1),
  /** Control title. */
  title: z3.string(),
  /** Theme (Annex A) or group. */
  group: z3.string().optional(),
  /** Included (`true`) or excluded (`false`); an undecided control is `false`. */
  applicable: z3.boolean(),
  /**
   * `true` when nothing decides the control yet: no applicability decision, no treatment plan
   * that selects it and no obligation that requires it. Such a row is not applicable but not
   * excluded either: nobody has decided to leave it out. Absent on decided rows (and on rows
   * stored before this field existed).
   */
  undecided: z3.literal(true).optional(),
  /** Reasons, in the order risk treatment, legal, statutory, regulatory, contractual, business, best practice. */
  reasons: z3.array(SoaReasonSchema),
  /** Every risk whose treatment plan selects the control, sorted. */
  risks: z3.array(RiskIdSchema),
  /** Every obligation that requires the control, sorted. */
  obligations: z3.array(ObligationIdSchema),
  /** Justification of an exclusion, as decided. */
  justification: z3.string().optional(),
  /** Implementation status: the decision's, else the one the plans imply, else a default. */
  status: ImplementationStatusSchema,
  /** The status the treatment plans imply, when a plan selects the control. */
  statusFromPlans: ImplementationStatusSchema.optional(),
  /** `true` when the decision's status differs from the status the plans imply. */
  statusMismatch: z3.literal(true).optional(),
  /** The supplier or cloud provider that operates the control. */
  provider: PartySchema.optional(),
  /** Who is responsible for the control. */
  owner: PartySchema.optional(),
  /** Evidence, newest first. */
  evidence: z3.array(EvidenceSchema),
  /** Date of the newest evidence. */
  lastEvidenceDate: IsoDateSchema.optional(),
  /** When the decision was last reviewed. */
  lastReviewed: IsoDateSchema.optional(),
  /** The decision's notes. */
  notes: z3.string().optional()
});

// src/soa/_internal/plans.ts
function statusInPlan(plan, ref, state, asOf) {
  if (state === "existing") return "implemented";
  const statuses = listImplementingActions(plan, ref).map((action) => actionStatusOn(action, asOf));
  if (statuses.length === 0) return "planned";
  if (statuses.every((status) => status === "done")) return "implemented";
  if (statuses.some((status) => status === "done" || status === "in_progress")) return "partially_implemented";
  return "planned";
}
function combineStatuses(statuses) {
  const first = statuses[0];
  if (first === void 0) return void 0;
  if (statuses.every((status) => status === first)) return first;
  return statuses.some((status) => status === "implemented" || status === "partially_implemented") ? "partially_implemented" : "planned";
}
function selectionsOf(plans, asOf) {
  const byId = /* @__PURE__ */ new Map();
  for (const plan of plans) if (!byId.has(plan.id)) byId.set(plan.id, plan);
  const gathered = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    for (const control of plan.controls) {
      let entry2 = gathered.get(control.ref);
      if (!entry2) {
        entry2 = { plans: [], seen: /* @__PURE__ */ new Set(), risks: [], statuses: [] };
        gathered.set(control.ref, entry2);
      }
      if (entry2.seen.has(plan.id)) continue;
      entry2.seen.add(plan.id);
      entry2.plans.push(plan.id);
      entry2.statuses.push(statusInPlan(byId.get(plan.id) ?? plan, control.ref, control.state, asOf));
      for (const risk of plan.risks) entry2.risks.push(risk);
    }
  }
  const selections = /* @__PURE__ */ new Map();
  for (const [ref, entry2] of gathered) selections.set(ref, { plans: entry2.plans, risks: sortUniqueInPlace(entry2.risks), statuses: entry2.statuses });
  return selections;
}
function sortUniqueInPlace(values) {
  values.sort();
  let kept = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (value !== void 0 && (kept === 0 || values[kept - 1] !== value)) values[kept++] = value;
  }
  values.length = kept;
  return values;
}

// src/soa/_internal/sort.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortedUnique(values) {
  return [...new Set(values)].sort(compareText);
}
function compareNatural(a, b) {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const x = at(left, index);
    const y = at(right, index);
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y);
    return compareText(x, y);
  }
  return left.length - right.length || compareText(a, b);
}

// src/soa/_internal/reasons.ts
var SOA_REASON_ORDER = SoaReasonKindSchema.options;
var RISK_ACCEPTANCE = /\brisks?\b[^.;]{0,40}\baccept|\baccept\w*\b[^.;]{0,40}\brisks?\b|\brisk\s+appetite\b|\btolerat\w*\b[^.;]{0,30}\brisks?\b|\brisks?\b[^.;]{0,30}\btolerat/i;
function isRiskAcceptance(text) {
  return RISK_ACCEPTANCE.test(text);
}
var PROVIDED_ELSEWHERE = /\boutsourced\b|\b(?:handled|operated|managed|provided|performed|covered|done|taken care of)\s+by\s+(?:the\s+|our\s+|a\s+)?(?:supplier|provider|vendor|cloud|hosting|host|data\s*cent(?:er|re)|third[-\s]?part(?:y|ies)|msp|managed\s+service)/i;
function isProvidedElsewhere(text) {
  return PROVIDED_ELSEWHERE.test(text);
}
var GENERIC = /^(?:n\/?a|not\s+applicable|not\s+relevant|not\s+needed|not\s+required|irrelevant|none|no|nothing|-+|\.+|x|tbd|tbc|todo|to\s+do|see\s+above|as\s+above)[.!]?$/i;
function isGenericJustification(text) {
  return GENERIC.test(text.trim());
}

// src/soa/deriveSoa.ts
function deriveSoa(input) {
  try {
    const custom = input.customCatalogues ?? [];
    const selections = selectionsOf(input.plans ?? [], input.asOf);
    const obligationsByRef = /* @__PURE__ */ new Map();
    for (const obligation of input.obligations ?? []) {
      for (const ref of new Set(obligation.controls)) {
        const list = obligationsByRef.get(ref) ?? [];
        list.push(obligation);
        obligationsByRef.set(ref, list);
      }
    }
    const decisions = /* @__PURE__ */ new Map();
    for (const decision of input.decisions) if (!decisions.has(decision.control)) decisions.set(decision.control, decision);
    const rows = [];
    for (const catalogue of new Set(input.catalogues)) {
      for (const control of listCatalogueControls(catalogue, custom)) {
        const decision = decisions.get(control.ref);
        const selection = selections.get(control.ref);
        const obligations = obligationsByRef.get(control.ref) ?? [];
        if (control.withdrawn === true && decision === void 0 && selection === void 0 && obligations.length === 0) continue;
        const risks = selection?.risks ?? [];
        const obligationIds = sortedUnique(obligations.map((obligation) => obligation.id));
        const statusFromPlans = combineStatuses(selection?.statuses ?? []);
        const applicable = decision ? decision.applicable : selection !== void 0 || obligations.length > 0;
        const status = decision?.status ?? statusFromPlans ?? (applicable ? "not_started" : "not_implemented");
        const evidence = sortEvidence((decision?.evidence ?? []).filter((item) => input.asOf === void 0 || compareDates(item.date, input.asOf) <= 0));
        const row = {
          ref: control.ref,
          catalogue: control.catalogue,
          id: control.id,
          title: control.title,
          ...control.group === void 0 ? {} : { group: control.group },
          applicable,
          ...decision === void 0 && selection === void 0 && obligations.length === 0 ? { undecided: true } : {},
          reasons: reasonsOf(risks, obligations, decision),
          risks,
          obligations: obligationIds,
          ...decision?.justification === void 0 ? {} : { justification: decision.justification },
          status,
          ...statusFromPlans === void 0 ? {} : { statusFromPlans },
          ...decision?.status !== void 0 && statusFromPlans !== void 0 && decision.status !== statusFromPlans ? { statusMismatch: true } : {},
          ...decision?.provider === void 0 ? {} : { provider: decision.provider },
          ...decision?.owner === void 0 ? {} : { owner: decision.owner },
          evidence,
          ...evidence[0] === void 0 ? {} : { lastEvidenceDate: evidence[0].date },
          ...decision?.lastReviewed === void 0 ? {} : { lastReviewed: decision.lastReviewed },
          ...decision?.notes === void 0 ? {} : { notes: decision.notes }
        };
        rows.push(row);
      }
    }
    return rows;
  } catch (error) {
    throw argumentError("deriveSoa", error);
  }
}
function sortEvidence(evidence) {
  return evidence.map((item) => ({ ...item })).sort((a, b) => compareDates(b.date, a.date) || compareText(a.ref, b.ref) || compareText(a.title ?? "", b.title ?? ""));
}
function reasonsOf(risks, obligations, decision) {
  const byKind = /* @__PURE__ */ new Map();
  if (risks.length > 0) byKind.set("risk_treatment", { risks: [...risks], notes: [] });
  for (const obligation of obligations) {
    const entry2 = byKind.get(obligation.kind) ?? { obligations: [], notes: [] };
    entry2.obligations = sortedUnique([...entry2.obligations ?? [], obligation.id]);
    byKind.set(obligation.kind, entry2);
  }
  for (const reason of decision?.reasons ?? []) {
    const entry2 = byKind.get(reason.kind) ?? { notes: [] };
    const note = reason.note?.trim();
    if (note !== void 0 && note !== "" && !entry2.notes.includes(note)) entry2.notes.push(note);
    byKind.set(reason.kind, entry2);
  }
  return SOA_REASON_ORDER.flatMap((kind) => {
    const entry2 = byKind.get(kind);
    if (!entry2) return [];
    const reason = {
      kind,
      ...entry2.risks === void 0 ? {} : { risks: entry2.risks },
      ...entry2.obligations === void 0 ? {} : { obligations: entry2.obligations },
      ...entry2.notes.length === 0 ? {} : { note: entry2.notes.join("; ") }
    };
    return [reason];
  });
}

// src/soa/validateSoa.ts
function validateSoa(input, options) {
  try {
    const { asOf } = options;
    const evidenceLimit = addDays(asOf, -(options.evidenceMaxAgeDays ?? 365));
    const reviewLimit = addDays(asOf, -(options.reviewMaxAgeDays ?? 365));
    const custom = input.customCatalogues ?? [];
    const draft = options.hasApprovedVersion === false;
    const issues = [];
    const scope = /* @__PURE__ */ new Map();
    input.catalogues.forEach((catalogue, index) => {
      if (scope.has(catalogue)) return;
      const controls = listCatalogueControls(catalogue, custom);
      if (controls.length === 0 && !custom.some((candidate) => candidate.id === catalogue)) {
        issues.push(issue("unknown_catalogue", `Catalogue "${catalogue}" is in scope but is neither Annex A nor one of the custom catalogues.`, ["catalogues", index]));
      }
      scope.set(catalogue, new Set(controls.map((control) => control.id)));
    });
    const checkRef = (ref) => {
      const parts = splitControlRef(ref);
      const ids = parts && scope.get(parts.catalogue);
      if (!parts || !ids) return { code: "control_not_in_scope", why: `is in no catalogue in scope (${[...scope.keys()].join(", ") || "none"})` };
      if (!ids.has(parts.id)) return { code: "unknown_control", why: `is not a control of catalogue "${parts.catalogue}"` };
      return void 0;
    };
    const plans = input.plans ?? [];
    const selections = selectionsOf(plans, asOf);
    const required = /* @__PURE__ */ new Map();
    for (const [ref, selection] of selections) required.set(ref, selection.plans.map((plan) => `treatment plan ${plan}`));
    for (const obligation of input.obligations ?? []) {
      for (const ref of new Set(obligation.controls)) required.set(ref, [...required.get(ref) ?? [], `obligation ${obligation.id}`]);
    }
    const knownRisks = input.risks === void 0 ? void 0 : new Set(input.risks.map((risk) => risk.id));
    plans.forEach((plan, p) => {
      let selectsInScope = false;
      plan.controls.forEach((control, c) => {
        const problem = checkRef(control.ref);
        if (problem) issues.push(issue(problem.code, `Treatment plan ${plan.id} selects ${control.ref}, which ${problem.why}.`, ["plans", p, "controls", c, "ref"]));
        else selectsInScope = true;
      });
      if (!knownRisks || !selectsInScope) return;
      plan.risks.forEach((risk, r) => {
        if (!knownRisks.has(risk)) {
          issues.push(issue("unknown_risk", `Treatment plan ${plan.id} selects controls for risk ${risk}, which is not in the risk register.`, ["plans", p, "risks", r], "warning"));
        }
      });
    });
    const rows = new Map(deriveSoa({ ...input, asOf }).map((row) => [row.ref, row]));
    const firstDecision = /* @__PURE__ */ new Map();
    input.decisions.forEach((decision, index) => {
      const ref = decision.control;
      const first = firstDecision.get(ref);
      if (first !== void 0) {
        issues.push(issue("duplicate_decision", `Control ${ref} has a second decision; decision ${first} counts.`, [index, "control"]));
        return;
      }
      firstDecision.set(ref, index);
      const problem = checkRef(ref);
      if (problem) {
        issues.push(issue(problem.code, `The decision on ${ref} names a control that ${problem.why}.`, [index, "control"]));
        return;
      }
      const requiredBy = required.get(ref) ?? [];
      if (!decision.applicable) {
        const justification = decision.justification?.trim() ?? "";
        if (justification === "") {
          issues.push(issue("exclusion_without_justification", `Control ${ref} is excluded without a justification.`, [index, "justification"]));
        } else {
          if (isGenericJustification(justification)) {
            issues.push(issue("generic_justification", `The justification for excluding ${ref} ("${justification}") says nothing specific.`, [index, "justification"], "warning"));
          }
          if (isRiskAcceptance(justification)) {
            issues.push(
              issue(
                "risk_acceptance_as_exclusion",
                `Control ${ref} is excluded because a risk is accepted; accepting a risk is a treatment decision, not a reason to exclude a control.`,
                [index, "justification"],
                "warning"
              )
            );
          }
          if (isProvidedElsewhere(justification)) {
            issues.push(
              issue(
                "provider_as_exclusion",
                `Control ${ref} is excluded because a supplier operates it; it is still applicable: include it and name the provider.`,
                [index, "justification"],
                "warning"
              )
            );
          }
        }
        if (requiredBy.length > 0) {
          issues.push(issue("excluded_but_required", `Control ${ref} is excluded but required by ${requiredBy.join(", ")}.`, [index, "applicable"]));
        }
        if (decision.provider !== void 0) {
          issues.push(
            issue("excluded_with_provider", `Control ${ref} is excluded but names provider ${decision.provider}; a control a provider operates is applicable.`, [index, "provider"], "warning")
          );
        }
        return;
      }
      const ownReasons = decision.reasons ?? [];
      if (ownReasons.length === 0 && requiredBy.length === 0) {
        issues.push(issue("inclusion_without_reason", `Control ${ref} is included without a reason: no treatment plan, no obligation and no reason of its own.`, [index, "reasons"]));
      }
      ownReasons.forEach((reason, reasonIndex) => {
        if (reason.kind === "risk_treatment" && !selections.has(ref)) {
          issues.push(
            issue(
              "risk_treatment_without_plan",
              `Control ${ref} gives risk treatment as a reason, but no treatment plan selects it, so no risk can be traced.`,
              [index, "reasons", reasonIndex],
              "warning"
            )
          );
        }
      });
      const row = rows.get(ref);
      const evidence = decision.evidence ?? [];
      evidence.forEach((item, evidenceIndex) => {
        if (compareDates(item.date, asOf) > 0) {
          issues.push(issue("evidence_in_future", `Evidence ${item.ref} of ${ref} is dated ${item.date}, after ${asOf}.`, [index, "evidence", evidenceIndex, "date"], "warning"));
        }
      });
      if (row?.status === "implemented") {
        if (row.lastEvidenceDate === void 0) {
          issues.push(issue("implemented_without_evidence", `Control ${ref} is implemented but no evidence is recorded.`, [index, "evidence"], "warning"));
        } else if (compareDates(row.lastEvidenceDate, evidenceLimit) < 0) {
          issues.push(
            issue("evidence_outdated", `The newest evidence of ${ref} is from ${row.lastEvidenceDate}, more than ${options.evidenceMaxAgeDays ?? 365} days before ${asOf}.`, [index, "evidence"], "warning")
          );
        }
      }
      if (row?.statusMismatch === true) {
        issues.push(
          issue(
            "status_mismatch",
            `Control ${ref} is recorded as ${decision.status ?? ""} but its treatment plans' progress says ${row.statusFromPlans ?? ""}.`,
            [index, "status"],
            "warning"
          )
        );
      }
      if (decision.lastReviewed !== void 0 && compareDates(decision.lastReviewed, reviewLimit) < 0) {
        issues.push(issue("review_overdue", `The decision on ${ref} was last reviewed on ${decision.lastReviewed}.`, [index, "lastReviewed"], "warning"));
      }
    });
    for (const row of rows.values()) {
      if (firstDecision.has(row.ref)) continue;
      if (!row.applicable) {
        issues.push(
          draft ? issue(
            "undecided_control",
            `Control ${row.ref} has no applicability decision and no plan or obligation selects it; decide whether it applies before the SoA is approved.`,
            [],
            "warning"
          ) : issue("undecided_control", `Control ${row.ref} has no applicability decision and no plan or obligation selects it; decide whether it applies.`, [])
        );
      } else if (row.status === "implemented") {
        issues.push(
          issue("implemented_without_evidence", `Control ${row.ref} is implemented according to its treatment plans, but it has no decision to record evidence on.`, [], "warning")
        );
      }
    }
    return sortIssues(issues);
  } catch (error) {
    throw argumentError("validateSoa", error);
  }
}

// src/soa/validateObligations.ts
function validateObligations(obligations, options) {
  try {
    const scope = /* @__PURE__ */ new Map();
    for (const catalogue of options.catalogues) {
      scope.set(catalogue, new Set(listCatalogueControls(catalogue, options.customCatalogues ?? []).map((control) => control.id)));
    }
    const issues = [];
    const seen = /* @__PURE__ */ new Set();
    obligations.forEach((obligation, index) => {
      if (seen.has(obligation.id)) issues.push(issue("duplicate_obligation", `Obligation ${obligation.id} appears more than once.`, [index, "id"]));
      seen.add(obligation.id);
      if (obligation.controls.length === 0) {
        issues.push(issue("obligation_without_controls", `Obligation ${obligation.id} requires no control, so it adds no reason to the SoA.`, [index, "controls"], "info"));
      }
      const refs = /* @__PURE__ */ new Set();
      obligation.controls.forEach((ref, refIndex) => {
        const path = [index, "controls", refIndex];
        if (refs.has(ref)) issues.push(issue("duplicate_control", `Obligation ${obligation.id} lists ${ref} twice.`, path, "warning"));
        refs.add(ref);
        const parts = splitControlRef(ref);
        const ids = parts && scope.get(parts.catalogue);
        if (!parts || !ids) {
          issues.push(issue("control_not_in_scope", `Obligation ${obligation.id} requires ${ref}, which is in no catalogue in scope.`, path));
        } else if (!ids.has(parts.id)) {
          issues.push(issue("unknown_control", `Obligation ${obligation.id} requires ${ref}, which is not a control of catalogue "${parts.catalogue}".`, path));
        }
      });
    });
    return sortIssues(issues);
  } catch (error) {
    throw argumentError("validateObligations", error);
  }
}

// src/soa/soaVersion.ts
import * as z4 from "zod";
var SoaVersionSchema = z4.strictObject({
  /** Version number, 1, 2, 3, … */
  version: z4.int().positive(),
  /** When the version was issued. */
  date: IsoDateSchema,
  /** The derived rows. */
  rows: z4.array(SoaRowSchema),
  /** Who approved it. */
  approvedBy: PartySchema.optional(),
  /** When it was approved. */
  approvedOn: IsoDateSchema.optional(),
  /** What changed and why. */
  note: z4.string().optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});

// src/soa/createSoaVersion.ts
function createSoaVersion(previous, rows, options) {
  try {
    checkApproval(options.date, options.approvedBy, options.approvedOn);
    const version = previous.reduce((highest, item) => Math.max(highest, item.version), 0) + 1;
    return {
      version,
      date: options.date,
      rows: [...rows],
      ...options.approvedBy === void 0 ? {} : { approvedBy: options.approvedBy },
      ...options.approvedOn === void 0 ? {} : { approvedOn: options.approvedOn },
      ...options.note === void 0 ? {} : { note: options.note }
    };
  } catch (error) {
    throw argumentError("createSoaVersion", error);
  }
}
function checkApproval(date, approvedBy, approvedOn) {
  if (approvedBy === void 0 !== (approvedOn === void 0)) {
    throw new IsmsError("invalid_argument", "An approval needs both approvedBy and approvedOn.");
  }
  if (approvedOn !== void 0) {
    if (!isIsoDate(date) || !isIsoDate(approvedOn)) {
      throw new IsmsError("invalid_date", `"${date}" or "${approvedOn}" is not a calendar date in the form YYYY-MM-DD`);
    }
    if (compareDates(approvedOn, date) < 0) {
      throw new IsmsError("invalid_argument", `The approval (${approvedOn}) cannot be dated before the version (${date}).`);
    }
  }
}

// src/soa/approveSoaVersion.ts
function approveSoaVersion(version, approval) {
  try {
    checkApproval(version.date, approval.approvedBy, approval.approvedOn);
    if (version.approvedBy === approval.approvedBy && version.approvedOn === approval.approvedOn) return version;
    if (version.approvedBy !== void 0 || version.approvedOn !== void 0) {
      throw new IsmsError("invalid_argument", `SoA version ${version.version} is already approved; create a new version instead.`);
    }
    return produce(version, (draft) => {
      draft.approvedBy = approval.approvedBy;
      draft.approvedOn = approval.approvedOn;
    });
  } catch (error) {
    throw argumentError("approveSoaVersion", error);
  }
}

// src/soa/validateSoaVersions.ts
function validateSoaVersions(versions) {
  try {
    const issues = [];
    const seen = /* @__PURE__ */ new Map();
    versions.forEach((version, index) => {
      const first = seen.get(version.version);
      if (first === void 0) seen.set(version.version, index);
      else issues.push(issue("duplicate_version", `SoA version ${version.version} appears more than once.`, [index, "version"]));
      if (version.approvedBy === void 0 !== (version.approvedOn === void 0)) {
        const missing = version.approvedBy === void 0 ? "approvedBy" : "approvedOn";
        issues.push(issue("approval_incomplete", `SoA version ${version.version} records an approval without ${missing}.`, [index, missing]));
      }
      if (version.approvedOn !== void 0 && compareDates(version.approvedOn, version.date) < 0) {
        issues.push(issue("approval_before_date", `SoA version ${version.version} is approved on ${version.approvedOn}, before its date ${version.date}.`, [index, "approvedOn"]));
      }
      if (version.approvedBy === void 0 && version.approvedOn === void 0) return;
      version.rows.forEach((row, rowIndex) => {
        if (row.applicable || (row.justification ?? "").trim() !== "") return;
        issues.push(
          issue(
            "approved_with_undecided_control",
            `SoA version ${version.version} is approved, but it excludes ${row.ref} without a justification: decide the control and approve a new version.`,
            [index, "rows", rowIndex]
          )
        );
      });
    });
    versions.forEach((version, index) => {
      for (const other of versions) {
        if (other.version < version.version && compareDates(other.date, version.date) > 0) {
          issues.push(
            issue("version_date_order", `SoA version ${version.version} (${version.date}) is dated before version ${other.version} (${other.date}).`, [index, "date"], "warning")
          );
          break;
        }
      }
    });
    let latestIndex = -1;
    versions.forEach((version, index) => {
      const latest2 = versions[latestIndex];
      if (latest2 === void 0 || version.version > latest2.version) latestIndex = index;
    });
    const latest = versions[latestIndex];
    if (latest !== void 0 && latest.approvedBy === void 0 && latest.approvedOn === void 0) {
      issues.push(issue("latest_version_unapproved", `The latest SoA version (${latest.version}) is not approved.`, [latestIndex], "warning"));
    }
    return sortIssues(issues);
  } catch (error) {
    throw argumentError("validateSoaVersions", error);
  }
}

// src/soa/diffSoaVersions.ts
import * as z5 from "zod";
var SoaChangeKindSchema = z5.enum(["added", "removed", "applicability", "justification", "reasons", "status", "owner", "provider"]);
var SoaDiffEntrySchema = z5.strictObject({
  /** The control. */
  ref: ControlRefSchema,
  /** What changed. */
  change: SoaChangeKindSchema,
  /** The value in the first version. */
  before: z5.string().optional(),
  /** The value in the second version. */
  after: z5.string().optional()
});
function formatSoaReasons(reasons) {
  try {
    return reasons.map((reason) => {
      const ids = [...reason.risks ?? [], ...reason.obligations ?? []];
      return `${reason.kind}${ids.length > 0 ? ` (${ids.join(", ")})` : ""}${reason.note === void 0 ? "" : `: ${reason.note}`}`;
    }).join("; ");
  } catch (error) {
    throw argumentError("formatSoaReasons", error);
  }
}
function compareRefs(a, b) {
  const left = splitControlRef(a);
  const right = splitControlRef(b);
  if (!left || !right) return compareText(a, b);
  return compareText(left.catalogue, right.catalogue) || compareNatural(left.id, right.id);
}
var CHANGE_ORDER = SoaChangeKindSchema.options;
function canonicalReasons(reasons) {
  return JSON.stringify(reasons.map((reason) => [reason.kind, reason.risks ?? null, reason.obligations ?? null, reason.note ?? null]));
}
function entry(ref, change, before, after) {
  return { ref, change, ...before === void 0 ? {} : { before }, ...after === void 0 ? {} : { after } };
}
function diffSoaRows(before, after) {
  try {
    const index = (rows) => {
      const map = /* @__PURE__ */ new Map();
      for (const row of rows) if (!map.has(row.ref)) map.set(row.ref, row);
      return map;
    };
    const left = index(before);
    const right = index(after);
    const refs = [.../* @__PURE__ */ new Set([...left.keys(), ...right.keys()])].sort(compareRefs);
    const entries = [];
    for (const ref of refs) {
      const a = left.get(ref);
      const b = right.get(ref);
      if (!a) {
        entries.push(entry(ref, "added", void 0, b?.title));
        continue;
      }
      if (!b) {
        entries.push(entry(ref, "removed", a.title, void 0));
        continue;
      }
      const changes = [
        ["applicability", a.applicable ? "applicable" : "excluded", b.applicable ? "applicable" : "excluded", a.applicable !== b.applicable],
        ["justification", a.justification, b.justification, a.justification !== b.justification],
        ["reasons", formatSoaReasons(a.reasons), formatSoaReasons(b.reasons), canonicalReasons(a.reasons) !== canonicalReasons(b.reasons)],
        ["status", a.status, b.status, a.status !== b.status],
        ["owner", a.owner, b.owner, a.owner !== b.owner],
        ["provider", a.provider, b.provider, a.provider !== b.provider]
      ];
      for (const [change, x, y, changed] of changes) if (changed) entries.push(entry(ref, change, x, y));
    }
    return entries.sort((x, y) => compareRefs(x.ref, y.ref) || CHANGE_ORDER.indexOf(x.change) - CHANGE_ORDER.indexOf(y.change));
  } catch (error) {
    throw argumentError("diffSoaRows", error);
  }
}
function diffSoaVersions(before, after) {
  try {
    return diffSoaRows(before.rows, after.rows);
  } catch (error) {
    throw argumentError("diffSoaVersions", error);
  }
}

// src/soa/summariseSoa.ts
function emptyStatus() {
  return Object.fromEntries(ImplementationStatusSchema.options.map((status) => [status, 0]));
}
function count(counter, row) {
  counter.total += 1;
  if (row.applicable) {
    counter.applicable += 1;
    counter.byStatus[row.status] += 1;
  } else if (row.undecided === true) {
    counter.undecided += 1;
  } else {
    counter.excluded += 1;
  }
}
function summariseSoa(rows) {
  try {
    const overall = { total: 0, applicable: 0, excluded: 0, undecided: 0, byStatus: emptyStatus() };
    const groups = /* @__PURE__ */ new Map();
    let statusMismatches = 0;
    for (const row of rows) {
      count(overall, row);
      if (row.statusMismatch === true) statusMismatches += 1;
      const key = JSON.stringify([row.catalogue, row.group ?? null]);
      let group = groups.get(key);
      if (!group) {
        group = { catalogue: row.catalogue, ...row.group === void 0 ? {} : { group: row.group }, total: 0, applicable: 0, excluded: 0, undecided: 0, byStatus: emptyStatus() };
        groups.set(key, group);
      }
      count(group, row);
    }
    return { ...overall, byGroup: [...groups.values()], statusMismatches };
  } catch (error) {
    throw argumentError("summariseSoa", error);
  }
}

export {
  ObligationKindSchema,
  ObligationSchema,
  ImplementationStatusSchema,
  SoaReasonKindSchema,
  DecisionReasonSchema,
  EvidenceSchema,
  ApplicabilityDecisionSchema,
  SoaReasonSchema,
  SoaRowSchema,
  deriveSoa,
  validateSoa,
  validateObligations,
  SoaVersionSchema,
  createSoaVersion,
  approveSoaVersion,
  validateSoaVersions,
  SoaChangeKindSchema,
  SoaDiffEntrySchema,
  formatSoaReasons,
  diffSoaRows,
  diffSoaVersions,
  summariseSoa
};
