import type * as z from "zod";
import type { NonconformitySchema } from "../../cycle/index.js";
import type { IncidentSchema } from "../../incidents/index.js";

/**
 * The events and incidents of 2026 (5.24–5.28, 6.8): a phishing compromise of a finance
 * mailbox whose lesson raised nonconformity NC-2026-03, a lost laptop whose lesson changed the
 * out-of-hours contact, an outage of the cloud provider's region closed without lessons, and a
 * reported event assessed as not an incident.
 */
export function incidents(): z.input<typeof IncidentSchema>[] {
  return [
    {
      id: "INC-2026-003",
      title: "Finance mailbox compromised through a phishing e-mail",
      kind: "incident",
      occurred: "2026-02-09",
      reported: "2026-02-10",
      assessed: "2026-02-10",
      responded: "2026-02-11",
      closed: "2026-02-23",
      reportedBy: "CFO",
      handler: "CISO",
      classification: { severity: "high", category: "phishing" },
      affectedAssets: ["A-SVC-EMAIL", "A-SVC-IDP", "A-PPL-FINANCE"],
      affected: ["confidentiality", "integrity"],
      risks: ["R-07", "R-25"],
      evidence: [
        { ref: "EV-INC-003-1", date: "2026-02-10", collectedBy: "IT Manager", description: "Identity provider sign-in log export for the account" },
        { ref: "EV-INC-003-2", date: "2026-02-11", collectedBy: "IT Manager", description: "Mailbox audit log and the forwarding rule the attacker created" },
      ],
      lessons: [
        {
          id: "L-1",
          date: "2026-02-20",
          text: "A rule forwarding invoices to an outside address ran for a day unnoticed: forwarding to external domains was neither blocked nor alerted on.",
          raised: { nonconformity: "NC-2026-03", change: "Automatic forwarding to external domains blocked for the whole tenant." },
        },
      ],
      description: "An accounts payable clerk entered credentials on a fake document-sharing page; the attacker signed in from abroad and set a forwarding rule. No payment was made.",
    },
    {
      id: "INC-2026-009",
      title: "Sales laptop lost on a train",
      kind: "incident",
      occurred: "2026-05-14",
      reported: "2026-05-15",
      assessed: "2026-05-15",
      responded: "2026-05-15",
      closed: "2026-05-29",
      reportedBy: "Head of Sales",
      handler: "IT Manager",
      classification: { severity: "medium", category: "loss of equipment" },
      affectedAssets: ["A-HW-LAPTOPS-BIZ"],
      affected: ["confidentiality", "availability"],
      risks: ["R-02"],
      evidence: [
        { ref: "EV-INC-009-1", date: "2026-05-15", collectedBy: "IT Manager", description: "MDM confirmation of the remote wipe and of disk encryption" },
        { ref: "EV-INC-009-2", date: "2026-05-16", collectedBy: "Head of Sales", description: "Lost property report to the railway company" },
      ],
      lessons: [
        {
          id: "L-1",
          date: "2026-05-28",
          text: "Encryption and the remote wipe worked, but the owner waited until the morning because nobody knew whom to call out of hours.",
          raised: { change: "Out-of-hours IT number printed on every laptop and added to the travel guide." },
        },
      ],
    },
    {
      id: "INC-2026-017",
      title: "Outage of the cloud provider's Frankfurt region",
      kind: "incident",
      occurred: "2026-09-08",
      reported: "2026-09-08",
      assessed: "2026-09-08",
      responded: "2026-09-08",
      closed: "2026-09-14",
      reportedBy: "Head of Platform Operations",
      handler: "Head of Platform Operations",
      classification: { severity: "high", category: "supplier outage" },
      affectedAssets: ["A-CS-HOSTING", "A-SUP-CLOUD"],
      affected: ["availability"],
      risks: ["R-16"],
      evidence: [{ ref: "EV-INC-017-1", date: "2026-09-11", collectedBy: "Head of Platform Operations", description: "The provider's post-incident report" }],
      lessons: [],
      description: "Dashboards were unavailable for five hours while the provider restored a storage service of the region.",
    },
    {
      id: "INC-2026-021",
      title: "Unexpected multi-factor prompt reported by a support agent",
      kind: "event",
      reported: "2026-10-19",
      assessed: "2026-10-20",
      closed: "2026-10-20",
      reportedBy: "Head of Customer Success",
      handler: "CISO",
      affectedAssets: ["A-SVC-IDP"],
      affected: [],
      risks: ["R-07"],
      evidence: [],
      lessons: [],
      description: "The prompt came from the agent's own new phone; assessed as not an incident.",
    },
  ];
}

/** The nonconformity the lesson of the phishing incident raised (10.2), closed after an effectiveness review. */
export function incidentNonconformities(): z.input<typeof NonconformitySchema>[] {
  return [
    {
      id: "NC-2026-03",
      source: { kind: "incident", reference: "INC-2026-003" },
      severity: "minor",
      description: "Mail forwarding rules to external addresses were neither blocked nor monitored, contrary to the e-mail security rules of the access control policy.",
      raised: "2026-02-20",
      owner: "IT Manager",
      clauses: ["8.1"],
      controls: ["annex-a:8.16"],
      status: "closed",
      correction: { description: "Forwarding rule removed, password reset and every session of the account revoked.", date: "2026-02-11" },
      rootCause: {
        description: "The mail tenant kept the vendor's default that lets users forward to any address; no alert covered rule changes.",
        date: "2026-02-27",
        method: "5 whys",
      },
      correctiveActions: [
        {
          id: "NC-2026-03-CA1",
          description: "External forwarding blocked at tenant level and new inbox rules alerted to the security channel.",
          owner: "IT Manager",
          due: "2026-03-31",
          status: "done",
          completed: "2026-03-12",
        },
      ],
      effectivenessReview: { date: "2026-06-15", by: "CISO", effective: true, note: "Three blocked forwarding attempts since March, each alerted within minutes." },
      closure: { date: "2026-06-22", by: "CISO" },
    },
  ];
}
