import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { listIsmsDatedItems, readinessEvidence } from "../../src/document/index.js";
import { deriveSoa } from "../../src/soa/index.js";
import {
  actionStatusOn,
  isActionDone,
  listImplementingActions,
  listOverdueActions,
  planProgress,
  suggestResidualRating,
  type TreatmentAction,
} from "../../src/treatment/index.js";
import { documentOfScenario } from "../arbitraries/document.js";
import { day2026Arb, treatmentScenarioArb } from "../arbitraries/treatment.js";
import { countsOf, poamRisks } from "./_readers.js";

const actionsOf = (plans: readonly { readonly actions: readonly TreatmentAction[] }[]): TreatmentAction[] => plans.flatMap((plan) => plan.actions);

describe("isActionDone: one rule of completion", () => {
  test.prop([treatmentScenarioArb, fc.option(day2026Arb, { nil: undefined })], { numRuns: 150 })(
    "an action is done on a day exactly when it is done and completed on or before that day (or undated); cancelled is never done",
    ({ plans }, asOf) => {
      for (const action of actionsOf(plans)) {
        const expected = action.status === "done" && (asOf === undefined || action.completedOn === undefined || action.completedOn <= asOf);
        expect(isActionDone(action, asOf)).toBe(expected);
        expect(actionStatusOn(action, asOf)).toBe(expected ? "done" : action.status === "done" ? "in_progress" : action.status);
      }
    },
  );

  test.prop([treatmentScenarioArb, fc.option(day2026Arb, { nil: undefined })], { numRuns: 150 })(
    "suggestResidualRating, planProgress and listOverdueActions count the actions the predicate says are done",
    ({ risks, plans, methodology }, asOf) => {
      for (const plan of plans) {
        const done = plan.actions.filter((action) => isActionDone(action, asOf));
        const progress = planProgress(plan, asOf);
        expect(progress.done).toBe(done.length);
        expect(progress.inProgress).toBe(plan.actions.filter((action) => actionStatusOn(action, asOf) === "in_progress").length);
        for (const risk of risks.filter((candidate) => plan.risks.includes(candidate.id))) {
          const suggested = suggestResidualRating(risk, plan, [methodology], { asOf });
          if (suggested.ok) expect(suggested.value.doneActions).toEqual(done.map((action) => action.id));
        }
      }
      if (asOf === undefined) return;
      const overdue = listOverdueActions(plans, asOf).map((late) => `${late.plan}/${late.action.id}`).sort();
      const expected = plans
        .flatMap((plan) => plan.actions.filter((action) => action.status !== "cancelled" && !isActionDone(action, asOf) && action.due < asOf).map((action) => `${plan.id}/${action.id}`))
        .sort();
      expect(overdue).toEqual(expected);
    },
  );

  test.prop([treatmentScenarioArb], { numRuns: 150 })("the SoA's status from a plan is implemented exactly when every implementing action is done on asOf", (scenario) => {
    const { plans, asOf } = scenario;
    const rows = new Map(deriveSoa({ catalogues: ["annex-a"], plans, decisions: [], asOf }).map((row) => [row.ref, row]));
    for (const plan of plans) {
      for (const control of plan.controls) {
        // Judge only controls one plan selects, planned there, so that no other plan mixes in.
        if (control.state !== "planned" || plans.some((other) => other !== plan && other.controls.some((candidate) => candidate.ref === control.ref))) continue;
        const implementing = listImplementingActions(plan, control.ref);
        const implemented = implementing.length > 0 && implementing.every((action) => isActionDone(action, asOf));
        expect(rows.get(control.ref)?.statusFromPlans === "implemented").toBe(implemented);
      }
    }
  });

  test.prop([treatmentScenarioArb], { numRuns: 100 })("the OSCAL export completes a plan, dates and states its tasks by the predicate", (scenario) => {
    const { plans, asOf } = scenario;
    for (const reading of poamRisks(scenario)) {
      for (const remediation of reading.remediations) {
        const plan = plans.find((candidate) => candidate.id === remediation.plan);
        if (!plan) throw new Error(`no plan ${remediation.plan}`);
        const live = plan.actions.filter((action) => action.status !== "cancelled");
        expect(remediation.lifecycle === "completed").toBe(live.length > 0 && live.every((action) => isActionDone(action, asOf)));
        for (const action of plan.actions) {
          expect(remediation.actionStatus.get(action.id)).toBe(actionStatusOn(action, asOf));
          expect(remediation.actionDate.get(action.id)).toBe(isActionDone(action, asOf) ? (action.completedOn ?? action.due) : action.due);
        }
      }
      const open = plans
        .filter((plan) => plan.risks.some((id) => id === reading.risk))
        .flatMap((plan) => plan.actions.filter((action) => action.status !== "cancelled" && !isActionDone(action, asOf)).map((action) => action.due))
        .sort();
      expect(reading.deadline).toBe(open[0]);
    }
  });

  test.prop([treatmentScenarioArb, fc.option(day2026Arb, { nil: undefined })], { numRuns: 100 })(
    "the document's dated items and readiness evidence count the actions the predicate says are done",
    (scenario, asOf) => {
      const document = documentOfScenario(scenario);
      const items = listIsmsDatedItems(document, asOf).filter((item) => item.kind === "other");
      for (const plan of scenario.plans) {
        for (const action of plan.actions) {
          const item = items.find((candidate) => candidate.parent === plan.id && candidate.id === action.id);
          expect(item?.done).toBe(action.status === "cancelled" || isActionDone(action, asOf));
        }
      }
      const day = asOf ?? scenario.asOf;
      const live = actionsOf(scenario.plans).filter((action) => action.status !== "cancelled");
      const note = readinessEvidence(document, day).find((item) => item.requirement === "8.3")?.note;
      expect(countsOf(note)).toEqual(live.length === 0 ? undefined : [live.filter((action) => isActionDone(action, day)).length, live.length]);
    },
  );
});
