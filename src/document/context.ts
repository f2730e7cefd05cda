import * as z from "zod";
import { CustomFieldsSchema, idSchema, IsoDateSchema, NonBlankStringSchema, PartySchema } from "../core/index.js";
import { ClauseIdSchema } from "../catalogue/index.js";

/**
 * The organisation whose ISMS the document describes.
 *
 * @category Document
 * @example
 * ```ts
 * OrganisationSchema.parse({ name: "Northwind Analytics" });
 * ```
 */
export const OrganisationSchema = z.strictObject({
  /** Legal or trading name. */
  name: NonBlankStringSchema,
  /** What the organisation does. */
  description: z.string().optional(),
  /** Number of people, for context. */
  headcount: z.number().int().nonnegative().optional(),
  /** Where it operates. */
  locations: z.array(NonBlankStringSchema).optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});
/** The organisation. @category Document @example `const org: Organisation = { name: "Northwind" };` */
export type Organisation = z.infer<typeof OrganisationSchema>;

/**
 * The ISMS scope (clause 4.3): what is in, its boundaries and interfaces, what is out and why,
 * and its approval.
 *
 * @category Document
 * @example
 * ```ts
 * ScopeSchema.parse({ statement: "The development and operation of the Northwind SaaS platform." });
 * ```
 */
export const ScopeSchema = z.strictObject({
  /** The scope statement. */
  statement: NonBlankStringSchema,
  /** Organisational, physical and technical boundaries. */
  boundaries: z.array(NonBlankStringSchema).optional(),
  /** Interfaces and dependencies with activities outside the scope. */
  interfaces: z.array(NonBlankStringSchema).optional(),
  /** What is left out, each with its reason. */
  exclusions: z.array(z.strictObject({ what: NonBlankStringSchema, reason: NonBlankStringSchema })).optional(),
  /** Who approved the scope. */
  approvedBy: PartySchema.optional(),
  /** When. */
  approvedOn: IsoDateSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});
/** The ISMS scope. @category Document @example `const scope: Scope = { statement: "All of Northwind." };` */
export type Scope = z.infer<typeof ScopeSchema>;

/**
 * An external or internal issue relevant to the ISMS (clause 4.1).
 *
 * @category Document
 * @example
 * ```ts
 * ContextIssueSchema.parse({ id: "CI-1", kind: "external", description: "Customers require ISO/IEC 27001 certification." });
 * ```
 */
export const ContextIssueSchema = z.strictObject({
  id: idSchema("ContextIssueId"),
  kind: z.enum(["external", "internal"]),
  description: NonBlankStringSchema,
  /** Whether climate change is relevant to the issue (Amendment 1:2024). */
  climateRelated: z.boolean().optional(),
  custom: CustomFieldsSchema.optional(),
});
/** A context issue. @category Document @example `const i: ContextIssue = ContextIssueSchema.parse({ id: "CI-1", kind: "internal", description: "Rapid growth" });` */
export type ContextIssue = z.infer<typeof ContextIssueSchema>;

/**
 * An interested party and its requirements (clause 4.2), with whether the ISMS addresses them.
 *
 * @category Document
 * @example
 * ```ts
 * InterestedPartySchema.parse({ id: "IP-1", name: "Customers", requirements: ["Certified ISMS"], addressedByIsms: true });
 * ```
 */
export const InterestedPartySchema = z.strictObject({
  id: idSchema("InterestedPartyId"),
  name: NonBlankStringSchema,
  requirements: z.array(NonBlankStringSchema),
  /** Which of the requirements the ISMS addresses (4.2 c). */
  addressedByIsms: z.boolean().optional(),
  custom: CustomFieldsSchema.optional(),
});
/** An interested party. @category Document @example `const p: InterestedParty = InterestedPartySchema.parse({ id: "IP-1", name: "Staff", requirements: [] });` */
export type InterestedParty = z.infer<typeof InterestedPartySchema>;

/**
 * A policy (clause 5.2 and the topic-specific policies of Annex A 5.1), with its approval.
 *
 * @category Document
 * @example
 * ```ts
 * PolicySchema.parse({ id: "POL-1", title: "Information security policy", version: "1.0", owner: "CEO", status: "approved", approvedBy: "CEO", approvedOn: "2026-01-10" });
 * ```
 */
export const PolicySchema = z.strictObject({
  id: idSchema("PolicyId"),
  title: NonBlankStringSchema,
  version: NonBlankStringSchema,
  owner: PartySchema,
  status: z.enum(["draft", "approved", "retired"]),
  /** `true` for the top-level information security policy of clause 5.2. */
  topLevel: z.boolean().optional(),
  approvedBy: PartySchema.optional(),
  approvedOn: IsoDateSchema.optional(),
  reviewDate: IsoDateSchema.optional(),
  custom: CustomFieldsSchema.optional(),
});
/** A policy. @category Document @example `const p: Policy = PolicySchema.parse({ id: "P", title: "T", version: "1", owner: "O", status: "draft" });` */
export type Policy = z.infer<typeof PolicySchema>;

/**
 * An entry of the register of documented information (clause 7.5): what, which clause asks
 * for it, owner, version, where it is kept and when it is next reviewed.
 *
 * @category Document
 * @example
 * ```ts
 * DocumentedInformationSchema.parse({ id: "DOC-1", title: "Risk assessment process", clause: "6.1.2", owner: "CISO", version: "2.1" });
 * ```
 */
export const DocumentedInformationSchema = z.strictObject({
  id: idSchema("DocumentId"),
  title: NonBlankStringSchema,
  clause: ClauseIdSchema.optional(),
  owner: PartySchema,
  version: NonBlankStringSchema,
  location: z.string().optional(),
  reviewDate: IsoDateSchema.optional(),
  custom: CustomFieldsSchema.optional(),
});
/** A documented-information register entry. @category Document @example `const d: DocumentedInformation = DocumentedInformationSchema.parse({ id: "D", title: "T", owner: "O", version: "1" });` */
export type DocumentedInformation = z.infer<typeof DocumentedInformationSchema>;
