// A second framework beside Annex A: a customer asked Northwind for the NIST SP 800-53 rev. 5
// LOW baseline. The catalogue holds the ids and titles of 23 of its controls (a U.S. Government
// work, public domain; NIST's whole baseline comes in with isms import-profile); the mapping is
// our own illustrative judgement for this example, not an official crosswalk. The framework is
// held in the document but not in scope: its coverage is reported, its controls need no SoA
// decisions. The same data is in examples/frameworks/.

/** The SP 800-53 rev. 5 LOW subset, as a custom catalogue. */
export function sp80053LowSubset() {
  return {
    id: "sp800-53-low",
    title: "SP 800-53 rev5 LOW (subset)",
    version: "5.1.1",
    source: "Ids and titles of 23 controls of the NIST SP 800-53 rev. 5 LOW baseline (public domain); a subset for the example.",
    groups: [
      { id: "AC", title: "Access Control" },
      { id: "AT", title: "Awareness and Training" },
      { id: "AU", title: "Audit and Accountability" },
      { id: "CM", title: "Configuration Management" },
      { id: "CP", title: "Contingency Planning" },
      { id: "IA", title: "Identification and Authentication" },
      { id: "IR", title: "Incident Response" },
      { id: "MA", title: "Maintenance" },
      { id: "MP", title: "Media Protection" },
      { id: "PE", title: "Physical and Environmental Protection" },
      { id: "PS", title: "Personnel Security" },
      { id: "RA", title: "Risk Assessment" },
      { id: "SA", title: "System and Services Acquisition" },
      { id: "SC", title: "System and Communications Protection" },
      { id: "SI", title: "System and Information Integrity" },
      { id: "SR", title: "Supply Chain Risk Management" },
    ],
    controls: [
      { id: "ac-1", title: "Policy and Procedures", group: "AC" },
      { id: "ac-2", title: "Account Management", group: "AC" },
      { id: "ac-3", title: "Access Enforcement", group: "AC" },
      { id: "ac-7", title: "Unsuccessful Logon Attempts", group: "AC" },
      { id: "at-2", title: "Literacy Training and Awareness", group: "AT" },
      { id: "au-2", title: "Event Logging", group: "AU" },
      { id: "au-6", title: "Audit Record Review, Analysis, and Reporting", group: "AU" },
      { id: "cm-6", title: "Configuration Settings", group: "CM" },
      { id: "cp-9", title: "System Backup", group: "CP" },
      { id: "ia-2", title: "Identification and Authentication (Organizational Users)", group: "IA" },
      { id: "ir-4", title: "Incident Handling", group: "IR" },
      { id: "ma-2", title: "Controlled Maintenance", group: "MA" },
      { id: "mp-6", title: "Media Sanitization", group: "MP" },
      { id: "pe-3", title: "Physical Access Control", group: "PE" },
      { id: "ps-3", title: "Personnel Screening", group: "PS" },
      { id: "ra-3", title: "Risk Assessment", group: "RA" },
      { id: "ra-5", title: "Vulnerability Monitoring and Scanning", group: "RA" },
      { id: "sa-4", title: "Acquisition Process", group: "SA" },
      { id: "sc-7", title: "Boundary Protection", group: "SC" },
      { id: "sc-13", title: "Cryptographic Protection", group: "SC" },
      { id: "si-2", title: "Flaw Remediation", group: "SI" },
      { id: "si-3", title: "Malicious Code Protection", group: "SI" },
      { id: "sr-2", title: "Supply Chain Risk Management Plan", group: "SR" },
    ],
  };
}

/** Annex A to the SP 800-53 LOW subset: an illustrative crosswalk of our own. */
export function annexAToSp80053Low() {
  return {
    id: "annex-a-to-sp800-53-low",
    source: "annex-a",
    target: "sp800-53-low",
    title: "ISO/IEC 27001:2022 Annex A to SP 800-53 rev5 LOW (subset), illustrative: our own judgement, not an official crosswalk",
    entries: [
      { source: "annex-a:5.1", target: "sp800-53-low:ac-1", relationship: "intersects" },
      { source: "annex-a:5.15", target: "sp800-53-low:ac-1", relationship: "superset" },
      { source: "annex-a:5.15", target: "sp800-53-low:ac-3", relationship: "intersects" },
      { source: "annex-a:5.16", target: "sp800-53-low:ac-2", relationship: "intersects" },
      { source: "annex-a:5.18", target: "sp800-53-low:ac-2", relationship: "intersects" },
      { source: "annex-a:8.5", target: "sp800-53-low:ac-7", relationship: "superset" },
      { source: "annex-a:8.5", target: "sp800-53-low:ia-2", relationship: "intersects" },
      { source: "annex-a:6.3", target: "sp800-53-low:at-2", relationship: "equivalent" },
      { source: "annex-a:8.15", target: "sp800-53-low:au-2", relationship: "intersects" },
      { source: "annex-a:8.15", target: "sp800-53-low:au-6", relationship: "intersects" },
      { source: "annex-a:8.16", target: "sp800-53-low:au-6", relationship: "intersects" },
      { source: "annex-a:8.9", target: "sp800-53-low:cm-6", relationship: "superset" },
      { source: "annex-a:8.13", target: "sp800-53-low:cp-9", relationship: "equivalent" },
      { source: "annex-a:5.24", target: "sp800-53-low:ir-4", relationship: "intersects" },
      { source: "annex-a:5.26", target: "sp800-53-low:ir-4", relationship: "intersects" },
      { source: "annex-a:7.13", target: "sp800-53-low:ma-2", relationship: "intersects" },
      { source: "annex-a:7.10", target: "sp800-53-low:mp-6", relationship: "intersects" },
      { source: "annex-a:7.14", target: "sp800-53-low:mp-6", relationship: "intersects" },
      { source: "annex-a:7.2", target: "sp800-53-low:pe-3", relationship: "intersects" },
      { source: "annex-a:6.1", target: "sp800-53-low:ps-3", relationship: "equivalent" },
      { source: "annex-a:8.8", target: "sp800-53-low:ra-5", relationship: "intersects" },
      { source: "annex-a:8.8", target: "sp800-53-low:si-2", relationship: "intersects" },
      { source: "annex-a:5.20", target: "sp800-53-low:sa-4", relationship: "intersects" },
      { source: "annex-a:8.30", target: "sp800-53-low:sa-4", relationship: "intersects" },
      { source: "annex-a:8.20", target: "sp800-53-low:sc-7", relationship: "intersects" },
      { source: "annex-a:8.22", target: "sp800-53-low:sc-7", relationship: "intersects" },
      { source: "annex-a:8.24", target: "sp800-53-low:sc-13", relationship: "equivalent" },
      { source: "annex-a:8.7", target: "sp800-53-low:si-3", relationship: "equivalent" },
      { source: "annex-a:5.19", target: "sp800-53-low:sr-2", relationship: "intersects" },
    ],
  };
}
