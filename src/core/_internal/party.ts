/**
 * The form in which two names of people or roles are compared: Unicode NFC (so that "é" typed
 * as one code point or as "e" and a combining accent is the same), trimmed, inner runs of
 * whitespace (no-break spaces included) collapsed to one space, and lower-cased without
 * locale rules. Stored names keep the spelling they were given; only comparisons use this.
 */
export function partyKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("und");
}

/** Whether two names denote the same person or role, compared in their {@link partyKey} form. */
export function sameParty(a: string, b: string): boolean {
  return a === b || partyKey(a) === partyKey(b);
}
