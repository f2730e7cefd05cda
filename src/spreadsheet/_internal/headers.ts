import type { IsmsDocument } from "../../document/index.js";
import type { ImportKind } from "../importTypes.js";
import { normaliseText } from "./coerce.js";

/** The rating layers of a risk, as field-key prefixes. */
export const LAYERS = ["inherent", "current", "target", "residual"] as const;
export type Layer = (typeof LAYERS)[number];

const LAYER_WORDS: Record<Layer, readonly string[]> = {
  inherent: ["inherent", "gross", "initial", "raw", "before controls", "pre treatment", "untreated", "brutto"],
  current: ["current", "existing", "present", "actual"],
  target: ["target", "planned", "desired", "expected"],
  residual: ["residual", "net", "after treatment", "post treatment", "remaining", "netto"],
};
const ASPECT_WORDS = {
  likelihood: ["likelihood", "probability", "prob", "frequency", "l", "p", "occurrence", "chance"],
  consequence: ["consequence", "impact", "severity", "consequences", "i", "harm", "damage"],
  level: ["level", "score", "rating", "rpn", "value", "risk", "risk level", "risk score", "risk rating", "risk value", "exposure"],
  date: ["date", "rated on", "assessment date", "assessed on", "date rated"],
} as const;

const SOA: Record<string, readonly string[]> = {
  control: ["control", "control id", "control ref", "control reference", "control no", "control number", "ref", "reference", "annex a ref", "annex a reference", "annex a control", "annex a", "annex a id", "iso ref", "iso 27001 ref", "iso reference", "id", "no", "nr", "clause", "control nr"],
  title: ["title", "control title", "control name", "name", "control objective title", "annex a title"],
  applicable: ["applicable", "applicability", "included", "include", "in scope", "selected", "applies", "relevant", "is applicable", "applicable y n", "selected y n"],
  reasons: ["reasons", "reason", "reason for inclusion", "reasons for inclusion", "reason for selection", "inclusion reason", "basis", "selection reason", "drivers"],
  justification: ["justification", "reason for exclusion", "reasons for exclusion", "exclusion justification", "justification for exclusion", "rationale", "exclusion reason", "justification for inclusion exclusion", "justification for inclusion or exclusion"],
  status: ["implementation status", "status", "implementation", "implementation state", "state", "implemented", "progress"],
  owner: ["owner", "control owner", "responsible", "responsibility", "responsible person", "accountable", "responsible party"],
  provider: ["provider", "supplier", "operated by", "service provider"],
  lastReviewed: ["last reviewed", "reviewed", "review date", "last review", "date reviewed", "last review date", "reviewed on"],
  notes: ["notes", "note", "comments", "comment", "remarks"],
};
const RISKS: Record<string, readonly string[]> = {
  id: ["risk id", "id", "ref", "risk ref", "risk no", "risk number", "reference", "risk reference", "no", "nr", "risk nr"],
  title: ["risk", "risk title", "title", "risk name", "name", "short description", "risk summary"],
  kind: ["risk type", "type", "kind"],
  description: ["description", "risk description", "details", "scenario", "risk scenario"],
  owner: ["risk owner", "owner", "responsible", "accountable"],
  category: ["category", "risk category", "area"],
  status: ["status", "risk status", "state"],
  affectedProperties: ["affected properties", "cia", "properties", "affected cia", "security properties", "cia impact", "affects"],
  assets: ["assets", "asset", "asset ids", "affected assets", "related assets", "asset id"],
  threat: ["threat", "threats", "threat source"],
  vulnerability: ["vulnerability", "vulnerabilities", "weakness", "weaknesses"],
  riskSource: ["risk source", "source"],
  event: ["event", "risk event"],
  consequenceDescription: ["consequence description", "consequences description", "effect", "effects", "description of consequence"],
  objective: ["objective", "affected objective"],
  treatment: ["treatment", "response", "risk treatment", "treatment option", "risk response", "treatment decision", "treatment strategy"],
};
const ASSETS: Record<string, readonly string[]> = {
  id: ["asset id", "id", "asset ref", "asset no", "asset number", "ref", "reference", "asset tag", "nr", "no"],
  name: ["asset", "asset name", "name", "title"],
  type: ["asset type", "type", "asset category", "asset class", "kind"],
  description: ["description", "asset description", "details"],
  owner: ["owner", "asset owner", "responsible", "accountable"],
  custodian: ["custodian", "steward", "administrator", "asset custodian"],
  location: ["location", "site", "where", "place"],
  status: ["status", "lifecycle status", "state", "lifecycle"],
  classification: ["classification", "information classification", "data classification", "sensitivity", "classification level", "label"],
  dependsOn: ["depends on", "dependencies", "dependency", "relies on", "dependent on"],
};
const ACTIONS: Record<string, readonly string[]> = {
  planId: ["plan id", "treatment plan id", "tp id", "plan ref", "plan no"],
  planTitle: ["plan", "plan title", "treatment plan", "treatment plan title"],
  actionId: ["action id", "id", "action ref", "task id", "action no", "ref"],
  title: ["action", "action title", "task", "measure", "activity", "action description", "description"],
  owner: ["owner", "responsible", "action owner", "assignee", "assigned to"],
  due: ["due date", "due", "deadline", "target date", "due by", "by when", "due on", "target completion date"],
  status: ["status", "action status", "state"],
  completedOn: ["completed on", "completed", "completion date", "done on", "date completed", "closed on"],
  controls: ["controls", "control", "control refs", "annex a controls", "related controls", "controls implemented"],
  note: ["note", "notes", "comment", "comments", "remarks"],
};
const SUPPLIERS: Record<string, readonly string[]> = {
  id: ["supplier id", "vendor id", "id", "supplier ref", "vendor ref", "supplier no", "supplier number", "vendor no", "vendor number", "third party id", "supplier code", "vendor code"],
  name: ["supplier", "vendor", "supplier name", "vendor name", "third party", "third party name", "name", "company", "company name", "provider", "provider name", "legal name"],
  description: ["description", "supplier description", "details"],
  owner: ["owner", "relationship owner", "business owner", "supplier owner", "vendor owner", "contract owner", "responsible", "accountable", "internal owner"],
  status: ["status", "active", "supplier status", "vendor status", "state", "relationship status"],
  services: ["services", "service", "service s", "services provided", "service provided", "service description", "products and services", "scope of services"],
  assets: ["assets", "systems", "data processed", "asset ids", "related assets", "assets affected", "affected assets", "systems used", "assets touched", "supported assets"],
  cloud: ["cloud", "cloud service", "cloud model", "cloud service model", "service model", "cloud provider"],
  agreement: ["contract", "agreement", "contract ref", "contract reference", "agreement ref", "agreement reference", "contract id", "contract no", "contract number"],
  signed: ["contract start", "signed", "contract start date", "start date", "signed on", "date signed", "agreement signed", "contract signed", "effective date", "start"],
  expires: ["contract end", "expiry", "renewal date", "contract end date", "end date", "expiry date", "expires", "expiration date", "contract expiry", "agreement expires", "renewal", "expires on"],
  securityRequirements: ["security requirements", "security clauses", "information security requirements", "infosec requirements", "security terms", "security obligations", "contractual security requirements"],
  // Derived columns of the workbook export's Suppliers sheet: recognised, not read.
  criticality: ["criticality", "supplier criticality"],
  criticalityAsset: ["criticality asset"],
  cloudServices: ["cloud services"],
  lastAssessment: ["last assessment", "last assessed"],
  assessmentResult: ["assessment result"],
  openFindings: ["open findings"],
  nextReview: ["next review due", "next review", "next review date"],
  reviewEveryMonths: ["review frequency", "review cycle", "review interval", "review period", "reviewed every", "review every", "review every months", "review frequency months"],
};

/** The field keys and header wordings of one kind of sheet, for one document. */
export interface FieldDictionary {
  readonly kind: ImportKind;
  /** Normalised wording → field key. */
  readonly words: ReadonlyMap<string, string>;
  /** Every field key of the kind (to check a mapping). */
  readonly fields: ReadonlySet<string>;
  /** Fields that weigh more when guessing the kind. */
  readonly distinctive: ReadonlySet<string>;
  /** Fields the workbook export derives: recognised so they are not kept as custom, but not read. */
  readonly derived?: ReadonlySet<string>;
}

function dictionary(kind: ImportKind, table: Record<string, readonly string[]>, distinctive: readonly string[], extra: readonly string[] = []): FieldDictionary {
  const words = new Map<string, string>();
  for (const [field, wordings] of Object.entries(table)) {
    words.set(normaliseText(field), field);
    for (const wording of wordings) if (!words.has(normaliseText(wording))) words.set(normaliseText(wording), field);
  }
  return { kind, words, fields: new Set([...Object.keys(table), ...extra]), distinctive: new Set(distinctive) };
}

/** The header dictionary of a kind; the asset one knows the document's own requirement properties. */
export function fieldDictionary(kind: ImportKind, document: IsmsDocument): FieldDictionary {
  switch (kind) {
    case "soa":
      return dictionary(kind, SOA, ["control", "applicable", "justification", "reasons"]);
    case "risks": {
      const layered = LAYERS.flatMap((layer) => Object.keys(ASPECT_WORDS).map((aspect) => `${layer}.${aspect}`));
      return dictionary(kind, RISKS, ["threat", "vulnerability", "treatment", ...layered], layered);
    }
    case "assets": {
      const table: Record<string, readonly string[]> = { ...ASSETS };
      const short: Record<string, readonly string[]> = { confidentiality: ["c", "conf"], integrity: ["i", "int"], availability: ["a", "avail"] };
      const properties: string[] = [];
      for (const [property, scale] of Object.entries(document.assetSettings.requirementScales)) {
        const field = `requirement.${property}`;
        properties.push(field);
        table[field] = [property, scale.label, `${scale.label} requirement`, `${property} requirement`, ...(short[property] ?? [])];
      }
      return dictionary(kind, table, ["classification", "custodian", "dependsOn", ...properties]);
    }
    case "actions":
      return dictionary(kind, ACTIONS, ["planId", "actionId", "due", "completedOn"]);
    case "suppliers":
      return { ...dictionary(kind, SUPPLIERS, ["services", "agreement", "expires", "securityRequirements", "reviewEveryMonths", "cloud"]), derived: new Set(["criticality", "criticalityAsset", "cloudServices", "lastAssessment", "assessmentResult", "openFindings", "nextReview"]) };
  }
}

function findPhrase(words: string, phrases: readonly string[]): string | undefined {
  return [...phrases].sort((a, b) => b.length - a.length).find((phrase) => ` ${words} `.includes(` ${phrase} `));
}

function layered(normal: string): string | undefined {
  let rest = normal;
  let found: Layer | undefined;
  for (const layer of LAYERS) {
    const phrase = findPhrase(rest, LAYER_WORDS[layer]);
    if (phrase !== undefined) {
      found = layer;
      rest = ` ${rest} `.replace(` ${phrase} `, " ").trim();
      break;
    }
  }
  const withoutRisk = rest.replace(/\brisk\b/g, " ").replace(/\s+/g, " ").trim();
  for (const [aspect, words] of Object.entries(ASPECT_WORDS)) {
    const bare: readonly string[] = words;
    if (bare.includes(rest) || bare.includes(withoutRisk)) {
      if (found === undefined && (rest === "l" || rest === "p" || rest === "i" || rest === "risk" || rest === "value")) return undefined;
      return `${found ?? "inherent"}.${aspect}`;
    }
  }
  return undefined;
}

/**
 * The field a header names, or `undefined`. Compared without case, spaces and punctuation;
 * a parenthesised part ("Likelihood (1-5)") is tried without. For risks, a rating header is a
 * layer word and an aspect ("Residual impact", "Net risk score"); an aspect alone is the
 * inherent layer's. "custom.<key>" names a custom key (returned as is).
 */
export function recogniseHeader(dictionary: FieldDictionary, header: string): string | undefined {
  if (/^custom\.\S/.test(header.trim())) return header.trim();
  // No field is named by a long header; the cap keeps the patterns below linear on hostile cells.
  if (header.length > 300) return undefined;
  const candidates = [normaliseText(header), normaliseText(header.replace(/\([^)]*\)|\[[^\]]*\]/g, " ")), normaliseText(header.replace(/[?*:]+\s*$/, ""))];
  for (const normal of candidates) {
    if (normal === "") continue;
    const direct = dictionary.words.get(normal);
    if (direct !== undefined) return direct;
    if (dictionary.kind === "risks") {
      const rating = layered(normal);
      if (rating !== undefined) return rating;
    }
    // The export's "Next review due on 2026-11-30": derived on a day, not read.
    if (dictionary.kind === "suppliers" && normal.startsWith("next review due on ")) return "nextReview";
  }
  return undefined;
}
