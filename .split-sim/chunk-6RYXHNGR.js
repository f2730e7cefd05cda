import {
  ANNEX_A,
  ControlRefSchema,
  resolveControlRef,
  splitControlRef
} from "./chunk-JXVDKXIR.js";
import {
  RatingSchema,
  RiskLevelSchema,
  evaluateLevel,
  listRisksAboveTolerance,
  scoreRating
} from "./chunk-XQHOXAYO.js";
import {
  deepEqual,
  produce,
  sameParty,
  unknownEntity
} from "./chunk-Q7XSFGXC.js";
import {
  ActionIdSchema,
  CustomFieldsSchema,
  DecisionIdSchema,
  IsmsError,
  IsoDateSchema,
  NonBlankStringSchema,
  PartySchema,
  RiskIdSchema,
  TreatmentPlanIdSchema,
  addDays,
  addMonths,
  argumentError,
  compareDates,
  daysBetween,
  err,
  issue,
  ok,
  prefixIssues
} from "./chunk-7Q37T3A7.js";

// src/treatment/option.ts
import * as z from "zod";
var TreatmentOptionSchema = z.enum(["modify", "retain", "avoid", "share"]);
var TREATMENT_OPTION_ALIASES = Object.freeze({
  modify: "modify",
  modification: "modify",
  mitigate: "modify",
  mitigation: "modify",
  reduce: "modify",
  reduction: "modify",
  treat: "modify",
  remediate: "modify",
  remediation: "modify",
  control: "modify",
  retain: "retain",
  retention: "retain",
  accept: "retain",
  acceptance: "retain",
  tolerate: "retain",
  avoid: "avoid",
  avoidance: "avoid",
  terminate: "avoid",
  termination: "avoid",
  eliminate: "avoid",
  discontinue: "avoid",
  share: "share",
  sharing: "share",
  transfer: "share",
  insure: "share",
  insurance: "share",
  outsource: "share"
});
function normaliseTreatmentOption(word) {
  try {
    const key = word.trim().toLowerCase().replace(/[\s_-]+/g, " ").replace(/^risk /, "");
    return Object.hasOwn(TREATMENT_OPTION_ALIASES, key) ? TREATMENT_OPTION_ALIASES[key] : void 0;
  } catch (error) {
    throw argumentError("normaliseTreatmentOption", error);
  }
}
function aliasPattern() {
  const letters = (word) => [...word].map((char) => `[${char.toUpperCase()}${char}${char === "k" ? "\\u212A" : ""}]`).join("");
  return `^\\s*(?:${letters("risk")}[\\s_-]+)?(?:${Object.keys(TREATMENT_OPTION_ALIASES).map(letters).join("|")})\\s*$`;
}
function describeAliases() {
  const byOption = TreatmentOptionSchema.options.map((option) => {
    const aliases = Object.keys(TREATMENT_OPTION_ALIASES).filter((alias) => alias !== option && TREATMENT_OPTION_ALIASES[alias] === option);
    return `${aliases.join(", ")} \u2192 ${option}`;
  });
  return `A risk treatment option: modify, retain, avoid or share. Common words are accepted and normalised to these on reading (case-insensitive; surrounding spaces, a leading "risk " and -/_ are ignored): ${byOption.join("; ")}.`;
}
var TreatmentOptionInputSchema = z.codec(
  // The pattern is metadata for the JSON Schema only; zod checks the word in `decode`, with a clearer message.
  z.string().meta({ description: describeAliases(), examples: [...TreatmentOptionSchema.options], pattern: aliasPattern() }),
  TreatmentOptionSchema,
  {
    decode: (word, ctx) => {
      const option = normaliseTreatmentOption(word);
      if (option === void 0) {
        ctx.issues.push({
          code: "custom",
          input: word,
          message: `"${word}" is not a treatment option; use modify, retain, avoid or share (or a common alias such as mitigate, accept, terminate, transfer)`
        });
        return z.NEVER;
      }
      return option;
    },
    encode: (option) => option
  }
);
function toOscalResponseType(option) {
  switch (option) {
    case "modify":
      return "mitigate";
    case "retain":
      return "accept";
    case "avoid":
      return "avoid";
    case "share":
      return "share";
    /* v8 ignore next 4 */
    default: {
      const unreachable = option;
      return unreachable;
    }
  }
}

// src/treatment/plan.ts
import * as z2 from "zod";
var ControlStateSchema = z2.enum(["existing", "planned"]);
var PlanControlSchema = z2.strictObject({
  /** The control, `"<catalogue>:<control id>"`. */
  ref: ControlRefSchema,
  /** Existing or planned. */
  state: ControlStateSchema,
  /** How the control serves this plan. */
  note: z2.string().optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});
var ActionStatusSchema = z2.enum(["planned", "in_progress", "done", "cancelled"]);
var TreatmentActionSchema = z2.strictObject({
  /** Id, unique within the plan. */
  id: ActionIdSchema,
  /** What is to be done. */
  title: NonBlankStringSchema,
  /** Who is responsible. */
  owner: PartySchema,
  /** When it is due. */
  due: IsoDateSchema,
  /** Where it stands. */
  status: ActionStatusSchema,
  /** When it was done (required once `status` is `done`, see `validateTreatmentPlans`). */
  completedOn: IsoDateSchema.optional(),
  /** The planned controls of the plan that this action implements. */
  controls: z2.array(ControlRefSchema).optional(),
  /** Remarks. */
  note: z2.string().optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});
var SharingSchema = z2.strictObject({
  /** Who takes a share of the risk. */
  counterparty: PartySchema,
  /** By what means. */
  instrument: z2.strictObject({
    /** The kind of instrument. */
    kind: z2.enum(["insurance_policy", "contract", "outsourcing_agreement", "other"]),
    /** Policy or contract number, or a link. */
    reference: z2.string().optional(),
    /** When the instrument ends. */
    expires: IsoDateSchema.optional()
  }).optional(),
  /** Remarks, e.g. what part of the consequence is covered. */
  note: z2.string().optional()
});
var AvoidanceSchema = z2.strictObject({
  /** The activity that stops. */
  activityStopped: NonBlankStringSchema,
  /** From when. */
  effectiveFrom: IsoDateSchema.optional()
});
var TargetRatingSchema = z2.strictObject({
  /** Likelihood level key. */
  likelihood: RatingSchema.shape.likelihood,
  /** Consequence level key. */
  consequence: RatingSchema.shape.consequence,
  /** Methodology version; by default that of each risk's current rating. */
  methodology: RatingSchema.shape.methodology.optional()
});
var PrioritySchema = z2.enum(["low", "medium", "high", "critical"]);
var TreatmentPlanSchema = z2.strictObject({
  /** Plan id. */
  id: TreatmentPlanIdSchema,
  /** Short title. */
  title: NonBlankStringSchema,
  /** What the plan is about and why this treatment was chosen. */
  description: z2.string().optional(),
  /** The risks it treats. */
  risks: z2.array(RiskIdSchema).min(1),
  /**
   * The chosen options. On input any common word is accepted and normalised (`"Mitigate"` →
   * `"modify"`, `"transfer"` → `"share"`, see {@link TreatmentOptionInputSchema}); parsed
   * plans hold the four canonical words only.
   */
  options: z2.array(TreatmentOptionInputSchema).min(1),
  /** The controls it relies on. */
  controls: z2.array(PlanControlSchema),
  /** The actions. */
  actions: z2.array(TreatmentActionSchema),
  /** For sharing: with whom and by what instrument. */
  sharing: SharingSchema.optional(),
  /** For avoidance: what activity stops. */
  avoidance: AvoidanceSchema.optional(),
  /** The rating the plan aims for. */
  target: TargetRatingSchema.optional(),
  /** Priority. */
  priority: PrioritySchema.optional(),
  /** Who is responsible for the plan as a whole. */
  owner: PartySchema.optional(),
  /** When the plan was created. */
  created: IsoDateSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});

// src/treatment/decision.ts
import * as z3 from "zod";
var DecisionKindSchema = z3.enum(["plan_approval", "risk_acceptance", "revocation"]);
var CosignerSchema = z3.strictObject({
  /** The person. */
  decidedBy: PartySchema,
  /** The role they sign in. */
  role: PartySchema,
  /** When they signed, if not on the decision's date. */
  date: IsoDateSchema.optional()
});
var FrozenRatingSchema = z3.strictObject({
  /** Likelihood level key. */
  likelihood: RatingSchema.shape.likelihood,
  /** Consequence level key. */
  consequence: RatingSchema.shape.consequence,
  /** Methodology id and version. */
  methodology: RatingSchema.shape.methodology
});
var ApprovedRatingSchema = z3.strictObject({
  /** The risk, one of the plan's risks. */
  risk: RiskIdSchema,
  /** Its current rating when the plan was approved, frozen. */
  rating: FrozenRatingSchema
});
var signed = {
  /** Decision id, unique among all decisions. */
  id: DecisionIdSchema,
  /** The person who decided. */
  decidedBy: PartySchema,
  /** The role they decided in, e.g. `"Risk owner"` or `"CISO"`. */
  role: PartySchema,
  /** Further signatures, when the criteria require several roles. */
  cosigners: z3.array(CosignerSchema).optional(),
  /** When it was decided. */
  date: IsoDateSchema,
  /** Who asked for the decision; must not be the decider. */
  requestedBy: PartySchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
};
var standing = {
  /** Why. */
  rationale: NonBlankStringSchema,
  /** Conditions attached to the decision. */
  conditions: z3.array(NonBlankStringSchema).optional(),
  /** After this date the decision no longer holds. */
  expires: IsoDateSchema.optional(),
  /** By this date the decision is to be reviewed (by default the review interval of the criteria). */
  reviewBy: IsoDateSchema.optional()
};
var PlanApprovalSchema = z3.strictObject({
  /** Discriminator. */
  kind: z3.literal("plan_approval"),
  ...signed,
  ...standing,
  /** The approved plan. */
  plan: TreatmentPlanIdSchema,
  /** The plan's fingerprint when approved. */
  planFingerprint: z3.string().regex(/^[0-9a-f]{16}$/, { message: "a fingerprint is 16 lower-case hex digits" }).optional(),
  /** The current rating of each of the plan's risks that the approval was decided on, frozen. */
  ratings: z3.array(ApprovedRatingSchema).optional()
});
var RiskAcceptanceSchema = z3.strictObject({
  /** Discriminator. */
  kind: z3.literal("risk_acceptance"),
  ...signed,
  ...standing,
  /** The accepted risk. */
  risk: RiskIdSchema,
  /** The residual rating accepted, frozen. */
  rating: FrozenRatingSchema,
  /** The level of risk of that rating, frozen. */
  level: RiskLevelSchema.shape.key,
  /** The plan whose outcome is accepted, if any. */
  plan: TreatmentPlanIdSchema.optional(),
  /** Compensating controls the acceptance relies on. */
  compensatingControls: z3.array(ControlRefSchema).optional()
});
var RevocationSchema = z3.strictObject({
  /** Discriminator. */
  kind: z3.literal("revocation"),
  ...signed,
  /** The decision revoked. */
  revokes: DecisionIdSchema,
  /** Why. */
  reason: NonBlankStringSchema
});
var DecisionSchema = z3.discriminatedUnion("kind", [PlanApprovalSchema, RiskAcceptanceSchema, RevocationSchema]);

// src/treatment/planFingerprint.ts
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value;
    const keys = Object.keys(record).filter((key) => record[key] !== void 0).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function fnv1a(text, offset) {
  let hash = offset >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
function planFingerprint(plan) {
  try {
    const substance = {
      risks: [...new Set(plan.risks)].sort(),
      options: [...new Set(plan.options)].sort(),
      controls: [...new Set(plan.controls.map((control) => control.ref))].sort(),
      target: plan.target,
      sharing: plan.sharing,
      avoidance: plan.avoidance
    };
    const text = canonical(substance);
    return fnv1a(text, 2166136261) + fnv1a(text, 19088743);
  } catch (error) {
    throw argumentError("planFingerprint", error);
  }
}

// src/treatment/planApprovalRatings.ts
function planApprovalRatings(plan, risks) {
  try {
    const wanted = new Set(plan.risks);
    const byId = /* @__PURE__ */ new Map();
    for (const risk of risks) if (wanted.has(risk.id) && !byId.has(risk.id)) byId.set(risk.id, risk);
    const seen = /* @__PURE__ */ new Set();
    const ratings = [];
    for (const id of plan.risks) {
      if (seen.has(id)) continue;
      seen.add(id);
      const current = byId.get(id)?.ratings.current;
      if (!current) continue;
      ratings.push({
        risk: id,
        rating: { likelihood: current.likelihood, consequence: current.consequence, methodology: { id: current.methodology.id, version: current.methodology.version } }
      });
    }
    return ratings;
  } catch (error) {
    throw argumentError("planApprovalRatings", error);
  }
}

// src/treatment/_internal/decisions.ts
function revocationCounts(revocation, asOf) {
  return asOf === void 0 || compareDates(revocation.date, asOf) <= 0;
}
function revocationsByTarget(decisions, asOf) {
  const found = /* @__PURE__ */ new Map();
  for (const decision of decisions) {
    if (decision.kind !== "revocation" || !revocationCounts(decision, asOf)) continue;
    if (!found.has(decision.revokes)) found.set(decision.revokes, decision);
  }
  return found;
}
function signatories(decision) {
  return [{ decidedBy: decision.decidedBy, role: decision.role }, ...decision.cosigners ?? []];
}

// src/treatment/sameRating.ts
function sameRating(frozen, rating) {
  try {
    return rating !== void 0 && frozen.likelihood === rating.likelihood && frozen.consequence === rating.consequence && frozen.methodology.id === rating.methodology.id && frozen.methodology.version === rating.methodology.version;
  } catch (error) {
    throw argumentError("sameRating", error);
  }
}

// src/treatment/_internal/checks.ts
function signatureIssues(decision, asOf) {
  const found = [];
  const requester = decision.requestedBy;
  if (requester !== void 0 && signatories(decision).some((signer) => sameParty(signer.decidedBy, requester))) {
    found.push(issue("requester_is_approver", `Decision ${decision.id} was requested by ${requester}, who also decided it.`, ["requestedBy"]));
  }
  if (decision.expires !== void 0 && compareDates(decision.expires, decision.date) < 0) {
    found.push(issue("expires_before_decision", `Decision ${decision.id} expires on ${decision.expires}, before it was made on ${decision.date}.`, ["expires"]));
  }
  if (asOf !== void 0) {
    const noun = decision.kind === "plan_approval" ? "Approval" : "Acceptance";
    if (compareDates(decision.date, asOf) > 0) {
      found.push(issue("decision_in_future", `${noun} ${decision.id} is dated ${decision.date}, after ${asOf}.`, ["date"]));
    }
    (decision.cosigners ?? []).forEach((cosigner, c) => {
      if (cosigner.date !== void 0 && compareDates(cosigner.date, asOf) > 0) {
        found.push(issue("decision_in_future", `${cosigner.decidedBy} signs ${noun.toLowerCase()} ${decision.id} on ${cosigner.date}, after ${asOf}.`, ["cosigners", c, "date"]));
      }
    });
  }
  return found;
}

// src/treatment/_internal/methodologies.ts
function findMethodology(methodologies, ref) {
  const list = Array.isArray(methodologies) ? methodologies : [methodologies];
  return list.find((candidate) => candidate.id === ref.id && candidate.version === ref.version);
}
function tryScore(methodologies, rating) {
  const methodology = findMethodology(methodologies, rating.methodology);
  if (!methodology) return void 0;
  try {
    return { score: scoreRating(methodology, { ...rating, date: "1970-01-01" }), methodology };
  } catch {
    return void 0;
  }
}

// src/treatment/_internal/judgeAcceptance.ts
function rolesCoveredByDistinctPeople(required, signers) {
  const people = [];
  for (const signer of signers) {
    const known = people.find((person) => sameParty(person.name, signer.decidedBy));
    if (known) known.roles.push(signer.role);
    else people.push({ name: signer.decidedBy, roles: [signer.role] });
  }
  const holder = people.map(() => -1);
  const assign = (role, visited) => {
    for (const [index, person] of people.entries()) {
      if (visited[index] === true || !person.roles.some((held) => sameParty(held, role))) continue;
      visited[index] = true;
      const previous = required[holder[index] ?? -1];
      if (previous === void 0 || assign(previous, visited)) {
        holder[index] = required.indexOf(role);
        return true;
      }
    }
    return false;
  };
  return required.every((role) => assign(role, people.map(() => false)));
}
function judgeAcceptance(decision, lookup) {
  const invalidReasons = signatureIssues(decision, lookup.asOf);
  const risk = lookup.risk;
  if (!risk) invalidReasons.push(issue("unknown_risk", `Acceptance ${decision.id} names unknown risk ${decision.risk}.`, ["risk"]));
  const stale = !sameRating(decision.rating, risk?.ratings.residual);
  const asOf = lookup.asOf;
  const expired = asOf !== void 0 && decision.expires !== void 0 && compareDates(asOf, decision.expires) > 0;
  const revokedBy = lookup.revocations.get(decision.id)?.id;
  const scored = tryScore(lookup.methodologies, decision.rating);
  let level;
  let reviewDue = decision.reviewBy;
  if (!scored) {
    invalidReasons.push(
      issue(
        "unknown_methodology",
        `Acceptance ${decision.id} was decided on a rating that cannot be scored: methodology ${decision.rating.methodology.id} v${decision.rating.methodology.version} is not held or a key is not on its scale.`,
        ["rating"]
      )
    );
  } else {
    level = scored.score.level.key;
    if (level !== decision.level) {
      invalidReasons.push(issue("level_mismatch", `Acceptance ${decision.id} records level ${decision.level}, but its rating scores ${level}.`, ["level"]));
    }
    const criteria = evaluateLevel(scored.methodology, level);
    const signers = signatories(decision);
    const required = criteria.authority.filter((role, r) => criteria.authority.findIndex((other) => sameParty(other, role)) === r);
    const missing = required.filter((role) => !signers.some((signer) => sameParty(signer.role, role)));
    if (missing.length > 0) {
      invalidReasons.push(
        issue("insufficient_authority", `Accepting a ${level} risk requires ${criteria.authority.join(", ")}; missing: ${missing.join(", ")}.`, ["role"])
      );
    } else if (!rolesCoveredByDistinctPeople(required, signers)) {
      invalidReasons.push(
        issue(
          "same_person_multiple_roles",
          `Accepting a ${level} risk requires ${required.join(", ")}, each signed by a different person; in acceptance ${decision.id} one person signs for more than one of them.`,
          ["cosigners"]
        )
      );
    }
    if (criteria.compensatingControlsRequired && (decision.compensatingControls ?? []).length === 0) {
      invalidReasons.push(
        issue("compensating_controls_missing", `Accepting a ${level} risk requires compensating controls; acceptance ${decision.id} names none.`, ["compensatingControls"])
      );
    }
    if (reviewDue === void 0 && criteria.review) {
      reviewDue = criteria.review.unit === "months" ? addMonths(decision.date, criteria.review.every) : addDays(decision.date, criteria.review.every);
    }
  }
  const revoked = revokedBy !== void 0;
  return {
    valid: invalidReasons.length === 0 && !stale && !expired && !revoked,
    stale,
    expired,
    revoked,
    revokedBy,
    level,
    reviewDue,
    invalidReasons
  };
}

// src/treatment/acceptanceStatus.ts
function acceptanceStatus(decision, options) {
  try {
    return judgeAcceptance(decision, {
      risk: options.risks.find((candidate) => candidate.id === decision.risk),
      methodologies: options.methodologies,
      revocations: revocationsByTarget(options.decisions, options.asOf),
      asOf: options.asOf
    });
  } catch (error) {
    throw argumentError("acceptanceStatus", error);
  }
}

// src/treatment/_internal/judgeApproval.ts
function judgeApproval(approval, plan, revocations, asOf, fingerprint, risks) {
  const invalidReasons = signatureIssues(approval, asOf);
  const stale = approval.planFingerprint !== void 0 && approval.planFingerprint !== (fingerprint ?? planFingerprint(plan));
  const expired = asOf !== void 0 && approval.expires !== void 0 && compareDates(asOf, approval.expires) > 0;
  const revokedBy = revocations.get(approval.id)?.id;
  if (approval.plan !== plan.id) {
    invalidReasons.push(issue("unknown_plan", `Approval ${approval.id} is for plan ${approval.plan}, not ${plan.id}.`, ["plan"]));
  }
  const revoked = revokedBy !== void 0;
  const changedRatings = risks ? changedApprovalRatings(approval, plan, risks) : [];
  return { valid: invalidReasons.length === 0 && !stale && !expired && !revoked, stale, expired, revoked, revokedBy, changedRatings, invalidReasons };
}
function changedApprovalRatings(approval, plan, risks) {
  const changed = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { risk: id, rating } of approval.ratings ?? []) {
    const risk = risks.get(id);
    if (!risk || !plan.risks.includes(id) || seen.has(id)) continue;
    seen.add(id);
    if (!sameRating(rating, risk.ratings.current)) changed.push(id);
  }
  return changed;
}

// src/treatment/isPlanApproved.ts
function planApprovalStatus(approval, plan, decisions, asOf, risks) {
  try {
    const byId = risks ? new Map(risks.map((risk) => [risk.id, risk])) : void 0;
    return judgeApproval(approval, plan, revocationsByTarget(decisions, asOf), asOf, void 0, byId);
  } catch (error) {
    throw argumentError("planApprovalStatus", error);
  }
}
function listValidPlanApprovals(plan, decisions, asOf) {
  try {
    const mine = decisions.filter((decision) => decision.kind === "plan_approval" && decision.plan === plan.id);
    if (mine.length === 0) return mine;
    const revocations = revocationsByTarget(decisions, asOf);
    const fingerprint = planFingerprint(plan);
    return mine.filter((approval) => judgeApproval(approval, plan, revocations, asOf, fingerprint).valid);
  } catch (error) {
    throw argumentError("listValidPlanApprovals", error);
  }
}
function isPlanApproved(plan, decisions, asOf) {
  try {
    return listValidPlanApprovals(plan, decisions, asOf).length > 0;
  } catch (error) {
    throw argumentError("isPlanApproved", error);
  }
}

// src/treatment/isAcceptanceValid.ts
function isAcceptanceValid(acceptance, options) {
  try {
    return judgeAcceptance(acceptance, {
      risk: options.risks.find((candidate) => candidate.id === acceptance.risk),
      methodologies: options.methodologies,
      revocations: revocationsByTarget(options.decisions, options.asOf),
      asOf: options.asOf
    }).valid;
  } catch (error) {
    throw argumentError("isAcceptanceValid", error);
  }
}

// src/treatment/isDecisionRevoked.ts
function isDecisionRevoked(decision, decisions, asOf) {
  try {
    const id = decision.id;
    for (const candidate of decisions) {
      if (candidate.kind === "revocation" && candidate.revokes === id && revocationCounts(candidate, asOf)) return true;
    }
    return false;
  } catch (error) {
    throw argumentError("isDecisionRevoked", error);
  }
}

// src/treatment/isActionDone.ts
function actionStatusOn(action, asOf) {
  try {
    if (action.status !== "done" || asOf === void 0 || action.completedOn === void 0) return action.status;
    return compareDates(action.completedOn, asOf) <= 0 ? "done" : "in_progress";
  } catch (error) {
    throw argumentError("actionStatusOn", error);
  }
}
function isActionDone(action, asOf) {
  try {
    return actionStatusOn(action, asOf) === "done";
  } catch (error) {
    throw argumentError("isActionDone", error);
  }
}

// src/treatment/validateTreatmentPlans.ts
function levelIndexOf(methodologies, rating) {
  return tryScore(methodologies, rating)?.score.levelIndex;
}
function validateTreatmentPlans(plans, context) {
  try {
    const found = [];
    const custom = context.catalogues ?? [];
    const inScope = new Set(context.cataloguesInScope ?? [ANNEX_A, ...custom.map((catalogue) => catalogue.id)]);
    const risks = new Map(context.risks.map((risk) => [risk.id, risk]));
    const acceptancesOf = /* @__PURE__ */ new Map();
    for (const decision of context.decisions) {
      if (decision.kind !== "risk_acceptance") continue;
      const list = acceptancesOf.get(decision.risk);
      if (list) list.push(decision);
      else acceptancesOf.set(decision.risk, [decision]);
    }
    let revocations;
    const judged = /* @__PURE__ */ new Map();
    const acceptanceOf = (risk) => {
      const known = judged.get(risk.id);
      if (known) return known;
      revocations ??= revocationsByTarget(context.decisions, context.asOf);
      const why = [];
      let accepted = false;
      for (const decision of acceptancesOf.get(risk.id) ?? []) {
        const status = judgeAcceptance(decision, { risk, methodologies: context.methodologies, revocations, asOf: context.asOf });
        if (status.valid) {
          accepted = true;
          break;
        }
        const reasons = [
          ...status.invalidReasons.map((found2) => found2.code),
          ...status.stale ? ["stale"] : [],
          ...status.expired ? ["expired"] : [],
          ...status.revoked ? [`revoked by ${status.revokedBy}`] : []
        ];
        why.push(`${decision.id}: ${reasons.join(", ")}`);
      }
      const result = { accepted, why: accepted ? [] : why };
      judged.set(risk.id, result);
      return result;
    };
    const planIds = /* @__PURE__ */ new Set();
    plans.forEach((plan, p) => {
      if (planIds.has(plan.id)) found.push(issue("duplicate_plan_id", `Plan id ${plan.id} is used more than once.`, [p, "id"]));
      planIds.add(plan.id);
      const seenOptions = /* @__PURE__ */ new Set();
      plan.options.forEach((option, o) => {
        if (seenOptions.has(option)) found.push(issue("duplicate_option", `Plan ${plan.id} lists option ${option} twice.`, [p, "options", o], "warning"));
        seenOptions.add(option);
      });
      const planRisks = [];
      const seenRisks = /* @__PURE__ */ new Set();
      plan.risks.forEach((riskId, r) => {
        if (seenRisks.has(riskId)) found.push(issue("duplicate_risk", `Plan ${plan.id} lists risk ${riskId} twice.`, [p, "risks", r], "warning"));
        seenRisks.add(riskId);
        const risk = risks.get(riskId);
        if (!risk) found.push(issue("unknown_risk", `Plan ${plan.id} names unknown risk ${riskId}.`, [p, "risks", r]));
        else planRisks.push({ risk, index: r });
      });
      const unknownControl = (ref, path) => {
        const catalogue = splitControlRef(ref)?.catalogue ?? "";
        if (!inScope.has(catalogue)) return issue("control_not_in_scope", `Control ${ref} is from catalogue "${catalogue}", which is not in scope.`, path);
        if (!resolveControlRef(ref, custom)) return issue("unknown_control", `Control ${ref} does not exist in catalogue "${catalogue}".`, path);
        return void 0;
      };
      const seenControls = /* @__PURE__ */ new Set();
      plan.controls.forEach((control, c) => {
        if (seenControls.has(control.ref)) found.push(issue("duplicate_control", `Plan ${plan.id} lists control ${control.ref} twice.`, [p, "controls", c], "warning"));
        seenControls.add(control.ref);
        const unknown = unknownControl(control.ref, [p, "controls", c, "ref"]);
        if (unknown !== void 0) found.push(unknown);
      });
      const actionIds = /* @__PURE__ */ new Set();
      const implemented = /* @__PURE__ */ new Set();
      plan.actions.forEach((action, a) => {
        if (actionIds.has(action.id)) found.push(issue("duplicate_action_id", `Plan ${plan.id} uses action id ${action.id} twice.`, [p, "actions", a, "id"]));
        actionIds.add(action.id);
        if (action.status === "done" && action.completedOn === void 0) {
          found.push(issue("action_done_without_date", `Action ${action.id} of plan ${plan.id} is done but has no completion date.`, [p, "actions", a, "completedOn"]));
        }
        if (action.status !== "done" && action.completedOn !== void 0) {
          found.push(
            issue("completion_date_without_done", `Action ${action.id} of plan ${plan.id} has a completion date but is ${action.status}.`, [p, "actions", a, "completedOn"], "warning")
          );
        }
        (action.controls ?? []).forEach((ref, c) => {
          if (!seenControls.has(ref)) {
            const path = [p, "actions", a, "controls", c];
            found.push(unknownControl(ref, path) ?? issue("action_control_not_in_plan", `Action ${action.id} implements ${ref}, which plan ${plan.id} does not list.`, path, "warning"));
          }
          if (action.status !== "cancelled") implemented.add(ref);
        });
      });
      plan.controls.forEach((control, c) => {
        if (control.state === "planned" && !implemented.has(control.ref)) {
          found.push(issue("planned_control_without_action", `Planned control ${control.ref} of plan ${plan.id} has no action that implements it.`, [p, "controls", c], "warning"));
        }
      });
      for (const option of seenOptions) {
        switch (option) {
          case "modify": {
            if (plan.controls.length === 0) found.push(issue("modify_without_control", `Plan ${plan.id} modifies risk but names no control.`, [p, "controls"]));
            for (const { risk } of planRisks) {
              const target = plan.target ?? risk.ratings.target;
              if (!target) {
                found.push(issue("modify_without_target", `Plan ${plan.id} modifies risk ${risk.id} but neither the plan nor the risk has a target rating.`, [p, "target"]));
                continue;
              }
              const current = risk.ratings.current;
              if (!current) continue;
              const targetIndex = levelIndexOf(context.methodologies, { ...target, methodology: target.methodology ?? current.methodology });
              const currentIndex = levelIndexOf(context.methodologies, current);
              if (targetIndex === void 0) {
                found.push(issue("target_not_scorable", `The target rating of plan ${plan.id} cannot be scored for risk ${risk.id}.`, [p, "target"]));
              } else if (currentIndex !== void 0 && targetIndex > currentIndex) {
                found.push(issue("target_worse_than_current", `The target of plan ${plan.id} is a higher level of risk than the current rating of ${risk.id}.`, [p, "target"]));
              }
            }
            break;
          }
          case "avoid": {
            if (!plan.avoidance) found.push(issue("avoid_without_activity", `Plan ${plan.id} avoids risk but does not say what activity stops.`, [p, "avoidance"]));
            for (const { risk } of planRisks) {
              const residual = risk.ratings.residual;
              const ratings = [
                ...plan.target ? [{ rating: plan.target, methodology: plan.target.methodology ?? risk.ratings.current?.methodology ?? residual?.methodology }] : [],
                ...residual ? [{ rating: residual, methodology: residual.methodology }] : []
              ];
              const notLowest = ratings.some(({ rating, methodology }) => {
                if (!methodology) return false;
                const index = levelIndexOf(context.methodologies, { likelihood: rating.likelihood, consequence: rating.consequence, methodology });
                return index !== void 0 && index > 0;
              });
              if (notLowest) {
                found.push(issue("avoid_residual_not_lowest", `Plan ${plan.id} avoids risk ${risk.id}, but its target or residual is above the lowest level of risk.`, [p, "target"]));
              }
            }
            break;
          }
          case "share":
            if (!plan.sharing) found.push(issue("share_without_counterparty", `Plan ${plan.id} shares risk but names no counterparty.`, [p, "sharing"]));
            else if (!plan.sharing.instrument) {
              found.push(issue("share_without_instrument", `Plan ${plan.id} shares risk with ${plan.sharing.counterparty} but names no instrument.`, [p, "sharing", "instrument"], "warning"));
            }
            break;
          case "retain":
            for (const { risk, index } of planRisks) {
              const { accepted, why } = acceptanceOf(risk);
              if (accepted) continue;
              const message = why.length === 0 ? `Plan ${plan.id} retains risk ${risk.id}, but no risk owner has accepted it.` : `Plan ${plan.id} retains risk ${risk.id}, but no acceptance of it holds (${why.join("; ")}).`;
              found.push(issue("retain_without_acceptance", message, [p, "risks", index]));
            }
            break;
          /* v8 ignore next 4 */
          default: {
            const unreachable = option;
            throw new Error(`unknown option ${String(unreachable)}`);
          }
        }
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateTreatmentPlans", error);
  }
}

// src/treatment/validateDecisions.ts
function validateDecisions(decisions, context) {
  try {
    const found = [];
    const byId = /* @__PURE__ */ new Map();
    for (const decision of decisions) if (!byId.has(decision.id)) byId.set(decision.id, decision);
    const plans = new Map(context.plans.map((plan) => [plan.id, plan]));
    const risks = new Map(context.risks.map((risk) => [risk.id, risk]));
    const seen = /* @__PURE__ */ new Set();
    const revokedTargets = /* @__PURE__ */ new Set();
    const asOf = context.asOf;
    const revocations = revocationsByTarget(decisions, asOf);
    decisions.forEach((decision, d) => {
      if (seen.has(decision.id)) found.push(issue("duplicate_decision_id", `Decision id ${decision.id} is used more than once.`, [d, "id"]));
      seen.add(decision.id);
      switch (decision.kind) {
        case "plan_approval": {
          const plan = plans.get(decision.plan);
          if (!plan) {
            found.push(issue("unknown_plan", `Approval ${decision.id} names unknown plan ${decision.plan}.`, [d, "plan"]));
            break;
          }
          const status = judgeApproval(decision, plan, revocations, asOf, void 0, risks);
          found.push(...prefixIssues(status.invalidReasons, [d]));
          const frozen = decision.ratings ?? [];
          const rated = /* @__PURE__ */ new Set();
          frozen.forEach(({ risk, rating }, r) => {
            if (!plan.risks.includes(risk)) {
              found.push(issue("approval_rating_not_in_plan", `Approval ${decision.id} records a rating for risk ${risk}, which plan ${plan.id} does not treat.`, [d, "ratings", r, "risk"]));
            } else if (rated.has(risk)) {
              found.push(issue("duplicate_approval_rating", `Approval ${decision.id} records more than one rating for risk ${risk}.`, [d, "ratings", r, "risk"]));
            }
            rated.add(risk);
            if (!tryScore(context.methodologies, rating)) {
              found.push(
                issue(
                  "unknown_methodology",
                  `Approval ${decision.id} froze a rating of risk ${risk} that cannot be scored: methodology ${rating.methodology.id} v${rating.methodology.version} is not held or a key is not on its scale.`,
                  [d, "ratings", r, "rating"]
                )
              );
            }
          });
          if (status.revoked) break;
          if (decision.ratings !== void 0) {
            for (const riskId of new Set(plan.risks)) {
              if (rated.has(riskId) || !risks.has(riskId)) continue;
              found.push(
                issue(
                  "approval_rating_missing",
                  `Approval ${decision.id} records ratings, but none for risk ${riskId} of plan ${plan.id} (it had no current rating when approved, or the plan treats it since).`,
                  [d, "ratings"],
                  "warning"
                )
              );
            }
          }
          for (const riskId of status.changedRatings) {
            const r = frozen.findIndex((entry) => entry.risk === riskId);
            const rating = frozen[r]?.rating;
            if (rating === void 0) continue;
            const now = risks.get(riskId)?.ratings.current;
            const under = now && (now.methodology.id !== rating.methodology.id || now.methodology.version !== rating.methodology.version);
            const described = now ? `${now.likelihood} \xD7 ${now.consequence}${under ? ` under ${now.methodology.id} v${now.methodology.version}` : ""}` : "no current rating";
            found.push(
              issue(
                "approval_rating_stale",
                `Risk ${riskId} was rated ${rating.likelihood} \xD7 ${rating.consequence} when plan ${plan.id} was approved in ${decision.id}; it now has ${described}. The risk owner should look at the plan again.`,
                [d, "ratings", r, "rating"],
                "warning"
              )
            );
          }
          if (decision.planFingerprint === void 0) {
            found.push(
              issue(
                "approval_without_fingerprint",
                `Approval ${decision.id} records no plan fingerprint, so a later change of plan ${plan.id} cannot make it stale; record planFingerprint(plan) when approving.`,
                [d, "planFingerprint"],
                "warning"
              )
            );
          }
          if (status.stale) found.push(issue("approval_stale", `Plan ${plan.id} changed after approval ${decision.id}.`, [d, "planFingerprint"], "warning"));
          if (asOf !== void 0 && status.expired) found.push(issue("approval_expired", `Approval ${decision.id} expired on ${decision.expires}.`, [d, "expires"]));
          const signers = signatories(decision);
          for (const riskId of plan.risks) {
            const owner = risks.get(riskId)?.owner;
            if (owner === void 0) continue;
            if (!signers.some((signer) => sameParty(signer.decidedBy, owner) || sameParty(signer.role, owner))) {
              found.push(issue("approver_not_risk_owner", `Risk ${riskId}'s owner ${owner} did not sign approval ${decision.id}.`, [d, "decidedBy"], "warning"));
            }
          }
          break;
        }
        case "risk_acceptance": {
          const status = judgeAcceptance(decision, { risk: risks.get(decision.risk), methodologies: context.methodologies, revocations, asOf });
          found.push(...prefixIssues(status.invalidReasons, [d]));
          if (decision.plan !== void 0 && !plans.has(decision.plan)) {
            found.push(issue("unknown_plan", `Acceptance ${decision.id} names unknown plan ${decision.plan}.`, [d, "plan"]));
          }
          if (status.revoked || !risks.has(decision.risk)) break;
          if (status.stale) {
            found.push(issue("acceptance_stale", `Risk ${decision.risk}'s residual rating is no longer the one accepted in ${decision.id}.`, [d, "rating"], "warning"));
          }
          if (asOf === void 0) break;
          if (status.expired) found.push(issue("acceptance_expired", `Acceptance ${decision.id} of risk ${decision.risk} expired on ${decision.expires}.`, [d, "expires"]));
          if (status.reviewDue !== void 0 && compareDates(asOf, status.reviewDue) > 0) {
            found.push(issue("review_overdue", `Acceptance ${decision.id} was due for review on ${status.reviewDue}.`, [d, "reviewBy"], "warning"));
          }
          break;
        }
        case "revocation": {
          const target = byId.get(decision.revokes);
          if (!target) {
            found.push(issue("unknown_decision", `Revocation ${decision.id} revokes unknown decision ${decision.revokes}.`, [d, "revokes"]));
            break;
          }
          if (target.kind === "revocation") {
            found.push(issue("cannot_revoke_revocation", `Revocation ${decision.id} revokes revocation ${target.id}; record a new decision instead.`, [d, "revokes"]));
          }
          if (compareDates(decision.date, target.date) < 0) {
            found.push(issue("revocation_before_decision", `Revocation ${decision.id} (${decision.date}) predates decision ${target.id} (${target.date}).`, [d, "date"]));
          }
          if (revokedTargets.has(target.id)) {
            found.push(issue("duplicate_revocation", `Decision ${target.id} is revoked more than once.`, [d, "revokes"], "warning"));
          }
          revokedTargets.add(target.id);
          break;
        }
        /* v8 ignore next 4 */
        default: {
          const unreachable = decision;
          throw new Error(`unknown decision ${JSON.stringify(unreachable)}`);
        }
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateDecisions", error);
  }
}

// src/treatment/listOverdueActions.ts
function listOverdueActions(plans, asOf) {
  try {
    const found = [];
    for (const plan of plans) {
      for (const action of plan.actions) {
        const status = actionStatusOn(action, asOf);
        if ((status === "planned" || status === "in_progress") && compareDates(action.due, asOf) < 0) {
          found.push({ plan: plan.id, action, daysOverdue: daysBetween(action.due, asOf) });
        }
      }
    }
    return found.sort((a, b) => b.daysOverdue - a.daysOverdue);
  } catch (error) {
    throw argumentError("listOverdueActions", error);
  }
}

// src/treatment/_internal/approved.ts
function approvedPlans(plans, decisions, asOf) {
  const byPlan = /* @__PURE__ */ new Map();
  for (const decision of decisions) {
    if (decision.kind !== "plan_approval") continue;
    const list = byPlan.get(decision.plan);
    if (list) list.push(decision);
    else byPlan.set(decision.plan, [decision]);
  }
  const revocations = revocationsByTarget(decisions, asOf);
  const approved = /* @__PURE__ */ new Set();
  for (const plan of plans) {
    const approvals = byPlan.get(plan.id);
    if (!approvals) continue;
    const fingerprint = planFingerprint(plan);
    if (approvals.some((approval) => judgeApproval(approval, plan, revocations, asOf, fingerprint).valid)) approved.add(plan);
  }
  return (plan) => approved.has(plan);
}

// src/treatment/listPlansAwaitingApproval.ts
function listPlansAwaitingApproval(plans, decisions, asOf) {
  try {
    const isApproved = approvedPlans(plans, decisions, asOf);
    return plans.filter((plan) => !isApproved(plan));
  } catch (error) {
    throw argumentError("listPlansAwaitingApproval", error);
  }
}

// src/treatment/listRisksAboveToleranceWithoutApprovedPlan.ts
function listRisksAboveToleranceWithoutApprovedPlan(risks, options) {
  try {
    const covered = /* @__PURE__ */ new Set();
    const isApproved = approvedPlans(options.plans, options.decisions, options.asOf);
    for (const plan of options.plans) {
      if (isApproved(plan)) for (const risk of plan.risks) covered.add(risk);
    }
    return listRisksAboveTolerance(options.methodologies, risks, options.layer).filter((evaluation) => !covered.has(evaluation.riskId));
  } catch (error) {
    throw argumentError("listRisksAboveToleranceWithoutApprovedPlan", error);
  }
}

// src/treatment/listAcceptancesNeedingAttention.ts
function listAcceptancesNeedingAttention(decisions, options) {
  try {
    const within = options.withinDays ?? 30;
    const risks = new Map(options.risks.map((risk) => [risk.id, risk]));
    const revocations = revocationsByTarget(decisions, options.asOf);
    const latest = /* @__PURE__ */ new Map();
    for (const decision of decisions) {
      if (decision.kind !== "risk_acceptance") continue;
      const status = judgeAcceptance(decision, { risk: risks.get(decision.risk), methodologies: options.methodologies, revocations, asOf: options.asOf });
      if (status.revoked) continue;
      const previous = latest.get(decision.risk);
      if (!previous || compareDates(decision.date, previous.decision.date) >= 0) latest.set(decision.risk, { decision, status });
    }
    const found = [];
    for (const decision of decisions) {
      if (decision.kind !== "risk_acceptance") continue;
      const chosen = latest.get(decision.risk);
      if (chosen?.decision !== decision) continue;
      const { status } = chosen;
      const reasons = [];
      if (status.stale) reasons.push("stale");
      if (status.expired) reasons.push("expired");
      else if (decision.expires !== void 0 && daysBetween(options.asOf, decision.expires) <= within) reasons.push("expiring");
      if (status.reviewDue !== void 0 && daysBetween(options.asOf, status.reviewDue) <= within) reasons.push("review_due");
      if (status.invalidReasons.length > 0) reasons.push("invalid");
      if (reasons.length > 0) found.push({ decision, status, reasons });
    }
    return found;
  } catch (error) {
    throw argumentError("listAcceptancesNeedingAttention", error);
  }
}

// src/treatment/listSelectedControls.ts
function listSelectedControls(plans) {
  try {
    const found = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Map();
    for (const plan of plans) {
      for (const control of plan.controls) {
        let entry = found.get(control.ref);
        let sets = seen.get(control.ref);
        if (!entry || !sets) {
          entry = { plans: [], risks: [], states: [] };
          sets = { plans: /* @__PURE__ */ new Set(), risks: /* @__PURE__ */ new Set() };
          found.set(control.ref, entry);
          seen.set(control.ref, sets);
        }
        if (sets.plans.has(plan.id)) continue;
        sets.plans.add(plan.id);
        entry.plans.push(plan.id);
        entry.states.push(control.state);
        for (const risk of plan.risks) {
          if (sets.risks.has(risk)) continue;
          sets.risks.add(risk);
          entry.risks.push(risk);
        }
      }
    }
    return found;
  } catch (error) {
    throw argumentError("listSelectedControls", error);
  }
}

// src/treatment/listPlansForRisk.ts
function listPlansForRisk(plans, risk) {
  try {
    return plans.filter((plan) => plan.risks.includes(risk));
  } catch (error) {
    throw argumentError("listPlansForRisk", error);
  }
}

// src/treatment/planProgress.ts
function planProgress(plan, asOf) {
  try {
    let done = 0;
    let cancelled = 0;
    let inProgress = 0;
    let planned = 0;
    let overdue = 0;
    for (const action of plan.actions) {
      const status = actionStatusOn(action, asOf);
      if (status === "done") done += 1;
      else if (status === "cancelled") cancelled += 1;
      else {
        if (status === "in_progress") inProgress += 1;
        else planned += 1;
        if (asOf !== void 0 && compareDates(action.due, asOf) < 0) overdue += 1;
      }
    }
    const total = plan.actions.length;
    const live = total - cancelled;
    return { total, done, cancelled, inProgress, planned, overdue, ratio: live === 0 ? 1 : done / live };
  } catch (error) {
    throw argumentError("planProgress", error);
  }
}

// src/treatment/listImplementingActions.ts
function listImplementingActions(plan, ref) {
  try {
    const live = plan.actions.filter((action) => action.status !== "cancelled");
    const naming = live.filter((action) => action.controls?.includes(ref) === true);
    return naming.length > 0 ? naming : live.filter((action) => action.controls === void 0 || action.controls.length === 0);
  } catch (error) {
    throw argumentError("listImplementingActions", error);
  }
}

// src/treatment/_internal/single.ts
function single(code, message, path = []) {
  return [issue(code, message, path)];
}

// src/treatment/suggestResidualRating.ts
var keyOf = (levels, index) => levels[index].key;
function step(from, to, inPlace, outOf) {
  if (outOf === 0) return from;
  const distance = Math.abs(to - from);
  return from + Math.sign(to - from) * Math.floor(distance * inPlace / outOf);
}
function describe(rating) {
  return `${rating.likelihood} \xD7 ${rating.consequence}`;
}
function suggestResidualRating(risk, plan, methodologies, options = {}) {
  try {
    if (!plan.risks.includes(risk.id)) return err(single("risk_not_in_plan", `Plan ${plan.id} does not treat risk ${risk.id}.`, ["risks"]));
    const current = risk.ratings.current;
    if (!current) return err(single("no_current_rating", `Risk ${risk.id} has no current rating to start from.`, ["ratings", "current"]));
    const methodology = findMethodology(methodologies, current.methodology);
    if (!methodology) {
      return err(
        single("unknown_methodology", `Methodology ${current.methodology.id} v${current.methodology.version} of risk ${risk.id}'s current rating is not held.`, [
          "ratings",
          "current",
          "methodology"
        ])
      );
    }
    const likelihoods = methodology.matrix.likelihood.levels;
    const consequences = methodology.matrix.consequence.levels;
    const from = { likelihood: current.likelihood, consequence: current.consequence, methodology: { ...current.methodology } };
    if (!tryScore(methodology, from)) {
      return err(single("current_not_scorable", `The current rating of risk ${risk.id} (${describe(from)}) is not on the scales of its methodology.`, ["ratings", "current"]));
    }
    const avoids = plan.options.includes("avoid");
    const given = plan.target ? { rating: plan.target, source: "plan" } : risk.ratings.target ? { rating: risk.ratings.target, source: "risk" } : void 0;
    if (!given && !avoids) {
      return err(single("no_target", `Neither plan ${plan.id} nor risk ${risk.id} has a target rating to move towards.`, ["target"]));
    }
    const towards = given ? { likelihood: given.rating.likelihood, consequence: given.rating.consequence, methodology: { ...given.rating.methodology ?? current.methodology } } : { likelihood: keyOf(likelihoods, 0), consequence: keyOf(consequences, 0), methodology: { ...current.methodology } };
    if (towards.methodology.id !== from.methodology.id || towards.methodology.version !== from.methodology.version) {
      return err(
        single(
          "methodology_mismatch",
          `The target of risk ${risk.id} is under ${towards.methodology.id} v${towards.methodology.version}, its current rating under ${from.methodology.id} v${from.methodology.version}; the scales cannot be compared.`,
          ["target", "methodology"]
        )
      );
    }
    if (!tryScore(methodology, towards)) {
      return err(single("target_not_scorable", `The target ${describe(towards)} for risk ${risk.id} is not on the scales of methodology ${methodology.id} v${methodology.version}.`, ["target"]));
    }
    const asOf = options.asOf;
    const done = /* @__PURE__ */ new Set();
    const doneActions = [];
    const openActions = [];
    const cancelledActions = [];
    for (const action of plan.actions) {
      if (action.status === "cancelled") cancelledActions.push(action.id);
      else if (isActionDone(action, asOf)) {
        doneActions.push(action.id);
        done.add(action.id);
      } else openActions.push(action.id);
    }
    const existingControls = [];
    const implementedControls = [];
    const pendingControls = [];
    const refs = [...new Set(plan.controls.map((control) => control.ref))];
    for (const ref of refs) {
      if (plan.controls.some((control) => control.ref === ref && control.state === "existing")) {
        existingControls.push(ref);
        continue;
      }
      const implementers = listImplementingActions(plan, ref);
      if (implementers.length > 0 && implementers.every((action) => done.has(action.id))) implementedControls.push(ref);
      else pendingControls.push(ref);
    }
    const effectiveFrom = plan.avoidance?.effectiveFrom;
    const stopped = avoids && asOf !== void 0 && effectiveFrom !== void 0 && compareDates(effectiveFrom, asOf) <= 0;
    let basis;
    let inPlace;
    let outOf;
    if (stopped) [basis, inPlace, outOf] = ["avoidance", 1, 1];
    else if (refs.length > 0) [basis, inPlace, outOf] = ["controls", existingControls.length + implementedControls.length, refs.length];
    else if (doneActions.length + openActions.length > 0) [basis, inPlace, outOf] = ["actions", doneActions.length, doneActions.length + openActions.length];
    else [basis, inPlace, outOf] = ["nothing", 0, 0];
    const index = (levels, key) => levels.findIndex((level2) => level2.key === key);
    const rating = {
      likelihood: keyOf(likelihoods, step(index(likelihoods, from.likelihood), index(likelihoods, towards.likelihood), inPlace, outOf)),
      consequence: keyOf(consequences, step(index(consequences, from.consequence), index(consequences, towards.consequence), inPlace, outOf)),
      methodology: { ...current.methodology }
    };
    const level = tryScore(methodology, rating).score.level.key;
    const residual = risk.ratings.residual;
    const counted = basis === "avoidance" ? `the activity avoided by plan ${plan.id} stopped on ${effectiveFrom}` : basis === "controls" ? `${inPlace} of ${outOf} controls of plan ${plan.id} are in place (existing: ${existingControls.join(", ") || "none"}; implemented: ${implementedControls.join(", ") || "none"}; pending: ${pendingControls.join(", ") || "none"})` : basis === "actions" ? `${inPlace} of ${outOf} actions of plan ${plan.id} are done (cancelled ones ignored)` : `plan ${plan.id} has no controls and no live actions, so nothing is in place`;
    const explanation = `${counted}; risk ${risk.id} moves ${inPlace}/${Math.max(outOf, 1)} of the way from ${describe(from)} towards ${describe(towards)}, rounded towards the current rating: ${describe(rating)} (${level}).`;
    return ok({
      rating,
      level,
      from,
      towards,
      targetSource: given ? given.source : "lowest",
      basis,
      existingControls,
      implementedControls,
      pendingControls,
      doneActions,
      openActions,
      cancelledActions,
      inPlace,
      outOf,
      ratio: outOf === 0 ? 0 : inPlace / outOf,
      differsFromResidual: residual === void 0 ? void 0 : !sameRating(rating, residual),
      explanation: explanation.charAt(0).toUpperCase() + explanation.slice(1)
    });
  } catch (error) {
    throw argumentError("suggestResidualRating", error);
  }
}

// src/treatment/createTreatmentPlan.ts
function createTreatmentPlan(plans, plan) {
  try {
    const taken = plans.findIndex((existing) => existing.id === plan.id);
    if (taken !== -1) {
      if (deepEqual(plans[taken], plan)) return ok(plans);
      return err(single("duplicate_plan_id", `Plan id ${plan.id} is already used by the plan at index ${taken}.`, [taken, "id"]));
    }
    const copy = structuredClone(plan);
    return ok(
      produce(plans, (draft) => {
        draft.push(copy);
      })
    );
  } catch (error) {
    throw argumentError("createTreatmentPlan", error);
  }
}

// src/treatment/updateTreatmentPlan.ts
var REQUIRED = /* @__PURE__ */ new Set(["title", "risks", "options", "controls", "actions"]);
function updateTreatmentPlan(plans, id, patch) {
  try {
    const index = plans.findIndex((plan) => plan.id === id);
    if (index === -1) throw unknownEntity("treatment plan", id);
    const current = plans[index];
    const changes = [];
    for (const [key, value] of Object.entries(patch)) {
      if (key === "id") throw new IsmsError("invalid_argument", "updateTreatmentPlan cannot change a plan's id.");
      if (value === void 0 && REQUIRED.has(key)) throw new IsmsError("invalid_argument", `updateTreatmentPlan cannot remove the required field ${key}.`);
      const existing = current[key];
      if (value === void 0 ? !Object.hasOwn(current, key) : deepEqual(existing, value)) continue;
      changes.push([key, value === void 0 ? void 0 : structuredClone(value)]);
    }
    if (changes.length === 0) return ok(plans);
    const next = { ...current };
    for (const [key, value] of changes) {
      if (value === void 0) delete next[key];
      else next[key] = value;
    }
    const parsed = TreatmentPlanSchema.safeParse(next);
    if (!parsed.success) {
      return err(parsed.error.issues.map((found) => issue("invalid_plan", found.message, found.path.map((part) => typeof part === "symbol" ? String(part) : part))));
    }
    const normalised = parsed.data;
    const applied = changes.map(([key, value]) => [key, value === void 0 ? void 0 : normalised[key]]).filter(([key, value]) => value === void 0 || !deepEqual(current[key], value));
    if (applied.length === 0) return ok(plans);
    return ok(
      produce(plans, (draft) => {
        const target = draft[index];
        for (const [key, value] of applied) {
          if (value === void 0) delete target[key];
          else target[key] = value;
        }
      })
    );
  } catch (error) {
    throw argumentError("updateTreatmentPlan", error);
  }
}

// src/treatment/completeAction.ts
function completeAction(plans, planId, actionId, date) {
  try {
    const p = plans.findIndex((plan) => plan.id === planId);
    if (p === -1) throw unknownEntity("treatment plan", planId);
    const a = plans[p].actions.findIndex((action2) => action2.id === actionId);
    if (a === -1) throw unknownEntity("action", actionId, `treatment plan "${planId}"`);
    const action = plans[p].actions[a];
    if (action.status === "cancelled") return err(single("action_cancelled", `Action ${actionId} of plan ${planId} is cancelled and cannot be completed.`, [p, "actions", a, "status"]));
    if (action.status === "done" && action.completedOn === date) return ok(plans);
    return ok(
      produce(plans, (draft) => {
        const target = draft[p].actions[a];
        target.status = "done";
        target.completedOn = date;
      })
    );
  } catch (error) {
    throw argumentError("completeAction", error);
  }
}

// src/treatment/recordDecision.ts
function recordDecision(decisions, decision) {
  try {
    const taken = decisions.findIndex((existing) => existing.id === decision.id);
    if (taken !== -1) {
      if (deepEqual(decisions[taken], decision)) return ok(decisions);
      return err(single("duplicate_decision_id", `Decision id ${decision.id} is already used by the record at index ${taken}.`, [taken, "id"]));
    }
    if (decision.kind === "revocation") {
      const target = decisions.find((existing) => existing.id === decision.revokes);
      if (!target) return err(single("unknown_decision", `There is no decision ${decision.revokes} to revoke.`, ["revokes"]));
      if (target.kind === "revocation") return err(single("cannot_revoke_revocation", `Decision ${target.id} is a revocation; record a new decision instead.`, ["revokes"]));
      const earlier = decisions.find((existing) => existing.kind === "revocation" && existing.revokes === target.id);
      if (earlier) return err(single("already_revoked", `Decision ${target.id} was already revoked by ${earlier.id}.`, ["revokes"]));
    }
    const copy = structuredClone(decision);
    return ok(
      produce(decisions, (draft) => {
        draft.push(copy);
      })
    );
  } catch (error) {
    throw argumentError("recordDecision", error);
  }
}

// src/treatment/revokeDecision.ts
function revokeDecision(decisions, input) {
  try {
    const revocation = {
      kind: "revocation",
      id: input.id,
      revokes: input.revokes,
      decidedBy: input.decidedBy,
      role: input.role,
      date: input.date,
      reason: input.reason,
      ...input.requestedBy === void 0 ? {} : { requestedBy: input.requestedBy }
    };
    return recordDecision(decisions, revocation);
  } catch (error) {
    throw argumentError("revokeDecision", error);
  }
}

export {
  TreatmentOptionSchema,
  TREATMENT_OPTION_ALIASES,
  normaliseTreatmentOption,
  TreatmentOptionInputSchema,
  toOscalResponseType,
  ControlStateSchema,
  PlanControlSchema,
  ActionStatusSchema,
  TreatmentActionSchema,
  SharingSchema,
  AvoidanceSchema,
  TargetRatingSchema,
  PrioritySchema,
  TreatmentPlanSchema,
  DecisionKindSchema,
  CosignerSchema,
  FrozenRatingSchema,
  ApprovedRatingSchema,
  PlanApprovalSchema,
  RiskAcceptanceSchema,
  RevocationSchema,
  DecisionSchema,
  planFingerprint,
  planApprovalRatings,
  sameRating,
  acceptanceStatus,
  planApprovalStatus,
  listValidPlanApprovals,
  isPlanApproved,
  isAcceptanceValid,
  isDecisionRevoked,
  actionStatusOn,
  isActionDone,
  validateTreatmentPlans,
  validateDecisions,
  listOverdueActions,
  listPlansAwaitingApproval,
  listRisksAboveToleranceWithoutApprovedPlan,
  listAcceptancesNeedingAttention,
  listSelectedControls,
  listPlansForRisk,
  planProgress,
  listImplementingActions,
  suggestResidualRating,
  createTreatmentPlan,
  updateTreatmentPlan,
  completeAction,
  recordDecision,
  revokeDecision
};
