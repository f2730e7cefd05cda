// Scope items are written by people: some end with a period, some do not, some end with the
// ";" of the list they were copied from. Joining them must not give "..", ".;" or ";.".

const TERMINAL = /[.!?…]["'”’)\]]*$/u;
const LIST_SEPARATOR = /\s*[;,]+$/u;

/** The text as one sentence: trimmed, a trailing list separator dropped, a period added when it has no end punctuation. */
export function sentence(value: string): string {
  const trimmed = value.trim().replace(LIST_SEPARATOR, "");
  if (trimmed === "") return "";
  return TERMINAL.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Items as prose: `a; b; c.` when none is a sentence of its own; when one already ends with
 * end punctuation (`EU cloud.`), each item becomes a sentence (`EU cloud. Dublin office.`), so
 * that no period is doubled and none is dropped from an abbreviation such as `B.V.`.
 */
export function listSentence(items: readonly string[]): string {
  const cleaned = items.map((item) => item.trim().replace(LIST_SEPARATOR, "")).filter((item) => item !== "");
  if (cleaned.some((item) => TERMINAL.test(item))) return cleaned.map(sentence).join(" ");
  return sentence(cleaned.join("; "));
}
