import { ISMS_RECORD_KINDS, type IsmsDiff, type IsmsDiffLevel, type IsmsEntityChange, type IsmsFieldChange } from "../document/index.js";
import type { JsonValue } from "../core/index.js";
import { escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { resolveLabels } from "./_internal/labels.js";
import type { ReportLabelOverrides } from "./labels.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link renderIsmsDiffMarkdown}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderIsmsDiffMarkdownOptions = { title: "ISMS changes in this pull request", headingLevel: 3 };
 * ```
 */
export interface RenderIsmsDiffMarkdownOptions {
  /** Heading text; default `"Changes to the ISMS"`. */
  readonly title?: string;
  /** Level of the heading, 1–5 (sections are one level below); default 2. Values outside are clamped. */
  readonly headingLevel?: number;
  /** Values longer than this many characters are cut with `…`; default 200. */
  readonly maxValueLength?: number;
  /** Words for rating layers, PDCA phases and implementation statuses, merged over {@link DEFAULT_REPORT_LABELS}. */
  readonly labels?: ReportLabelOverrides;
}

const ABSENT = "—";

function valueText(value: JsonValue | undefined, limit: number): string {
  if (value === undefined) return ABSENT;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, Math.max(0, limit - 1))}…` : text;
}

function pathText(path: IsmsFieldChange["path"]): string {
  return path.map((segment, index) => (typeof segment === "string" ? `${index === 0 ? "" : "."}${segment}` : `[${segment.id}]`)).join("");
}

function levelText(level: IsmsDiffLevel | undefined): string {
  return level === undefined ? ABSENT : level.label;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function collectionLabel(name: string): string {
  const kind = Reflect.get(ISMS_RECORD_KINDS, name) as { readonly label?: { readonly many?: string } } | undefined;
  return capitalised(kind?.label?.many ?? name);
}

/**
 * Renders an {@link IsmsDiff} as GitHub Flavored Markdown for a pull-request comment or a
 * management review's record of changes (9.3.2 b): a heading, a summary line (per collection
 * how many entities were added, changed and removed, and the frame's changed fields), the
 * consequences first (levels of risk that moved, SoA rows that changed, acceptances that no
 * longer hold, the PDCA phase), then the document's frame and each collection's entities,
 * named by key and title, with each changed field's old → new value. Every text is escaped
 * as in the other Markdown renderers.
 *
 * @param diff - a diff from `diffIsms`
 * @param options - title, heading level, value length and labels
 * @returns the Markdown text, ending with a newline
 * @category Report
 * @example
 * ```ts
 * const later = structuredClone(doc);
 * later.cycle.phase = "act";
 * const markdown = renderIsmsDiffMarkdown(diffIsms(doc, later, { asOf: "2026-11-27" }));
 * markdown.includes("Check → Act"); // true
 * ```
 */
export function renderIsmsDiffMarkdown(diff: IsmsDiff, options: RenderIsmsDiffMarkdownOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const level = Math.min(5, Math.max(1, Math.trunc(options.headingLevel ?? 2)));
    const limit = Math.max(1, Math.trunc(options.maxValueLength ?? 200));
    const heading = (text: string, depth = level + 1): string => `${"#".repeat(depth)} ${escapeMarkdownText(text).replace(/\\\n/g, " ")}`;
    const paragraph = (text: string): string => escapeMarkdownText(text).replace(/\\\n/g, " ");
    const row = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
    const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[] => [row(header), `|${header.map(() => " --- ").join("|")}|`, ...rows.map(row), ""];

    const lines = [heading(options.title ?? "Changes to the ISMS", level), ""];
    if (diff.equal) {
      lines.push(paragraph("No changes: both documents hold the same ISMS."), "");
      return lines.join("\n");
    }
    const counts = diff.collections.map((item) => `${collectionLabel(item.collection)}: ${item.added} added, ${item.changed} changed, ${item.removed} removed`);
    if (diff.frame.length > 0) counts.unshift(`Document: ${diff.frame.length} ${diff.frame.length === 1 ? "field" : "fields"} changed`);
    lines.push(paragraph(`${counts.join("; ")}.`), "");

    const { riskLevels, soa, staleAcceptances, phase } = diff.consequences;
    if (riskLevels.length + soa.length + staleAcceptances.length > 0 || phase !== undefined) {
      lines.push(heading(`Consequences${diff.asOf === undefined ? "" : ` (as of ${diff.asOf})`}`), "");
      if (riskLevels.length > 0) {
        lines.push(paragraph("Levels of risk that moved:"), "");
        const arrow = (before?: IsmsDiffLevel, after?: IsmsDiffLevel): string =>
          before === undefined || after === undefined || before.index === after.index ? "" : after.index > before.index ? " ↑" : " ↓";
        lines.push(
          ...table(
            ["Risk", "Title", "Layer", "Before", "After"],
            riskLevels.map((move) => [move.risk, move.title, labels.ratingLayer[move.layer], levelText(move.before), `${levelText(move.after)}${arrow(move.before, move.after)}`]),
          ),
        );
      }
      if (soa.length > 0) {
        lines.push(paragraph("Statement of Applicability rows that changed:"), "");
        lines.push(...table(["Control", "Change", "Before", "After"], soa.map((entry) => [entry.ref, entry.change, valueText(entry.before, limit), valueText(entry.after, limit)])));
      }
      if (staleAcceptances.length > 0) {
        lines.push(paragraph("Risk acceptances that no longer hold:"), "");
        lines.push(...table(["Decision", "Risk", "Why"], staleAcceptances.map((found) => [found.decision, found.risk, found.reasons.join(", ")])));
      }
      if (phase !== undefined) {
        const side = (seen: { readonly cycle: number; readonly phase: keyof typeof labels.pdcaPhase }): string => `cycle ${seen.cycle}, ${labels.pdcaPhase[seen.phase]}`;
        const text =
          phase.before.cycle === phase.after.cycle
            ? `PDCA phase (cycle ${phase.after.cycle}): ${labels.pdcaPhase[phase.before.phase]} → ${labels.pdcaPhase[phase.after.phase]}.`
            : `PDCA: ${side(phase.before)} → ${side(phase.after)}.`;
        lines.push(paragraph(text), "");
      }
    }

    if (diff.frame.length > 0) {
      lines.push(heading("Document"), "");
      lines.push(...table(["Field", "Before", "After"], diff.frame.map((change) => [pathText(change.path), valueText(change.before, limit), valueText(change.after, limit)])));
    }

    for (const collection of diff.collections) {
      lines.push(heading(collectionLabel(collection.collection)), "");
      if (collection.field !== undefined) lines.push(paragraph(`The field ${collection.path.join(".")} was ${collection.field}.`), "");
      const entities = diff.entities.filter((change) => change.collection === collection.collection);
      if (entities.length > 0) {
        const rows: string[][] = [];
        const name = (change: IsmsEntityChange): string => `${change.key}${change.occurrence === undefined ? "" : ` (#${change.occurrence + 1})`}`;
        for (const change of entities) {
          const title = change.title ?? "";
          if (change.change !== "changed") {
            rows.push([name(change), title, change.change, "", "", ""]);
            continue;
          }
          change.fields.forEach((field, index) => {
            rows.push([index === 0 ? name(change) : "", index === 0 ? title : "", index === 0 ? "changed" : "", pathText(field.path), valueText(field.before, limit), valueText(field.after, limit)]);
          });
        }
        lines.push(...table(["Key", "Title", "Change", "Field", "Before", "After"], rows));
      }
      if (collection.order !== undefined) lines.push(paragraph(`New order: ${collection.order.join(", ")}.`), "");
    }
    return lines.join("\n");
  } catch (error) {
    throw argumentError("renderIsmsDiffMarkdown", error);
  }
}
