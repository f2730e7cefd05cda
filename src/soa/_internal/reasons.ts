import { SoaReasonKindSchema, type SoaReasonKind } from "../decision.js";

/** The order reasons are listed in: risk treatment first, then obligations by strength. */
export const SOA_REASON_ORDER: readonly SoaReasonKind[] = SoaReasonKindSchema.options;

/** Wordings that present the acceptance of a risk as a reason to exclude a control. */
const RISK_ACCEPTANCE =
  /\brisks?\b[^.;]{0,40}\baccept|\baccept\w*\b[^.;]{0,40}\brisks?\b|\brisk\s+appetite\b|\btolerat\w*\b[^.;]{0,30}\brisks?\b|\brisks?\b[^.;]{0,30}\btolerat/i;

/** Whether an exclusion justification amounts to "the risk is accepted". */
export function isRiskAcceptance(text: string): boolean {
  return RISK_ACCEPTANCE.test(text);
}

/** Wordings that exclude a control because someone else operates it. */
const PROVIDED_ELSEWHERE =
  /\boutsourced\b|\b(?:handled|operated|managed|provided|performed|covered|done|taken care of)\s+by\s+(?:the\s+|our\s+|a\s+)?(?:supplier|provider|vendor|cloud|hosting|host|data\s*cent(?:er|re)|third[-\s]?part(?:y|ies)|msp|managed\s+service)/i;

/** Whether an exclusion justification says that a supplier or provider operates the control. */
export function isProvidedElsewhere(text: string): boolean {
  return PROVIDED_ELSEWHERE.test(text);
}

/** Justifications that say nothing specific. */
const GENERIC = /^(?:n\/?a|not\s+applicable|not\s+relevant|not\s+needed|not\s+required|irrelevant|none|no|nothing|-+|\.+|x|tbd|tbc|todo|to\s+do|see\s+above|as\s+above)[.!]?$/i;

/** Whether a justification is a placeholder rather than a reason. */
export function isGenericJustification(text: string): boolean {
  return GENERIC.test(text.trim());
}
