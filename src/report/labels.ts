import type { LifecycleStatus, BuiltInAssetType } from "../assets/index.js";
import type { Theme } from "../catalogue/index.js";
import type { PdcaPhase, ReadinessStatus, ReviewInput } from "../cycle/index.js";
import type { AppetiteStatus, RatingLayer, Risk, RiskStatus } from "../risk/index.js";
import type { ImplementationStatus, SoaReasonKind } from "../soa/index.js";
import type { ActionStatus, ControlState, Priority, TreatmentOption } from "../treatment/index.js";
import type { IncidentKind, IncidentProperty, IncidentSeverity } from "../incidents/index.js";
import type { IsmsRole, PersonKind } from "../people/index.js";

/**
 * Every word the renderers print that does not come from the document: headings, column
 * names, the words for statuses, options and kinds, notices and the sentences of the summary
 * page. The document's own words (names, titles, the classification scheme's and the risk
 * methodology's labels, the requirement scales' labels) are printed as the document has them.
 * Sentences that hold a number or a name are functions, so that a translation can order its
 * words and choose its plural. Dates stay ISO 8601 in every language.
 *
 * Pass a part of it as the `labels` option of any renderer (or of `renderIsmsReport`); it is
 * merged over {@link DEFAULT_REPORT_LABELS} group by group, so `{ soa: { columns: { control:
 * "Maßnahme" } } }` changes one column heading and keeps every other default.
 *
 * @category Report
 * @example
 * ```ts
 * const labels: ReportLabels = { ...DEFAULT_REPORT_LABELS, common: { ...DEFAULT_REPORT_LABELS.common, yes: "Ja", no: "Nein" } };
 * ```
 */
export interface ReportLabels {
  /** Words every report shares. */
  readonly common: {
    /** The `lang` attribute of the HTML pages, e.g. `"en"` or `"de"`. */
    readonly language: string;
    readonly yes: string;
    readonly no: string;
    /** An empty list, e.g. a plan without controls. */
    readonly none: string;
    /** A risk without a rating on a layer, or without any rating. */
    readonly notRated: string;
    /** The status shown for a control excluded by decision (instead of an implementation status). */
    readonly excluded: string;
    /** The status shown for a control nothing decides yet (instead of an implementation status). */
    readonly undecided: string;
    /** "Generated on 2026-11-27" under a title. */
    readonly generatedOn: (date: string) => string;
    /** The footer of every HTML page; `date` is absent when the caller gave none. */
    readonly footer: (date: string | undefined) => string;
    /** The notice on a report of a document with validation errors (`errorCount` ≥ 1). */
    readonly draftNotice: (errorCount: number) => string;
  };
  /** Implementation statuses of SoA controls. */
  readonly implementationStatus: Readonly<Record<ImplementationStatus, string>>;
  /** Kinds of reasons for including a control. */
  readonly soaReasonKind: Readonly<Record<SoaReasonKind, string>>;
  /** The four themes of ISO/IEC 27001:2022 Annex A; a custom catalogue's groups are printed as written. */
  readonly theme: Readonly<Record<Theme, string>>;
  /** Built-in asset types; an organisation's own types are printed as written. */
  readonly assetType: Readonly<Record<BuiltInAssetType, string>>;
  /** Lifecycle statuses of assets. */
  readonly assetStatus: Readonly<Record<LifecycleStatus, string>>;
  /** Asset-based or event-based risk. */
  readonly riskKind: Readonly<Record<Risk["kind"], string>>;
  /** Risk statuses. */
  readonly riskStatus: Readonly<Record<RiskStatus, string>>;
  /** Where a risk stands against the acceptance criteria. */
  readonly appetiteStatus: Readonly<Record<AppetiteStatus, string>>;
  /** Risk treatment options. */
  readonly treatmentOption: Readonly<Record<TreatmentOption, string>>;
  /** Priorities of treatment plans. */
  readonly priority: Readonly<Record<Priority, string>>;
  /** Whether a plan's control exists already or is planned. */
  readonly controlState: Readonly<Record<ControlState, string>>;
  /** Statuses of treatment actions. */
  readonly actionStatus: Readonly<Record<ActionStatus, string>>;
  /** Rating layers: inherent, current, target, residual. */
  readonly ratingLayer: Readonly<Record<RatingLayer, string>>;
  /** PDCA phases. */
  readonly pdcaPhase: Readonly<Record<PdcaPhase, string>>;
  /** Readiness statuses (stage 1). */
  readonly readinessStatus: Readonly<Record<ReadinessStatus, string>>;
  /** The Statement of Applicability (CSV, Markdown, HTML). */
  readonly soa: {
    readonly title: string;
    /** Column headings, in the order of the table. */
    readonly columns: {
      readonly catalogue: string;
      readonly control: string;
      readonly title: string;
      readonly theme: string;
      readonly applicable: string;
      readonly reasons: string;
      readonly risks: string;
      readonly obligations: string;
      readonly justification: string;
      readonly status: string;
      readonly owner: string;
      readonly provider: string;
      readonly evidenceDate: string;
    };
    readonly summaryHeading: string;
    readonly byThemeHeading: string;
    readonly controlsHeading: string;
    /** Heading of the count column of the summary table. */
    readonly count: string;
    /** Heading of the summary table's first column and of the theme table's total column. */
    readonly controls: string;
    readonly inScope: string;
    readonly applicable: string;
    /** A summary row: applicable controls with one status, e.g. "Applicable, implemented". */
    readonly applicableWithStatus: (status: string) => string;
    /** A group of controls without a theme. */
    readonly noTheme: string;
    /** A decided status next to the one the treatment plans imply, when they disagree. */
    readonly statusWithPlans: (status: string, statusFromPlans: string) => string;
    /** The Markdown summary line. */
    readonly summaryLine: (counts: { readonly total: number; readonly applicable: number; readonly excluded: number; readonly undecided: number }) => string;
    /** One status and its count in the Markdown summary line. */
    readonly statusCount: (status: string, count: number) => string;
    /** The Markdown summary's breakdown of applicable controls; `parts` are the `statusCount` texts joined by ", ". */
    readonly byStatusLine: (parts: string) => string;
  };
  /** The risk register (CSV, Markdown, HTML; the HTML page shows kind and category under the title and the four levels in one column). */
  readonly riskRegister: {
    /** The page title and Markdown heading, e.g. "Risk register — Example Ltd". */
    readonly title: (organisation: string) => string;
    /** The line under the title, e.g. "27 risks.". */
    readonly count: (risks: number) => string;
    readonly columns: {
      readonly risk: string;
      readonly title: string;
      readonly kind: string;
      readonly owner: string;
      readonly category: string;
      readonly status: string;
      readonly subject: string;
      /** CSV only: the names of the assets in `subject`. */
      readonly assetNames: string;
      readonly scenario: string;
      /** HTML only: the levels on the four rating layers in one column. */
      readonly levels: string;
      readonly evaluation: string;
      readonly plans: string;
      /** CSV only: the titles of the plans. */
      readonly planTitles: string;
      readonly controls: string;
      /** CSV only: the titles of the controls. */
      readonly controlTitles: string;
    };
  };
  /** The risk treatment plan (CSV, Markdown, HTML). */
  readonly treatmentPlan: {
    /** The page title and Markdown heading. */
    readonly title: (organisation: string) => string;
    /** The line under the title, e.g. "3 plans.". */
    readonly count: (plans: number) => string;
    readonly columns: {
      readonly plan: string;
      readonly title: string;
      readonly risks: string;
      /** CSV only: the titles of the risks. */
      readonly riskTitles: string;
      readonly options: string;
      readonly priority: string;
      readonly owner: string;
      readonly controls: string;
      /** CSV only: the titles of the controls. */
      readonly controlTitles: string;
      readonly action: string;
      readonly actionTitle: string;
      readonly actionOwner: string;
      readonly due: string;
      readonly status: string;
      readonly completed: string;
    };
    /** Heading of a plan's table of actions (HTML). */
    readonly actions: string;
    /** A plan without actions. */
    readonly noActions: string;
  };
  /** The asset inventory (CSV, Markdown, HTML); the requirement columns take the document's scale labels. */
  readonly assetInventory: {
    /** The page title and Markdown heading. */
    readonly title: (organisation: string) => string;
    /** The line under the title, e.g. "56 assets.". */
    readonly count: (assets: number) => string;
    /** Explains the effective requirements, under the count. */
    readonly note: string;
    readonly columns: {
      readonly asset: string;
      readonly name: string;
      readonly type: string;
      readonly owner: string;
      readonly custodian: string;
      readonly classification: string;
      readonly status: string;
      readonly dependsOn: string;
      /** CSV only: the names of the assets in `dependsOn`. */
      readonly dependsOnNames: string;
    };
    /** A requirement inherited along a dependency; `from` is the asset's id and name. */
    readonly inherited: (level: string, from: string) => string;
    /** A requirement set by an override, with its reason. */
    readonly override: (level: string, reason: string) => string;
  };
  /** Heat maps (SVG, also inside the summary page). */
  readonly heatMap: {
    /** The default title; `layer` is a `ratingLayer` label. */
    readonly title: (layer: string) => string;
    readonly likelihood: string;
    readonly consequence: string;
    /** The accessible description. */
    readonly description: (risks: number, layer: string, likelihoodLevels: number, consequenceLevels: number) => string;
    /** The note on ratings made under an earlier version of the methodology. */
    readonly restated: (risks: number) => string;
    /** The note on ratings the map cannot place. */
    readonly notScored: (risks: number) => string;
    /** The note on risks without a rating on the layer. */
    readonly unrated: (risks: number, layer: string) => string;
    /** The tooltip of a cell. */
    readonly cell: (likelihood: string, consequence: string, level: string, risks: number) => string;
    /** A cell without a level (a matrix that failed validation). */
    readonly noLevel: string;
  };
  /** Coverage of other frameworks through control mappings (Markdown, CSV, the summary page) and the SoA's crosswalk column. */
  /** The management review input pack (`renderReviewInputsMarkdown`). */
  readonly reviewInputs: {
    /** The report's title. */
    readonly title: (organisation: string, date: string) => string;
    /** The 9.3.2 inputs, as headings. */
    readonly input: Readonly<Record<ReviewInput, string>>;
    /** The line under an input that the last review held considered. */
    readonly considered: (review: string, date: string, reference: string | undefined) => string;
    /** The line under an input that the last review held did not consider. */
    readonly notConsidered: (review: string, date: string) => string;
    /** The line under an input the records say nothing about. */
    readonly noFacts: string;
    /** The line under the title when no review has been held by the date. */
    readonly noReviewYet: string;
  };
  readonly coverage: {
    /** The heading of a coverage report or section. */
    readonly title: (framework: string) => string;
    /** The summary line, e.g. "SP 800-53 rev5 LOW: 12 of 149 covered by implemented Annex A controls, 20 partly, 117 not at all". */
    readonly summaryLine: (counts: { framework: string; via: string; total: number; covered: number; partly: number; none: number }) => string;
    /** The levels of coverage. */
    readonly level: { readonly covered: string; readonly partly: string; readonly none: string };
    /** Column headings of the coverage table. */
    readonly columns: { readonly requirement: string; readonly title: string; readonly coverage: string; readonly via: string };
    /** One covering control in the "via" column, e.g. "5.15 (superset, implemented)". */
    readonly link: (control: string, relationship: string, status: string) => string;
    /** The relationships of a mapping, as printed in the crosswalk and coverage columns. */
    readonly relationship: { readonly equivalent: string; readonly subset: string; readonly superset: string; readonly intersects: string };
    /** The heading of the SoA's crosswalk column. */
    readonly crosswalkColumn: string;
    /** One entry of an SoA row's crosswalk, e.g. "ac-2 (intersects)". */
    readonly crosswalkEntry: (ref: string, relationship: string) => string;
    /** The heading of the coverage section of the summary page. */
    readonly summaryHeading: string;
    /** The column heading of the framework in the summary page's coverage table. */
    readonly framework: string;
  };
  /** The one-page summary (HTML). */
  readonly summary: {
    /** The page title. */
    readonly title: (organisation: string) => string;
    readonly scopeHeading: string;
    readonly noScope: string;
    readonly standingHeading: string;
    readonly pdcaPhase: string;
    /** The phase card, e.g. "Check (cycle 2)"; `phase` is a `pdcaPhase` label. */
    readonly phaseInCycle: (phase: string, cycle: number) => string;
    readonly assets: string;
    readonly risks: string;
    readonly treatmentPlans: string;
    readonly controlsApplicable: string;
    /** The applicable-controls card, e.g. "93 of 96". */
    readonly applicableOf: (applicable: number, total: number) => string;
    readonly overdueItems: string;
    readonly readiness: string;
    /** The line above the exit criteria not met yet. */
    readonly beforeLeaving: (phase: string) => string;
    /** The line when every exit criterion is met. */
    readonly exitMet: (phase: string) => string;
    /** A missing exit criterion by its code (see `checkExitCriteria`); codes not given print the library's message. */
    readonly exitCriteria: Readonly<Partial<Record<string, string>>>;
    /** The heading of the risks-by-level table, with the methodology in force. */
    readonly risksByLevelHeading: (methodology: string, version: number) => string;
    readonly level: string;
    readonly riskCount: string;
    readonly heatMapsHeading: string;
    /** The title of an embedded heat map; `layer` is a `ratingLayer` label. */
    readonly heatMapTitle: (layer: string) => string;
    readonly soaHeading: string;
    readonly status: string;
    readonly controlCount: string;
    /** The heading of the overdue items. */
    readonly overdueHeading: (date: string) => string;
    readonly nothingOverdue: string;
    readonly due: string;
    readonly what: string;
    readonly owner: string;
    /** An overdue treatment action. */
    readonly treatmentAction: (title: string) => string;
    /** The heading of the stage 1 gaps (at most 15 are listed). */
    readonly gapsHeading: (shown: number, total: number) => string;
    /** The heading of the people, supplier and incident figures (shown when the document holds any of them). */
    readonly recordsHeading: string;
    /** Roles nobody holds on the date. */
    readonly rolesUnheld: string;
    /** The training card, e.g. "15 of 18 (83 %)". */
    readonly trainedOf: (trained: number, total: number) => string;
    readonly trainingUpToDate: string;
    readonly trainingOverdue: string;
    readonly leaversOpen: string;
    readonly suppliers: string;
    readonly suppliersDue: string;
    readonly criticalUnassessed: string;
    /** Incidents reported in the 12 months before the date. */
    readonly incidentsYear: string;
    readonly incidentsOpen: string;
    /** The mean-time-to-close card; `days` is absent when no incident closed in the 12 months. */
    readonly meanTimeToClose: string;
    readonly days: (days: number | undefined) => string;
    readonly incidentsWithoutLessons: string;
  };
  /** The people report: roles and their holders, people, overdue trainings, leavers, segregation conflicts and training coverage. */
  readonly people: {
    readonly title: (organisation: string) => string;
    /** "As of 2026-11-27": the day the report's derived facts are judged on. */
    readonly asOf: (date: string) => string;
    /** The training coverage sentence; `percent` is rounded to one decimal. */
    readonly coverage: (trained: number, total: number, percent: number) => string;
    readonly rolesHeading: string;
    readonly peopleHeading: string;
    readonly overdueHeading: string;
    readonly leaversHeading: string;
    readonly conflictsHeading: string;
    readonly gapsHeading: string;
    readonly nothingOverdue: string;
    readonly noLeavers: string;
    readonly noConflicts: string;
    readonly noGaps: string;
    /** The training status of a person who is overdue with nothing. */
    readonly upToDate: string;
    /** The training status of a person overdue with the given trainings. */
    readonly overdue: (trainings: string) => string;
    /** A holder shown with the day they took the role up. */
    readonly since: (holder: string, date: string) => string;
    readonly accessReviewed: (date: string) => string;
    readonly assetsReturned: (date: string) => string;
    readonly accessReviewOpen: string;
    readonly assetReturnOpen: string;
    readonly columns: {
      readonly role: string;
      readonly name: string;
      readonly ismsRole: string;
      readonly holders: string;
      readonly conflictsWith: string;
      readonly person: string;
      readonly kind: string;
      readonly started: string;
      readonly left: string;
      readonly roles: string;
      readonly training: string;
      readonly screening: string;
      readonly terms: string;
      readonly offboarding: string;
      readonly dueSince: string;
      readonly lastCompleted: string;
      readonly missing: string;
      readonly competence: string;
    };
    /** The ISMS parts of roles. */
    readonly ismsRole: Readonly<Record<IsmsRole, string>>;
    /** How people work for the organisation. */
    readonly personKind: Readonly<Record<PersonKind, string>>;
  };
  /** The supplier register (Annex A 5.19–5.23): {@link renderSuppliersMarkdown} and its siblings. */
  readonly suppliers: {
    /** The page title and Markdown heading. */
    readonly title: (organisation: string) => string;
    /** The line under the title, e.g. "6 suppliers, 1 critical.". */
    readonly count: (suppliers: number, critical: number) => string;
    /** Explains the criticality, under the count. */
    readonly note: string;
    readonly columns: {
      readonly supplier: string;
      readonly name: string;
      readonly owner: string;
      readonly status: string;
      readonly criticality: string;
      readonly services: string;
      readonly agreement: string;
      readonly agreementExpires: string;
      readonly securityRequirements: string;
      readonly lastAssessment: string;
      readonly result: string;
      readonly nextReview: string;
      readonly openFindings: string;
    };
    readonly status: { readonly prospective: string; readonly active: string; readonly ended: string };
    readonly result: { readonly satisfactory: string; readonly conditional: string; readonly unsatisfactory: string };
    /** The criticality: the level's label, the property's label and the asset it comes from; `critical` when it is the top of its scale. */
    readonly criticality: (level: string, property: string, asset: string, critical: boolean) => string;
    /** A service with its cloud model, if any. */
    readonly service: (name: string, cloudModel: string | undefined) => string;
    readonly cloudModel: { readonly iaas: string; readonly paas: string; readonly saas: string; readonly other: string };
    readonly neverAssessed: string;
    readonly findingsHeading: string;
    readonly noFindings: string;
    readonly findingColumns: {
      readonly supplier: string;
      readonly assessment: string;
      readonly finding: string;
      readonly title: string;
      readonly severity: string;
      readonly status: string;
      readonly risk: string;
    };
    readonly severity: { readonly low: string; readonly medium: string; readonly high: string; readonly critical: string };
    readonly findingStatus: { readonly open: string; readonly in_progress: string; readonly closed: string };
    /** The heading of the suppliers due for review on `date`. */
    readonly dueHeading: (date: string) => string;
    readonly unassessedHeading: string;
    readonly raisedHeading: string;
    /** One requirement that rose since the last assessment; `from` is undefined when the assessment did not rate it. */
    readonly rise: (asset: string, property: string, from: string | undefined, to: string) => string;
    readonly expiringHeading: string;
    /** An agreement that expires (or expired) on `date`. */
    readonly expiring: (ref: string, date: string, expired: boolean) => string;
  };
  /** The incident register (5.24–5.28, 6.8: CSV, Markdown, HTML). */
  readonly incidents: {
    /** The page title and Markdown heading. */
    readonly title: (organisation: string) => string;
    /** The line under the title: how many incidents and events were reported by `asOf`. */
    readonly count: (incidents: number, events: number, asOf: string) => string;
    /** The mean time to close, in days, over the incidents closed by `asOf` (`undefined`: none closed). */
    readonly meanTimeToClose: (days: number | undefined, closed: number) => string;
    readonly kind: Readonly<Record<IncidentKind, string>>;
    readonly severity: Readonly<Record<IncidentSeverity, string>>;
    readonly property: Readonly<Record<IncidentProperty, string>>;
    readonly columns: {
      readonly incident: string;
      readonly title: string;
      readonly kind: string;
      readonly occurred: string;
      readonly reported: string;
      readonly assessed: string;
      readonly responded: string;
      readonly closed: string;
      readonly handler: string;
      readonly severity: string;
      readonly category: string;
      readonly assets: string;
      /** CSV only: the names of the assets in `assets`. */
      readonly assetNames: string;
      readonly affected: string;
      readonly risks: string;
      readonly daysToClose: string;
      readonly lessons: string;
      readonly evidence: string;
    };
    /** A record not closed by `asOf`, in the days-to-close column. */
    readonly open: string;
    readonly openHeading: (asOf: string) => string;
    readonly withoutLessonsHeading: string;
    readonly contradictedHeading: string;
    /** Explains the rule of the contradicted risks, under their heading. */
    readonly contradictedNote: (minIncidents: number, months: number) => string;
    /** One contradicted risk: its likelihood and the incidents that contradict it. */
    readonly contradicted: (likelihood: string, incidents: string) => string;
    readonly lessonsHeading: string;
    /** What a lesson raised. */
    readonly raisedNonconformity: (id: string) => string;
    readonly raisedRisk: (id: string) => string;
    readonly raisedChange: (text: string) => string;
    /** An empty flagged list. */
    readonly nothingFlagged: string;
  };
}

/**
 * A part of {@link ReportLabels}: any group, and any key of a group, may be left out.
 *
 * @category Report
 * @example
 * ```ts
 * const labels: ReportLabelOverrides = { common: { excluded: "Ausgeschlossen" }, soa: { columns: { control: "Maßnahme" } } };
 * ```
 */
export type ReportLabelOverrides = {
  readonly [Group in keyof ReportLabels]?: {
    readonly [Key in keyof ReportLabels[Group]]?: ReportLabels[Group][Key] extends (...args: never[]) => unknown
      ? ReportLabels[Group][Key]
      : ReportLabels[Group][Key] extends object
        ? Partial<ReportLabels[Group][Key]>
        : ReportLabels[Group][Key];
  };
};

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

/**
 * The English labels every renderer uses unless its `labels` option replaces some: see
 * {@link ReportLabels} for what each key is. Frozen.
 *
 * @category Report
 * @example
 * ```ts
 * DEFAULT_REPORT_LABELS.implementationStatus.partially_implemented; // "Partially implemented"
 * ```
 */
export const DEFAULT_REPORT_LABELS: ReportLabels = deepFreeze({
  common: {
    language: "en",
    yes: "Yes",
    no: "No",
    none: "None",
    notRated: "Not rated",
    excluded: "Excluded",
    undecided: "Undecided",
    generatedOn: (date: string) => `Generated on ${date}`,
    footer: (date: string | undefined) => `Generated by isms${date === undefined ? "" : ` on ${date}`}. Contains no text of ISO/IEC 27001 or ISO/IEC 27002.`,
    draftNotice: (errorCount: number) => `Draft: this document has ${plural(errorCount, "validation error", "validation errors")}.`,
  },
  implementationStatus: {
    not_started: "Not started",
    planned: "Planned",
    partially_implemented: "Partially implemented",
    implemented: "Implemented",
    not_implemented: "Not implemented",
  },
  soaReasonKind: {
    risk_treatment: "Risk treatment",
    legal: "Legal",
    statutory: "Statutory",
    regulatory: "Regulatory",
    contractual: "Contractual",
    business: "Business",
    best_practice: "Best practice",
  },
  theme: { Organizational: "Organizational", People: "People", Physical: "Physical", Technological: "Technological" },
  assetType: {
    information: "Information",
    software: "Software",
    hardware: "Hardware",
    service: "Service",
    people: "People",
    site: "Site",
    supplier: "Supplier",
    cloud_service: "Cloud service",
  },
  assetStatus: { planned: "Planned", in_use: "In use", retired: "Retired", disposed: "Disposed" },
  riskKind: { asset_based: "Asset-based", event_based: "Event-based" },
  riskStatus: {
    identified: "Identified",
    analysed: "Analysed",
    evaluated: "Evaluated",
    treatment_planned: "Treatment planned",
    treated: "Treated",
    accepted: "Accepted",
    closed: "Closed",
  },
  appetiteStatus: { within_appetite: "Within appetite", within_tolerance: "Within tolerance", above_tolerance: "Above tolerance" },
  treatmentOption: { modify: "Modify", retain: "Retain", avoid: "Avoid", share: "Share" },
  priority: { low: "Low", medium: "Medium", high: "High", critical: "Critical" },
  controlState: { existing: "existing", planned: "planned" },
  actionStatus: { planned: "Planned", in_progress: "In progress", done: "Done", cancelled: "Cancelled" },
  ratingLayer: { inherent: "Inherent", current: "Current", target: "Target", residual: "Residual" },
  pdcaPhase: { plan: "Plan", do: "Do", check: "Check", act: "Act" },
  readinessStatus: { met: "Met", partly_met: "Partly met", not_met: "Not met", not_assessed: "Not assessed" },
  soa: {
    title: "Statement of Applicability",
    columns: {
      catalogue: "Catalogue",
      control: "Control",
      title: "Title",
      theme: "Theme",
      applicable: "Applicable",
      reasons: "Reasons",
      risks: "Risks",
      obligations: "Obligations",
      justification: "Exclusion justification",
      status: "Status",
      owner: "Owner",
      provider: "Provider",
      evidenceDate: "Evidence date",
    },
    summaryHeading: "Summary",
    byThemeHeading: "By theme",
    controlsHeading: "Controls",
    count: "Count",
    controls: "Controls",
    inScope: "In scope",
    applicable: "Applicable",
    applicableWithStatus: (status: string) => `Applicable, ${status.toLowerCase()}`,
    noTheme: "(no theme)",
    statusWithPlans: (status: string, statusFromPlans: string) => `${status} (plans: ${statusFromPlans.toLowerCase()})`,
    summaryLine: ({ total, applicable, excluded, undecided }) =>
      `${plural(total, "control", "controls")}: ${applicable} applicable, ${excluded} excluded${undecided > 0 ? `, ${undecided} undecided` : ""}.`,
    statusCount: (status: string, count: number) => `${status.toLowerCase()} ${count}`,
    byStatusLine: (parts: string) => `Applicable controls by status: ${parts}.`,
  },
  riskRegister: {
    title: (organisation: string) => `Risk register — ${organisation}`,
    count: (risks: number) => `${plural(risks, "risk", "risks")}.`,
    columns: {
      risk: "Risk",
      title: "Title",
      kind: "Kind",
      owner: "Owner",
      category: "Category",
      status: "Status",
      subject: "Assets or source",
      assetNames: "Asset names",
      scenario: "Scenario",
      levels: "Levels",
      evaluation: "Evaluation",
      plans: "Treatment plans",
      planTitles: "Plan titles",
      controls: "Controls",
      controlTitles: "Control titles",
    },
  },
  treatmentPlan: {
    title: (organisation: string) => `Risk treatment plan — ${organisation}`,
    count: (plans: number) => `${plural(plans, "plan", "plans")}.`,
    columns: {
      plan: "Plan",
      title: "Title",
      risks: "Risks",
      riskTitles: "Risk titles",
      options: "Options",
      priority: "Priority",
      owner: "Owner",
      controls: "Controls",
      controlTitles: "Control titles",
      action: "Action",
      actionTitle: "Action title",
      actionOwner: "Action owner",
      due: "Due",
      status: "Status",
      completed: "Completed",
    },
    actions: "Actions",
    noActions: "No actions.",
  },
  assetInventory: {
    title: (organisation: string) => `Asset inventory — ${organisation}`,
    count: (assets: number) => `${plural(assets, "asset", "assets")}.`,
    note: "Effective requirements follow the maximum principle along dependencies.",
    columns: {
      asset: "Asset",
      name: "Name",
      type: "Type",
      owner: "Owner",
      custodian: "Custodian",
      classification: "Classification",
      status: "Status",
      dependsOn: "Depends on",
      dependsOnNames: "Depends on (names)",
    },
    inherited: (level: string, from: string) => `${level} (from ${from})`,
    override: (level: string, reason: string) => `${level} (override: ${reason})`,
  },
  heatMap: {
    title: (layer: string) => `Risk heat map (${layer.toLowerCase()})`,
    likelihood: "Likelihood",
    consequence: "Consequence",
    description: (risks: number, layer: string, likelihoodLevels: number, consequenceLevels: number) =>
      `${risks} risks rated on the ${layer.toLowerCase()} layer, likelihood (${likelihoodLevels} levels) against consequence (${consequenceLevels} levels).`,
    restated: (risks: number) => `${risks} rated under an earlier method version, shown on this one.`,
    notScored: (risks: number) => `${risks} not shown: rated under another method or off its scales.`,
    unrated: (risks: number, layer: string) => `${risks} without a ${layer.toLowerCase()} rating.`,
    cell: (likelihood: string, consequence: string, level: string, risks: number) => `${likelihood} × ${consequence}: ${level}, ${plural(risks, "risk", "risks")}`,
    noLevel: "no level",
  },
  reviewInputs: {
    title: (organisation: string, date: string) => `Management review inputs (9.3.2) — ${organisation}, ${date}`,
    input: {
      previous_actions_status: "a) Status of actions from previous management reviews",
      external_internal_issues_changes: "b) Changes in external and internal issues",
      interested_parties_needs_changes: "c) Changes in the needs and expectations of interested parties",
      nonconformities_and_corrective_actions: "d 1) Nonconformities and corrective actions",
      monitoring_and_measurement_results: "d 2) Monitoring and measurement results",
      audit_results: "d 3) Audit results",
      objectives_fulfilment: "d 4) Fulfilment of information security objectives",
      interested_parties_feedback: "e) Feedback from interested parties",
      risk_assessment_and_treatment_status: "f) Results of risk assessment and status of the risk treatment plan",
      improvement_opportunities: "g) Opportunities for continual improvement",
    },
    considered: (review: string, date: string, reference: string | undefined) => `Considered at ${review} (${date})${reference === undefined ? "" : `: ${reference}`}.`,
    notConsidered: (review: string, date: string) => `Not considered at ${review} (${date}).`,
    noFacts: "The records say nothing about this input: bring it from elsewhere.",
    noReviewYet: "No management review has been held yet.",
  },
  coverage: {
    title: (framework: string) => `Coverage of ${framework}`,
    summaryLine: ({ framework, via, total, covered, partly, none }) =>
      `${framework}: ${covered} of ${total} covered by implemented ${via} controls, ${partly} partly, ${none} not at all`,
    level: { covered: "Covered", partly: "Partly", none: "Not covered" },
    columns: { requirement: "Requirement", title: "Title", coverage: "Coverage", via: "Covered by" },
    link: (control: string, relationship: string, status: string) => `${control} (${relationship}, ${status.toLowerCase()})`,
    relationship: { equivalent: "equivalent", subset: "subset", superset: "superset", intersects: "intersects" },
    crosswalkColumn: "Other frameworks",
    crosswalkEntry: (ref: string, relationship: string) => `${ref} (${relationship})`,
    summaryHeading: "Other frameworks",
    framework: "Framework",
  },
  summary: {
    title: (organisation: string) => `ISMS summary — ${organisation}`,
    scopeHeading: "Scope (4.3)",
    noScope: "No scope defined.",
    standingHeading: "Where the ISMS stands",
    pdcaPhase: "PDCA phase",
    phaseInCycle: (phase: string, cycle: number) => `${phase} (cycle ${cycle})`,
    assets: "assets",
    risks: "risks",
    treatmentPlans: "treatment plans",
    controlsApplicable: "controls applicable",
    applicableOf: (applicable: number, total: number) => `${applicable} of ${total}`,
    overdueItems: "overdue items",
    readiness: "stage 1 readiness",
    beforeLeaving: (phase: string) => `Before leaving the ${phase.toLowerCase()} phase:`,
    exitMet: (phase: string) => `The exit criteria of the ${phase.toLowerCase()} phase are met.`,
    exitCriteria: {},
    risksByLevelHeading: (methodology: string, version: number) => `Risks by level (standing rating, ${methodology} v${version})`,
    level: "Level",
    riskCount: "Risks",
    heatMapsHeading: "Heat maps",
    heatMapTitle: (layer: string) => `${layer} risk`,
    soaHeading: "Statement of Applicability",
    status: "Status",
    controlCount: "Controls",
    overdueHeading: (date: string) => `Overdue on ${date}`,
    nothingOverdue: "Nothing is overdue.",
    due: "Due",
    what: "What",
    owner: "Owner",
    treatmentAction: (title: string) => `Treatment action: ${title}`,
    gapsHeading: (shown: number, total: number) => `Stage 1 gaps (first ${shown} of ${total})`,
    recordsHeading: "People, suppliers and incidents",
    rolesUnheld: "roles nobody holds",
    trainedOf: (trained: number, total: number) => `${trained} of ${total}${total === 0 ? "" : ` (${Math.round((trained / total) * 100)} %)`}`,
    trainingUpToDate: "people with training up to date",
    trainingOverdue: "trainings overdue",
    leaversOpen: "leavers with open offboarding",
    suppliers: "suppliers",
    suppliersDue: "suppliers due for review",
    criticalUnassessed: "critical suppliers never assessed",
    incidentsYear: "incidents in the last 12 months",
    incidentsOpen: "incidents and events open",
    meanTimeToClose: "mean time to close",
    days: (days: number | undefined) => (days === undefined ? "—" : `${Math.round(days)} ${Math.round(days) === 1 ? "day" : "days"}`),
    incidentsWithoutLessons: "closed incidents without lessons learned",
  },
  people: {
    title: (organisation: string) => `People and roles — ${organisation}`,
    asOf: (date: string) => `As of ${date}.`,
    coverage: (trained: number, total: number, percent: number) => `Training coverage: ${trained} of ${plural(total, "person", "people")} up to date (${percent} %).`,
    rolesHeading: "Roles and responsibilities",
    peopleHeading: "People",
    overdueHeading: "Overdue trainings",
    leaversHeading: "Leavers with open offboarding",
    conflictsHeading: "Segregation-of-duties conflicts",
    gapsHeading: "Competence gaps",
    nothingOverdue: "No training is overdue.",
    noLeavers: "No leaver's offboarding is open.",
    noConflicts: "Nobody holds two roles declared conflicting.",
    noGaps: "Every role holder has the competences the role requires.",
    upToDate: "Up to date",
    overdue: (trainings: string) => `Overdue: ${trainings}`,
    since: (holder: string, date: string) => `${holder} (since ${date})`,
    accessReviewed: (date: string) => `access reviewed ${date}`,
    assetsReturned: (date: string) => `assets returned ${date}`,
    accessReviewOpen: "access review open",
    assetReturnOpen: "asset return open",
    columns: {
      role: "Role",
      name: "Name",
      ismsRole: "ISMS role",
      holders: "Holders",
      conflictsWith: "Conflicts with",
      person: "Person",
      kind: "Kind",
      started: "Started",
      left: "Left",
      roles: "Roles",
      training: "Training",
      screening: "Screening",
      terms: "Terms signed",
      offboarding: "Offboarding",
      dueSince: "Due since",
      lastCompleted: "Last completed",
      missing: "Missing",
      competence: "Competence",
    },
    ismsRole: {
      top_management: "Top management",
      isms_manager: "ISMS manager",
      risk_owner: "Risk owner",
      control_owner: "Control owner",
      asset_owner: "Asset owner",
      internal_auditor: "Internal auditor",
      incident_manager: "Incident manager",
      supplier_manager: "Supplier manager",
      data_protection_officer: "Data protection officer",
      other: "Other",
    },
    personKind: { employee: "Employee", contractor: "Contractor", temporary: "Temporary", intern: "Intern", other: "Other" },
  },
  suppliers: {
    title: (organisation: string) => `Suppliers — ${organisation}`,
    count: (suppliers: number, critical: number) => `${plural(suppliers, "supplier", "suppliers")}, ${critical} critical.`,
    note: "A supplier's criticality is the highest effective requirement of the assets its services touch; it is critical at the top level of a scale.",
    columns: {
      supplier: "Supplier",
      name: "Name",
      owner: "Owner",
      status: "Status",
      criticality: "Criticality",
      services: "Services",
      agreement: "Agreement",
      agreementExpires: "Agreement expires",
      securityRequirements: "Security requirements",
      lastAssessment: "Last assessment",
      result: "Result",
      nextReview: "Next review due",
      openFindings: "Open findings",
    },
    status: { prospective: "Prospective", active: "Active", ended: "Ended" },
    result: { satisfactory: "Satisfactory", conditional: "Conditional", unsatisfactory: "Unsatisfactory" },
    criticality: (level: string, property: string, asset: string, critical: boolean) => `${level} (${property.toLowerCase()} of ${asset})${critical ? ", critical" : ""}`,
    service: (name: string, cloudModel: string | undefined) => (cloudModel === undefined ? name : `${name} (${cloudModel})`),
    cloudModel: { iaas: "IaaS", paas: "PaaS", saas: "SaaS", other: "cloud" },
    neverAssessed: "Never assessed",
    findingsHeading: "Assessment findings",
    noFindings: "No findings.",
    findingColumns: { supplier: "Supplier", assessment: "Assessment", finding: "Finding", title: "Title", severity: "Severity", status: "Status", risk: "Risk raised" },
    severity: { low: "Low", medium: "Medium", high: "High", critical: "Critical" },
    findingStatus: { open: "Open", in_progress: "In progress", closed: "Closed" },
    dueHeading: (date: string) => `Due for review on ${date}`,
    unassessedHeading: "Critical suppliers never assessed",
    raisedHeading: "Requirements raised since the last assessment",
    rise: (asset: string, property: string, from: string | undefined, to: string) => `${asset}: ${property.toLowerCase()} ${from === undefined ? "now" : `${from} →`} ${to}`,
    expiringHeading: "Agreements expiring within 90 days",
    expiring: (ref: string, date: string, expired: boolean) => `${ref} ${expired ? "expired on" : "expires on"} ${date}`,
  },
  incidents: {
    title: (organisation: string) => `Information security incidents — ${organisation}`,
    count: (incidents: number, events: number, asOf: string) => `${plural(incidents, "incident", "incidents")} and ${plural(events, "event", "events")} reported by ${asOf}.`,
    meanTimeToClose: (days: number | undefined, closed: number) =>
      days === undefined ? "No incident closed yet." : `Mean time to close: ${Math.round(days * 10) / 10} days over ${plural(closed, "closed incident", "closed incidents")}.`,
    kind: { event: "Event", incident: "Incident" },
    severity: { low: "Low", medium: "Medium", high: "High", critical: "Critical" },
    property: { confidentiality: "Confidentiality", integrity: "Integrity", availability: "Availability" },
    columns: {
      incident: "Incident",
      title: "Title",
      kind: "Kind",
      occurred: "Occurred",
      reported: "Reported",
      assessed: "Assessed",
      responded: "Responded",
      closed: "Closed",
      handler: "Handler",
      severity: "Severity",
      category: "Category",
      assets: "Affected assets",
      assetNames: "Affected asset names",
      affected: "Affected properties",
      risks: "Risks",
      daysToClose: "Days to close",
      lessons: "Lessons learned",
      evidence: "Evidence",
    },
    open: "open",
    openHeading: (asOf: string) => `Open on ${asOf}`,
    withoutLessonsHeading: "Closed incidents without lessons learned (5.27)",
    contradictedHeading: "Risks whose likelihood the incidents contradict",
    contradictedNote: (minIncidents: number, months: number) =>
      `Risks rated in the lower half of their likelihood scale with at least ${plural(minIncidents, "linked incident", "linked incidents")} in the ${months} months before the report date.`,
    contradicted: (likelihood: string, incidents: string) => `rated ${likelihood}; incidents: ${incidents}`,
    lessonsHeading: "Lessons learned",
    raisedNonconformity: (id: string) => `raised nonconformity ${id}`,
    raisedRisk: (id: string) => `raised risk ${id}`,
    raisedChange: (text: string) => `change: ${text}`,
    nothingFlagged: "None.",
  },
});
