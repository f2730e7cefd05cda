import type { IsoDate } from "../../core/index.js";
import { RatingLayerSchema, scoreRating, type Methodology, type Rating, type RatingLayer } from "../../risk/index.js";
import { diffSoaRows, type SoaDiffEntry } from "../../soa/index.js";
import { acceptanceStatus, type RiskAcceptance } from "../../treatment/index.js";
import type { PdcaPhase } from "../../cycle/index.js";
import { compareNatural } from "../../core/_internal/index.js";
import { deriveIsmsSoa } from "../deriveIsmsSoa.js";
import type { IsmsDocument } from "../schema.js";

/** A level of risk as the diff reports it. */
export interface LevelSeen {
  readonly key: string;
  readonly label: string;
  /** 0-based index on its methodology's scale of levels (higher is worse). */
  readonly index: number;
}

export interface RiskLevelMove {
  readonly risk: string;
  readonly title: string;
  readonly layer: RatingLayer;
  readonly before?: LevelSeen;
  readonly after?: LevelSeen;
}

export type StaleReason = "stale" | "expired" | "revoked" | "invalid";

export interface StaleAcceptance {
  readonly decision: string;
  readonly risk: string;
  readonly reasons: readonly StaleReason[];
}

export interface PhaseSeen {
  readonly cycle: number;
  readonly phase: PdcaPhase;
}

export interface PhaseChange {
  readonly before: PhaseSeen;
  readonly after: PhaseSeen;
}

export interface Consequences {
  readonly riskLevels: RiskLevelMove[];
  readonly soa: SoaDiffEntry[];
  readonly staleAcceptances: StaleAcceptance[];
  readonly phase?: PhaseChange;
}

/** The level of a rating under the methodology version it names, when the document holds that version and the keys are on its scales. */
function levelSeen(methodologies: readonly Methodology[], rating: Rating | undefined): LevelSeen | undefined {
  if (rating === undefined) return undefined;
  const methodology = methodologies.find((candidate) => candidate.id === rating.methodology.id && candidate.version === rating.methodology.version);
  if (methodology === undefined) return undefined;
  try {
    const score = scoreRating(methodology, rating);
    return { key: score.level.key, label: score.level.label, index: score.levelIndex };
  } catch {
    // A key off the scale: validateIsms reports it; the diff shows no level for it.
    return undefined;
  }
}

function riskLevelMoves(before: IsmsDocument, after: IsmsDocument): RiskLevelMove[] {
  const earlier = new Map<string, IsmsDocument["risks"][number]>();
  for (const risk of before.risks) if (!earlier.has(risk.id)) earlier.set(risk.id, risk);
  const seen = new Set<string>();
  const moves: RiskLevelMove[] = [];
  for (const risk of [...after.risks].sort((a, b) => compareNatural(a.id, b.id))) {
    const old = earlier.get(risk.id);
    if (old === undefined || seen.has(risk.id)) continue;
    seen.add(risk.id);
    for (const layer of RatingLayerSchema.options) {
      const from = levelSeen(before.methodologies, old.ratings[layer]);
      const to = levelSeen(after.methodologies, risk.ratings[layer]);
      if (from?.key === to?.key && from?.label === to?.label) continue;
      moves.push({ risk: risk.id, title: risk.title, layer, ...(from === undefined ? {} : { before: from }), ...(to === undefined ? {} : { after: to }) });
    }
  }
  return moves;
}

// Without a date only staleness counts (the residual rating is no longer the frozen one),
// which no date changes; the date given to acceptanceStatus is then never read for it.
const ANY_DAY = "9999-12-31";

function staleAcceptances(before: IsmsDocument, after: IsmsDocument, asOf: IsoDate | undefined): StaleAcceptance[] {
  const judge = (document: IsmsDocument, acceptance: RiskAcceptance) =>
    acceptanceStatus(acceptance, { risks: document.risks, methodologies: document.methodologies, decisions: document.decisions, asOf: asOf ?? ANY_DAY });
  const holds = (document: IsmsDocument, acceptance: RiskAcceptance): boolean => {
    const status = judge(document, acceptance);
    return asOf === undefined ? !status.stale : status.valid;
  };
  const earlier = new Map<string, RiskAcceptance>();
  for (const decision of before.decisions) if (decision.kind === "risk_acceptance" && !earlier.has(decision.id)) earlier.set(decision.id, decision);
  const found: StaleAcceptance[] = [];
  const seen = new Set<string>();
  for (const decision of after.decisions) {
    if (decision.kind !== "risk_acceptance" || seen.has(decision.id)) continue;
    seen.add(decision.id);
    const old = earlier.get(decision.id);
    if (old === undefined || !holds(before, old) || holds(after, decision)) continue;
    const status = judge(after, decision);
    const reasons: StaleReason[] = [];
    if (status.stale) reasons.push("stale");
    if (asOf !== undefined) {
      if (status.expired) reasons.push("expired");
      if (status.revoked) reasons.push("revoked");
      if (status.invalidReasons.length > 0) reasons.push("invalid");
    }
    found.push({ decision: decision.id, risk: decision.risk, reasons });
  }
  return found.sort((a, b) => compareNatural(a.decision, b.decision));
}

/** What a change of the document means: levels of risk, SoA rows, acceptances, the PDCA phase. */
export function consequencesOf(before: IsmsDocument, after: IsmsDocument, asOf: IsoDate | undefined): Consequences {
  const phase =
    before.cycle.cycle !== after.cycle.cycle || before.cycle.phase !== after.cycle.phase
      ? { phase: { before: { cycle: before.cycle.cycle, phase: before.cycle.phase }, after: { cycle: after.cycle.cycle, phase: after.cycle.phase } } }
      : {};
  return {
    riskLevels: riskLevelMoves(before, after),
    soa: diffSoaRows(deriveIsmsSoa(before, asOf), deriveIsmsSoa(after, asOf)),
    staleAcceptances: staleAcceptances(before, after, asOf),
    ...phase,
  };
}
