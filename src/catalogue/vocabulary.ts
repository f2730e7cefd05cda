import * as z from "zod";
import { argumentError } from "../core/_internal/index.js";

/**
 * The four themes of ISO/IEC 27001:2022 Annex A, spelled as ISO spells them.
 *
 * @category Catalogue
 * @example
 * ```ts
 * ThemeSchema.options; // ["Organizational", "People", "Physical", "Technological"]
 * ```
 */
export const ThemeSchema = /* @__PURE__ */ z.enum(["Organizational", "People", "Physical", "Technological"]);
/** An Annex A theme. @category Catalogue @example `const theme: Theme = "People";` */
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * ISO/IEC 27002:2022 attribute "control type".
 *
 * @category Catalogue
 * @example
 * ```ts
 * ControlTypeSchema.parse("Detective");
 * ```
 */
export const ControlTypeSchema = /* @__PURE__ */ z.enum(["Preventive", "Detective", "Corrective"]);
/** A control type value. @category Catalogue @example `const type: ControlType = "Preventive";` */
export type ControlType = z.infer<typeof ControlTypeSchema>;

/**
 * ISO/IEC 27002:2022 attribute "information security properties".
 *
 * @category Catalogue
 * @example
 * ```ts
 * InformationSecurityPropertySchema.parse("Availability");
 * ```
 */
export const InformationSecurityPropertySchema = /* @__PURE__ */ z.enum(["Confidentiality", "Integrity", "Availability"]);
/** An information security property value. @category Catalogue @example `const p: InformationSecurityProperty = "Integrity";` */
export type InformationSecurityProperty = z.infer<typeof InformationSecurityPropertySchema>;

/**
 * ISO/IEC 27002:2022 attribute "cybersecurity concepts".
 *
 * @category Catalogue
 * @example
 * ```ts
 * CybersecurityConceptSchema.parse("Detect");
 * ```
 */
export const CybersecurityConceptSchema = /* @__PURE__ */ z.enum(["Identify", "Protect", "Detect", "Respond", "Recover"]);
/** A cybersecurity concept value. @category Catalogue @example `const c: CybersecurityConcept = "Recover";` */
export type CybersecurityConcept = z.infer<typeof CybersecurityConceptSchema>;

/**
 * ISO/IEC 27002:2022 attribute "operational capabilities".
 *
 * @category Catalogue
 * @example
 * ```ts
 * OperationalCapabilitySchema.parse("Continuity");
 * ```
 */
export const OperationalCapabilitySchema = /* @__PURE__ */ z.enum([
  "Governance",
  "Asset_management",
  "Information_protection",
  "Human_resource_security",
  "Physical_security",
  "System_and_network_security",
  "Application_security",
  "Secure_configuration",
  "Identity_and_access_management",
  "Threat_and_vulnerability_management",
  "Continuity",
  "Supplier_relationships_security",
  "Legal_and_compliance",
  "Information_security_event_management",
  "Information_security_assurance",
]);
/** An operational capability value. @category Catalogue @example `const c: OperationalCapability = "Governance";` */
export type OperationalCapability = z.infer<typeof OperationalCapabilitySchema>;

/**
 * ISO/IEC 27002:2022 attribute "security domains" (ISO's spelling: `Governance_and_Ecosystem`, `Defence`).
 *
 * @category Catalogue
 * @example
 * ```ts
 * SecurityDomainSchema.parse("Defence");
 * ```
 */
export const SecurityDomainSchema = /* @__PURE__ */ z.enum(["Governance_and_Ecosystem", "Protection", "Defence", "Resilience"]);
/** A security domain value. @category Catalogue @example `const d: SecurityDomain = "Resilience";` */
export type SecurityDomain = z.infer<typeof SecurityDomainSchema>;

/**
 * The five ISO/IEC 27002:2022 attribute sets of a control, each with at least one value.
 *
 * @category Catalogue
 * @example
 * ```ts
 * ControlAttributesSchema.parse({
 *   controlTypes: ["Detective"],
 *   securityProperties: ["Availability"],
 *   cybersecurityConcepts: ["Detect"],
 *   operationalCapabilities: ["Continuity"],
 *   securityDomains: ["Defence"],
 * });
 * ```
 */
export const ControlAttributesSchema = /* @__PURE__ */ z.strictObject({
  controlTypes: z.array(ControlTypeSchema).min(1),
  securityProperties: z.array(InformationSecurityPropertySchema).min(1),
  cybersecurityConcepts: z.array(CybersecurityConceptSchema).min(1),
  operationalCapabilities: z.array(OperationalCapabilitySchema).min(1),
  securityDomains: z.array(SecurityDomainSchema).min(1),
});

/**
 * The attributes of a control.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const attributes: ControlAttributes = getControl("8.16").attributes;
 * attributes.controlTypes.map(toHashtag); // ["#Detective", "#Corrective"]
 * ```
 */
export interface ControlAttributes {
  /** Preventive, detective, corrective. */
  readonly controlTypes: readonly ControlType[];
  /** Confidentiality, integrity, availability. */
  readonly securityProperties: readonly InformationSecurityProperty[];
  /** Identify, protect, detect, respond, recover. */
  readonly cybersecurityConcepts: readonly CybersecurityConcept[];
  /** Operational capabilities. */
  readonly operationalCapabilities: readonly OperationalCapability[];
  /** Security domains. */
  readonly securityDomains: readonly SecurityDomain[];
}

/**
 * The names of the five attribute sets.
 *
 * @category Catalogue
 * @example
 * ```ts
 * AttributeKindSchema.options.length; // 5
 * ```
 */
export const AttributeKindSchema = /* @__PURE__ */ z.enum([
  "controlTypes",
  "securityProperties",
  "cybersecurityConcepts",
  "operationalCapabilities",
  "securityDomains",
]);
/** An attribute set name. @category Catalogue @example `const kind: AttributeKind = "securityDomains";` */
export type AttributeKind = z.infer<typeof AttributeKindSchema>;

/**
 * Any attribute value of any set.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const value: AttributeValue = "Governance_and_Ecosystem";
 * toHashtag(value); // "#Governance_and_Ecosystem"
 * ```
 */
export type AttributeValue = ControlAttributes[AttributeKind][number];

/**
 * The closed vocabulary of each attribute set, in ISO's order.
 *
 * @category Catalogue
 * @example
 * ```ts
 * attributeVocabulary.securityDomains; // ["Governance_and_Ecosystem", "Protection", "Defence", "Resilience"]
 * ```
 */
export const attributeVocabulary: { readonly [K in AttributeKind]: readonly ControlAttributes[K][number][] } = /* @__PURE__ */ Object.freeze({
  // Copies: zod's own `.options` arrays must not be reachable (and changeable) from here.
  controlTypes: Object.freeze([...ControlTypeSchema.options]),
  securityProperties: Object.freeze([...InformationSecurityPropertySchema.options]),
  cybersecurityConcepts: Object.freeze([...CybersecurityConceptSchema.options]),
  operationalCapabilities: Object.freeze([...OperationalCapabilitySchema.options]),
  securityDomains: Object.freeze([...SecurityDomainSchema.options]),
});

/**
 * Writes an attribute value in ISO's `#Hashtag` form.
 *
 * @param value - an attribute value such as `"Governance_and_Ecosystem"`
 * @returns `"#Governance_and_Ecosystem"`
 * @category Catalogue
 * @example
 * ```ts
 * toHashtag("Information_protection"); // "#Information_protection"
 * ```
 */
export function toHashtag(value: AttributeValue): `#${AttributeValue}` {
  return `#${value}`;
}

/**
 * Reads a `#Hashtag` back into its attribute set and value; `undefined` when the text is
 * not a value of any vocabulary (the comparison is exact: ISO's spelling and case).
 *
 * @param hashtag - e.g. `"#Defence"`
 * @returns the kind and value, or `undefined`
 * @category Catalogue
 * @example
 * ```ts
 * fromHashtag("#Defence"); // { kind: "securityDomains", value: "Defence" }
 * fromHashtag("#Defense"); // undefined
 * ```
 */
export function fromHashtag(hashtag: string): { kind: AttributeKind; value: AttributeValue } | undefined {
  try {
    if (!hashtag.startsWith("#")) return undefined;
    const value = hashtag.slice(1);
    for (const kind of AttributeKindSchema.options) {
      const values: readonly string[] = attributeVocabulary[kind];
      if (values.includes(value)) return { kind, value: value as AttributeValue };
    }
    return undefined;
  } catch (error) {
    throw argumentError("fromHashtag", error);
  }
}
