import { ISMS_OSCAL_NS } from "../namespace.js";

/**
 * Prop names NIST defines in its own namespace (props without `ns`), gathered from the
 * allowed-value constraints of the OSCAL 1.2 metaschemas. A prop whose name is not here
 * needs a namespace.
 */
export const NIST_PROP_NAMES: ReadonlySet<string> = new Set([
  "label",
  "sort-id",
  "alt-identifier",
  "alt-label",
  "status",
  "state",
  "marking",
  "keywords",
  "version",
  "published",
  "type",
  "method",
  "priority",
  "false-positive",
  "operational-requirement",
  "accepted-risk",
  "risk-adjusted",
  "resolution-tool",
  "resolution-timestamp",
  "source-profile-uuid",
  "implementation-point",
  "leveraged-authorization-uuid",
  "inherited-uuid",
  "asset-type",
  "asset-id",
  "asset-tag",
  "public",
  "virtual",
  "allows-authenticated-scan",
  "is-scanned",
  "function",
  "ipv4-address",
  "ipv6-address",
  "fqdn",
  "uri",
  "serial-number",
  "netbios-name",
  "mac-address",
  "vendor-name",
  "model",
  "patch-level",
  "software-identifier",
  "hardware-model",
  "os-name",
  "os-version",
  "physical-location",
  "baseline-configuration-name",
  "privilege-level",
  "release-date",
  "validation-type",
  "validation-reference",
  "deployment-model",
  "cloud-deployment-model",
  "cloud-service-model",
  "identity-assurance-level",
  "authenticator-assurance-level",
  "federation-assurance-level",
  "privacy-designation",
  "mail-stop",
  "office",
  "job-title",
  "contact-type",
]);

/** NIST's own namespace: a prop without `ns` is in it. */
export const OSCAL_NS = "http://csrc.nist.gov/ns/oscal";

/** The namespace given to free props of a custom catalogue that have none of their own. */
export const CUSTOM_PROP_NS = `${ISMS_OSCAL_NS}/custom`;

/** NIST's URI pattern for `ns` values. */
export const URI = /^[a-zA-Z][a-zA-Z0-9+\-.]+:.+$/;
