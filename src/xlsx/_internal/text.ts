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

// Characters XML 1.0 cannot hold (the writer would drop them), and a literal `_xHHHH_`, which
// readers decode: both written as OOXML escapes, which every reader decodes.
const UNWRITABLE = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Escapes a text for a workbook cell so that readers give back exactly the text. */
export function escapeCellText(text: string): string {
  return text.replace(UNWRITABLE, (found) => `_x${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}
