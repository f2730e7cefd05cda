import { isFormulaLeading } from "../../report/index.js";

// Texts on their way into and out of a workbook. Two transformations, each undone on read:
// the formula neutralisation of the project's CSV (a leading apostrophe), made reversible,
// and the escaping of the characters XML 1.0 cannot hold (OOXML's `_xHHHH_` form).

const LEADING_APOSTROPHES = /^'*/;

/**
 * Whether a text needs the neutralising apostrophe: it would start a formula, once any
 * apostrophes it already starts with are set aside. Counting those makes the apostrophe
 * reversible: a text that already starts with `'=` gets one more, and reading takes one away.
 */
function needsApostrophe(text: string): boolean {
  return isFormulaLeading(text.replace(LEADING_APOSTROPHES, ""));
}

/** Neutralises spreadsheet formula injection as the project's CSV does: a leading apostrophe. */
export function neutralise(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}

/** Undoes {@link neutralise}: takes one apostrophe from a text that starts with one and needs one. */
export function restore(text: string): string {
  return text.startsWith("'") && needsApostrophe(text) ? text.slice(1) : text;
}

// What the XML writer would drop: the characters XML 1.0 cannot hold (C0 controls, U+FFFE,
// U+FFFF, lone surrogates) and those it discourages and write-excel-file also drops (C1
// controls but NEL, U+FDD0 to U+FDEF, U+FFFD, the noncharacters U+1FFFE to U+10FFFF); and a
// literal `_xHHHH_`, which readers decode. All written as OOXML escapes (`_x0001_`, each UTF-16
// code unit), which every reader decodes, so the text reads back exactly.
const UNWRITABLE =
  /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFDD0-\uFDEF\uFFFD-\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

const escapeUnit = (unit: number): string => `_x${unit.toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * Escapes a text for a workbook cell so that readers give back exactly the text. A text that
 * names a property of `Object.prototype` (`valueOf`, `constructor`, `__proto__`, …) has its
 * first character escaped too: write-excel-file 4.1.1 indexes its shared strings in a plain
 * object, where such a text finds the inherited property instead of its own entry and is
 * written wrong or not at all.
 */
export function escapeCellText(text: string): string {
  const escaped = text.replace(UNWRITABLE, (found) => Array.from({ length: found.length }, (_, index) => escapeUnit(found.charCodeAt(index))).join(""));
  return escaped in INHERITED ? escapeUnit(escaped.charCodeAt(0)) + escaped.slice(1) : escaped;
}

const INHERITED: object = {};
