/** NIST's token pattern (XML NCName). */
export const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;

/** Whether a string is an OSCAL token. */
export function isToken(value: string): boolean {
  return TOKEN.test(value);
}

/**
 * Turns any id into a token: characters a token does not allow become `_`, and a leading
 * character that is not a letter or `_` gets a `_` before it. Tokens are kept as they are.
 */
export function toToken(value: string): string {
  if (isToken(value)) return value;
  const replaced = [...value].map((char) => (/[\p{L}\p{N}._-]/u.test(char) ? char : "_")).join("");
  return /^(\p{L}|_)/u.test(replaced) ? replaced : `_${replaced}`;
}

/** `5.10` → `05.10`; each numeric segment padded to two digits, others kept. */
export function sortId(label: string): string {
  return label
    .split(".")
    .map((segment) => (/^\d+$/.test(segment) ? segment.padStart(2, "0") : segment))
    .join(".");
}
